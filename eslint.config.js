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
    // The file extension says which side a file is on: .ts holds no React (nor R3F, nor zustand's
    // React entry), .tsx does.
    files: ['app/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zustand', message: 'Its React entry: a .ts file takes zustand/vanilla.' },
          ],
          patterns: [
            {
              group: ['react', 'react-dom', 'react-dom/*', '@react-three/*'],
              message: 'A .ts file in app/ holds no React: make it a .tsx file.',
            },
          ],
        },
      ],
    },
  },
  {
    // One way in: only app/lab/ writes the experiment (lab.change, lab.open); everything else
    // calls those, so every change goes through the core's rules with the model on screen.
    files: ['app/**/*.ts', 'app/**/*.tsx'],
    ignores: ['app/lab/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name='setState'] Property[key.name=/^(experiment|lastChange)$/]",
          message: 'Change the experiment with lab.change(patch) (or lab.open), not the store.',
        },
        {
          selector: "CallExpression[callee.property.name='apply'][callee.object.name='driver']",
          message: 'The lab hands the driver each new experiment: call lab.change(patch).',
        },
        {
          selector:
            'Identifier[name=/^(setExperiment|openExperiment|createDriver|createLabStore)$/]',
          message: 'Make a lab with createLab and change it with lab.change / lab.open.',
        },
      ],
    },
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
