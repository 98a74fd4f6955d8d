/**
 * H5: browsers have no WeChat font setting, so the in-app switch alone decides
 * care mode. (Calling Taro's getAppBaseInfo here would also pull a 40 KB
 * user-agent parser into the first load for nothing.)
 */
export function readFontSizeSetting(): number | undefined {
  return undefined
}
