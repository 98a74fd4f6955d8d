/** The zod schema every region file must pass; its output is the domain's RegionRules. */
import * as z from 'zod/mini'
import '../zod-setup'
import { CATEGORIES, SUBSIDY_GROUPS, type Category, type RegionRules } from '../../domain/region-rules'
import { ROUNDINGS, type BaseRangeScheme } from '../../domain/flexible-employment'
import type { Fen } from '../../domain/money'

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD'))
const fenAmount = z.pipe(
  z.int().check(z.nonnegative()),
  z.transform((value: number) => value as Fen),
)

const subsidyRule = z.discriminatedUnion('mode', [
  z.object({ group: z.enum(SUBSIDY_GROUPS), mode: z.literal('full') }),
  z.object({ group: z.enum(SUBSIDY_GROUPS), mode: z.literal('fixed'), assistanceFen: fenAmount }),
  z.object({
    group: z.enum(SUBSIDY_GROUPS),
    mode: z.literal('percent'),
    percent: z.number().check(z.gte(0), z.lte(100)),
  }),
])

const collectionWindow = z.object({ start: isoDate, end: isoDate, extendedEnd: z.optional(isoDate) }).check(
  z.refine((window) => window.start <= window.end, {
    message: '集中参保期的开始日期不能晚于结束日期',
    path: ['end'],
  }),
  z.refine((window) => !window.extendedEnd || window.end <= window.extendedEnd, {
    message: '延长缴费期不能早于集中参保期结束',
    path: ['extendedEnd'],
  }),
)

const policySource = z.object({
  document: z.string().check(z.minLength(2)),
  url: z.string(),
  grade: z.enum(['A', 'B', 'C']),
})

const policySources = z.array(policySource).check(z.minLength(1, '每项规定至少注明一个政策来源'))

/** A grade-C source may stand only where the figure is marked as such on screen. */
const gradeCMarked = (sources: readonly { grade: string }[], gradeC: boolean | undefined) =>
  gradeC === true || sources.every((source) => source.grade !== 'C')

const categoryFen = z.partialRecord(z.enum(CATEGORIES), fenAmount)
const monthDay = z.string().check(z.regex(/^\d{2}-\d{2}$/, '日期应为 MM-DD'))
const count = z.int().check(z.nonnegative())

const waiting = z
  .object({
    unit: z.optional(z.enum(['months', 'days'])),
    fixedMonths: z.optional(count),
    fixedDays: z.optional(count),
    perBreakYearMonths: z.optional(count),
    freeBreakYears: z.optional(count),
    longBreakYears: z.optional(z.int().check(z.positive())),
    longBreakFloorMonths: z.optional(count),
  })
  .check(
    z.refine((rule) => rule.unit !== 'days' || rule.fixedDays !== undefined, {
      message: '按天计算的等待期须写明天数',
      path: ['fixedDays'],
    }),
  )

const firstCoveredDay = z.enum(['same-day', 'next-day', 'funds-arrival', 'next-month'])

const latePrice = z.discriminatedUnion('mode', [
  z.object({ from: isoDate, mode: z.literal('plus-subsidy') }),
  z.object({ from: isoDate, mode: z.literal('fixed'), standardFen: categoryFen }),
])

const newborn = z.object({
  fromBirthWithinDays: z.int().check(z.positive()),
  afterThat: z.enum(['payment-date', 'day-after-payment', 'next-month', 'waiting', 'no-cover']),
  exemptUntilAgeDays: z.optional(z.int().check(z.positive())),
  birthYearFree: z.optional(z.boolean()),
  freeYears: z.optional(z.int().check(z.positive())),
})

const tier = z.object({
  id: z.string().check(z.minLength(1)),
  label: z.string().check(z.minLength(1)),
  individualFen: categoryFen,
  note: z.optional(z.string()),
})

const ageBand = z
  .object({
    id: z.string().check(z.minLength(1)),
    label: z.string().check(z.minLength(1)),
    minAge: count,
    maxAge: z.optional(count),
    individualFen: fenAmount,
    categories: z.optional(z.array(z.enum(CATEGORIES))),
  })
  .check(
    z.refine((band) => band.maxAge === undefined || band.minAge <= band.maxAge, {
      message: '年龄段的下限不能高于上限',
      path: ['maxAge'],
    }),
  )

