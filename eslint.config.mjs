// Lint rules, including the fences of DESIGN §2: every file knows where it may run.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const fence = (message, names, patterns = []) => ({
  'no-restricted-imports': ['error', {
    paths: names.map((name) => ({ name, message })),
    patterns: patterns.map((group) => ({ group: [group], message })),
  }],
});

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
    files: ['electron/hub/**/*.ts', 'electron/cli/**/*.ts'],
    rules: fence('The hub and CLI run under plain Node: no Electron, no renderer code.', ['electron', 'react', 'react-dom', 'zustand'], ['**/renderer/**']),
  },
  {
    // The renderer talks to the hub through socket.io-client only, and to the shell through the preload bridge.
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: fence('The renderer runs in a sandboxed web page: no Node built-ins, no Electron, no hub code.', [...nodeBuiltins, 'electron', 'socket.io'], ['**/electron/**']),
  },
);
