import fc from 'fast-check'
import { fen, formatYuan, parseYuan, sumFen, ZERO_FEN } from '../../src/domain/money'

describe('parseYuan', () => {
  test.each([
    ['400', 40000],
    ['400.5', 40050],
    ['400.05', 40005],
    ['400.50', 40050],
    ['0.01', 1],
    ['0', 0],
    [' 380 ', 38000],
    ['-1.50', -150],
    ['9999999999999.99', 999999999999999],
  ])('parses %j as %d fen', (text, expected) => {
    expect(parseYuan(text)).toBe(expected)
  })

  test.each(['1.234', 'abc', '1e3', '', '.5', '400.', '1,000', '¥400', '400元', '+1', '10000000000000'])(
    'rejects %j',
    (text) => {
      expect(parseYuan(text)).toBeNull()
    },
  )

  test('does not go through floating point: 0.29 is 29 fen, not 28', () => {
    // 0.29 * 100 === 28.999999999999996 in floating point.
    expect(parseYuan('0.29')).toBe(29)
    expect(parseYuan('1.15')).toBe(115)
  })
})

describe('formatYuan', () => {
  test.each([
    [40000, '400.00'],
    [40005, '400.05'],
    [40050, '400.50'],
    [1, '0.01'],
    [0, '0.00'],
    [-150, '-1.50'],
  ])('formats %d fen as %s', (amount, text) => {
    expect(formatYuan(fen(amount))).toBe(text)
  })

  test('round trips whole yuan: formatYuan(parseYuan(n)) is n.00', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (yuan) => {
        const parsed = parseYuan(String(yuan))
        expect(parsed).toBe(yuan * 100)
        expect(formatYuan(parsed ?? ZERO_FEN)).toBe(`${yuan}.00`)
      }),
    )
  })

  test('round trips any amount in fen: parseYuan(formatYuan(f)) is f', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 14), max: 10 ** 14 }), (amount) => {
        expect(parseYuan(formatYuan(fen(amount)))).toBe(amount)
      }),
    )
  })
})

describe('sumFen', () => {
  test('adds amounts, including the negative assistance lines', () => {
    expect(sumFen([fen(40000), fen(-40000)])).toBe(0)
    expect(sumFen([fen(40000), fen(-12001), fen(1)])).toBe(28000)
  })

  test('is zero for no amounts', () => {
    expect(sumFen([])).toBe(0)
  })
})

describe('fen', () => {
  test('accepts safe integers', () => {
    expect(fen(40000)).toBe(40000)
    expect(fen(-1)).toBe(-1)
  })

  test.each([0.5, 400.05, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('rejects %d', (value) => {
    expect(() => fen(value)).toThrow(RangeError)
  })
})
