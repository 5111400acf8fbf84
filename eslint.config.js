// @ts-check
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'stream', 'url', 'http', 'https'];

/** Import boundaries between the layers (ARCHITECTURE.md, "Layers"). */
const boundary = (/** @type {string[]} */ names, /** @type {string[]} */ folders, /** @type {string} */ why) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        ...(names.length > 0 ? [{ group: names, message: why }] : []),
        { group: folders.map((f) => `**/${f}/**`).concat(folders.map((f) => `**/${f}`)), message: why },
      ],
    },
  ],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench-results/**'] },
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      // The shared tsconfig already lacks Node and DOM types; this catches globals that other
      // configs (which also compile src/shared) would accept.
      'no-restricted-globals': [
        'error',
        ...['process', 'Buffer', 'require', 'global', '__dirname', '__filename', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'crypto'].map(
          (name) => ({ name, message: 'src/shared runs everywhere: no Node or DOM globals.' }),
        ),
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: boundary(
      ['electron', 'react', 'react-dom', 'dexie', 'dexie-react-hooks', ...nodeBuiltins],
      ['main', 'renderer', 'preload', 'cli'],
      'src/shared is pure TypeScript: no Node, DOM, Electron, React or Dexie, and no other layer.',
    ),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...boundary(
        ['electron', ...nodeBuiltins],
        ['main', 'preload', 'cli'],
        'The renderer reaches the main process only through host/.',
      ),
    },
  },
  {
    files: ['src/main/**/*.ts', 'src/preload/**/*.ts'],
    rules: boundary([], ['renderer'], 'Main and preload never import the renderer.'),
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'No .only in tests.' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
