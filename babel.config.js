// babel-preset-taro is used by both the Taro build and jest (babel-jest).
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
}
