import { existsSync, readFileSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { fhirViteMiddleware } from './server/fhir-server.ts';
// @ts-expect-error -- a plain ES module script without type declarations
import { buildScriptTag } from './scripts/build-script-tag.mjs';

/** Where `npm start` builds the classic script for demo/script-tag.html. */
const SCRIPT_TAG_DIR = resolve('node_modules/.cache/portal-elements-demo-script');
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.map': 'application/json', '.txt': 'text/plain' };

/**
 * Serves the built classic script (`portal-elements.iife.js` and its chunks) at
 * /script-tag/, built once when the server starts, so demo/script-tag.html shows the
 * widgets exactly as a CMS page with one <script> tag gets them.
 */
function scriptTagBuild(): Plugin {
  let built: Promise<void> | undefined;
  return {
    name: 'portal-script-tag',
    configureServer(s) {
      built = (buildScriptTag({ outDir: SCRIPT_TAG_DIR, scriptOnly: true }) as Promise<void>).catch((e: unknown) => {
        s.config.logger.error(`Could not build the script-tag bundle for /script-tag.html: ${String(e)}`);
      });
      s.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        if (!url.startsWith('/script-tag/')) return next();
        void built?.then(() => {
          const file = resolve(SCRIPT_TAG_DIR, `.${url.slice('/script-tag'.length)}`);
          if (!file.startsWith(SCRIPT_TAG_DIR + sep) || !existsSync(file)) return next();
          res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          res.end(readFileSync(file));
        });
      });
    },
  };
}

/**
 * `npm start`: the demo portal (demo/index.html) on the Vite dev server, with an
 * embedded FHIR R4 server at /fhir seeded with the sample patient.
 */
const plugins: Plugin[] = [
  scriptTagBuild(),
  {
    name: 'portal-fhir',
    configureServer(s) {
      s.middlewares.use(fhirViteMiddleware('/fhir'));
    },
    configurePreviewServer(s) {
      s.middlewares.use(fhirViteMiddleware('/fhir'));
    },
  },
];

export default defineConfig({
  root: 'demo',
  publicDir: 'public',
  server: { port: Number(process.env.PORT ?? 5173), host: process.env.HOST ?? 'localhost', fs: { allow: ['..'] } },
  preview: { port: Number(process.env.PORT ?? 5173) },
  plugins,
});
