/**
 * web-test-runner pieces for the integration tests (test/integration/**):
 * - `cspHeaders`: serves test/fixtures/csp/*.html with a Content-Security-Policy header;
 * - `frameworkDeps`: React 19 (CommonJS on npm) and Vue 3, pre-bundled once with esbuild
 *   into browser ES modules, so tests can `import React from 'react'` / `import { createApp } from 'vue'`.
 */
import { build } from 'esbuild';
import { cspFor } from './csp-policy.mjs';

/** Koa middleware: adds the CSP header to the locked-down fixture pages. */
export function cspHeaders() {
  return async (ctx, next) => {
    await next();
    const policy = cspFor(ctx.path);
    if (policy) ctx.set('Content-Security-Policy', policy);
  };
}

const PREFIX = '/__framework-deps/';

/** Bare specifiers the tests import, and the pre-bundled file each one maps to. */
const ENTRIES = {
  react: 'react',
  'react-dom/client': 'react-dom-client',
  vue: 'vue',
};

/** What esbuild bundles for each specifier: Vue's full build, so tests can compile templates. */
const SOURCES = {
  react: 'react',
  'react-dom/client': 'react-dom/client',
  vue: 'vue/dist/vue.esm-bundler.js',
};

let bundled;

function bundle() {
  bundled ??= build({
    entryPoints: Object.entries(ENTRIES).map(([specifier, out]) => ({ in: SOURCES[specifier], out })),
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    outdir: 'out',
    minify: false,
    logLevel: 'silent',
    define: {
      'process.env.NODE_ENV': '"development"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  }).then((result) => new Map(result.outputFiles.map((f) => [f.path.slice(f.path.lastIndexOf('/out/') + 5), f.text])));
  return bundled;
}

/** Dev-server plugin: resolves `react`, `react-dom/client` and `vue` to the pre-bundled modules. */
export function frameworkDeps() {
  return {
    name: 'portal-framework-deps',
    resolveImport({ source }) {
      const out = ENTRIES[source];
      return out ? `${PREFIX}${out}.js` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const files = await bundle();
      const body = files.get(context.path.slice(PREFIX.length));
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}

/** Where the copy-paste page of docs/script-tag.md is served, ready to run against the test server. */
export const SCRIPT_TAG_PAGE = '/__integration/script-tag-page.html';
const TOKEN_PATH = '/session/fhir-token';
const AUTH_LOG = '/__integration/fhir-authorizations';

/**
 * Test-server routes for the docs page test:
 * - serves the first ```html block of docs/script-tag.md, with its script address
 *   pointed at the built bundle and its FHIR base URL at the embedded server;
 * - answers the page's token endpoint with a token;
 * - records the Authorization header of every /fhir request (read back, and
 *   cleared, at /__integration/fhir-authorizations).
 */
const MOVED_SCRIPT = '/test/fixtures/script-tag/copy-of-the-script.js';

export function scriptTagPageRoutes({ docsFile = 'docs/script-tag.md', fhirBase = '/fhir' } = {}) {
  const authorizations = [];
  let issued = 0;
  return async (ctx, next) => {
    if (ctx.path === MOVED_SCRIPT) {
      // The built script served from another folder than its chunks (test/fixtures/script-tag/moved-chunks.html).
      const { readFile } = await import('node:fs/promises');
      ctx.type = 'js';
      ctx.body = await readFile('dist/portal-elements.iife.js', 'utf8');
      return;
    }
    if (ctx.path === SCRIPT_TAG_PAGE) {
      const { readFile } = await import('node:fs/promises');
      const markdown = await readFile(docsFile, 'utf8');
      const block = /```html\n([\s\S]*?)```/.exec(markdown);
      if (!block) {
        ctx.status = 500;
        ctx.body = `${docsFile} has no html block`;
        return;
      }
      ctx.type = 'html';
      ctx.body = block[1]
        .replace(/https:\/\/unpkg\.com\/portal-elements\/dist\/portal-elements\.iife\.js/g, '/dist/portal-elements.iife.js')
        .replace(/https:\/\/fhir\.example-hospital\.org\/r4/g, fhirBase);
      return;
    }
    if (ctx.path === TOKEN_PATH) {
      issued += 1;
      ctx.type = 'json';
      ctx.body = JSON.stringify({ accessToken: `test-token-${issued}` });
      return;
    }
    if (ctx.path === AUTH_LOG) {
      ctx.type = 'json';
      ctx.body = JSON.stringify(authorizations.splice(0));
      return;
    }
    if (ctx.path === fhirBase || ctx.path.startsWith(`${fhirBase}/`)) {
      authorizations.push({ method: ctx.method, url: ctx.url, authorization: ctx.get('authorization') || null });
    }
    await next();
  };
}
