import fc from 'fast-check'
import { fen, sumFen } from '../../src/domain/money'
import {
  assistanceFor,
  isFullySubsidised,
  quote,
  quoteForYear,
  undatedBill,
  type Person,
  type QuoteResult,
} from '../../src/domain/quote'
import {
  CATEGORIES,
  SUBSIDY_GROUPS,
  type BenefitYearRules,
  type RegionRules,
  type SubsidyRule,
} from '../../src/domain/region-rules'
import { regionRulesFor } from '../../src/config/regions'

function fujian(): RegionRules {
  const region = regionRulesFor('350102')
  if (!region) throw new Error('Fujian rules are missing')
  return region
}

/** Rules for one standard and one subsidy rule (for 低保对象), as a region file could give them. */
function rulesWith(standardFen: number, subsidy?: SubsidyRule): BenefitYearRules {
  return {
    benefitYear: 2026,
    individualStandardFen: { 'working-age': fen(standardFen) },
    individualFromNationalFloor: false,
    governmentSubsidyFen: fen(70000),
    window: { start: '2025-09-01', end: '2025-12-31', extendedEnd: '2026-02-28' },
    subsidyRules: subsidy ? [subsidy] : [],
    sources: [{ document: '测试用规则', url: '', grade: 'B' }],
  }
}

const person = (overrides: Partial<Person> = {}): Person => ({
  category: 'working-age',
  subsidyGroup: 'none',
  breakYears: 0,
  ...overrides,
})

const quoteOf = (result: QuoteResult) => {
  if (!result.ok) throw new Error(`expected a quote, got ${result.error}`)
  return result.quote
}

const fujianQuote = (who: Partial<Person>, today: string, backYears = 0) =>
  quote(person(who), fujian(), { benefitYear: 2026, backYears }, today)

