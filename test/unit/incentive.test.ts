/**
 * The 大病保险 incentive of 国办发〔2024〕38号, with Sichuan's 2025 draft figures
 * (cap 300,000 元, +4,000 元 a step) [B] from src/config/regions/510000.ts.
 */
import fc from 'fast-check'
import { incentiveFor } from '../../src/domain/incentive'
import { fen } from '../../src/domain/money'
import { regionRulesFor } from '../../src/config/regions'

function sichuanIncentive() {
  const incentive = regionRulesFor('510000')?.years.find((year) => year.benefitYear === 2025)?.incentive
  if (!incentive) throw new Error('Sichuan incentive missing')
  return incentive
}

describe('incentiveFor (Sichuan 2025 draft)', () => {
  test.each([
    // [continuous years before this one, claim-free last year, steps, increase in fen]
    [0, false, 0, 0],
    [3, false, 0, 0], // this year is the 4th: no step yet
    [4, false, 1, 400000], // the 5th continuous year: one step
    [6, false, 3, 1200000],
    [6, true, 4, 1600000],
    [3, true, 1, 400000], // a claim-free year counts even before the 5th year
  ])(
    '%i continuous years, claim-free %s: %i steps, +%i fen',
    (continuousYears, claimFreeLastYear, steps, increase) => {
      const incentive = incentiveFor(sichuanIncentive(), {
        breakYears: 0,
        continuousYears,
        claimFreeLastYear,
      })
      expect(incentive.continuousSteps + incentive.claimFreeSteps).toBe(steps)
      expect(incentive.increaseFen).toBe(increase)
      expect(incentive.capFen).toBe(30000000)
    },
  )

  test('a break resets the continuous count and the claim-free step', () => {
    expect(
      incentiveFor(sichuanIncentive(), { breakYears: 1, continuousYears: 10, claimFreeLastYear: true })
        .increaseFen,
    ).toBe(0)
  })

  test('the total never exceeds 20 % of the cap (60,000 元 here)', () => {
    expect(
      incentiveFor(sichuanIncentive(), { breakYears: 0, continuousYears: 40, claimFreeLastYear: true })
        .increaseFen,
    ).toBe(6000000)
  })

  test('(property) each step is at least 1,000 元 and the total at most 20 % of the cap', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100000000 }),
        fc.integer({ min: 0, max: 1000000 }),
        fc.nat({ max: 60 }),
        fc.boolean(),
        (cap, step, continuousYears, claimFreeLastYear) => {
          const incentive = incentiveFor(
            { criticalIllnessCapFen: fen(cap), stepFen: fen(step) },
            { breakYears: 0, continuousYears, claimFreeLastYear },
          )
          const steps = incentive.continuousSteps + incentive.claimFreeSteps
          const ceiling = Math.floor((cap * 20) / 100)
          expect(incentive.increaseFen).toBeLessThanOrEqual(ceiling)
          // Only the 20 % ceiling may hold a step below 1,000 元.
          expect(incentive.increaseFen).toBeGreaterThanOrEqual(Math.min(steps * 100000, ceiling))
        },
      ),
      { numRuns: 1000 },
    )
  })
})

describe('incentiveFor: what regions set apart from the national text', () => {
  const base = { criticalIllnessCapFen: fen(30000000), stepFen: fen(400000) }

  test('the years before the first step and a lower share of the cap', () => {
    const rule = { ...base, afterYears: 2, maxIncreaseBasisPoints: 1000 }
    expect(incentiveFor(rule, { breakYears: 0, continuousYears: 2 }).increaseFen).toBe(400000)
    expect(incentiveFor(rule, { breakYears: 0, continuousYears: 40 }).increaseFen).toBe(3000000)
  })

  test('an absolute ceiling below the share of the cap', () => {
    const rule = { ...base, maxIncreaseFen: fen(1000000) }
    expect(incentiveFor(rule, { breakYears: 0, continuousYears: 40 }).increaseFen).toBe(1000000)
  })

  test('claim-free credit that builds up, and is cleared once the raised cap was used', () => {
    const rule = { ...base, claimFreeBuildsUp: true, resetAfterUse: true }
    expect(incentiveFor(rule, { breakYears: 0, continuousYears: 0, claimFreeYears: 3 }).claimFreeSteps).toBe(
      3,
    )
    expect(incentiveFor(base, { breakYears: 0, continuousYears: 0, claimFreeYears: 3 }).claimFreeSteps).toBe(
      0,
    )
    expect(
      incentiveFor(rule, {
        breakYears: 0,
        continuousYears: 0,
        claimFreeYears: 3,
        incentiveUsedLastYear: true,
      }).claimFreeSteps,
    ).toBe(0)
  })

  test('山东: a break lowers the cap by 3000 元; without a break nothing is taken off', () => {
    const rule = { ...base, breakPenaltyFen: fen(300000) }
    expect(incentiveFor(rule, { breakYears: 1, continuousYears: 0 }).decreaseFen).toBe(300000)
    expect(incentiveFor(rule, { breakYears: 0, continuousYears: 0 }).decreaseFen).toBeUndefined()
  })

  test('廊坊: steps earned before a break are kept', () => {
    const person = { breakYears: 2, continuousYears: 0, runBeforeBreak: 7 }
    expect(incentiveFor({ ...base, keepCreditAfterBreak: true }, person).continuousSteps).toBe(3)
    expect(incentiveFor(base, person).continuousSteps).toBe(0)
  })
})
