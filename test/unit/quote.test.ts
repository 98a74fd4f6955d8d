import fc from 'fast-check'
import { fen, sumFen } from '../../src/domain/money'
import { assistanceFor, isFullySubsidised, quoteContribution, type QuoteResult } from '../../src/domain/quote'
import { rulesForYear, SUBSIDY_GROUPS, type BenefitYearRules, type SubsidyRule } from '../../src/domain/region-rules'
import { regionRulesFor } from '../../src/config/regions'

function fujian2026(): BenefitYearRules {
  const region = regionRulesFor('350102')
  const year = region && rulesForYear(region, 2026)
  if (!year) throw new Error('Fujian 2026 rules are missing')
  return year
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

const quoteOf = (result: QuoteResult) => {
  if (!result.ok) throw new Error(`expected a quote, got ${result.error}`)
  return result.quote
}

describe('quoteContribution with Fujian 2026', () => {
  test('a working-age resident with no subsidy pays the 400 元 standard, covered from 1 January', () => {
    const quote = quoteOf(
      quoteContribution(fujian2026(), { category: 'working-age', subsidyGroup: 'none', paymentDate: '2025-11-20' }),
    )
    expect(quote.lines).toEqual([{ kind: 'standard', label: '个人缴费标准（劳动年龄内居民）', amountFen: 40000 }])
    expect(quote.payableFen).toBe(40000)
    expect(quote.governmentSubsidyFen).toBe(70000)
    expect(quote.benefitYear).toBe(2026)
    expect(quote.coverage).toEqual({ start: '2026-01-01', waitingMonths: 0, reason: 'in-window' })
  })

  test('特困人员 are fully subsidised: the assistance line cancels the standard and nothing is payable', () => {
    const rules = fujian2026()
    const quote = quoteOf(
      quoteContribution(rules, { category: 'elderly', subsidyGroup: 'extreme-poverty', paymentDate: '2025-11-20' }),
    )
    expect(quote.lines).toEqual([
      { kind: 'standard', label: '个人缴费标准（老年人）', amountFen: 40000 },
      { kind: 'assistance', label: '资助参保（特困人员）', amountFen: -40000 },
    ])
    expect(quote.payableFen).toBe(0)
    expect(isFullySubsidised(rules, 'extreme-poverty')).toBe(true)
    expect(isFullySubsidised(rules, 'none')).toBe(false)
    expect(isFullySubsidised(rules, 'minimum-living')).toBe(false)
  })

  test('a payment after the extended period carries the 3-month wait', () => {
    const quote = quoteOf(
      quoteContribution(fujian2026(), { category: 'child-student', subsidyGroup: 'none', paymentDate: '2026-03-15' }),
    )
    expect(quote.payableFen).toBe(40000)
    expect(quote.coverage).toEqual({ start: '2026-06-15', waitingMonths: 3, reason: 'outside-window' })
  })

  test('outside any payable date the quote fails with the coverage error', () => {
    const rules = fujian2026()
    expect(quoteContribution(rules, { category: 'elderly', subsidyGroup: 'none', paymentDate: '2025-08-01' })).toEqual({
      ok: false,
      error: 'not-open',
    })
    expect(quoteContribution(rules, { category: 'elderly', subsidyGroup: 'none', paymentDate: '2026-11-01' })).toEqual({
      ok: false,
      error: 'year-over',
    })
  })

  test('a category the region does not offer cannot be quoted', () => {
    expect(
      quoteContribution(rulesWith(40000), { category: 'newborn', subsidyGroup: 'none', paymentDate: '2025-11-20' }),
    ).toEqual({ ok: false, error: 'category-not-offered' })
  })
})

describe('assistance (资助参保)', () => {
  const request = { category: 'working-age', subsidyGroup: 'minimum-living', paymentDate: '2025-11-20' } as const

  test('a fixed amount is taken off the standard', () => {
    const quote = quoteOf(quoteContribution(rulesWith(40000, { group: 'minimum-living', mode: 'fixed', assistanceFen: fen(15000) }), request))
    expect(quote.lines.map((line) => line.amountFen)).toEqual([40000, -15000])
    expect(quote.lines[1]?.label).toBe('资助参保（低保对象）')
    expect(quote.payableFen).toBe(25000)
  })

  test('a fixed amount above the standard is capped at the standard', () => {
    const quote = quoteOf(quoteContribution(rulesWith(40000, { group: 'minimum-living', mode: 'fixed', assistanceFen: fen(50000) }), request))
    expect(quote.lines.map((line) => line.amountFen)).toEqual([40000, -40000])
    expect(quote.payableFen).toBe(0)
  })

  test('a percentage is paid by the government', () => {
    const quote = quoteOf(quoteContribution(rulesWith(40000, { group: 'minimum-living', mode: 'percent', percent: 70 }), request))
    expect(quote.payableFen).toBe(12000)
  })

  test('"at least x %": a percentage that does not come to whole fen rounds the assistance up', () => {
    // 33 % of 400.01 元 is 132.0033 元: the government pays 132.01 元.
    const rules = rulesWith(40001, { group: 'minimum-living', mode: 'percent', percent: 33 })
    expect(assistanceFor(rules, 'minimum-living', fen(40001))).toBe(13201)
    expect(quoteOf(quoteContribution(rules, request)).payableFen).toBe(26800)
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
    const quote = quoteOf(quoteContribution(rulesWith(40000, { group: 'orphan', mode: 'full' }), request))
    expect(quote.lines).toHaveLength(1)
    expect(quote.payableFen).toBe(40000)
  })

  test('a 0 % rule adds no assistance line', () => {
    const quote = quoteOf(quoteContribution(rulesWith(40000, { group: 'minimum-living', mode: 'percent', percent: 0 }), request))
    expect(quote.lines).toHaveLength(1)
  })
})

describe('quoteContribution (property)', () => {
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

  test('payable is never negative, never above the standard, and the lines sum to it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200000 }), subsidyRules, fc.constantFrom(...SUBSIDY_GROUPS), (standard, rule, group) => {
        const quote = quoteOf(
          quoteContribution(rulesWith(standard, rule), { category: 'working-age', subsidyGroup: group, paymentDate: '2025-11-20' }),
        )
        expect(Number.isInteger(quote.payableFen)).toBe(true)
        expect(quote.payableFen).toBeGreaterThanOrEqual(0)
        expect(quote.payableFen).toBeLessThanOrEqual(standard)
        expect(sumFen(quote.lines.map((line) => line.amountFen))).toBe(quote.payableFen)
        expect(quote.lines[0]).toEqual(expect.objectContaining({ kind: 'standard', amountFen: standard }))
      }),
      { numRuns: 1000 },
    )
  })

  test('percentage assistance is the smallest whole fen that is at least the percentage', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200000 }), fc.integer({ min: 0, max: 10000 }), (standard, basisPoints) => {
        const rules = rulesWith(standard, { group: 'monitored', mode: 'percent', percent: basisPoints / 100 })
        const assistance = assistanceFor(rules, 'monitored', fen(standard))
        // Exact in integers: assistance / standard ≥ basisPoints / 10000, one fen less is not.
        expect(assistance * 10000).toBeGreaterThanOrEqual(standard * basisPoints)
        expect((assistance - 1) * 10000).toBeLessThan(standard * basisPoints)
      }),
      { numRuns: 2000 },
    )
  })
})
