import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'

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
    plugins: [],
    defineConstants: {
      'process.env.TARO_APP_GATEWAY': JSON.stringify(process.env.TARO_APP_GATEWAY ?? 'mock'),
      'process.env.TARO_APP_GATEWAY_URL': JSON.stringify(process.env.TARO_APP_GATEWAY_URL ?? ''),
      'process.env.TARO_APP_MOCK_TODAY': JSON.stringify(process.env.TARO_APP_MOCK_TODAY ?? ''),
      'process.env.TARO_APP_MOCK_LATENCY_MS': JSON.stringify(process.env.TARO_APP_MOCK_LATENCY_MS ?? ''),
    },
    copy: { patterns: [], options: {} },
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
