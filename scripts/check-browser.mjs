// Fails early, with a clear message, when no Chromium is installed.
import { existsSync } from 'node:fs';
import { findChrome } from './find-chrome.mjs';

const path = findChrome();
if (!existsSync(path)) {
  console.error(`\nNo Chromium found at ${path}.\n` +
    'Install one (Debian/Ubuntu: `sudo apt-get update && sudo apt-get install -y chromium`)\n' +
    'or point CHROME_PATH at a Chrome or Chromium binary, then run `npm test` again.\n');
  process.exit(1);
}
