/**
 * 灵活就业人员 in employee insurance: golden rows per region (each citing its
 * notice) and properties of base × rate in integer fen.
 */
import fc from 'fast-check'
import { regionRulesFor } from '../../src/config/regions'
import {
  ROUNDINGS,
  costOnBase,
  flexibleOptions,
  flexibleRulesOn,
  monthlyOnBase,
  ratePercentText,
  type BaseRangeScheme,
  type FlexibleEmploymentRules,
  type FlexibleScheme,
  type Rounding,
} from '../../src/domain/flexible-employment'
import { fen } from '../../src/domain/money'

const flexibleIn = (adcode: string, today: string): FlexibleEmploymentRules | undefined =>
  flexibleRulesOn(regionRulesFor(adcode)?.flexibleEmployment, today)

function rangeSchemeIn(adcode: string, today: string): Extract<FlexibleScheme, { kind: 'base-range' }> {
  const scheme = flexibleIn(adcode, today)?.scheme
  if (scheme?.kind !== 'base-range') throw new Error(`${adcode} has no base range on ${today}`)
  return scheme
}

interface GoldenRow {
  source: string
  adcode: string
  today: string
  options: Array<{ label: string; baseFen?: number; monthlyFen?: number; yearlyFen: number }>
}

const SHANGHAI = '上海市人社局 便民问答（2024-03-07 费率10%；2026-08-24 基数7546–37731元）'
const SHENZHEN = '深圳市人民政府令第358号 第九条；深圳市医疗保障局 温馨提示（2025-12-29）'
const BEIJING = '京人社发〔2025〕11号'
const CHONGQING = '渝医保发〔2024〕47号'

const ROWS: GoldenRow[] = [
  // 7546 × 10 % = 754.60 a month; 37731 × 10 % = 3773.10.
  {
    source: SHANGHAI,
    adcode: '310104',
    today: '2026-08-10',
    options: [
      { label: '缴费基数下限', baseFen: 754600, monthlyFen: 75460, yearlyFen: 905520 },
      { label: '缴费基数上限', baseFen: 3773100, monthlyFen: 377310, yearlyFen: 4527720 },
    ],
  },
  // 6727 × 8 % = 538.16; 33633 × 8 % = 2690.64.
  {
    source: SHENZHEN,
    adcode: '440305',
    today: '2026-03-02',
    options: [
      { label: '缴费基数下限', baseFen: 672700, monthlyFen: 53816, yearlyFen: 645792 },
      { label: '缴费基数上限', baseFen: 3363300, monthlyFen: 269064, yearlyFen: 3228768 },
    ],
  },
  {
    source: BEIJING,
    adcode: '110105',
    today: '2025-11-20',
    options: [{ label: '按月缴纳', monthlyFen: 58492, yearlyFen: 701904 }],
  },
  {
    source: CHONGQING,
    adcode: '500103',
    today: '2025-11-20',
    options: [
      { label: '一档', yearlyFen: 307500 },
      { label: '二档', yearlyFen: 676500 },
    ],
  },
]

describe('golden rows: what 灵活就业人员 pay, per notice', () => {
  test.each(ROWS)('$adcode on $today ($source)', ({ adcode, today, options }) => {
    const rules = flexibleIn(adcode, today)
    expect(rules).toBeDefined()
    expect(rules && flexibleOptions(rules.scheme)).toEqual(options)
  })

  test('figures apply only inside the period their notice names', () => {
    // Shanghai's base was sourced from 2026-07-01 only; Shenzhen's for calendar 2026; Chongqing's for 2025.
    expect(flexibleIn('310104', '2026-06-30')).toBeUndefined()
    expect(flexibleIn('310104', '2026-07-01')).toBeDefined()
    expect(flexibleIn('440305', '2025-12-31')).toBeUndefined()
    expect(flexibleIn('440305', '2027-01-01')).toBeUndefined()
    expect(flexibleIn('500103', '2026-01-01')).toBeUndefined()
    // Fujian's notices say nothing about 灵活就业.
    expect(flexibleIn('350102', '2025-11-20')).toBeUndefined()
  })

  test('Shanghai: 6 months of waiting, waived within 3 months of leaving other cover (沪医保规〔2025〕7号)', () => {
    const rules = flexibleIn('310104', '2026-08-10')
    expect(rules?.waitingMonths).toBe(6)
    expect(rules?.waitingExemption).toContain('3个月内')
  })
})

describe('a base the person chooses', () => {
  const shanghai = rangeSchemeIn('310104', '2026-08-10')

  test('is charged at the rate, to the fen', () => {
    expect(costOnBase(shanghai, fen(1000000))).toEqual({
      ok: true,
      cost: { baseFen: 1000000, monthlyFen: 100000, yearlyFen: 1200000 },
    })
  })

  test('must be whole 元 within the floor and ceiling', () => {
    expect(costOnBase(shanghai, fen(800050))).toEqual({ ok: false, problem: 'not-whole-yuan' })
    expect(costOnBase(shanghai, fen(754500))).toEqual({ ok: false, problem: 'below-min' })
    expect(costOnBase(shanghai, fen(3773200))).toEqual({ ok: false, problem: 'above-max' })
    expect(costOnBase(shanghai, fen(754600)).ok).toBe(true)
    expect(costOnBase(shanghai, fen(3773100)).ok).toBe(true)
  })
})

