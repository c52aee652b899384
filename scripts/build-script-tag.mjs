// Builds the script-tag deliverables into dist/ (see docs/script-tag.md):
//
// - portal-elements.iife.js    classic script, global `PortalElements`: Lit, DOMPurify's
//                              loader, every element and the light core. The heavy parts
//                              (urgency rules, abbreviation list, adapters, Spanish strings,
//                              test explanations, DOMPurify) are ES chunks in
//                              portal-elements/ next to it, loaded when first needed.
// - portal-elements/           those chunks. They take Lit and @lit/* from the script that
//                              loaded them (a registry on globalThis, keyed by version),
//                              so a page never runs two Lit runtimes for one library copy.
// - portal-elements.bundle.js  the same as an ES module, sharing those chunks.
// - portal-elements.standalone.iife.js
//                              everything in one classic script, for hosts that can upload
//                              only one file. Larger; see the size report.
//
// Exports that need a heavy module synchronously (`classifyUrgency`, `findAbbreviations`'s
// data, `createSampleSeed`…) are "gated" in the first two: they work once the module has
// loaded (`await PortalElements.preloadModules()`), and throw a clear PortalError before.
// `FhirAdapter` and `MemoryAdapter` are never gated: their methods are async and load on demand.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const ROOT = resolve(import.meta.dirname, '..');
const SRC = resolve(ROOT, 'src');
const DEFAULT_DIST = resolve(ROOT, 'dist');
const CHUNK_DIR = 'portal-elements';
const { version } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
export const RUNTIME_KEY = `portal-elements@${version}/runtime`;
const common = { bundle: true, minify: true, sourcemap: true, target: 'es2022', legalComments: 'eof', logLevel: 'warning', charset: 'utf8' };

/** The loaders in src/lazy/modules.ts: name → absolute module path (or a package name). */
function lazyModules() {
  const file = resolve(SRC, 'lazy/modules.ts');
  const source = readFileSync(file, 'utf8');
  const out = new Map();
  for (const m of source.matchAll(/^\s*(\w+):\s*\(\)\s*=>\s*import\('([^']+)'\)/gm)) {
    const spec = m[2];
    out.set(m[1], spec.startsWith('.') ? resolve(dirname(file), spec).replace(/\.js$/, '.ts') : spec);
  }
  if (!out.size) throw new Error('No loaders found in src/lazy/modules.ts');
  return out;
}

/** Modules whose exports the eager script may need synchronously, with their loader. */
const GATED = {
  'core/urgency/index.ts': 'urgency',
  'core/notes/abbreviations.data.ts': 'abbreviations',
  'adapters/fhir/index.ts': 'fhir',
  'adapters/memory/index.ts': 'memory',
};
/** Adapter classes: usable at once; async methods wait for the chunk (see src/lazy/gate.ts). */
const FACADES = {
  FhirAdapter: (real) => `(o) => ({ ...${JSON.stringify(real.DEFAULT_FHIR_CAPABILITIES)}, ...(o && o.capabilities) })`,
  MemoryAdapter: (real) => `(seed) => (seed && seed.capabilities) || ${JSON.stringify(new real.MemoryAdapter(undefined, { latencyMs: 0 }).capabilities)}`,
};

/** A class's methods: called before the chunk has arrived, each waits for it (and returns a Promise). */
function asyncMethods(cls) {
  const names = new Set();
  for (let p = cls.prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    for (const n of Object.getOwnPropertyNames(p)) {
      const d = Object.getOwnPropertyDescriptor(p, n);
      if (n !== 'constructor' && typeof d?.value === 'function') names.add(n);
    }
  }
  return [...names];
}

