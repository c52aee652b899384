import { defineConfig } from 'vite';

/** Per-entry ES modules for npm users: Lit, @lit/* and DOMPurify stay external (shared with the host app). */
export const entries = {
  index: 'src/index.ts',
  core: 'src/core/index.ts',
  adapters: 'src/adapters/index.ts',
  provider: 'src/components/provider/provider.ts',
  notes: 'src/components/notes/notes.ts',
  results: 'src/components/results/results.ts',
  messages: 'src/components/messages/messages.ts',
  appointments: 'src/components/appointments/appointments.ts',
  'urgency-notice': 'src/components/urgency/urgency-notice.ts',
};

export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    lib: { entry: entries, formats: ['es'] },
    rolldownOptions: {
      external: [/^lit(\/.*)?$/, /^@lit\//, /^dompurify$/],
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
