// Lint rules, including the fences of DESIGN §2: every file knows where it may run.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const fence = (message, names, patterns = [], oneGroup = false) => ({
  'no-restricted-imports': ['error', {
    paths: names.map((name) => ({ name, message })),
    patterns: oneGroup ? [{ group: patterns, message }] : patterns.map((group) => ({ group: [group], message })),
  }],
});

/** Several fences on one file: one no-restricted-imports rule with all their paths and patterns. */
const fences = (...rules) => ({
  'no-restricted-imports': ['error', {
    paths: rules.flatMap((r) => r['no-restricted-imports'][1].paths),
    patterns: rules.flatMap((r) => r['no-restricted-imports'][1].patterns),
  }],
});
const HUB_ENTRY = 'Import the hub through its public entry (electron/hub, i.e. electron/hub/index.ts), not its internals.';
const HUB_INTERNALS = ['**/hub/*', '!**/hub/index', '**/hub/*/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'coverage/**', '.bench/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The `livedeck` bin is plain CommonJS so it runs on any Node without a loader.
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // shared/ is pure: no Node built-ins, no React, no Electron, no transport.
    files: ['shared/**/*.ts'],
    rules: fence(
      'shared/ is pure and runs everywhere: no Node built-ins, React, Electron or socket libraries.',
      [...nodeBuiltins, 'electron', 'react', 'react-dom', 'zustand', 'socket.io', 'socket.io-client'],
      ['**/electron/**', '**/renderer/**'],
    ),
  },
  {
    // The hub runs under plain Node: never Electron, never the renderer.
    files: ['electron/hub/**/*.ts'],
    rules: fence('The hub runs under plain Node: no Electron, no renderer code.', ['electron', 'react', 'react-dom', 'zustand'], ['**/renderer/**']),
  },
  {
    // The CLI too; and it reaches the hub only through its public entry, electron/hub/index.ts.
    files: ['electron/cli/**/*.ts'],
    rules: fences(
      fence('The CLI runs under plain Node: no Electron, no renderer code.', ['electron', 'react', 'react-dom', 'zustand'], ['**/renderer/**']),
      fence(HUB_ENTRY, [], HUB_INTERNALS, true),
    ),
  },
  {
    // The Electron shell reaches the hub only through its public entry.
    files: ['electron/*.ts', 'electron/shell/**/*.ts'],
    rules: fence(HUB_ENTRY, [], HUB_INTERNALS, true),
  },
  {
    // The renderer talks to the hub through socket.io-client only, and to the shell through the preload bridge.
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: fence('The renderer runs in a sandboxed web page: no Node built-ins, no Electron, no hub code.', [...nodeBuiltins, 'electron', 'socket.io'], ['**/electron/**']),
  },
);
