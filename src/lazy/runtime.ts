/**
 * The Lit runtime the script-tag build shares with its chunks. This file is a marker:
 * scripts/build-script-tag.mjs replaces its contents with a registry of the Lit
 * modules (keyed by library version on globalThis) for the classic script only.
 * npm builds and tests use it as it is: chunks are ordinary ES modules there.
 */
export {};
