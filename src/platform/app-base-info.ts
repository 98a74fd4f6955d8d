/**
 * WeChat's font setting (我 › 设置 › 通用 › 字体大小) in px, from
 * getAppBaseInfo. Taro's typings lack `fontSizeSetting`, and the H5 build has
 * no such setting: undefined there, and the in-app switch decides.
 */
import Taro from '@tarojs/taro'

export function readFontSizeSetting(): number | undefined {
  try {
    const info = Taro.getAppBaseInfo() as { fontSizeSetting?: unknown }
    return typeof info.fontSizeSetting === 'number' ? info.fontSizeSetting : undefined
  } catch {
    return undefined
  }
}