const dayOfMonth = z.int().check(z.gte(1), z.lte(31))
const month = z.int().check(z.gte(1), z.lte(12))
const acceptedDays = z
  .object({
    fromMonth: z.optional(month),
    toMonth: z.optional(month),
    firstDay: dayOfMonth,
    lastDay: dayOfMonth,
  })
  .check(
    z.refine((days) => days.firstDay <= days.lastDay, {
      message: '受理日的开始不能晚于结束',
      path: ['lastDay'],
    }),
  )

const paymentCalendar = z.object({
  acceptedDays: z.optional(z.array(acceptedDays)),
  channels: z.optional(
    z.array(
      z.object({
        id: z.string().check(z.minLength(1)),
        label: z.string().check(z.minLength(1)),
        acceptedDays: z.array(acceptedDays),
      }),
    ),
  ),
  maintenance: z.optional(
    z.array(
      z.object({ from: isoDate, to: isoDate, note: z.optional(z.string()) }).check(
        z.refine((window) => window.from <= window.to, {
          message: '维护期的开始不能晚于结束',
          path: ['to'],
        }),
      ),
    ),
  ),
})

const incentive = z.object({
  criticalIllnessCapFen: fenAmount,
  // 国办发〔2024〕38号: each step at least 1,000 元.
  stepFen: z.pipe(
    z.int().check(z.gte(100000, '每档提高额不少于1000元')),
    z.transform((value: number) => value as Fen),
  ),
  afterYears: z.optional(count),
  // 国办发〔2024〕38号: the total at most 20 % of the cap; a region may set less, not more.
  maxIncreaseBasisPoints: z.optional(z.int().check(z.gte(0), z.lte(2000, '提高总额不超过原限额的20%'))),
  maxIncreaseFen: z.optional(fenAmount),
  claimFreeBuildsUp: z.optional(z.boolean()),
  resetAfterUse: z.optional(z.boolean()),
  breakPenaltyFen: z.optional(fenAmount),
  keepCreditAfterBreak: z.optional(z.boolean()),
})

const wholeYuan = z.pipe(
  z.int().check(
    z.positive(),
    z.refine((value) => value % 100 === 0, '缴费基数应为整数元'),
  ),
  z.transform((value: number) => value as Fen),
)

/**
 * A whole percent (`ratePercent`), which keeps base × rate exact in fen, or
 * basis points (`rateBasisPoints`, 8.5 % is 850), which need the notice's
 * rounding rule unless the rate is a whole percent.
 */
const baseRange = z.pipe(
  z
    .object({
      kind: z.literal('base-range'),
      minBaseFen: wholeYuan,
      maxBaseFen: wholeYuan,
      ratePercent: z.optional(z.int().check(z.gte(1), z.lte(30))),
      rateBasisPoints: z.optional(z.int().check(z.gte(1), z.lte(3000))),
      rounding: z.optional(z.enum(ROUNDINGS)),
    })
    .check(
      z.refine((scheme) => scheme.minBaseFen <= scheme.maxBaseFen, {
        message: '缴费基数下限不能高于上限',
        path: ['maxBaseFen'],
      }),
      z.refine((scheme) => (scheme.ratePercent === undefined) !== (scheme.rateBasisPoints === undefined), {
        message: '费率须且只能填写 ratePercent（整数百分比）或 rateBasisPoints（基点）之一',
        path: ['ratePercent'],
      }),
      z.refine(
        (scheme) =>
          scheme.rateBasisPoints === undefined ||
          scheme.rateBasisPoints % 100 === 0 ||
          scheme.rounding !== undefined,
        { message: '费率不是整数百分比时须注明舍入规则', path: ['rounding'] },
      ),
    ),
  z.transform(({ ratePercent, rateBasisPoints, rounding, ...range }): BaseRangeScheme => {
    if (ratePercent !== undefined) return { ...range, ratePercent }
    return { ...range, rateBasisPoints: rateBasisPoints ?? 0, ...(rounding ? { rounding } : {}) }
  }),
)

const flexibleScheme = z.discriminatedUnion('kind', [
  baseRange,
  z.object({ kind: z.literal('fixed-monthly'), monthlyFen: fenAmount }),
  z.object({
    kind: z.literal('yearly-tiers'),
    tiers: z
      .array(z.object({ label: z.string().check(z.minLength(1)), yearlyFen: fenAmount }))
      .check(z.minLength(1)),
  }),
])

