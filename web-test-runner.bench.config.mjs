// Browser benchmarks: bench/**/*.bench.ts run in headless Chromium, one file at a time,
// and print `BENCH …` lines. They assert nothing about time (see `npm run bench`).
import base from './web-test-runner.config.mjs';

export default {
  ...base,
  files: ['bench/**/*.bench.ts'],
  concurrency: 1,
  testFramework: { config: { timeout: 120000 } },
  filterBrowserLogs: ({ args }) => typeof args[0] === 'string' && args[0].startsWith('BENCH'),
};
