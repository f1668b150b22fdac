import type { Reporter } from '../types.js';
import { renderJson } from './json.js';
import { renderText } from './text.js';

export const reporters: Record<string, Reporter> = { text: renderText, json: renderJson };
export const formatNames = Object.keys(reporters);
