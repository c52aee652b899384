import { defineConfig } from 'vite';

/**
 * Self-contained bundles for a `<script>` tag: Lit, DOMPurify and every widget inlined.
 * `portal-elements.iife.js` (classic script, global `PortalElements`) and
 * `portal-elements.bundle.js` (ES module). Built into dist/ after the per-entry build.
 */
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    minify: true,
    lib: {
      entry: 'src/index.ts',
      name: 'PortalElements',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'portal-elements.bundle.js' : 'portal-elements.iife.js'),
    },
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
