/**
 * Names as the public-security register holds them: Han characters (rare ones
 * beyond the BMP such as 𠀀 included) and the middle dot of minority names.
 */
export type PersonNameError = 'empty' | 'length' | 'characters' | 'dot-position'

/** The rule's bounds in characters (a rare character beyond the BMP counts as one); the name field stops at the upper one. */
export const PERSON_NAME_MIN_LENGTH = 2
export const PERSON_NAME_MAX_LENGTH = 30

export const PERSON_NAME_MESSAGES: Record<PersonNameError, string> = {
  empty: '请输入姓名',
  length: `姓名应为${PERSON_NAME_MIN_LENGTH}至${PERSON_NAME_MAX_LENGTH}个字`,
  characters: '姓名只能包含汉字和间隔号“·”，请与身份证上的姓名一致',
  'dot-position': '间隔号“·”不能在姓名开头、结尾或连续出现',
}

/** A failure; `length` (characters, spaces removed) comes with a wrong length. */
export type PersonNameFailure = { ok: false; error: PersonNameError; length?: number }

export type PersonNameResult = { ok: true; name: string } | PersonNameFailure

/** The message for a failure: a wrong length says how many characters were typed. */
export function personNameMessage(failure: PersonNameFailure): string {
  if (failure.error === 'length' && failure.length !== undefined)
    return `${PERSON_NAME_MESSAGES.length}，您输入了${failure.length}个字`
  return PERSON_NAME_MESSAGES[failure.error]
}

// Dots people type for the minority-name separator; all become U+00B7.
const DOT_VARIANTS = /[•・‧∙⋅．.]/g
const HAN_OR_DOT = /^[\p{Script=Han}·]+$/u

export function validatePersonName(raw: string): PersonNameResult {
  const name = raw.replace(/\s+/g, '').replace(DOT_VARIANTS, '·')
  if (name.length === 0) return { ok: false, error: 'empty' }
  const length = Array.from(name).length
  if (length < PERSON_NAME_MIN_LENGTH || length > PERSON_NAME_MAX_LENGTH)
    return { ok: false, error: 'length', length }
  if (!HAN_OR_DOT.test(name)) return { ok: false, error: 'characters' }
  if (name.startsWith('·') || name.endsWith('·') || name.includes('··')) {
    return { ok: false, error: 'dot-position' }
  }
  return { ok: true, name }
}
