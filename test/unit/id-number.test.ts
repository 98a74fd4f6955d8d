import dayjs from 'dayjs'
import fc from 'fast-check'
import { stdnum } from 'stdnum'
import {
  checkCharacter,
  ID_NUMBER_MESSAGES,
  validateIdNumber,
  type IdNumberError,
} from '../../src/domain/id-number'
import { SEED_RESIDENTS } from '../../src/gateway/mock/seed-residents'

const TODAY = '2025-11-20'

/** A full ID from its first 17 digits. */
const withCheck = (first17: string) => `${first17}${checkCharacter(first17)}`

const errorOf = (raw: string, today = TODAY): IdNumberError | 'ok' => {
  const result = validateIdNumber(raw, today)
  return result.ok ? 'ok' : result.error
}

const digits = (length: number) =>
  fc.integer({ min: 0, max: 10 ** length - 1 }).map((n) => String(n).padStart(length, '0'))

const birthDates = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date(`${TODAY}T00:00:00Z`), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10).replace(/-/g, ''))

const validPrefixes = fc
  .tuple(digits(6), birthDates, digits(3))
  .map(([area, birth, sequence]) => `${area}${birth}${sequence}`)

describe('validateIdNumber', () => {
  // A persona whose bill the mock bureau dates later (a newborn) is born by that date.
  test.each(
    SEED_RESIDENTS.map((resident) => [resident.name, resident.idNumber, resident.bureauDate ?? TODAY]),
  )('accepts the seeded ID of %s', (_name, idNumber, today) => {
    const result = validateIdNumber(idNumber, today)
    expect(result).toEqual({ ok: true, id: expect.objectContaining({ value: idNumber }) })
  })

  test('reads the birth date and the sex from the ID', () => {
    expect(validateIdNumber('350102199003071234', TODAY)).toEqual({
      ok: true,
      id: { value: '350102199003071234', birthDate: '1990-03-07', sex: 'male' },
    })
    // 陈玉珍: the 17th digit 4 is even.
    expect(validateIdNumber('350102195206152247', TODAY)).toEqual({
      ok: true,
      id: { value: '350102195206152247', birthDate: '1952-06-15', sex: 'female' },
    })
  })

  test('accepts a lower-case x check character and normalises it to X', () => {
    // The textbook example from GB 11643: its check character is X.
    expect(checkCharacter('11010519491231002')).toBe('X')
    const result = validateIdNumber('11010519491231002x', TODAY)
    expect(result).toEqual({ ok: true, id: expect.objectContaining({ value: '11010519491231002X' }) })
  })

  test('accepts a constructed Fujian ID whose check character is X', () => {
    const sequences = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0'))
    const first17 = sequences
      .map((sequence) => `35010219881201${sequence}`)
      .find((prefix) => checkCharacter(prefix) === 'X')
    expect(first17).toBeDefined()
    const result = validateIdNumber(`${first17}x`, TODAY)
    expect(result.ok && result.id.value).toBe(`${first17}X`)
  })

  test('ignores spaces the resident typed between the groups', () => {
    expect(validateIdNumber(' 350102 19900307 1234 ', TODAY)).toEqual({
      ok: true,
      id: expect.objectContaining({ value: '350102199003071234' }),
    })
  })

  test.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['35010219900307123', 'length'],
    ['3501021990030712345', 'length'],
    ['35010219900307123A', 'format'],
    ['X50102199003071234', 'format'],
    ['3501021990030712３4', 'format'],
    ['35010219900307123Y', 'format'],
  ] as const)('rejects %j with %s', (raw, error) => {
    expect(errorOf(raw)).toBe(error)
  })

  test('rejects a birth date that does not exist (30 February) even with a correct check character', () => {
    expect(errorOf(withCheck('35010220230230123'))).toBe('birth-date-invalid')
    expect(errorOf(withCheck('35010219901301123'))).toBe('birth-date-invalid')
    expect(errorOf(withCheck('35010219900100123'))).toBe('birth-date-invalid')
  })

  test('rejects a birth year before 1900', () => {
    expect(errorOf(withCheck('35010218991231123'))).toBe('birth-date-invalid')
  })

  test('accepts 29 February in a leap year only', () => {
    expect(errorOf(withCheck('35010220000229123'))).toBe('ok')
    expect(errorOf(withCheck('35010219000229123'))).toBe('birth-date-invalid')
  })

  test('rejects a birth date after the `today` it is given, and accepts one born today', () => {
    const bornTomorrow = withCheck('35010220251121123')
    expect(errorOf(bornTomorrow, '2025-11-20')).toBe('birth-date-future')
    expect(errorOf(bornTomorrow, '2025-11-21')).toBe('ok')
  })

  test('rejects a wrong check character', () => {
    expect(errorOf('350102199003071235')).toBe('check-digit')
    expect(errorOf('35010219900307123X')).toBe('check-digit')
  })

  test('has a Chinese message for every error', () => {
    const errors: IdNumberError[] = [
      'empty',
      'length',
      'format',
      'birth-date-invalid',
      'birth-date-future',
      'check-digit',
    ]
    for (const error of errors) expect(ID_NUMBER_MESSAGES[error]).toMatch(/身份证号/)
  })
})

describe('checkCharacter (property)', () => {
  test('the computed check character validates and every other last character fails', () => {
    fc.assert(
      fc.property(validPrefixes, fc.constantFrom(...'0123456789X'), (first17, other) => {
        const check = checkCharacter(first17)
        expect(validateIdNumber(`${first17}${check}`, TODAY).ok).toBe(true)
        if (other !== check) expect(errorOf(`${first17}${other}`)).toBe('check-digit')
      }),
      { numRuns: 500 },
    )
  })
})

describe('validateIdNumber agrees with stdnum (oracle)', () => {
  const ric = stdnum.CN?.ric
  if (!ric) throw new Error('stdnum no longer exports CN.ric')
  // stdnum checks birth dates against the real clock, so compare on the same day.
  const today = dayjs().format('YYYY-MM-DD')

  const checkChars = fc.constantFrom(...'0123456789Xx')
  // Years 1900–2099 with months and days that are often impossible (00, 13, 31 April…).
  // stdnum reads years before 1900 differently (0019 → 2019), so those stay out.
  const looseDates = fc
    .tuple(
      fc.integer({ min: 1900, max: 2099 }),
      fc.integer({ min: 0, max: 19 }),
      fc.integer({ min: 0, max: 39 }),
    )
    .map(([y, m, d]) => `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`)
  const nearlyIds = fc.oneof(
    fc.tuple(digits(6), looseDates, digits(3), checkChars).map((parts) => parts.join('')),
    validPrefixes.map(withCheck),
    fc.string({ unit: fc.constantFrom(...'0123456789Xx'), minLength: 16, maxLength: 20 }),
  )

  test('on random inputs both accept or both reject', () => {
    fc.assert(
      fc.property(nearlyIds, (value) => {
        expect(validateIdNumber(value, today).ok).toBe(ric.validate(value).isValid)
      }),
      { numRuns: 2000 },
    )
  })
})
