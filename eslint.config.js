import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'release/', '.cache/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'CallExpression[callee.name="eval"]', message: 'no eval' }],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer never touches Node, files or SQL: only the API door.
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'better-sqlite3', 'electron', '**/electron/**'] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      // Shared code runs in both the renderer and Node: no Node built-ins.
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'better-sqlite3', 'electron'] }],
    },
  },
);
