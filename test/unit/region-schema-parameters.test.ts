/**
 * The region parameters of issue 15 in the region schema: a year that sets
 * every one of them parses to what the engine reads, and each field refuses
 * what a notice cannot mean, naming the field in Chinese.
 */
import { parseRegionRules } from '../../src/config/regions/schema'

const source = { document: '测试用通知', url: '', grade: 'B' }

const fullYear = {
  benefitYear: 2026,
  individualStandardFen: { elderly: 70000, 'working-age': 62000, 'child-student': 40000 },
  individualFromNationalFloor: false,
  governmentSubsidyFen: 70000,
  subsidyByCategory: { elderly: 438000 },
  window: { start: '2025-10-20', end: '2025-12-31', extendedEnd: '2026-02-28' },
  collectionCutoff: '2026-12-20',
  latePrice: { from: '2026-07-01', mode: 'plus-subsidy' },
  subsidyRules: [
    { group: 'near-minimum-living', mode: 'fixed', assistanceFen: 32000 },
    { group: 'severe-disability', mode: 'full' },
  ],
  waitingExemptGroups: ['distressed-child', 'medical-assistance'],
  waiting: { unit: 'days', fixedDays: 60, perBreakYearMonths: 1, longBreakYears: 4, longBreakFloorMonths: 6 },
  firstCoveredDay: { extended: 'next-day', afterWait: 'same-day' },
  newborn: { fromBirthWithinDays: 90, afterThat: 'next-month', exemptUntilAgeDays: 365, birthYearFree: true },
  schoolYear: { coverFrom: '09-01', from: 'enrolment-date' },
  incentive: {
    criticalIllnessCapFen: 30000000,
    stepFen: 400000,
    afterYears: 4,
    maxIncreaseBasisPoints: 2000,
    maxIncreaseFen: 5000000,
    claimFreeBuildsUp: true,
    resetAfterUse: true,
    breakPenaltyFen: 300000,
    keepCreditAfterBreak: false,
  },
  tiers: [
    { id: 'one', label: '一档', individualFen: { 'working-age': 62000 } },
    { id: 'two', label: '二档', individualFen: { 'working-age': 80000 }, note: '含长护险' },
  ],
  ageBands: [{ id: '70+', label: '70周岁以上', minAge: 70, individualFen: 70000 }],
  longTermCareFen: { 'working-age': 3000 },
  paymentCalendar: {
    acceptedDays: [{ fromMonth: 9, toMonth: 11, firstDay: 1, lastDay: 25 }],
    channels: [{ id: 'tax', label: '税务缴费渠道', acceptedDays: [{ firstDay: 5, lastDay: 20 }] }],
    maintenance: [{ from: '2025-11-24', to: '2025-11-25' }],
  },
  gradeC: true,
  sources: [source, { document: '第三方转载', url: '', grade: 'C' }],
}

const region = (year: Record<string, unknown>, more: Record<string, unknown> = {}) => ({
  adcode: '999900',
  name: '测试地区',
  capabilities: {},
  years: [year],
  ...more,
})

const withYear = (changes: Record<string, unknown>) => region({ ...fullYear, ...changes })

describe('region parameters in the schema', () => {
  test('a year that sets every parameter parses to the same figures', () => {
    const parsed = parseRegionRules(region(fullYear))
    expect(parsed.years[0]).toEqual(fullYear)
  })

  test.each([
    ['a grade-C source in a year not marked gradeC', { gradeC: undefined }, /years\.0\.gradeC C级来源/],
    [
      'a long-term-care part above the standard',
      { longTermCareFen: { 'working-age': 70000 } },
      /longTermCareFen/,
    ],
    ['a wait in days without the days', { waiting: { unit: 'days' } }, /years\.0\.waiting\.fixedDays/],
    ['a first covered day of another kind', { firstCoveredDay: 'next-week' }, /years\.0\.firstCoveredDay/],
    [
      'a late price of another kind',
      { latePrice: { from: '2026-07-01', mode: 'double' } },
      /years\.0\.latePrice/,
    ],
    [
      'accepted days out of order',
      { paymentCalendar: { acceptedDays: [{ firstDay: 20, lastDay: 5 }] } },
      /lastDay/,
    ],
    [
      'an age band upside down',
      { ageBands: [{ id: 'x', label: 'x', minAge: 60, maxAge: 19, individualFen: 1 }] },
      /maxAge/,
    ],
    [
      'an incentive above 20 % of the cap',
      { incentive: { ...fullYear.incentive, maxIncreaseBasisPoints: 2500 } },
      /20%/,
    ],
    ['a cut-off before the window opens', { collectionCutoff: '2025-10-01' }, /collectionCutoff/],
    [
      'a subsidy group the app does not know',
      { subsidyRules: [{ group: 'veteran', mode: 'full' }] },
      /subsidyRules/,
    ],
  ])('refuses %s', (_name, changes, message) => {
    expect(() => parseRegionRules(withYear(changes))).toThrow(message)
  })

  const flexible = (scheme: Record<string, unknown>) =>
    region(
      { ...fullYear },
      {
        flexibleEmployment: [
          {
            from: '2026-01-01',
            scheme: { kind: 'base-range', minBaseFen: 450000, maxBaseFen: 2250000, ...scheme },
            sources: [source],
          },
        ],
      },
    )

  test('灵活就业 8.5 %: basis points with the rounding rule parse; without it they are refused', () => {
    const parsed = parseRegionRules(flexible({ rateBasisPoints: 850, rounding: 'yuan-half-up' }))
    expect(parsed.flexibleEmployment?.[0]?.scheme).toEqual({
      kind: 'base-range',
      minBaseFen: 450000,
      maxBaseFen: 2250000,
      rateBasisPoints: 850,
      rounding: 'yuan-half-up',
    })
    expect(() => parseRegionRules(flexible({ rateBasisPoints: 850 }))).toThrow(
      /scheme\.rounding 费率不是整数百分比时须注明舍入规则/,
    )
    expect(() => parseRegionRules(flexible({ ratePercent: 8, rateBasisPoints: 800 }))).toThrow(
      /scheme\.ratePercent/,
    )
    expect(parseRegionRules(flexible({ rateBasisPoints: 800 })).flexibleEmployment?.[0]?.scheme).toEqual(
      expect.objectContaining({ rateBasisPoints: 800 }),
    )
  })

  test('a grade-C 灵活就业 period must be marked too', () => {
    const period = {
      from: '2026-01-01',
      scheme: { kind: 'fixed-monthly', monthlyFen: 58492 },
      sources: [{ ...source, grade: 'C' }],
    }
    expect(() => parseRegionRules(region(fullYear, { flexibleEmployment: [period] }))).toThrow(
      /flexibleEmployment\.0\.gradeC/,
    )
    expect(() =>
      parseRegionRules(region(fullYear, { flexibleEmployment: [{ ...period, gradeC: true }] })),
    ).not.toThrow()
  })
})