describe('quote with Fujian 2026', () => {
  test('a working-age resident with no subsidy pays the 400 元 standard, covered from 1 January', () => {
    const quoted = quoteOf(fujianQuote({}, '2025-11-20'))
    expect(quoted.lines).toEqual([
      { kind: 'standard', label: '个人缴费标准（劳动年龄内居民）', amountFen: 40000 },
    ])
    expect(quoted.payableFen).toBe(40000)
    expect(quoted.governmentSubsidyFen).toBe(70000)
    expect(quoted.benefitYear).toBe(2026)
    expect(quoted.coverage).toEqual(
      expect.objectContaining({ start: '2026-01-01', waitingMonths: 0, reason: 'in-window' }),
    )
    expect(quoted.backYearOptions).toEqual([
      { backYears: 0, extraFen: 0, payableFen: 40000, waitingMonths: 0, start: '2026-01-01' },
    ])
    expect(quoted.warnings).toEqual(['national-floor'])
    expect(quoted.sources.map((source) => source.document)).toContain('闽政办〔2025〕3号')
  })

  test('特困人员 are fully subsidised: the assistance line cancels the standard, nothing is payable, no back-years offered', () => {
    const rules = fujian().years[0] as BenefitYearRules
    const quoted = quoteOf(
      fujianQuote({ category: 'elderly', subsidyGroup: 'extreme-poverty', breakYears: 3 }, '2025-11-20'),
    )
    expect(quoted.lines).toEqual([
      { kind: 'standard', label: '个人缴费标准（老年人）', amountFen: 40000 },
      { kind: 'assistance', label: '资助参保（特困人员）', amountFen: -40000 },
    ])
    expect(quoted.payableFen).toBe(0)
    expect(quoted.backYearOptions).toHaveLength(1)
    expect(isFullySubsidised(rules, 'extreme-poverty')).toBe(true)
    expect(isFullySubsidised(rules, 'none')).toBe(false)
  })

  test('a payment after the extended period carries the 3-month wait and the outside-window warning', () => {
    const quoted = quoteOf(fujianQuote({ category: 'child-student' }, '2026-03-15'))
    expect(quoted.payableFen).toBe(40000)
    expect(quoted.coverage).toEqual(
      expect.objectContaining({ start: '2026-06-15', waitingMonths: 3, reason: 'outside-window' }),
    )
    expect(quoted.warnings).toContain('outside-window')
  })

  test('a payment in the extended period is warned that cover starts on the payment date', () => {
    expect(quoteOf(fujianQuote({}, '2026-02-10')).warnings).toContain('extended-period')
  })

  test('a lapsed resident sees every back-year option with its cost, wait and first covered day', () => {
    const quoted = quoteOf(fujianQuote({ breakYears: 3 }, '2025-11-20', 2))
    expect(quoted.lines).toEqual([
      { kind: 'standard', label: '个人缴费标准（劳动年龄内居民）', amountFen: 40000 },
      { kind: 'back-years', label: '补缴 2 年（按2026年度标准）', amountFen: 80000 },
    ])
    expect(quoted.payableFen).toBe(120000)
    expect(quoted.backYearOptions).toEqual([
      { backYears: 0, extraFen: 0, payableFen: 40000, waitingMonths: 5, start: '2026-06-01' },
      { backYears: 1, extraFen: 40000, payableFen: 80000, waitingMonths: 4, start: '2026-05-01' },
      { backYears: 2, extraFen: 80000, payableFen: 120000, waitingMonths: 3, start: '2026-04-01' },
    ])
  })

  test('back-years beyond those that shorten the wait, or negative, are refused', () => {
    expect(fujianQuote({ breakYears: 3 }, '2025-11-20', 3)).toEqual({
      ok: false,
      error: 'back-years-out-of-range',
    })
    expect(fujianQuote({ breakYears: 0 }, '2025-11-20', 1)).toEqual({
      ok: false,
      error: 'back-years-out-of-range',
    })
    expect(fujianQuote({ breakYears: 3 }, '2025-11-20', -1)).toEqual({
      ok: false,
      error: 'back-years-out-of-range',
    })
    expect(fujianQuote({ breakYears: 4 }, '2025-11-20', 1)).toEqual({
      ok: false,
      error: 'back-years-out-of-range',
    })
  })

  test('outside any payable date the quote fails with the coverage error', () => {
    expect(fujianQuote({ category: 'elderly' }, '2025-08-01')).toEqual({ ok: false, error: 'not-open' })
    expect(fujianQuote({ category: 'elderly' }, '2026-11-01')).toEqual({ ok: false, error: 'year-over' })
  })

  test('a benefit year the region has no rules for cannot be quoted', () => {
    expect(quote(person(), fujian(), { benefitYear: 2027, backYears: 0 }, '2026-11-01')).toEqual({
      ok: false,
      error: 'no-rules-for-year',
    })
  })

  test('a category the region does not offer cannot be quoted', () => {
    expect(quoteForYear(person({ category: 'newborn' }), rulesWith(40000), 0, '2025-11-20')).toEqual({
      ok: false,
      error: 'category-not-offered',
    })
  })

  test('a region year without a sourced window gives no dates', () => {
    const zhengzhou = regionRulesFor('410102')
    if (!zhengzhou) throw new Error('Zhengzhou rules are missing')
    expect(quote(person(), zhengzhou, { benefitYear: 2026, backYears: 0 }, '2025-11-20')).toEqual({
      ok: false,
      error: 'window-unknown',
    })
  })
})

