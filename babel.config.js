// babel-preset-taro is used by both the Taro build and jest (babel-jest).
//
// weapp: WeChat does not transpile on upload (project.config.json `es6: false`), so the build
// decides the syntax. The app needs base library 3.8.12 (wx.requestFacialVerify), which only
// recent WeChat clients run: iOS 12's JavaScriptCore and Chrome 70's V8 are below all of them.
// Keeping their native async functions, classes and spread instead of regenerator and helper
// code takes about 37 KB off the release main package; test/weapp/syntax.test.ts still
// checks every script parses as ES2019. H5 follows package.json's browserslist.
const WEAPP_TARGETS = { ios: '12', chrome: '70' }

module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
        ...(process.env.TARO_ENV === 'weapp' ? { targets: WEAPP_TARGETS } : {}),
      },
    ],
  ],
}
