const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      tsConfig: './tsconfig.app.json',
      assets: [
        // The demo question bank is an ordinary import file, read at start in demo mode.
        { input: './src/modules/demo', glob: 'seed-questions.csv', output: 'demo' },
        // Certificate fonts (full TTFs with Vietnamese) in fonts/ beside main.js, with their licence (SIL OFL).
        ...['400Regular', '400Regular_Italic', '700Bold'].map((face) => ({
          input: `../../node_modules/@expo-google-fonts/be-vietnam-pro/${face}`,
          glob: `BeVietnamPro_${face}.ttf`,
          output: 'fonts',
        })),
        { input: '../../node_modules/@expo-google-fonts/be-vietnam-pro', glob: 'LICENSE_FONT', output: 'fonts' },
      ],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      // TypeORM loads its drivers by name at run time; the generated package.json must still list them.
      externalDependencies: 'all',
      sourceMap: true,
      // Request/response schemas for the OpenAPI document come from the DTO classes.
      transformers: [{ name: '@nestjs/swagger/plugin', options: { introspectComments: true, classValidatorShim: true } }],
    }),
  ],
};
