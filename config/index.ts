import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'

// WeChat's base templates drop aria-* attributes unless they are declared: add
// the ones our components use, so screen readers (TalkBack, VoiceOver) get
// names, roles and states on weapp too. H5 renders them as attributes anyway.
const ARIA_ATTRIBUTES = [
  'aria-role',
  'aria-label',
  'aria-hidden',
  'aria-checked',
  'aria-expanded',
  'aria-level',
  'aria-valuenow',
  'aria-valuemin',
  'aria-valuemax',
  'aria-valuetext',
]
const ariaDefaults = (names: string[]) => Object.fromEntries(names.map((name) => [name, "''"]))
// Each attribute costs template size in the main package: only what each component uses.
const ARIA_ON_WEAPP_COMPONENTS = {
  View: ariaDefaults(ARIA_ATTRIBUTES),
  Text: ariaDefaults(['aria-role', 'aria-label', 'aria-hidden']),
  Button: ariaDefaults(['aria-label']),
  Image: ariaDefaults(['aria-label']),
}

// Node-side build configuration only. Which gateway the app talks to, and the
// mock bureau's date, are compile-time constants read by src/config/env.ts.
export default defineConfig<'webpack5'>(async (merge) => {
  // TARO_APP_OUTPUT builds a variant beside the default one (the H5 sandbox build: dist/h5-sandbox).
  const outputRoot = process.env.TARO_APP_OUTPUT || `dist/${process.env.TARO_ENV}`
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'yibao-jiaofei',
    date: '2026-11-23',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot,
    plugins: [['@tarojs/plugin-inject', { components: ARIA_ON_WEAPP_COMPONENTS }]],
    defineConstants: {
      'process.env.TARO_APP_GATEWAY': JSON.stringify(process.env.TARO_APP_GATEWAY ?? 'mock'),
      'process.env.TARO_APP_GATEWAY_URL': JSON.stringify(process.env.TARO_APP_GATEWAY_URL ?? ''),
      'process.env.TARO_APP_CASHIER': JSON.stringify(process.env.TARO_APP_CASHIER ?? ''),
      'process.env.TARO_APP_MOCK_TODAY': JSON.stringify(process.env.TARO_APP_MOCK_TODAY ?? ''),
      'process.env.TARO_APP_MOCK_LATENCY_MS': JSON.stringify(process.env.TARO_APP_MOCK_LATENCY_MS ?? ''),
    },
    copy: {
      // weapp 朗读 plays recorded clips (H5 speaks through Web Speech): they ship in the care subpackage only.
      patterns:
        process.env.TARO_ENV === 'weapp'
          ? [{ from: 'src/packages/care/clips/', to: `${outputRoot}/packages/care/clips/` }]
          : [],
      options: {},
    },
    // Taro minifies weapp code with ascii_only, writing each Chinese character as a
    // six-byte \uXXXX escape instead of its three UTF-8 bytes. WeChat reads code
    // packages as UTF-8, and this app is mostly Chinese text: keep it as it is.
    terser: { enable: true, config: { output: { ascii_only: false } } },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      // zod 4 ships ES2020 syntax (?. and ??) that older WeChat clients cannot parse,
      // and project.config.json leaves transpiling to us.
      compile: { include: [(modulePath: string) => /node_modules[\\/]zod[\\/]/.test(modulePath)] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      // Pages share the store, services and mock gateway: load them once, not in every page chunk.
      webpackChain(chain) {
        chain.optimization.splitChunks({
          chunks: 'async',
          cacheGroups: {
            shared: { name: 'shared', minChunks: 2, priority: 10, reuseExistingChunk: true },
            // 朗读 is on every step but not on home: load it with the first step, not at start.
            steps: {
              name: 'steps',
              test: /[\\/]src[\\/](features[\\/]read-aloud|domain[\\/](read-aloud|money-words)|platform[\\/]speech)/,
              minChunks: 2,
              // Small (a few KB): webpack's production default of 20 KB would fold it back into `shared`.
              minSize: 0,
              priority: 20,
              reuseExistingChunk: true,
            },
            // The rules engine and the region files, loaded with step 2 (src/root/load-rules.h5.ts)
            // and by the mock bureau: their own chunk, or `shared` would bring them to the first load.
            rules: {
              name: 'rules',
              test: /[\\/]src[\\/](config[\\/]regions|services[\\/]rules|domain[\\/](quote|coverage|waiting-period|incentive|flexible-employment|region-rules))/,
              minChunks: 1,
              minSize: 0,
              priority: 25,
              reuseExistingChunk: true,
            },
            // The step pages' components and copy (rows, panels, the error panel, the words
            // for coverage and problems) load with the first step: home uses only the shell
            // and the button from src/ui, which stay in `shared`.
            flow: {
              name: 'flow',
              test: /[\\/]src[\\/](features[\\/]payment[\\/](copy|components)|ui[\\/](info-rows|status-panel|field|fold-in-care-mode))[\\/.]/,
              minChunks: 2,
              minSize: 0,
              priority: 15,
              reuseExistingChunk: true,
            },
            // Code only the family pages use (src/family, features/family, family-service,
            // family-aid, the photo upload) loads with them, not with the home page.
            family: {
              name: 'family',
              test: /[\\/]src[\\/].*(family|photo-upload)/,
              minChunks: 2,
              priority: 20,
              reuseExistingChunk: true,
            },
          },
        })
      },
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  }
  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