const flexibleEmployment = z
  .object({
    from: isoDate,
    to: z.optional(isoDate),
    scheme: flexibleScheme,
    waitingMonths: z.optional(z.int().check(z.nonnegative())),
    waitingExemption: z.optional(z.string()),
    gradeC: z.optional(z.boolean()),
    sources: policySources,
  })
  .check(
    z.refine((period) => !period.to || period.from <= period.to, {
      message: '执行期的开始日期不能晚于结束日期',
      path: ['to'],
    }),
    z.refine((period) => gradeCMarked(period.sources, period.gradeC), {
      message: 'C级来源只能用于标注为C级的数字（gradeC: true）',
      path: ['gradeC'],
    }),
  )

const benefitYear = z
  .object({
    benefitYear: z.int().check(z.gte(2020), z.lte(2100)),
    individualStandardFen: categoryFen,
    individualFromNationalFloor: z.boolean(),
    governmentSubsidyFen: z.optional(fenAmount),
    subsidyByCategory: z.optional(categoryFen),
    window: z.optional(collectionWindow),
    collectionCutoff: z.optional(isoDate),
    latePrice: z.optional(latePrice),
    subsidyRules: z.array(subsidyRule),
    waitingExemptGroups: z.optional(z.array(z.enum(SUBSIDY_GROUPS))),
    waiting: z.optional(waiting),
    firstCoveredDay: z.optional(
      z.union([
        firstCoveredDay,
        z.object({ extended: z.optional(firstCoveredDay), afterWait: z.optional(firstCoveredDay) }),
      ]),
    ),
    newborn: z.optional(newborn),
    schoolYearCoverFrom: z.optional(monthDay),
    schoolYear: z.optional(
      z.object({ coverFrom: monthDay, from: z.enum(['school-year-day', 'enrolment-date']) }),
    ),
    incentive: z.optional(incentive),
    tiers: z.optional(z.array(tier).check(z.minLength(1))),
    ageBands: z.optional(z.array(ageBand).check(z.minLength(1))),
    longTermCareFen: z.optional(categoryFen),
    paymentCalendar: z.optional(paymentCalendar),
    gradeC: z.optional(z.boolean()),
    sources: policySources,
  })
  .check(
    z.refine((year) => gradeCMarked(year.sources, year.gradeC), {
      message: 'C级来源只能用于标注为C级的数字（gradeC: true）',
      path: ['gradeC'],
    }),
    z.refine(
      (year) =>
        Object.entries(year.longTermCareFen ?? {}).every(
          ([category, part]) => part <= (year.individualStandardFen[category as Category] ?? Infinity),
        ),
      { message: '长护险部分不能超过个人缴费标准', path: ['longTermCareFen'] },
    ),
    z.refine((year) => !year.collectionCutoff || !year.window || year.window.start <= year.collectionCutoff, {
      message: '截止缴费日不能早于集中参保期开始',
      path: ['collectionCutoff'],
    }),
  )

export const regionRulesSchema = z
  .object({
    adcode: z.string().check(z.regex(/^\d{6}$/, '行政区划代码应为6位数字')),
    name: z.string().check(z.minLength(2)),
    capabilities: z.object({
      wechatPay: z.optional(z.boolean()),
      personalAccount: z.optional(z.enum(['same-province', 'nationwide', 'none'])),
      personalAccountTopUp: z.optional(z.boolean()),
      instalments: z.optional(z.boolean()),
      offlineConfirmationFirst: z.optional(z.boolean()),
    }),
    years: z.array(benefitYear),
    flexibleEmployment: z.optional(z.array(flexibleEmployment).check(z.minLength(1))),
  })
  .check(
    z.refine((region) => region.years.length > 0 || region.flexibleEmployment !== undefined, {
      message: '至少需要一个待遇年度或一项灵活就业缴费规定',
      path: ['years'],
    }),
  )

/** Parses a region file; throws with the path of the bad field. */
export function parseRegionRules(input: unknown): RegionRules {
  const result = regionRulesSchema.safeParse(input)
  if (!result.success) {
    const issue = result.error.issues[0]
    throw new Error(`地区配置无效：${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim())
  }
  return result.data
}
