// Deterministic inputs for the benchmark: a source tree of realistic text and a git history.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { crc32 } from 'node:zlib';

/** mulberry32: small, fast and the same on every machine; the fuzz run draws its inputs from it too. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const WORDS = 'user account token session request response config value handler service client server message payload event stream cache record index query result error status model prompt completion embedding vector agent tool chain'.split(' ');

export function makeText(random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chars = (alphabet, n) => Array.from({ length: n }, () => pick(alphabet)).join('');
  const base62 = (n) => { let s = ''; for (let v = n; v > 0; v = Math.floor(v / 62)) s = B62[v % 62] + s; return s.padStart(6, '0'); };
  const word = () => pick(WORDS);
  const ident = () => word() + word()[0].toUpperCase() + word().slice(1);
  const fakeKeys = [
    () => `sk-ant-api03-${chars(`${ALNUM}_-`, 93)}AA`,
    () => `sk-or-v1-${chars(HEX, 64)}`,
    () => { const body = chars(ALNUM, 30); return `ghp_${body}${base62(crc32(body))}`; },
    () => `AKIA${chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  ];
  return {
    random, pick, chars, ident,
    fakeKey: () => pick(fakeKeys)(),
    code(lines) {
      const out = [`import { ${ident()} } from './${word()}.js';`, ''];
      for (let i = 0; i < lines; i++) {
        const r = random();
        if (r < 0.3) out.push(`  const ${ident()} = await ${ident()}(${word()}.${word()}, '${word()}-${word()}');`);
        else if (r < 0.5) out.push(`  if (!${word()}.${ident()}) throw new Error('${word()} ${word()} ${word()} missing');`);
        else if (r < 0.6) out.push(`  // ${word()} the ${word()} before the ${word()} ${word()} is read`);
        else if (r < 0.7) out.push(`  const ${word()}Key = process.env.${word().toUpperCase()}_API_KEY;`);
        else if (r < 0.8) out.push(`export function ${ident()}(${word()}: string, ${word()}: number): boolean {`);
        else if (r < 0.9) out.push(`  return ${word()}.${ident()}.map((${word()}) => ${word()}.id).filter(Boolean);`);
        else out.push('}');
      }
      return `${out.join('\n')}\n`;
    },
    config(lines) {
      const out = [];
      for (let i = 0; i < lines; i++) {
        const r = random();
        if (r < 0.4) out.push(`${word()}_${word()}: ${word()}-${word()}`);
        else if (r < 0.6) out.push(`${word().toUpperCase()}_TOKEN: \${${word().toUpperCase()}_TOKEN}`);
        else if (r < 0.8) out.push(`  ${word()}: ${Math.floor(random() * 10000)}`);
        else out.push(`image: ghcr.io/acme/${word()}@sha256:${chars(HEX, 64)}`);
      }
      return `${out.join('\n')}\n`;
    },
    lockfile(entries) {
      const packages = {};
      for (let i = 0; i < entries; i++) {
        const name = `${word()}-${word()}-${i}`;
        packages[`node_modules/${name}`] = { version: '1.2.3', resolved: `https://registry.npmjs.org/${name}/-/${name}-1.2.3.tgz`, integrity: `sha512-${Buffer.from(chars(ALNUM, 48)).toString('base64')}` };
      }
      return `${JSON.stringify({ name: 'app', lockfileVersion: 3, packages }, null, 2)}\n`;
    },
    minified(bytes) {
      const parts = [];
      let size = 0;
      while (size < bytes) {
        const part = `function ${chars('abcdefgh', 2)}(e,t){var n=e.${word()}||{};return n.${word()}=t.token||"${chars(ALNUM, 12)}",n.apiKey=t.apiKey,n}`;
        parts.push(part);
        size += part.length + 1;
      }
      return `!function(){${parts.join(';')}}();\n`;
    },
    blob(bytes) {
      const raw = Buffer.alloc(Math.floor((bytes * 3) / 4));
      for (let i = 0; i < raw.length; i++) raw[i] = Math.floor(random() * 256);
      const b64 = raw.toString('base64');
      const lines = [];
      for (let i = 0; i < b64.length; i += 76) lines.push(b64.slice(i, i + 76));
      return `${lines.join('\n')}\n`;
    },
    hashes(lines) {
      return `${Array.from({ length: lines }, () => `${chars(HEX, 64)}  dist/${word()}-${word()}.tar.gz`).join('\n')}\n`;
    },
  };
}

/** A tree of about `megabytes` MB; returns how many fake keys were planted. */
export function generateTree(dir, megabytes, seed = 1) {
  const t = makeText(prng(seed));
  const target = megabytes * 1024 * 1024;
  let size = 0;
  let planted = 0;
  for (let i = 0; size < target; i++) {
    const r = t.random();
    let path;
    let text;
    if (r < 0.55) [path, text] = [`src/m${i % 97}/f${i}.ts`, t.code(60 + Math.floor(t.random() * 200))];
    else if (r < 0.75) [path, text] = [`config/c${i % 31}/f${i}.yaml`, t.config(40 + Math.floor(t.random() * 100))];
    else if (r < 0.8) [path, text] = [`pkgs/p${i}/package-lock.json`, t.lockfile(200 + Math.floor(t.random() * 600))];
    else if (r < 0.85) [path, text] = [`public/b${i}.min.js`, t.minified(200_000 + Math.floor(t.random() * 800_000))];
    else if (r < 0.93) [path, text] = [`assets/d${i}.b64.txt`, t.blob(20_000 + Math.floor(t.random() * 200_000))];
    else [path, text] = [`dist/h${i}.sha256`, t.hashes(200 + Math.floor(t.random() * 800))];
    if (i % 400 === 7) {
      text += `DEPLOY_KEY=${t.fakeKey()}\n`;
      planted++;
    }
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    size += Buffer.byteLength(text);
  }
  return { bytes: size, planted };
}

/** A linear history of `commits` commits, written with git fast-import. */
export function generateRepo(dir, commits, seed = 2) {
  const t = makeText(prng(seed));
  mkdirSync(dir, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  const chunks = [];
  const files = Array.from({ length: 300 }, (_, i) => `src/mod${i % 20}/file${i}.ts`);
  const contents = new Map();
  let planted = 0;
  for (let c = 1; c <= commits; c++) {
    const lines = ['commit refs/heads/main', `mark :${c}`, `author Bench Author <bench@example.test> ${1_600_000_000 + c * 600} +0000`, `committer Bench Author <bench@example.test> ${1_600_000_000 + c * 600} +0000`];
    const message = `change ${c}: ${t.ident()}`;
    lines.push(`data ${Buffer.byteLength(message)}`, message);
    if (c > 1) lines.push(`from :${c - 1}`);
    const touched = 1 + Math.floor(t.random() * 3);
    for (let k = 0; k < touched; k++) {
      const file = t.pick(files);
      const before = (contents.get(file) ?? '').split('\n').filter(Boolean);
      const keep = before.filter(() => t.random() > 0.1);
      const added = t.code(10 + Math.floor(t.random() * 30)).split('\n').filter(Boolean);
      if (c % 250 === 3) {
        added.push(`const leaked = '${t.fakeKey()}';`);
        planted++;
      }
      const text = `${[...keep, ...added].join('\n')}\n`;
      contents.set(file, text);
      lines.push(`M 100644 inline ${file}`, `data ${Buffer.byteLength(text)}`, text);
    }
    chunks.push(`${lines.join('\n')}\n`);
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: chunks.join(''), maxBuffer: 1 << 30 });
  execFileSync('git', ['checkout', '-q', 'main'], { cwd: dir });
  return { commits, planted };
}
