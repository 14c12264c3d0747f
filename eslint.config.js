// Layer rules (ARCHITECTURE.md §2) are enforced here at error level.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto', 'url', 'stream', 'zlib', 'worker_threads', 'util', 'buffer', 'process',
];
const nodePatterns = ['node:*', ...nodeBuiltins];

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'test-artifacts/**', '.vite/**', 'bench/.run.bundle.mjs', '.prof/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'as', objectLiteralTypeAssertions: 'never' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/node/**'],
    rules: restrict(
      ['electron', 'electron/*', 'react', 'react-dom', 'react/*', 'zustand', ...nodePatterns, '**/electron/**', '**/renderer/**', '**/cli/**', '**/node/**'],
      'shared/ 是平台无关的核心：不得引用 electron、react、Node 内置模块或外层目录（Node 专用代码放在 shared/node/）。',
    ),
  },
  {
    files: ['shared/node/**/*.ts'],
    rules: restrict(['electron', 'react', 'react-dom', 'zustand', '**/electron/**', '**/renderer/**', '**/cli/**'], 'shared/node 只能使用 Node 内置模块与 shared/。'),
  },
  {
    files: ['templates/**/*.ts'],
    rules: restrict(['electron', 'react', 'zustand', ...nodePatterns, '**/electron/**', '**/renderer/**', '**/cli/**', '**/node/**'], 'templates/ 只含数据，只能引用 shared/ 的类型。'),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: restrict(['electron', 'electron/*', ...nodePatterns, '**/electron/main*', '**/shared/node/**', '**/cli/**'], '渲染进程不得直接使用 electron 或 Node：文件访问经由 preload API。'),
  },
  {
    files: ['cli/**/*.ts'],
    rules: restrict(['electron', 'react', 'zustand', '**/electron/**', '**/renderer/**'], 'cli/ 只调用 shared/ 与 shared/node/。'),
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