describe('assistance (资助参保)', () => {
  const lowIncome = person({ subsidyGroup: 'minimum-living' })
  const quoteWith = (rules: BenefitYearRules) => quoteForYear(lowIncome, rules, 0, '2025-11-20')

  test('a fixed amount is taken off the standard', () => {
    const quote = quoteOf(
      quoteWith(rulesWith(40000, { group: 'minimum-living', mode: 'fixed', assistanceFen: fen(15000) })),
    )
    expect(quote.lines.map((line) => line.amountFen)).toEqual([40000, -15000])
    expect(quote.lines[1]?.label).toBe('资助参保（低保对象）')
    expect(quote.payableFen).toBe(25000)
  })

  test('a fixed amount above the standard is capped at the standard', () => {
    const quote = quoteOf(
      quoteWith(rulesWith(40000, { group: 'minimum-living', mode: 'fixed', assistanceFen: fen(50000) })),
    )
    expect(quote.lines.map((line) => line.amountFen)).toEqual([40000, -40000])
    expect(quote.payableFen).toBe(0)
  })

  test('a percentage is paid by the government', () => {
    const quote = quoteOf(
      quoteWith(rulesWith(40000, { group: 'minimum-living', mode: 'percent', percent: 70 })),
    )
    expect(quote.payableFen).toBe(12000)
  })

  test('"at least x %": a percentage that does not come to whole fen rounds the assistance up', () => {
    // 33 % of 400.01 元 is 132.0033 元: the government pays 132.01 元.
    const rules = rulesWith(40001, { group: 'minimum-living', mode: 'percent', percent: 33 })
    expect(assistanceFor(rules, 'minimum-living', fen(40001))).toBe(13201)
    expect(quoteOf(quoteWith(rules)).payableFen).toBe(26800)
  })

  test('a percentage that comes to whole fen is not pushed up a fen by floating point', () => {
    // 1.1 % of 420 元 is exactly 4.62 元, though 42000 * 1.1 / 100 is 462.00000000000006.
    const rules = rulesWith(42000, { group: 'minimum-living', mode: 'percent', percent: 1.1 })
    expect(assistanceFor(rules, 'minimum-living', fen(42000))).toBe(462)
    // 0.07 % of 400 元 is exactly 0.28 元.
    const small = rulesWith(40000, { group: 'minimum-living', mode: 'percent', percent: 0.07 })
    expect(assistanceFor(small, 'minimum-living', fen(40000))).toBe(28)
  })

  test('no rule for the group means no assistance line', () => {
    const quote = quoteOf(quoteWith(rulesWith(40000, { group: 'orphan', mode: 'full' })))
    expect(quote.lines).toHaveLength(1)
    expect(quote.payableFen).toBe(40000)
  })

  test('a 0 % rule adds no assistance line', () => {
    const quote = quoteOf(
      quoteWith(rulesWith(40000, { group: 'minimum-living', mode: 'percent', percent: 0 })),
    )
    expect(quote.lines).toHaveLength(1)
  })
})

