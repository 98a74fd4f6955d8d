import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import { existsSync } from 'node:fs'
import devConfig from './dev'
import prodConfig from './prod'
import { resolve } from 'node:path'
import { CompileInitialChunksEagerly } from './compile-hints'
import { FirstScreenPlugin } from './first-screen'
import { stagedStartLoader } from './staged-start'
import { PreloadFirstPageChunks } from './preload-first-page'
import { variantSettings } from './variant'

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
  // Field names its input with aria-label: without it the <input> WeChat draws has no name.
  Input: ariaDefaults(['aria-label']),
}

/** H5: modules evaluated each in a task of its own before Taro's entry runs (config/staged-start.ts). */
const STARTUP_WARM_UP = [
  'react',
  'react-dom',
  '@tarojs/runtime',
  './root/app-services',
  './root/app-providers',
]

// Node-side build configuration only. The build variant (demo, sandbox, release),
// the bureau's address and the mock bureau's date are compile-time constants read
// by src/config/env.ts; the composition root picks its wiring on the variant.
export default defineConfig<'webpack5'>(async (merge) => {
  const { variant, gatewayUrl, defaultOutput } = variantSettings(process.env)
  // TARO_APP_OUTPUT builds beside the default output (each helper's or test's own directory).
  const outputRoot = process.env.TARO_APP_OUTPUT || defaultOutput
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'yibao-jiaofei',
    date: '2026-11-23',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot,
    plugins: [['@tarojs/plugin-inject', { components: ARIA_ON_WEAPP_COMPONENTS }]],
    defineConstants: {
      // A literal in the bundle: webpack drops the other variants' wiring (src/root/variant-wiring.ts).
      'process.env.TARO_APP_VARIANT': JSON.stringify(variant),
      'process.env.TARO_APP_GATEWAY_URL': JSON.stringify(gatewayUrl),
      'process.env.TARO_APP_MOCK_TODAY': JSON.stringify(process.env.TARO_APP_MOCK_TODAY ?? ''),
      'process.env.TARO_APP_MOCK_LATENCY_MS': JSON.stringify(process.env.TARO_APP_MOCK_LATENCY_MS ?? ''),
      // 订阅消息 template ids of the weapp reminders (src/config/reminders.ts); none: no WeChat reminders.
      'process.env.TARO_APP_REMINDER_TEMPLATE_WINDOW': JSON.stringify(
        process.env.TARO_APP_REMINDER_TEMPLATE_WINDOW ?? '',
      ),
      'process.env.TARO_APP_REMINDER_TEMPLATE_WAITING': JSON.stringify(
        process.env.TARO_APP_REMINDER_TEMPLATE_WAITING ?? '',
      ),
    },
    copy: {
      // weapp 朗读 plays recorded clips (H5 speaks through Web Speech): they ship in the care subpackage only.
      // sitemap.json says which pages WeChat search may index. project.private.config.json (not
      // committed) holds the developer's own appid, which WeChat DevTools reads before
      // project.config.json's touristappid (README: "The appid").
      patterns:
        process.env.TARO_ENV === 'weapp'
          ? [
              { from: 'src/packages/care/clips/', to: `${outputRoot}/packages/care/clips/` },
              { from: 'src/sitemap.json', to: `${outputRoot}/sitemap.json` },
              // The fixed picture of every share card (src/platform/share-card.ts).
              { from: 'src/assets/share-card.png', to: `${outputRoot}/assets/share-card.png` },
              ...(existsSync('project.private.config.json')
                ? [{ from: 'project.private.config.json', to: `${outputRoot}/project.private.config.json` }]
                : []),
            ]
          : [],
      options: {},
    },
    // Taro minifies weapp code with ascii_only, writing each Chinese character as a
    // six-byte \uXXXX escape instead of its three UTF-8 bytes. WeChat reads code
    // packages as UTF-8, and this app is mostly Chinese text: keep it as it is.
    terser: { enable: true, config: { output: { ascii_only: false } } },
    // weapp: Taro's base.wxml repeats its templates once per tree level (about 3.6 KB each),
    // and past this level nests its custom component `comp` (still drawn, one more component).
    // The deepest page tree measured on the walk is 9 levels, text included (step 4); 10 keeps
    // one level spare and drops 6 of Taro's default 16 (base.wxml 72.5 → 50.5 KB).
    baseLevel: 10,
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      // The DOM features of Taro's runtime that this app never uses (no innerHTML, no
      // MutationObserver, no cloneNode, …): off, which takes their code out of taro.js.
      runtime: {
        enableInnerHTML: false,
        enableAdjacentHTML: false,
        enableSizeAPIs: false,
        enableTemplateContent: false,
        enableCloneNode: false,
        enableContains: false,
        enableMutationObserver: false,
      },
      // zod 4 ships ES2020 syntax (?. and ??) that older WeChat clients cannot parse,
      // and project.config.json leaves transpiling to us.
      compile: { include: [(modulePath: string) => /node_modules[\\/]zod[\\/]/.test(modulePath)] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      // Taro's components as HTML elements drawn by React, not Stencil web components, through
      // src/platform/html-components.h5.tsx (set as '@tarojs/components' below).
      useHtmlComponents: true,
      // Each JS and CSS file is named by its content, so a CDN can cache it for a year
      // (immutable) while index.html is revalidated: scripts/cdn-static-server.ts serves it so.
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'chunk/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: {
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      webpackChain(chain) {
        // Taro injects its components' CSS from JS with style-loader (its runtime and the CSS
        // text in app.js, applied only once app.js has run): the production build extracts it
        // into the app's CSS file instead, ahead of ours, which may still override it.
        if (process.env.NODE_ENV !== 'development') {
          chain.module
            .rule('taroStyle')
            .uses.clear()
            .end()
            .use('extractCss')
            .loader(require.resolve('mini-css-extract-plugin/dist/loader'))
        }
        chain.resolve.alias.set(
          '@tarojs/components$',
          resolve(__dirname, '../src/platform/taro-components.h5.ts'),
        )
        // index.html fetches the chunks of the page in the address while app.js downloads.
        chain.plugin('preloadFirstPage').use(PreloadFirstPageChunks)
        // Taro registers its pull-to-refresh element in app.js at launch, for pages that enable
        // pull-down refresh; none does (test/unit/app-config.test.ts), so it is left out.
        chain.plugin('mainPlugin').tap(([options]) => {
          const meta = options.loaderMeta
          // Each page is rendered as a transition, in slices a tap can come between.
          meta.creator = 'createAppRenderingInTransitions'
          meta.creatorLocation = resolve(__dirname, '../src/root/transition-app.h5.ts')
          meta.extraImportForWeb = meta.extraImportForWeb.replace(
            /^.*defineCustomElementTaroPullToRefreshCore.*\n/gm,
            '',
          )
          meta.execBeforeCreateWebApp = meta.execBeforeCreateWebApp.replace(
            /^.*defineCustomElementTaroPullToRefreshCore.*\n/gm,
            '',
          )
          return [options]
        })
        // The production app starts in tasks of its own, not in one long task (config/staged-start.ts;
        // the development build's entry is Taro's prebundled one, left as it is).
        if (process.env.NODE_ENV !== 'development') {
          const { loader, options: stagedOptions } = stagedStartLoader(
            resolve(__dirname, '../src/root/start-in-stages.ts'),
            STARTUP_WARM_UP,
          )
          chain.module
            .rule('stagedStart')
            .test(/[\\/]src[\\/]app\.config\.ts$/)
            .use('stagedStart')
            .loader(loader)
            .options(stagedOptions)
        }
        // index.html paints home or step 1 before the app's JS runs (the app then takes over).
        if (process.env.NODE_ENV !== 'development') chain.plugin('firstScreen').use(FirstScreenPlugin)
        // V8 compiles app.js while it streams in, not on the main thread as each function is first called.
        if (process.env.NODE_ENV !== 'development')
          chain.plugin('compileHints').use(CompileInitialChunksEagerly)
        // Pages share the store, services and mock gateway: load them once, not in every page chunk.
        chain.optimization.splitChunks({
          chunks: 'async',
          cacheGroups: {
            // Code several pages share, split by the set of pages that use it (no single name): a
            // page loads only the pieces it uses, so home does not load the steps' forms and copy.
            shared: { minChunks: 2, minSize: 0, priority: 10, reuseExistingChunk: true },
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
            // The domain rules they use are split like any shared code: step 1's 朗读 needs one
            // function of flexible-employment.ts, not the region files.
            rules: {
              name: 'rules',
              test: /[\\/]src[\\/](config[\\/]regions|services[\\/]rules)[\\/.]/,
              minChunks: 1,
              minSize: 0,
              priority: 25,
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
