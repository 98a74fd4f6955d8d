import { maskIdNumber, maskPersonName } from '../../src/domain/masking'
import { SEED_RESIDENTS } from '../../src/gateway/mock/seed-residents'

describe('maskIdNumber', () => {
  test('keeps the first 3 and last 4 characters around 11 stars', () => {
    expect(maskIdNumber('350102199003071234')).toBe('350***********1234')
    expect(maskIdNumber('11010519491231002X')).toBe('110***********002X')
  })

  test.each(SEED_RESIDENTS.map((resident) => [resident.idNumber]))(
    'hides the birth date of %s',
    (idNumber) => {
      const masked = maskIdNumber(idNumber)
      expect(masked).toHaveLength(18)
      expect(masked).toMatch(/^\d{3}\*{11}[\dX]{4}$/)
      expect(masked).not.toContain(idNumber.slice(6, 14))
    },
  )

  test('masks a too-short value completely', () => {
    expect(maskIdNumber('1234567')).toBe('*******')
  })
})

describe('maskPersonName', () => {
  test.each([
    ['张三', '*三'],
    ['林晓华', '**华'],
    ['欧阳娜娜', '***娜'],
    ['买买提·艾力', '*****力'],
  ])('masks %s as %s', (name, masked) => {
    expect(maskPersonName(name)).toBe(masked)
  })

  test('counts a character beyond the BMP as one', () => {
    expect(maskPersonName('𠀀林')).toBe('*林')
    expect(maskPersonName('林𠀀')).toBe('*𠀀')
  })

  test('masks a single character completely', () => {
    expect(maskPersonName('张')).toBe('*')
    expect(maskPersonName('')).toBe('*')
  })
})
