/**
 * When care mode (关怀模式) is turned on without the resident's own switch:
 * WeChat's font setting is large, or a verified resident is 60 or older (an
 * offer only). Pure rules; the store and the platform adapter feed them.
 */
import { ageOn } from './iso-date'

/**
 * WeChat's standard font size is 16–17 px (Android / iOS); 20 px and up is two
 * or more steps larger in 我 › 设置 › 通用 › 字体大小: the reader wants large type.
 */
export const LARGE_FONT_SETTING_PX = 20

/** `fontSizeSetting` from getAppBaseInfo; undefined where there is none (H5). */
export function isLargeFontSetting(fontSizeSettingPx: number | undefined): boolean {
  return fontSizeSettingPx !== undefined && fontSizeSettingPx >= LARGE_FONT_SETTING_PX
}

export const CARE_OFFER_AGE = 60

export function qualifiesForCareOffer(birthDate: string, today: string): boolean {
  return ageOn(birthDate, today) >= CARE_OFFER_AGE
}
