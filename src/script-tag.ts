/**
 * Entry of the script-tag builds (`portal-elements.iife.js`, `portal-elements.bundle.js`):
 * the same exports as the npm entry. scripts/build-script-tag.mjs moves the heavy
 * modules into chunks loaded on demand.
 */
import './lazy/runtime.js';
import { loadModule } from './lazy/modules.js';

export * from './index.js';

// `classifyUrgency` is part of the global API and every composer or appointment form
// needs the rules: fetch them in the background as soon as the script runs.
loadModule('urgency').catch(() => undefined);
