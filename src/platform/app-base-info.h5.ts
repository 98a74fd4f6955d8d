/**
 * H5: browsers have no WeChat font setting, so the in-app switch alone decides
 * care mode and the type is not scaled. (Calling Taro's getAppBaseInfo here
 * would also pull a 40 KB user-agent parser into the first load for nothing.)
 */
import type { FontSetting } from './app-base-info'

export function readFontSetting(): FontSetting {
  return {}
}

export function onAppShow(): void {
  // Nothing to read again: a browser has no WeChat font setting.
}
