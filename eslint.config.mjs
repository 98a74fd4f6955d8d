import { fileURLToPath } from 'node:url'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import boundaries from 'eslint-plugin-boundaries'
import importX from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import globals from 'globals'

const ROOT = fileURLToPath(new URL('.', import.meta.url))

const TARO_AND_UI = [
  { group: ['@tarojs/*'], message: 'src/domain is pure TypeScript: no Taro.' },
  {
    group: ['react', 'react-*', 'zustand', 'zustand/*'],
    message: 'src/domain is pure TypeScript: no React or zustand.',
  },
]

/**
 * Taro's page lifecycle hooks: the only names of '@tarojs/taro' that code outside src/platform may import.
 * Not useRouter: pages read their params with usePageParams from src/platform/navigation.
 */
const TARO_LIFECYCLE_HOOKS = [
  'useDidShow',
  'useDidHide',
  'useLoad',
  'useReady',
  'useUnload',
  'usePullDownRefresh',
  'useShareAppMessage',
]

/**
 * The layers of src/, one element type per folder (first match wins). Every file under src/ must fall in one
 * of them (boundaries/no-unknown-files), so a new top-level folder has to be given a place here. src/app.ts and
 * src/app.config.ts are the entry: they may import anything and nothing may import them.
 */
const ENTRY_FILES = ['src/app.ts', 'src/app.config.ts']
const LAYERS = [
  { type: 'domain', pattern: 'src/domain', partialMatch: false },
  { type: 'config', pattern: 'src/config', partialMatch: false },
  { type: 'contract', pattern: 'src/contract', partialMatch: false },
  { type: 'services', pattern: 'src/services', partialMatch: false },
  { type: 'gateway', pattern: 'src/gateway', partialMatch: false },
  { type: 'platform', pattern: 'src/platform', partialMatch: false },
  { type: 'ui', pattern: 'src/ui', partialMatch: false },
  { type: 'feature', pattern: 'src/features/*', partialMatch: false, capture: ['feature'] },
  { type: 'page', pattern: ['src/pages/*', 'src/packages/*/pages/*'], partialMatch: false },
  { type: 'root', pattern: 'src/root', partialMatch: false },
]

const to = (type, extra = {}) => ({ to: { element: { type, ...extra } } })

/**
 * One entry per layer: what it may import, and the message a refused import shows.
 * Imports inside one element (one layer folder, one feature, one page) are not checked here.
 */
const LAYER_POLICIES = [
  {
    from: 'domain',
    allow: [to('domain')],
    message:
      'src/domain may import only src/domain: it is pure TypeScript (ID, money, rules, dates, machines), tested in plain Node without Taro, services or adapters.',
  },
  {
    from: 'config',
    allow: [to('domain'), to('config')],
    message:
      'src/config (env, routes, region rules) may import only src/domain and src/config: every layer reads it, so it must not pull in services, adapters or UI.',
  },
  {
    from: 'contract',
    allow: [to('domain'), to('config'), to('contract')],
    message:
      'src/contract (the bureau wire schemas) may import only src/domain, src/config and src/contract: it describes the wire, not who sends it.',
  },
  {
    from: 'services',
    allow: [to('domain'), to('config'), to('contract'), to('services')],
    message:
      'src/services may import only src/domain, src/config, src/contract and src/services: it reaches the bureau, payment and storage through the ports in src/services/ports.ts, which src/root fills with the gateway and platform adapters.',
  },
  {
    from: 'gateway',
    allow: [
      to('domain'),
      to('config'),
      to('contract'),
      to('gateway'),
      to('services', { fileInternalPath: 'ports.ts' }),
      { ...to('services'), dependency: { kind: 'type' } },
    ],
    message:
      'src/gateway implements the ports: it may import src/domain, src/config, src/contract, src/gateway, src/services/ports.ts and (with `import type`) the types of src/services; not src/platform, src/ui, features, pages or src/root. What it needs from Taro comes through a port, wired in src/root.',
  },
  {
    from: 'platform',
    allow: [to('domain'), to('config'), to('platform'), to('services', { fileInternalPath: 'ports.ts' })],
    message:
      'src/platform wraps the Taro APIs: it may import src/domain, src/config, src/services/ports.ts (the interfaces it implements) and src/platform; nothing of ours above it (ui, features, pages, gateway, root).',
  },
  {
    from: 'ui',
    allow: [to('domain'), to('services'), to('ui')],
    message:
      'src/ui is shared and feature-free: it may import src/domain, src/services and src/ui; not a feature, a page, the gateway, src/platform or src/root.',
  },
  {
    from: 'feature',
    allow: [
      to('ui'),
      to('services'),
      to('domain'),
      to('config'),
      to('platform'),
      to('feature', { fileInternalPath: 'index.ts' }),
    ],
    message:
      "A feature may import src/ui, src/services, src/domain, src/config, src/platform, its own files and another feature's public index.ts; not another feature's internals, src/contract, src/gateway, pages or src/root (the root hands it its dependencies).",
  },
  {
    from: 'page',
    allow: [
      to('feature', { fileInternalPath: 'index.ts' }),
      to('ui'),
      to('domain'),
      to('platform', { fileInternalPath: 'navigation.ts' }),
    ],
    message:
      "A page may import a feature's public index.ts, src/ui, src/domain and src/platform/navigation.ts; not a feature's internals, src/services, src/gateway, other src/platform modules or src/root: pages stay thin and get their data through features.",
  },
  {
    from: 'root',
    allow: [{ to: { element: { type: '*' } } }],
    message: 'src/root is the composition root and may import any layer.',
  },
]

