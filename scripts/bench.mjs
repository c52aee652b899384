// `npm run bench`: every performance figure in one run — bundle sizes, Node-side
// benchmarks (bench/*.node.ts, e.g. classifyUrgency) and browser benchmarks
// (bench/*.bench.ts in headless Chromium: first renders, big notes, keystrokes).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { status: r.status ?? 1, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
};
const lines = (text) => text.split('\n').filter((l) => /BENCH|gzip|KB|budget/.test(l) && !/^\s*at /.test(l));
const section = (title) => console.log(`\n## ${title}`);

section('Bundle sizes (gzip)');
if (!existsSync('dist/portal-elements.iife.js')) {
  const b = run('npm', ['run', 'build', '--silent']);
  if (b.status !== 0) console.log(b.out);
}
const size = run('node', ['scripts/size.mjs', '--report']);
console.log(size.out.trim());

section('Node (bench/*.node.ts)');
const nodeBenches = existsSync('bench') ? readdirSync('bench').filter((f) => f.endsWith('.node.ts')).sort() : [];
for (const f of nodeBenches) {
  const r = run('npx', ['tsx', `bench/${f}`]);
  const out = lines(r.out);
  console.log(out.length ? out.join('\n') : r.out.trim());
}

section('Chromium (bench/*.bench.ts)');
const browser = run('npx', ['wtr', '--config', 'web-test-runner.bench.config.mjs']);
const bl = [...new Set(browser.out.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('BENCH')))];
console.log(bl.length ? bl.join('\n') : browser.out.trim());
if (browser.status !== 0) {
  console.error('\nA browser benchmark failed to run (see above).');
  process.exit(1);
}