describe('quote (property)', () => {
  const subsidyRules = fc.oneof(
    fc.constant<SubsidyRule | undefined>(undefined),
    fc.constantFrom(...SUBSIDY_GROUPS).map((group): SubsidyRule => ({ group, mode: 'full' })),
    fc
      .tuple(fc.constantFrom(...SUBSIDY_GROUPS), fc.integer({ min: 0, max: 300000 }))
      .map(([group, amount]): SubsidyRule => ({ group, mode: 'fixed', assistanceFen: fen(amount) })),
    // Percentages with up to two decimals, as a policy could state them (basis points / 100).
    fc
      .tuple(fc.constantFrom(...SUBSIDY_GROUPS), fc.integer({ min: 0, max: 10000 }))
      .map(([group, basisPoints]): SubsidyRule => ({ group, mode: 'percent', percent: basisPoints / 100 })),
  )
  // Any day from the window's opening to the end of the benefit year.
  const paymentDays = fc
    .integer({ min: 0, max: 486 })
    .map((offset) => new Date(Date.UTC(2025, 8, 1 + offset)).toISOString().slice(0, 10))

  const anyQuote = fc
    .record({
      standard: fc.integer({ min: 0, max: 200000 }),
      rule: subsidyRules,
      group: fc.constantFrom(...SUBSIDY_GROUPS),
      breakYears: fc.integer({ min: 0, max: 12 }),
      backYearsWanted: fc.nat({ max: 12 }),
      today: paymentDays,
    })
    .map(({ standard, rule, group, breakYears, backYearsWanted, today }) => {
      const who = person({ subsidyGroup: group, breakYears })
      const rules = rulesWith(standard, rule)
      // The options say how many back-years are allowed; ask for no more.
      const options = quoteForYear(who, rules, 0, today)
      const allowed = options.ok ? options.quote.backYearOptions.length - 1 : 0
      return {
        standard,
        rules,
        group,
        who,
        today,
        result: quoteForYear(who, rules, Math.min(backYearsWanted, allowed), today),
      }
    })

  test('payable is never negative, the lines sum to it, and the first line is the standard', () => {
    fc.assert(
      fc.property(anyQuote, ({ standard, result }) => {
        if (!result.ok) {
          expect(['year-over']).toContain(result.error)
          return
        }
        const quoted = result.quote
        expect(Number.isInteger(quoted.payableFen)).toBe(true)
        expect(quoted.payableFen).toBeGreaterThanOrEqual(0)
        expect(sumFen(quoted.lines.map((line) => line.amountFen))).toBe(quoted.payableFen)
        expect(quoted.lines[0]).toEqual(expect.objectContaining({ kind: 'standard', amountFen: standard }))
        // Each option's total is the bill without back-years plus their cost (a repair may leave no 0 option).
        const withoutBackYears = quoted.payableFen - standard * quoted.backYears
        for (const option of quoted.backYearOptions) {
          expect(option.payableFen).toBe(option.extraFen + withoutBackYears)
          expect(option.extraFen).toBe(standard * option.backYears)
        }
      }),
      { numRuns: 1000 },
    )
  })

  test('without a window the undated bill has the same lines and total as a dated quote would', () => {
    fc.assert(
      fc.property(anyQuote, ({ rules, who, result }) => {
        const undated = undatedBill(who, { ...rules, window: undefined })
        expect(undated).toBeDefined()
        expect(sumFen(undated?.lines.map((line) => line.amountFen) ?? [])).toBe(undated?.payableFen)
        expect(undated?.payableFen).toBeGreaterThanOrEqual(0)
        // Dated quotes add back-year lines; without them the two agree line for line.
        if (result.ok && result.quote.backYears === 0) expect(undated?.lines).toEqual(result.quote.lines)
      }),
      { numRuns: 500 },
    )
  })

  test('a fully subsidised group pays 0 and is offered no back-years', () => {
    fc.assert(
      fc.property(anyQuote, ({ rules, group, result }) => {
        if (!result.ok || !isFullySubsidised(rules, group)) return
        expect(result.quote.payableFen).toBe(0)
        expect(result.quote.backYearOptions).toHaveLength(1)
      }),
      { numRuns: 1000 },
    )
  })

  test('every category of every quotable region gives a bill whose lines sum to the total', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CATEGORIES),
        fc.constantFrom(...SUBSIDY_GROUPS),
        paymentDays,
        (category, group, today) => {
          const result = fujianQuote({ category, subsidyGroup: group }, today)
          if (!result.ok) return
          expect(sumFen(result.quote.lines.map((line) => line.amountFen))).toBe(result.quote.payableFen)
        },
      ),
      { numRuns: 300 },
    )
  })

  test('percentage assistance is the smallest whole fen that is at least the percentage', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200000 }),
        fc.integer({ min: 0, max: 10000 }),
        (standard, basisPoints) => {
          const rules = rulesWith(standard, {
            group: 'monitored',
            mode: 'percent',
            percent: basisPoints / 100,
          })
          const assistance = assistanceFor(rules, 'monitored', fen(standard))
          // Exact in integers: assistance / standard ≥ basisPoints / 10000, one fen less is not.
          expect(assistance * 10000).toBeGreaterThanOrEqual(standard * basisPoints)
          expect((assistance - 1) * 10000).toBeLessThan(standard * basisPoints)
        },
      ),
      { numRuns: 2000 },
    )
  })
})
