// Lint rules. The core (src/) may not import React, three, zustand or touch the DOM:
// that keeps the simulation usable from Node and testable without a browser.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const frameworks = [
  'react',
  'react-dom',
  'react/*',
  'three',
  'three/*',
  '@react-three/*',
  'zustand',
  'zustand/*',
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-output', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: frameworks,
              message: 'src/ is the framework-free core: no React, three or zustand.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'src/ must not touch the DOM.' },
        { name: 'document', message: 'src/ must not touch the DOM.' },
        { name: 'localStorage', message: 'src/ must not touch the DOM.' },
        { name: 'navigator', message: 'src/ must not touch the DOM.' },
      ],
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'build-tools/**', 'test/**', '*.config.*', '.ci/**'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['app/**'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
);
