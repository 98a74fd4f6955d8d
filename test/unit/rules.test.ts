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
    expect(service.quoteFor(record({ adcode: '440106' }))).toEqual({ ok: false, error: { kind: 'no-rules' } })
    expect(service.quoteFor(record({ benefitYear: 2027 }))).toEqual({
      ok: false,
      error: { kind: 'no-rules' },
    })
  })

  test('a region whose window is not sourced gives no dates, says so, and shows the amounts for reference', () => {
    const service = rulesOn()
    // 郑州's 2026 notice as reported gives the window's end, not its start.
    expect(service.quoteFor(record({ adcode: '410102' }))).toEqual({
      ok: false,
      error: {
        kind: 'rule',
        error: 'window-unknown',
        undatedBill: {
          benefitYear: 2026,
          lines: [{ kind: 'standard', label: '个人缴费标准（劳动年龄内居民）', amountFen: 40000 }],
          payableFen: 40000,
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
    const inWindow = { adcode: '110101', category: 'college-student' as const, bureauDate: '2025-12-10' }
    expect(service.quoteFor(record(inWindow))).toEqual({
      ok: false,
      error: { kind: 'rule', error: 'category-not-offered' },
    })
  })

  test('a lapsed resident is quoted with back-years: 2 of them shorten a 5-month wait to 3 and add 800 元', () => {
    const service = rulesOn()
    const lapsed = record({ breakYears: 3 })
    const without = service.quoteFor(lapsed)
    const withTwo = service.quoteFor(lapsed, { backYears: 2 })
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
    expect(service.quoteFor(lapsed, { backYears: 3 })).toEqual({
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

  test("uses the clock: before the window opens the day is closed, and the window's first day is when to come back", () => {
    const service = rulesOn('2025-08-01')
    expect(service.quoteFor(record({}))).toEqual({
      ok: false,
      error: { kind: 'closed', reason: 'before-window', reopensOn: '2025-09-01' },
    })
  })
})

describe('rules: issue 15 in the app (history, tiers, age bands, closed days, repairs)', () => {
  test('the history the bureau sends decides the break, not a count: last paid for 2022 waits 5 months', () => {
    const service = rulesOn()
    const history = [
      { benefitYear: 2021, paidOn: '2020-11-02' },
      { benefitYear: 2022, paidOn: '2021-11-03' },
    ]
    const result = service.quoteFor(record({ breakYears: 0, history }))
    expect(result.ok && [result.value.breakYears, result.value.coverage.waitingMonths]).toEqual([3, 5])
    expect(result.ok && result.value.coverage.start).toBe('2026-06-01')
  })

  test("last year's late payment holds this year's cover back (the 阜新 case): covered from 2026-02-06", () => {
    const history = [
      { benefitYear: 2024, paidOn: '2023-11-10' },
      { benefitYear: 2025, paidOn: '2025-11-06' },
    ]
    const result = rulesOn().quoteFor(record({ history }))
    expect(result.ok && result.value.coverage).toEqual(
      expect.objectContaining({ start: '2026-02-06', reason: 'carried-wait' }),
    )
  })

  test('Hangzhou: the tier chosen sets the bill (一档 800 / 二档 700 元), each with its 长护险 30 元 on a line', () => {
    const service = rulesOn()
    const hangzhou = record({ adcode: '330102', regionName: '浙江省杭州市上城区' })
    const first = service.quoteFor(hangzhou)
    const second = service.quoteFor(hangzhou, { tierId: 'tier-2' })
    const shown = (result: typeof first) =>
      result.ok && {
        payable: result.value.payableFen,
        care: result.value.lines.find((line) => line.kind === 'long-term-care')?.amountFen,
        chosen: result.value.planOptions.filter((option) => option.chosen).map((option) => option.label),
      }
    expect(shown(first)).toEqual({ payable: 80000, care: 3000, chosen: ['一档'] })
    expect(shown(second)).toEqual({ payable: 70000, care: 3000, chosen: ['二档'] })
  })

  test("Shanghai's age band comes from the age on 1 January the record carries: 65 pays 870 元", () => {
    const result = rulesOn().quoteFor(record({ adcode: '310104', category: 'elderly', ageOnFirstDay: 65 }))
    const bill = !result.ok && result.error.kind === 'rule' ? result.error.undatedBill : undefined
    expect(bill?.payableFen).toBe(87000)
  })

  test("Beijing takes money on the 5th to the 20th: the 22nd is closed until the next month's 5th", () => {
    const service = rulesOn()
    expect(service.quoteFor(record({ adcode: '110105', bureauDate: '2025-12-22' }))).toEqual({
      ok: false,
      error: { kind: 'closed', reason: 'calendar', reopensOn: '2026-01-05' },
    })
    expect(service.quoteFor(record({ adcode: '110105', bureauDate: '2025-12-20' })).ok).toBe(true)
  })

  test('a 5-year break paying on 2026-06-01 is offered the repair (1 back-year, cover from 2026-12-01), not refused', () => {
    const result = rulesOn().quoteFor(record({ breakYears: 5, bureauDate: '2026-06-01' }))
    expect(
      result.ok && {
        repair: result.value.needsRepair?.minBackYears,
        backYears: result.value.backYears,
        start: result.value.coverage.start,
        payable: result.value.payableFen,
      },
    ).toEqual({ repair: 1, backYears: 1, start: '2026-12-01', payable: 80000 })
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
