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

/**
 * WeChat's `fontSizeScaleFactor` (1 at the standard size) as the factor the
 * app's type is scaled by: never below 1, since the design sizes are already
 * the smallest this app shows to elderly readers, and at most 2, where an
 * amount with its unit still fits one line of a 372-px-wide screen. Care
 * mode's sizes stay the floor (app.css takes the larger of the two).
 */
export const MAX_TEXT_SCALE = 2

export function textScaleFor(fontSizeScaleFactor: number | undefined): number {
  if (fontSizeScaleFactor === undefined || !Number.isFinite(fontSizeScaleFactor)) return 1
  return Math.min(MAX_TEXT_SCALE, Math.max(1, fontSizeScaleFactor))
}
