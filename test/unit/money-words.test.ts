import fc from 'fast-check'
import { fen } from '../../src/domain/money'
import { fenToChineseWords, integerToChineseWords, MONEY_WORD_CHARACTERS } from '../../src/domain/money-words'
import { parseChineseMoney } from '../support/chinese-money-parser'

describe('fenToChineseWords', () => {
  test.each([
    [0, '零元整'],
    [1, '一分'],
    [50, '五角'],
    [1000, '十元整'],
    [1050, '十元五角'],
    [10005, '一百元零五分'],
    [10050, '一百元五角'],
    [10055, '一百元五角五分'],
    [38000, '三百八十元整'],
    [40000, '四百元整'],
    [46050, '四百六十元五角'],
    [101000, '一千零一十元整'],
    [100_000_000, '一百万元整'],
    // School reading rule: zeros at the end of a 万 group are not said.
    [1_000_100_000, '一千万一千元整'],
  ])('%d fen is read as %s', (amount, words) => {
    expect(fenToChineseWords(fen(amount))).toBe(words)
  })

  test('refuses a negative amount rather than reading it wrongly', () => {
    expect(() => fenToChineseWords(fen(-1))).toThrow(RangeError)
  })

  test('any amount up to the largest safe fen reads back to itself, from the clip characters only', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.maxSafeNat()), (amount) => {
        const words = fenToChineseWords(fen(amount))
        expect(parseChineseMoney(words)).toBe(amount)
        for (const char of words) expect(MONEY_WORD_CHARACTERS).toContain(char)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('integerToChineseWords', () => {
  test.each([
    [0, '零'],
    [10, '十'],
    [15, '十五'],
    [105, '一百零五'],
    [1005, '一千零五'],
    [1050, '一千零五十'],
    [10_001, '一万零一'],
    [10_500, '一万零五百'],
    [100_010, '十万零一十'],
    [110_000, '十一万'],
    [100_010_000, '一亿零一万'],
    [100_000_001, '一亿零一'],
    [1_000_000_000_000, '一万亿'],
  ])('%d is said %s', (value, words) => {
    expect(integerToChineseWords(value)).toBe(words)
  })
})
