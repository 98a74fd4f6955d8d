/**
 * Resident ID numbers (公民身份号码, GB 11643-1999): 17 digits and a MOD 11-2
 * check character. The birth date inside must be a real date, not in the future.
 */
import { daysInMonth } from './iso-date'

export type IdNumberError =
  'empty' | 'length' | 'format' | 'birth-date-invalid' | 'birth-date-future' | 'check-digit'

export const ID_NUMBER_MESSAGES: Record<IdNumberError, string> = {
  empty: '请输入身份证号',
  length: '身份证号应为18位，请检查是否漏输或多输',
  format: '身份证号前17位应为数字，最后一位为数字或字母X',
  'birth-date-invalid': '身份证号中的出生日期无效，请核对',
  'birth-date-future': '身份证号中的出生日期晚于今天，请核对',
  'check-digit': '身份证号校验位不正确，请逐位核对',
}

/**
 * What the ID field lets a resident type: 18 characters and the three spaces
 * people put between the 6-8-4 groups (350102 19900307 1234). Spaces are
 * removed before checking; a wrong count is refused by the rule, never cut off.
 */
export const ID_NUMBER_INPUT_MAXLENGTH = 21

export interface ValidIdNumber {
  /** Upper-case, no spaces. */
  readonly value: string
  /** YYYY-MM-DD */
  readonly birthDate: string
  readonly sex: 'male' | 'female'
}

/** A failure; `length` (characters, spaces removed) comes with a wrong length. */
export type IdNumberFailure = { ok: false; error: IdNumberError; length?: number }

export type IdNumberResult = { ok: true; id: ValidIdNumber } | IdNumberFailure

/** The message for a failure: a wrong length says how many characters were typed. */
export function idNumberMessage(failure: IdNumberFailure): string {
  if (failure.error === 'length' && failure.length !== undefined)
    return `身份证号应为18位，您输入了${failure.length}位`
  return ID_NUMBER_MESSAGES[failure.error]
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

/** The check character for the first 17 digits. */
export function checkCharacter(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i += 1) {
    sum += Number(first17[i]) * (WEIGHTS[i] ?? 0)
  }
  return CHECK_CHARS[sum % 11] ?? ''
}

/** `today` is YYYY-MM-DD, passed in so that the rule stays a pure function. */
export function validateIdNumber(raw: string, today: string): IdNumberResult {
  const value = raw.replace(/\s+/g, '').toUpperCase()
  if (value.length === 0) return { ok: false, error: 'empty' }
  if (value.length !== 18) return { ok: false, error: 'length', length: value.length }
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, error: 'format' }
  const [year, month, day] = [
    Number(value.slice(6, 10)),
    Number(value.slice(10, 12)),
    Number(value.slice(12, 14)),
  ]
  // A real calendar date, checked by hand: dayjs's strict parser cost ~9 KB of the weapp main package.
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, error: 'birth-date-invalid' }
  }
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`
  if (birthDate > today) return { ok: false, error: 'birth-date-future' }
  if (checkCharacter(value.slice(0, 17)) !== value[17]) return { ok: false, error: 'check-digit' }
  const sex = Number(value[16]) % 2 === 1 ? 'male' : 'female'
  return { ok: true, id: { value, birthDate, sex } }
}
