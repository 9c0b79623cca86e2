module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/apps/api',
  // Unit specs next to the code; integration specs (real database, real Redis) under test/.
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  // The reliability and bad-input suites' figures, printed again after every suite has run.
  globalTeardown: '<rootDir>/test/reliability/print-summary.ts',
  testTimeout: 30_000,
};
