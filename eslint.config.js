import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nextVitals from 'eslint-config-next/core-web-vitals';

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'coverage/**', '.next/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Next.js and React rules for the app (hooks, links, images, core web vitals).
  ...nextVitals.map((c) => ({ ...c, files: ['app/**/*.{ts,tsx}'] })),
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The runtime is pure: time, randomness and the outside world arrive as arguments.
    files: ['runtime/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'Date', 'setTimeout', 'setInterval', 'fetch', 'process', 'crypto', 'performance'],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'runtime/ is deterministic: take a seed from env.' }],
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'http', 'https', 'crypto', 'child_process'] }],
    },
  },
);
