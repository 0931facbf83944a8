// Custom-elements manifest (generated, never hand-written): read by Storybook autodocs and shipped with
// @moncompte/components for IDEs. `npm run analyze` writes packages/components/custom-elements.json.
export default {
  globs: ['packages/components/src/**/*.component.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', '**/test/**'],
  outdir: 'packages/components',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
