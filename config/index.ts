import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'

// WeChat's base templates drop aria-* attributes unless they are declared: add
// the ones our components use, so screen readers (TalkBack, VoiceOver) get
// names, roles and states on weapp too. H5 renders them as attributes anyway.
const ARIA_ATTRIBUTES = [
  'aria-role', 'aria-label', 'aria-hidden', 'aria-checked', 'aria-expanded', 'aria-level',
  'aria-valuenow', 'aria-valuemin', 'aria-valuemax', 'aria-valuetext',
]
const ariaDefaults = Object.fromEntries(ARIA_ATTRIBUTES.map((name) => [name, "''"]))
const ARIA_ON_WEAPP_COMPONENTS = Object.fromEntries(['View', 'Text', 'Button', 'Image'].map((component) => [component, ariaDefaults]))

// Node-side build configuration only. Which gateway the app talks to, and the
// mock bureau's date, are compile-time constants read by src/config/env.ts.
export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'yibao-jiaofei',
    date: '2026-11-23',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [['@tarojs/plugin-inject', { components: ARIA_ON_WEAPP_COMPONENTS }]],
    defineConstants: {
      'process.env.TARO_APP_GATEWAY': JSON.stringify(process.env.TARO_APP_GATEWAY ?? 'mock'),
      'process.env.TARO_APP_GATEWAY_URL': JSON.stringify(process.env.TARO_APP_GATEWAY_URL ?? ''),
      'process.env.TARO_APP_MOCK_TODAY': JSON.stringify(process.env.TARO_APP_MOCK_TODAY ?? ''),
      'process.env.TARO_APP_MOCK_LATENCY_MS': JSON.stringify(process.env.TARO_APP_MOCK_LATENCY_MS ?? ''),
    },
    copy: {
      // weapp 朗读 plays recorded clips (H5 speaks through Web Speech): they ship in the care subpackage only.
      patterns: process.env.TARO_ENV === 'weapp' ? [{ from: 'src/packages/care/clips/', to: 'dist/weapp/packages/care/clips/' }] : [],
      options: {},
    },
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
          cacheGroups: { shared: { name: 'shared', minChunks: 2, priority: 10, reuseExistingChunk: true } },
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
