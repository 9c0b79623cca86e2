import nx from '@nx/eslint-plugin';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/vite.config.*.timestamp*', '**/vitest.config.*.timestamp*'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      // Destructuring to drop properties (`const { a, ...rest } = x`) is how we omit fields.
      '@typescript-eslint/no-unused-vars': ['warn', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
      // Apps may use libs; domain may use contracts; contracts and spreadsheets use nothing of ours.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          banTransitiveDependencies: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: [
            { sourceTag: 'scope:contracts', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:domain', onlyDependOnLibsWithTags: ['scope:contracts'] },
            { sourceTag: 'scope:spreadsheets', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:formats', onlyDependOnLibsWithTags: ['scope:contracts', 'scope:domain', 'scope:spreadsheets'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:contracts', 'scope:domain', 'scope:formats', 'scope:spreadsheets'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:contracts', 'scope:domain'] },
            { sourceTag: 'scope:bench', onlyDependOnLibsWithTags: ['scope:contracts', 'scope:domain'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:contracts', 'scope:domain'] },
          ],
        },
      ],
    },
  },
];
