import nx from '@nx/eslint-plugin';
import baseConfig from '../../eslint.config.mjs';

const FEATURES = ['auth', 'profile', 'units', 'admin-users', 'admin-units', 'home', 'question-bank', 'contest-admin', 'contests', 'attempts', 'leaderboard', 'live', 'board', 'results', 'certificates', 'statistics', 'judging', 'results-admin'];

export default [
  ...nx.configs['flat/react'],
  ...baseConfig,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.jsx'] } },
    },
    rules: {
      // Layers point down: app → features → components, lib, i18n. Features never import
      // each other; the app composes them (see src/app/routes/register-route.tsx).
      'import/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            ...FEATURES.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'Features do not import each other; compose them in src/app or move the shared piece to components/ or lib/.',
            })),
            {
              target: ['./src/components', './src/lib', './src/i18n'],
              from: ['./src/features', './src/app'],
              message: 'Shared code must not depend on features or the app.',
            },
          ],
        },
      ],
    },
  },
];
