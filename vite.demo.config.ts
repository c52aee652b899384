import { defineConfig, type Plugin } from 'vite';
import { fhirViteMiddleware } from './server/fhir-server.ts';

/**
 * `npm start`: the demo portal (demo/index.html) on the Vite dev server, with an
 * embedded FHIR R4 server at /fhir seeded with the sample patient.
 */
const plugins: Plugin[] = [
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
