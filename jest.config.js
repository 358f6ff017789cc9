// Three projects: unit (pure modules, no Strapi), integration (a real Strapi on a
// temporary database), browser (real Chromium against a real Strapi).
const transform = {
  '^.+\\.tsx?$': [
    'ts-jest',
    {
      tsconfig: {
        isolatedModules: true,
        module: 'commonjs',
        target: 'es2021',
        esModuleInterop: true,
        resolveJsonModule: true,
        jsx: 'react-jsx',
        allowJs: true,
        skipLibCheck: true,
      },
    },
  ],
};
const ignore = ['/node_modules/', '/dist/', '/.tmp/'];
// Workspace packages are mapped to their TypeScript sources so unit tests need no build.
const moduleNameMapper = { '^@gongkai/(shared|safe-html)$': '<rootDir>/packages/$1/src/index.ts' };
const common = { testEnvironment: 'node', transform, moduleNameMapper, testPathIgnorePatterns: ignore, modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.tmp/'] };

module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{plugins,packages,src,seeds,bench}/**/*.unit.test.ts?(x)'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts', '<rootDir>/plugins/*/tests/**/*.int.test.ts'],
      globalSetup: '<rootDir>/tests/setup/global-setup.js',
      setupFilesAfterEnv: ['<rootDir>/tests/setup/long-timeout.js'],
    },
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/tests/browser/**/*.test.ts', '<rootDir>/plugins/*/tests/**/*.browser.test.ts'],
      globalSetup: '<rootDir>/tests/setup/global-setup-browser.js',
      setupFilesAfterEnv: ['<rootDir>/tests/setup/long-timeout.js'],
    },
  ],
};