const isClass = (v) => typeof v === 'function' && /^class[\s{]/.test(Function.prototype.toString.call(v));

/** Source of a stand-in for a heavy module: same export names, backed by the lazy chunk. */
async function gatedSource(rel, key) {
  const real = await tsImport(resolve(SRC, rel), import.meta.url);
  const lines = [
    `import { gated, gatedClass, lazyAdapterClass, onModuleLoaded } from ${JSON.stringify(resolve(SRC, 'lazy/gate.ts'))};`,
  ];
  const lets = [];
  for (const [name, value] of Object.entries(real)) {
    if (FACADES[name]) {
      const args = [key, name, asyncMethods(value)].map((v) => JSON.stringify(v)).join(', ');
      lines.push(`export const ${name} = lazyAdapterClass(${args}, ${FACADES[name](real)});`);
    } else if (isClass(value)) {
      lines.push(`export const ${name} = gatedClass(${JSON.stringify(key)}, ${JSON.stringify(name)});`);
    } else if (typeof value === 'function') {
      lines.push(`export const ${name} = gated(${JSON.stringify(key)}, ${JSON.stringify(name)});`);
    } else {
      // Data: a live binding, filled in when the chunk has loaded.
      lines.push(`export let ${name};`);
      lets.push(name);
    }
  }
  if (lets.length) lines.push(`onModuleLoaded(${JSON.stringify(key)}, (m) => { ${lets.map((n) => `${n} = m.${n};`).join(' ')} });`);
  return lines.join('\n');
}

/** Every .ts file under a folder (tests excluded). */
function tsFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = resolve(dir, entry.name);
    if (entry.isDirectory()) out.push(...tsFiles(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/**
 * Stand-in for src/core/index.ts in the script-tag builds. Each export the elements
 * already need is re-exported from its own file (it is in the script anyway); the rest
 * is gated on the `core` chunk (or `urgency` for the urgency engine).
 */
async function coreStandIn(eagerFiles) {
  const coreDir = resolve(SRC, 'core');
  const files = tsFiles(coreDir).filter((f) => f !== resolve(coreDir, 'index.ts'));
  // One import of everything, so values compare by identity across files.
  const probe = resolve(ROOT, 'node_modules/.cache/portal-core-probe.ts');
  mkdirSync(dirname(probe), { recursive: true });
  writeFileSync(
    probe,
    [`export * as index from ${JSON.stringify(resolve(coreDir, 'index.ts'))};`, ...files.map((f, i) => `export * as f${i} from ${JSON.stringify(f)};`)].join('\n'),
  );
  const all = await tsImport(probe, import.meta.url);
  const lines = [`import { gated, gatedClass, onModuleLoaded } from ${JSON.stringify(resolve(SRC, 'lazy/gate.ts'))};`];
  const lets = { core: [], urgency: [] };
  for (const [name, value] of Object.entries(all.index)) {
    const homes = files.filter((f, i) => Object.prototype.hasOwnProperty.call(all[`f${i}`], name) && all[`f${i}`][name] === value);
    const eager = homes.find((f) => eagerFiles.has(f));
    if (eager) {
      lines.push(`export { ${name} } from ${JSON.stringify(eager)};`);
      continue;
    }
    const key = homes.some((f) => f.startsWith(resolve(coreDir, 'urgency') + '/')) ? 'urgency' : 'core';
    if (isClass(value)) lines.push(`export const ${name} = gatedClass(${JSON.stringify(key)}, ${JSON.stringify(name)});`);
    else if (typeof value === 'function') lines.push(`export const ${name} = gated(${JSON.stringify(key)}, ${JSON.stringify(name)});`);
    else {
      lines.push(`export let ${name};`);
      lets[key].push(name);
    }
  }
  for (const [key, names] of Object.entries(lets)) {
    if (names.length) lines.push(`onModuleLoaded(${JSON.stringify(key)}, (m) => { ${names.map((n) => `${n} = m.${n};`).join(' ')} });`);
  }
  return lines.join('\n');
}

/** Names each bare Lit specifier exports (read in Node), for the runtime shims. */
async function exportNames(specifier) {
  return Object.keys(await import(specifier)).filter((n) => n !== 'default');
}

const LIT_SPECIFIER = /^(lit|lit\/.+|@lit\/[^/]+(\/.+)?)$/;

/** esbuild plugin for the chunks: `lit`/`@lit/*` imports read the registry the script filled in. */
function runtimeShims() {
  return {
    name: 'portal-runtime-shims',
    setup(b) {
      b.onResolve({ filter: LIT_SPECIFIER }, (a) => ({ path: a.path, namespace: 'portal-runtime' }));
      b.onLoad({ filter: /.*/, namespace: 'portal-runtime' }, async (a) => {
        const names = await exportNames(a.path);
        return {
          contents: [
            `const r = globalThis[Symbol.for(${JSON.stringify(RUNTIME_KEY)})];`,
            `if (!r || !r[${JSON.stringify(a.path)}]) throw new Error('Portal Elements: load this chunk through portal-elements.iife.js (${a.path} is missing from its runtime).');`,
            `export const { ${names.join(', ')} } = r[${JSON.stringify(a.path)}];`,
          ].join('\n'),
          loader: 'js',
        };
      });
    },
  };
}

/** esbuild plugin for the eager script: swaps the loaders and the heavy modules. */
function scriptSwaps({ loaders, gatedSources, chunkUrls, litSpecifiers }) {
  const lazyFile = resolve(SRC, 'lazy/modules.ts');
  return {
    name: 'portal-script-swaps',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, (a) => {
        if (a.path === lazyFile && chunkUrls) {
          const body = [...loaders.keys()].map((k) => `  ${k}: () => import(chunkUrl(${JSON.stringify(`${k}.js`)})),`).join('\n');
          const source = readFileSync(lazyFile, 'utf8').replace(
            /export const lazyModules = \{[\s\S]*?\n\};/,
            `import { chunkUrl } from ${JSON.stringify(resolve(SRC, 'lazy/chunk-url.ts'))};\nexport const lazyModules = {\n${body}\n};`,
          );
          return { contents: source, loader: 'ts', resolveDir: dirname(lazyFile) };
        }
        const rel = a.path.startsWith(SRC + '/') ? a.path.slice(SRC.length + 1) : '';
        if (rel === 'lazy/chunk-url.ts' && chunkUrls === 'module') {
          // The ES module finds the chunks next to itself.
          return { contents: `export function chunkUrl(file) { return new URL(${JSON.stringify(`${CHUNK_DIR}/`)} + file, import.meta.url).href; }`, loader: 'js' };
        }
        if (gatedSources.has(rel)) return { contents: gatedSources.get(rel), loader: 'js', resolveDir: dirname(a.path) };
        if (rel === 'lazy/runtime.ts') {
          const imports = litSpecifiers.map((s, i) => `import * as m${i} from ${JSON.stringify(s)};`).join('\n');
          const entries = litSpecifiers.map((s, i) => `${JSON.stringify(s)}: m${i}`).join(', ');
          return {
            contents: `${imports}\nconst key = Symbol.for(${JSON.stringify(RUNTIME_KEY)});\nconst g = globalThis;\n// The first copy of this version wins; chunks are shared by URL anyway.\ng[key] ??= { ${entries} };\n`,
            loader: 'js',
            resolveDir: dirname(a.path),
          };
        }
        return undefined;
      });
    },
  };
}

/**
 * `outDir`: where to write (dist/ by default). `scriptOnly`: just the classic script and
 * its chunks (the demo server builds those at start-up).
 */
export async function buildScriptTag({ outDir: DIST = DEFAULT_DIST, scriptOnly = false } = {}) {
  const loaders = lazyModules();
  rmSync(resolve(DIST, CHUNK_DIR), { recursive: true, force: true });

  // 1. The lazy chunks, as ES modules that take Lit from the registry.
  const usedLit = new Set();
  const chunks = await build({
    ...common,
    entryPoints: [...loaders].map(([name, path]) => ({ in: path, out: name })),
    format: 'esm',
    splitting: true,
    outdir: resolve(DIST, CHUNK_DIR),
    chunkNames: 'shared/[name]-[hash]',
    metafile: true,
    plugins: [runtimeShims()],
  });
  for (const input of Object.keys(chunks.metafile.inputs)) {
    const m = /^portal-runtime:(.+)$/.exec(input);
    if (m) usedLit.add(m[1]);
  }
  // Everything the elements import from Lit may be needed by a chunk one day: register all of it.
  for (const s of scanLitSpecifiers()) usedLit.add(s);
  const litSpecifiers = [...usedLit].sort();

  const gatedSources = new Map();
  for (const [rel, key] of Object.entries(GATED)) gatedSources.set(rel, await gatedSource(rel, key));

  // Which core files do the elements need up front? Build once with the core's public
  // index left out and look at what is still there.
  gatedSources.set('core/index.ts', 'export {};');
  const probe = await build({
    ...common,
    sourcemap: false,
    write: false,
    metafile: true,
    entryPoints: [resolve(SRC, 'script-tag.ts')],
    format: 'iife',
    outfile: resolve(DIST, 'probe.js'),
    plugins: [scriptSwaps({ loaders, gatedSources, chunkUrls: true, litSpecifiers })],
  });
  const eagerFiles = new Set(Object.keys(probe.metafile.inputs).map((f) => resolve(ROOT, f)));
  gatedSources.set('core/index.ts', await coreStandIn(eagerFiles));

  // 2. The classic script and 3. the ES module, both eager parts only.
  const iife = await build({
    ...common,
    entryPoints: [resolve(SRC, 'script-tag.ts')],
    format: 'iife',
    globalName: 'PortalElements',
    outfile: resolve(DIST, 'portal-elements.iife.js'),
    metafile: true,
    plugins: [scriptSwaps({ loaders, gatedSources, chunkUrls: true, litSpecifiers })],
  });
  if (!scriptOnly) {
    await build({
      ...common,
      entryPoints: [resolve(SRC, 'script-tag.ts')],
      format: 'esm',
      outfile: resolve(DIST, 'portal-elements.bundle.js'),
      plugins: [scriptSwaps({ loaders, gatedSources, chunkUrls: 'module', litSpecifiers })],
    });

    // 4. One file with everything, for hosts that can upload only one file.
    await build({
      ...common,
      entryPoints: [resolve(SRC, 'index.ts')],
      format: 'iife',
      globalName: 'PortalElements',
      outfile: resolve(DIST, 'portal-elements.standalone.iife.js'),
    });
  }
  writeFileSync(resolve(DIST, 'portal-elements.iife.meta.json'), JSON.stringify(iife.metafile));
  writeFileSync(resolve(DIST, CHUNK_DIR, 'README.txt'), `Chunks of portal-elements.iife.js ${version}. Keep this folder next to the script.\n`);
}

/** Bare Lit specifiers imported anywhere in src/. */
function scanLitSpecifiers() {
  const out = new Set(['lit', '@lit/localize']);
  const walk = (dir) => {
    for (const entry of readdirSafe(dir)) {
      const path = resolve(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        for (const m of readFileSync(path, 'utf8').matchAll(/from '((?:lit|@lit\/)[^']*)'/g)) out.add(m[1]);
      }
    }
  };
  walk(SRC);
  return out;
}

function readdirSafe(dir) {
  return readdirSync(dir, { withFileTypes: true });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t = Date.now();
  await buildScriptTag();
  console.log(`script-tag builds written to dist/ in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}