/**
 * Last matching policy wins: per layer, a catch-all refusal carrying the layer's message, then what the layer
 * may import; last, a sharper message for reaching past another feature's index.ts.
 */
const DEPENDENCY_POLICIES = [
  ...LAYER_POLICIES.flatMap(({ from, allow, message }) => [
    {
      from: { element: { type: from } },
      disallow: { to: { element: { type: '*' } } },
      message: `${from} may not import {{to.type}} ('{{dependency.source}}'). ${message}`,
    },
    { from: { element: { type: from } }, allow },
  ]),
  {
    from: { element: { types: ['feature', 'page'] } },
    disallow: { to: { element: { type: 'feature', fileInternalPath: '!index.ts' } } },
    message:
      "{{from.type}} may not import a feature's internals ('{{dependency.source}}'): import it from that feature's index.ts, its public face, so the feature can change its insides without breaking its users.",
  },
]

export default tseslint.config(
  // test/lint-probes holds files that break the rules on purpose; test/unit/lint-layers.test.ts lints them.
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      '.swc/**',
      'test/lint-probes/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        ...globals.node,
        ...globals.browser,
        defineAppConfig: 'readonly',
        definePageConfig: 'readonly',
      },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Layers, checked on resolved paths: `./x` resolves to x.ts / x.tsx, never to the x.h5.ts multi-end variant.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ENTRY_FILES,
    plugins: { boundaries },
    settings: {
      'boundaries/root-path': ROOT,
      'boundaries/include': ['src/**'],
      'boundaries/elements': LAYERS,
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
      'import/resolver': { typescript: { project: `${ROOT}tsconfig.json` } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          // A local file outside every layer (src/app.ts, or a stray file) may not be imported at all.
          checkUnknownLocals: true,
          message:
            'This import crosses the layers of src/ in a way no rule allows (see LAYER_POLICIES in eslint.config.mjs).',
          policies: DEPENDENCY_POLICIES,
        },
      ],
      'boundaries/no-unknown-files': 'error',
    },
  },
  {
    // No import cycles (type-only imports are erased and do not count).
    files: ['src/**/*.{ts,tsx}', 'test/lint-probes/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: `${ROOT}tsconfig.json` })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['src/domain/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: TARO_AND_UI }] },
  },
  {
    // Only src/platform talks to Taro's APIs; the rest may use the page lifecycle hooks and @tarojs/components.
    files: ['src/**'],
    ignores: ['src/platform/**', 'src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@tarojs/taro',
              allowImportNames: TARO_LIFECYCLE_HOOKS,
              message:
                'Outside src/platform only the page lifecycle hooks may come from @tarojs/taro: call Taro APIs (request, requestPayment, storage, navigation, route params…) through a src/platform adapter or a port.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['scripts/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
)
