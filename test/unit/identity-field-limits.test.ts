/**
 * The limits of the step 1 and 常用缴费人 fields and the rules behind them agree,
 * and a wrong length says what was typed (issue "What a new user hits", 15).
 */
import { ID_NUMBER_INPUT_MAXLENGTH, validateIdNumber } from '../../src/domain/id-number'
import { checkIdentityFields } from '../../src/domain/identity-fields'
import { PERSON_NAME_MAX_LENGTH, validatePersonName } from '../../src/domain/person-name'

const TODAY = '2025-11-20'

describe('ID number length', () => {
  test('the field takes 18 characters and the spaces of the 6-8-4 grouping', () => {
    expect(ID_NUMBER_INPUT_MAXLENGTH).toBeGreaterThanOrEqual('350102 19900307 1234'.length)
    expect(validateIdNumber('350102 19900307 1234', TODAY).ok).toBe(true)
  })

  test('a wrong length is counted without spaces', () => {
    expect(validateIdNumber('3501021990030712345', TODAY)).toEqual({ ok: false, error: 'length', length: 19 })
    expect(validateIdNumber('350102 19900307 123', TODAY)).toEqual({ ok: false, error: 'length', length: 17 })
  })

  test('19 digits are refused with the count, as are 17', () => {
    expect(checkIdentityFields('林晓华', '3501021990030712345', TODAY)).toMatchObject({
      ok: false,
      errors: { idNumber: '身份证号应为18位，您输入了19位' },
    })
    expect(checkIdentityFields('林晓华', '35010219900307123', TODAY)).toMatchObject({
      ok: false,
      errors: { idNumber: '身份证号应为18位，您输入了17位' },
    })
  })
})

describe('name length', () => {
  test('the field limit is the rule’s upper bound', () => {
    expect(PERSON_NAME_MAX_LENGTH).toBe(30)
    expect(validatePersonName('张'.repeat(PERSON_NAME_MAX_LENGTH)).ok).toBe(true)
    expect(validatePersonName('张'.repeat(PERSON_NAME_MAX_LENGTH + 1))).toEqual({
      ok: false,
      error: 'length',
      length: 31,
    })
  })

  test('a name too long or too short is refused with the count', () => {
    expect(checkIdentityFields('张'.repeat(31), '350102199003071234', TODAY)).toMatchObject({
      ok: false,
      errors: { name: '姓名应为2至30个字，您输入了31个字' },
    })
    expect(checkIdentityFields('张', '350102199003071234', TODAY)).toMatchObject({
      ok: false,
      errors: { name: '姓名应为2至30个字，您输入了1个字' },
    })
  })
})
