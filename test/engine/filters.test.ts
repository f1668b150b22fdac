import { describe, expect, it } from 'vitest';
import { isLikelyContextSecret } from '../../src/engine/assignment-context.js';
import { checksums } from '../../src/engine/checksums.js';
import { shannonEntropy } from '../../src/engine/entropy.js';
import { isPlaceholder } from '../../src/engine/placeholders.js';
import { looksLikeSecretValue } from '../../src/engine/value-shape.js';
import { fixtureValues } from '../helpers/secrets.js';

const keys = fixtureValues('keys.env');

describe('placeholders', () => {
  it.each([
    'sk-ant-your-key-here', 'sk-...', '<64-char-hex>', '${{ secrets.ANTHROPIC_API_KEY }}', '${DB_PASS}', '{{ .Values.key }}',
    '%API_KEY%', 'process.env.OPENAI_API_KEY', 'os.environ["X"]', 'changeme', 'AKIAIOSFODNN7EXAMPLE', 'xxxxxxxxxxxxxxxx',
    'ghp_aaaaaaaaaaaaaaaaaaaaaaaa', '1234567890abcdef', 'your_api_key', 'yourApiKeyHere', '********', 'my-secret-value',
    'password123', 'postgres', 'OPENAI_API_KEY', '$API_TOKEN', 'ghp_abcd1234abcd1234abcd1234abcd1234abcd', 'sk-a1b2c3a1b2c3a1b2c3a1b2c3',
  ])('%s is a placeholder', (value) => expect(isPlaceholder(value)).toBe(true));

  it('never takes a fixture key for a placeholder', () => {
    for (const key of Object.values(keys)) expect(isPlaceholder(key)).toBe(false);
  });
});

describe('value shape of context rules', () => {
  it.each(['m.groups?.secret', 'match?.indices?.', 'this.spans.', 'https://example.com/a', '550e8400-e29b-41d4-a716-446655440000', 'sha256:abcdef0123', '/etc/ssl/private/key.pem', 'auth-token-name', 'authTokenStorageKey', 'abc12345', 'data:image/png;base64,iVBOR'])(
    '%s is not a secret value',
    (value) => expect(looksLikeSecretValue(value)).toBe(false),
  );
  it.each([keys.HEX32!, 'Xk9#mQ2$vL7p', 'c3vPGe1x7p/5Ven5BAMb2Xv+qkHaSNL0wB55qzPRONY=', ['eyJhbGciOiJIUzI1NiJ9', 'eyJzdWIiOiJhIn0', 'c2lnbmF0dXJlAbc'].join('.')])('%s is', (value) =>
    expect(looksLikeSecretValue(value)).toBe(true),
  );
});

describe('the line around the match of a context rule', () => {
  // A JWT-shaped value as long as the API keys some providers issue.
  const longKey = ['eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9', `eyJ${keys.HEX32!.repeat(20)}`, keys.HEX32!.repeat(25)].join('.');
  const place = (lineText: string) => ({ text: lineText, matchStart: lineText.indexOf('LEMON'), secret: longKey, lineText });

  it('takes a long value alone on its line as a secret, whatever the spelling of its name', () => {
    expect(longKey.length).toBeGreaterThan(1000);
    expect(isLikelyContextSecret(place(`LEMONSQUEEZYAPIKEY=${longKey}`))).toBe(true);
    expect(isLikelyContextSecret(place(`LEMONSQUEEZY_API_KEY=${longKey}`))).toBe(true);
  });

  it('in a minified bundle, takes only an environment-style name as context enough', () => {
    const code = 'function(n){return n.a+n.b};'.repeat(40);
    expect(isLikelyContextSecret(place(`${code}LEMONSQUEEZYAPIKEY:"${longKey}",${code}`))).toBe(false);
    expect(isLikelyContextSecret(place(`${code}LEMONSQUEEZY_API_KEY:"${longKey}",${code}`))).toBe(true);
  });
});

describe('checksums', () => {
  it('accepts GitHub tokens whose CRC32 holds and refuses one changed character', () => {
    const check = checksums['crc32-base62']!;
    expect(check(keys.GITHUB!)).toBe(true);
    expect(check(keys.GITHUB_2!)).toBe(true);
    const flipped = keys.GITHUB!.slice(0, 10) + (keys.GITHUB![10] === 'a' ? 'b' : 'a') + keys.GITHUB!.slice(11);
    expect(check(flipped)).toBe(false);
  });
});

describe('entropy', () => {
  it('is 0 for one repeated character and log2(n) for n distinct ones', () => {
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
  });
});
