/**
 * Four projects: `unit` (pure domain, services and the mock gateway, plain node),
 * `ui` (components and pages under jsdom with @tarojs/test-utils-react),
 * `e2e` (the built H5 app in Debian's chromium) and `weapp` (the built mini
 * program loaded in Node with a fake `wx`). The last two need the builds.
 */
const defineJestConfig = require('@tarojs/test-utils-react/dist/jest.js').default

// Packages jest must not hand to babel (it breaks jest's own runner);
// everything else under node_modules is transformed, since Taro ships ESM.
const NOT_TRANSFORMED = [
  'jest[^/]*',
  '@jest',
  'babel-jest',
  '@babel',
  'react',
  'react-dom',
  'scheduler',
  'playwright-core',
  'fast-check',
  'pure-rand',
]

const nodeProject = (name) => ({
  displayName: name,
  testEnvironment: 'node',
  testMatch: [`<rootDir>/test/${name}/**/*.test.ts`],
  transform: { '^.+\\.(t|j)sx?$': 'babel-jest' },
  transformIgnorePatterns: ['/node_modules/'],
})

const ui = defineJestConfig({
  displayName: 'ui',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/ui/**/*.test.tsx'],
  setupFiles: [
    require.resolve('@tarojs/test-utils-react/dist/jest/jest.setup.js'),
    '<rootDir>/test/support/ui-env.js',
  ],
  transform: {
    '^.+\\.(js|jsx|ts|tsx|mjs)$': require.resolve('@tarojs/test-utils-react/dist/jest/babel-transformer.js'),
  },
  transformIgnorePatterns: [`/node_modules/(?!\\.pnpm)(${NOT_TRANSFORMED.join('|')})/`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json', 'jsx'],
  moduleNameMapper: { '\\.css$': '<rootDir>/test/support/style-stub.js' },
})
delete ui.collectCoverageFrom
// Root-level options that defineJestConfig adds but a project may not carry.
delete ui.verbose
delete ui.bail

module.exports = {
  projects: [nodeProject('unit'), ui, nodeProject('e2e'), nodeProject('weapp')],
}
