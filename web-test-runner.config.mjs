import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome } from './scripts/find-chrome.mjs';
import { cspHeaders, frameworkDeps, scriptTagPageRoutes } from './scripts/wtr-integration-plugins.mjs';
import { register } from 'tsx/esm/api';

// The embedded FHIR server (TypeScript) answers /fhir for the end-to-end tests.
register();
const { fhirKoaMiddleware } = await import('./server/fhir-server.ts');

const executablePath = findChrome();
const args = [
  '--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  // Test pages run side by side; keep timers and animation frames running in the unfocused ones.
  '--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows',
];

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  rootDir: '.',
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022' }), frameworkDeps()],
  middleware: [scriptTagPageRoutes(), cspHeaders(), fhirKoaMiddleware('/fhir')],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args } })],
  concurrency: 2,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 10000 } },
  coverageConfig: { include: ['src/**/*.ts'], reportDir: 'coverage' },
};