describe('properties of base × rate', () => {
  const scheme = fc
    .tuple(
      fc.integer({ min: 1000, max: 20000 }),
      fc.integer({ min: 0, max: 40000 }),
      fc.integer({ min: 1, max: 30 }),
    )
    .map(([minYuan, spanYuan, ratePercent]) => ({
      kind: 'base-range' as const,
      minBaseFen: fen(minYuan * 100),
      maxBaseFen: fen((minYuan + spanYuan) * 100),
      ratePercent,
    }))

  test('a whole-元 base in range costs exactly base × rate in fen, twelve times a year', () => {
    fc.assert(
      fc.property(scheme, fc.double({ min: 0, max: 1, noNaN: true }), (range, position) => {
        const spanYuan = (range.maxBaseFen - range.minBaseFen) / 100
        const baseYuan = range.minBaseFen / 100 + Math.floor(spanYuan * position)
        const result = costOnBase(range, fen(baseYuan * 100))
        if (!result.ok) return false
        // Oracle in BigInt: 元 × 100 fen × rate / 100.
        const expected = (BigInt(baseYuan) * BigInt(100) * BigInt(range.ratePercent)) / BigInt(100)
        return (
          BigInt(result.cost.monthlyFen) === expected && result.cost.yearlyFen === result.cost.monthlyFen * 12
        )
      }),
    )
  })

  test('a higher base never costs less, and every cost lies between the floor and the ceiling', () => {
    fc.assert(
      fc.property(scheme, fc.nat(), fc.nat(), (range, a, b) => {
        const spanYuan = (range.maxBaseFen - range.minBaseFen) / 100
        const [low, high] = [a % (spanYuan + 1), b % (spanYuan + 1)].sort((x, y) => x - y) as [number, number]
        const cost = (offset: number) => {
          const result = costOnBase(range, fen(range.minBaseFen + offset * 100))
          return result.ok ? result.cost.monthlyFen : Number.NaN
        }
        const [floor, ceiling] = flexibleOptions(range).map((option) => option.monthlyFen ?? 0) as [
          number,
          number,
        ]
        return cost(low) <= cost(high) && floor <= cost(low) && cost(high) <= ceiling
      }),
    )
  })
})

describe('a rate that is not a whole percent (青岛 8.5 %)', () => {
  const qingdao = (rounding?: Rounding): BaseRangeScheme => ({
    kind: 'base-range',
    minBaseFen: fen(450000),
    maxBaseFen: fen(2250000),
    rateBasisPoints: 850,
    ...(rounding ? { rounding } : {}),
  })
  const monthly = (rounding: Rounding | undefined, baseYuan: number) => {
    const result = costOnBase(qingdao(rounding), fen(baseYuan * 100))
    return result.ok ? result.cost.monthlyFen : result.problem
  }

  test("base × 8.5 % follows the region's rounding rule: 4501 元 is 382.585 元", () => {
    expect(monthly('fen-half-up', 4501)).toBe(38259)
    expect(monthly('fen-down', 4501)).toBe(38258)
    expect(monthly('fen-up', 4501)).toBe(38259)
    expect(monthly('yuan-half-up', 4501)).toBe(38300)
    expect(monthly('yuan-down', 4501)).toBe(38200)
    expect(monthly('yuan-up', 4501)).toBe(38300)
    // 4500 元 × 8.5 % is exactly 382.50 元: only the 元 rules move it.
    expect(monthly('fen-half-up', 4500)).toBe(38250)
    expect(monthly('yuan-half-up', 4500)).toBe(38300)
    expect(monthly('yuan-down', 4500)).toBe(38200)
  })

  test('without a rounding rule, a base whose cost is not whole fen gets no amount; an exact one does', () => {
    expect(monthly(undefined, 4501)).toBe('no-rounding-rule')
    expect(monthly(undefined, 4500)).toBe(38250)
    expect(flexibleOptions(qingdao())).toEqual([
      { label: '缴费基数下限', baseFen: 450000, monthlyFen: 38250, yearlyFen: 459000 },
      { label: '缴费基数上限', baseFen: 2250000, monthlyFen: 191250, yearlyFen: 2295000 },
    ])
  })

  test('the rate reads as the notice writes it', () => {
    expect(ratePercentText(qingdao())).toBe('8.5')
    expect(ratePercentText({ rateBasisPoints: 1000 })).toBe('10')
    expect(ratePercentText({ rateBasisPoints: 1025 })).toBe('10.25')
    expect(ratePercentText({ ratePercent: 8 })).toBe('8')
  })

  test('(property) each rule is the integer division of base × basis points, rounded its way', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100000 }),
        fc.integer({ min: 1, max: 3000 }),
        fc.constantFrom(...ROUNDINGS),
        (baseYuan, basisPoints, rounding) => {
          const exact = BigInt(baseYuan) * BigInt(100) * BigInt(basisPoints)
          const unit = rounding.startsWith('yuan') ? BigInt(100) : BigInt(1)
          const scale = BigInt(10000) * unit
          const down = (exact / scale) * unit
          const rest = exact % scale
          const expected = rounding.endsWith('half-up')
            ? rest * BigInt(2) >= scale
              ? down + unit
              : down
            : rounding.endsWith('-up') && rest > BigInt(0)
              ? down + unit
              : down
          return (
            BigInt(monthlyOnBase(fen(baseYuan * 100), { rateBasisPoints: basisPoints, rounding }) ?? -1) ===
            expected
          )
        },
      ),
      { seed: 15, numRuns: 2000 },
    )
  })
})
