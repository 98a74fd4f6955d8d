/** The zod schema every region file must pass; its output is the domain's RegionRules. */
import * as z from 'zod/mini'
import '../zod-setup'
import { CATEGORIES, SUBSIDY_GROUPS, type RegionRules } from '../../domain/region-rules'
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

const policySources = z
  .array(
    z.object({
      document: z.string().check(z.minLength(2)),
      url: z.string(),
      grade: z.enum(['A', 'B']),
    }),
  )
  .check(z.minLength(1, '每项规定至少注明一个政策来源'))

const wholeYuan = z.pipe(
  z.int().check(
    z.positive(),
    z.refine((value) => value % 100 === 0, '缴费基数应为整数元'),
  ),
  z.transform((value: number) => value as Fen),
)

const flexibleScheme = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('base-range'),
      minBaseFen: wholeYuan,
      maxBaseFen: wholeYuan,
      // A whole percent keeps base × rate exact in fen; a notice with another
      // rate would need its rounding rule sourced before it can be added.
      ratePercent: z.int().check(z.gte(1), z.lte(30)),
    })
    .check(
      z.refine((scheme) => scheme.minBaseFen <= scheme.maxBaseFen, {
        message: '缴费基数下限不能高于上限',
        path: ['maxBaseFen'],
      }),
    ),
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
    sources: policySources,
  })
  .check(
    z.refine((period) => !period.to || period.from <= period.to, {
      message: '执行期的开始日期不能晚于结束日期',
      path: ['to'],
    }),
  )

const benefitYear = z.object({
  benefitYear: z.int().check(z.gte(2020), z.lte(2100)),
  individualStandardFen: z.partialRecord(z.enum(CATEGORIES), fenAmount),
  individualFromNationalFloor: z.boolean(),
  governmentSubsidyFen: z.optional(fenAmount),
  window: z.optional(collectionWindow),
  subsidyRules: z.array(subsidyRule),
  waitingExemptGroups: z.optional(z.array(z.enum(SUBSIDY_GROUPS))),
  newborn: z.optional(
    z.object({
      fromBirthWithinDays: z.int().check(z.positive()),
      afterThat: z.enum(['payment-date', 'day-after-payment']),
    }),
  ),
  schoolYearCoverFrom: z.optional(z.string().check(z.regex(/^\d{2}-\d{2}$/, '日期应为 MM-DD'))),
  incentive: z.optional(
    z.object({
      criticalIllnessCapFen: fenAmount,
      // 国办发〔2024〕38号: each step at least 1,000 元.
      stepFen: z.pipe(
        z.int().check(z.gte(100000, '每档提高额不少于1000元')),
        z.transform((value: number) => value as Fen),
      ),
    }),
  ),
  sources: policySources,
})

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
