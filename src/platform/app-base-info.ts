/**
 * WeChat's font setting (我 › 设置 › 通用 › 字体大小), from getAppBaseInfo:
 * `fontSizeSetting` in px and `fontSizeScaleFactor` (1 at the standard size);
 * Taro's typings lack both. The resident may change it while the app is in
 * the background, so it is read again each time the app comes to the front.
 */
import Taro from '@tarojs/taro'

export interface FontSetting {
  sizePx?: number
  scaleFactor?: number
}

const numberOrUndefined = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined

export function readFontSetting(): FontSetting {
  try {
    const info = Taro.getAppBaseInfo() as { fontSizeSetting?: unknown; fontSizeScaleFactor?: unknown }
    return {
      sizePx: numberOrUndefined(info.fontSizeSetting),
      scaleFactor: numberOrUndefined(info.fontSizeScaleFactor),
    }
  } catch {
    return {}
  }
}

/** Calls `listener` each time the app comes to the front (not at launch: read once then). */
export function onAppShow(listener: () => void): void {
  Taro.onAppShow(() => listener())
}
