// Lint: typescript-eslint, Lit, web components and Lit accessibility rules, plus the house rule that no
// source renders HTML from strings (adapter data is untrusted and pages run under Trusted Types).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

const NO_HTML_FROM_STRINGS = [
  'error',
  {
    selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]",
    message: 'Never assign innerHTML/outerHTML: render data as text with Lit templates.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Never use insertAdjacentHTML: render data as text with Lit templates.',
  },
  {
    selector: "CallExpression[callee.property.name=/^(write|writeln)$/][callee.object.name='document']",
    message: 'Never use document.write.',
  },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'storybook-static/**',
      'packages/portal/dist/**',
      'test/.results/**',
      '**/custom-elements.json',
      'docs/api/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { lit, wc, 'lit-a11y': litA11y },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': NO_HTML_FROM_STRINGS,
    },
  },
  {
    files: ['packages/*/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: "Browser code imports 'zod/mini' (5 kB), never full 'zod' (77 kB)." },
            { name: 'lit/directives/unsafe-html.js', message: 'Adapter data is untrusted: render it as text.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Adapter data is untrusted: render it as text.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'packages/adapters/src/server/**/*.ts', '**/*.node.ts'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly' },
    },
  },
);
