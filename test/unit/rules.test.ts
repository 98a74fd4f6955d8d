/**
 * The contribution rules as the steps use them (src/services/rules.ts): a
 * record's quote or the problem with it, and its 灵活就业 figures.
 */
import { regionRulesFor } from '../../src/config/regions'
import { createRules } from '../../src/services/rules'
import { enrolmentRecord } from '../support/enrolment-record'

const TODAY = '2025-11-20'
const rulesOn = (today = TODAY) => createRules(regionRulesFor, () => today)

const record = enrolmentRecord

describe('rules: quoteFor', () => {
  test('quotes a Gulou working-age resident at 400 元 with cover from 2026-01-01', () => {
    const service = rulesOn()
    const result = service.quoteFor(record({}))
    expect(result.ok && result.value.payableFen).toBe(40000)
    expect(result.ok && result.value.coverage.start).toBe('2026-01-01')
  })

  test('a region without rules cannot be quoted', () => {
    const service = rulesOn()
    expect(service.quoteFor(record({ adcode: '310101' }))).toEqual({ ok: false, error: { kind: 'no-rules' } })
    expect(service.quoteFor(record({ benefitYear: 2027 }))).toEqual({
      ok: false,
      error: { kind: 'no-rules' },
    })
  })

  test('a region whose window is not sourced gives no dates, says so, and shows the amounts for reference', () => {
    const service = rulesOn()
    expect(service.quoteFor(record({ adcode: '110101' }))).toEqual({
      ok: false,
      error: {
        kind: 'rule',
        error: 'window-unknown',
        undatedBill: {
          benefitYear: 2026,
          lines: [{ kind: 'standard', label: '个人缴费标准（劳动年龄内居民）', amountFen: 79500 }],
          payableFen: 79500,
        },
      },
    })
  })

  test('低保 in Zengdu 2023: 350 元 less the 320 元 the government pays leaves 30 元, shown without dates', () => {
    const service = rulesOn()
    const result = service.quoteFor(
      record({ adcode: '421303', benefitYear: 2023, subsidyGroup: 'minimum-living' }),
    )
    const bill = !result.ok && result.error.kind === 'rule' ? result.error.undatedBill : undefined
    expect(bill?.lines.map((line) => [line.label, line.amountFen])).toEqual([
      ['个人缴费标准（劳动年龄内居民）', 35000],
      ['资助参保（低保对象）', -32000],
    ])
    expect(bill?.payableFen).toBe(3000)
  })

  test('no amounts when the category has no published standard', () => {
    const service = rulesOn()
    // Beijing published no 大学生 amount for 2026.
    expect(service.quoteFor(record({ adcode: '110101', category: 'college-student' }))).toEqual({
      ok: false,
      error: { kind: 'rule', error: 'category-not-offered' },
    })
  })

  test('a lapsed resident is quoted with back-years: 2 of them shorten a 5-month wait to 3 and add 800 元', () => {
    const service = rulesOn()
    const lapsed = record({ breakYears: 3 })
    const without = service.quoteFor(lapsed)
    const withTwo = service.quoteFor(lapsed, 2)
    expect(
      without.ok && [
        without.value.coverage.waitingMonths,
        without.value.coverage.start,
        without.value.payableFen,
      ],
    ).toEqual([5, '2026-06-01', 40000])
    expect(
      withTwo.ok && [
        withTwo.value.coverage.waitingMonths,
        withTwo.value.coverage.start,
        withTwo.value.payableFen,
      ],
    ).toEqual([3, '2026-04-01', 120000])
    expect(service.quoteFor(lapsed, 3)).toEqual({
      ok: false,
      error: { kind: 'rule', error: 'back-years-out-of-range' },
    })
  })

  test("the bureau's date for a record, where given, is the payment date instead of the clock", () => {
    const service = rulesOn()
    const result = service.quoteFor(record({ bureauDate: '2026-02-10' }))
    expect(result.ok && result.value.coverage).toEqual(
      expect.objectContaining({ start: '2026-02-10', reason: 'extended-period' }),
    )
  })

  test('uses the clock: before the window opens the rule says not open', () => {
    const service = rulesOn('2025-08-01')
    expect(service.quoteFor(record({}))).toEqual({ ok: false, error: { kind: 'rule', error: 'not-open' } })
  })
})

describe('rules: flexibleOfferFor (灵活就业人员, for comparison at step 3)', () => {
  test("a working-age resident in Shanghai is offered the city's figures in force on the bill's date", () => {
    const service = rulesOn()
    const offer = service.flexibleOfferFor(
      record({ adcode: '310104', regionName: '上海市徐汇区', bureauDate: '2026-08-10' }),
    )
    expect(offer?.regionName).toBe('上海市')
    expect(offer?.rules.scheme).toEqual({
      kind: 'base-range',
      minBaseFen: 754600,
      maxBaseFen: 3773100,
      ratePercent: 10,
    })
  })

  test('nothing before the figures apply, nothing where none were sourced', () => {
    const service = rulesOn()
    // The clock says 2025-11-20: Shanghai's base applies from 2026-07-01.
    expect(service.flexibleOfferFor(record({ adcode: '310104' }))).toBeUndefined()
    expect(service.flexibleOfferFor(record({}))).toBeUndefined()
  })

  test('only residents of working age: the elderly and students are not 灵活就业人员', () => {
    const service = rulesOn()
    expect(service.flexibleOfferFor(record({ adcode: '500103' }))?.regionName).toBe('重庆市')
    expect(service.flexibleOfferFor(record({ adcode: '500103', category: 'elderly' }))).toBeUndefined()
    expect(service.flexibleOfferFor(record({ adcode: '500103', category: 'child-student' }))).toBeUndefined()
  })
})
