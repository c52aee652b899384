// Prints gzip sizes of the builds against their budgets. Run after `npm run build`.
// Budgets count what a page must download before a widget can render:
// - the script tag: `portal-elements.iife.js` itself (Lit, every element, the light core);
//   the chunks in dist/portal-elements/ load later, only when a page needs them, and are
//   listed below it without a budget;
// - per-widget ES entries as an app's bundler would ship them: the entry and its static
//   chunks, minified (esbuild), then gzipped; Lit and DOMPurify are external (shared with
//   the host app); dynamically imported chunks load on demand and are not counted.
// Exits 1 when a budget is exceeded (`--report` only prints).
import { transformSync } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = resolve('dist');
const KB = 1024;
const budgets = [
  { name: 'portal-elements.iife.js (script tag: Lit, all elements)', files: ['portal-elements.iife.js'], budget: 60 * KB, aim: 40 * KB },
  { name: 'portal-elements.bundle.js (ES module, eager part)', files: ['portal-elements.bundle.js'], closure: true, budget: 60 * KB },
];
const widgetEntries = ['provider', 'notes', 'results', 'messages', 'appointments', 'urgency-notice', 'core', 'adapters'];

/** An entry plus every local chunk it imports statically (Lit and DOMPurify stay external). */
function closure(file, seen = new Set()) {
  const path = resolve(DIST, file);
  if (seen.has(path) || !existsSync(path)) return seen;
  seen.add(path);
  const code = readFileSync(path, 'utf8');
  // Static `import … from "./x"`, `import "./x"`, `export … from "./x"` (minified or not); not `import("./x")`.
  for (const m of code.matchAll(/(?:^|[\s;})])(?:import(?!\s*\()|export)(?:[^'";]*?from)?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    closure(join(dirname(path), m[1]).slice(DIST.length + 1), seen);
  }
  return seen;
}

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const fmt = (n) => `${(n / KB).toFixed(1)} KB`;
let failed = false;
const rows = [];

for (const b of budgets) {
  const path = resolve(DIST, b.files[0]);
  if (!existsSync(path)) { rows.push([b.name, 'missing', fmt(b.budget), 'FAIL']); failed = true; continue; }
  const size = b.closure ? gz(Buffer.concat([...closure(b.files[0])].map((f) => readFileSync(f)))) : gz(readFileSync(path));
  const ok = size <= b.budget;
  failed ||= !ok;
  rows.push([b.name, fmt(size), fmt(b.budget) + (b.aim ? ` (aim ${fmt(b.aim)})` : ''), ok ? 'ok' : 'OVER']);
}
for (const entry of widgetEntries) {
  const files = [...closure(`${entry}.js`)];
  if (!files.length) { rows.push([`${entry}.js`, 'missing', '', 'FAIL']); failed = true; continue; }
  const code = files.map((f) => transformSync(readFileSync(f, 'utf8'), { minify: true, format: 'esm', target: 'es2022' }).code).join('\n');
  const size = gz(Buffer.from(code));
  const budget = ['core', 'adapters'].includes(entry) ? undefined : 15 * KB;
  const ok = budget === undefined || size <= budget;
  failed ||= !ok;
  rows.push([`${entry}.js (ESM min, Lit external)`, fmt(size), budget ? fmt(budget) : '—', ok ? 'ok' : 'OVER']);
}

// Loaded on demand by the script tag, and the one-file alternative: reported, not budgeted.
const chunkDir = resolve(DIST, 'portal-elements');
if (existsSync(chunkDir)) {
  // Each loader with the shared chunks it imports (what its first use downloads, at most).
  for (const f of readdirSync(chunkDir).filter((n) => n.endsWith('.js')).sort()) {
    const files = [...closure(`portal-elements/${f}`)];
    rows.push([`  portal-elements/${f} (on demand)`, fmt(gz(Buffer.concat(files.map((x) => readFileSync(x))))), '—', '']);
  }
}
const standalone = resolve(DIST, 'portal-elements.standalone.iife.js');
if (existsSync(standalone)) rows.push(['portal-elements.standalone.iife.js (one file, everything)', fmt(gz(readFileSync(standalone))), '—', '']);

const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => String(r[i]).length), 6));
console.log(['bundle', 'gzip', 'budget', ''].map((h, i) => h.padEnd(widths[i])).join('  '));
for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join('  '));
if (failed) {
  console.error('\nA bundle is over its budget (or missing: run `npm run build` first).');
  if (!process.argv.includes('--report')) process.exit(1);
}
