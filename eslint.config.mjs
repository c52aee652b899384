import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['dist/**', 'storybook-static/**', 'coverage/**', 'node_modules/**', '*.config.*', '.storybook/**', 'scripts/**/*.mjs', 'custom-elements.json', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },
  wcConfigs['flat/recommended'],
  litConfigs['flat/recommended'],
  {
    rules: {
      // Lit binds `this` for @event listeners in templates.
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Server text must never reach innerHTML unsanitised.
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'Use lit templates or the sanitiser in src/components/shared/sanitize.ts.' },
        { property: 'outerHTML', message: 'Use lit templates.' }],
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.name='eval']", message: 'No eval.' }],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/adapters/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error',
        { name: 'document', message: 'core/ and adapters/ are DOM-free.' },
        { name: 'window', message: 'core/ and adapters/ are DOM-free.' },
        { name: 'localStorage', message: 'core/ and adapters/ are DOM-free.' }],
    },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    rules: {
      // chai's typings make assertions thenable.
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-properties': 'off',
    },
  },
);
