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

const collectionWindow = z
  .object({ start: isoDate, end: isoDate, extendedEnd: z.optional(isoDate) })
  .check(
    z.refine((window) => window.start <= window.end, {
      message: '集中参保期的开始日期不能晚于结束日期',
      path: ['end'],
    }),
    z.refine((window) => !window.extendedEnd || window.end <= window.extendedEnd, {
      message: '延长缴费期不能早于集中参保期结束',
      path: ['extendedEnd'],
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
  sources: z
    .array(
      z.object({
        document: z.string().check(z.minLength(2)),
        url: z.string(),
        grade: z.enum(['A', 'B']),
      }),
    )
    .check(z.minLength(1, '每个待遇年度至少注明一个政策来源')),
})

export const regionRulesSchema = z.object({
  adcode: z.string().check(z.regex(/^\d{6}$/, '行政区划代码应为6位数字')),
  name: z.string().check(z.minLength(2)),
  capabilities: z.object({
    wechatPay: z.optional(z.boolean()),
    personalAccount: z.optional(z.enum(['same-province', 'nationwide', 'none'])),
    personalAccountTopUp: z.optional(z.boolean()),
    instalments: z.optional(z.boolean()),
    offlineConfirmationFirst: z.optional(z.boolean()),
  }),
  years: z.array(benefitYear).check(z.minLength(1)),
})

/** Parses a region file; throws with the path of the bad field. */
export function parseRegionRules(input: unknown): RegionRules {
  const result = regionRulesSchema.safeParse(input)
  if (!result.success) {
    const issue = result.error.issues[0]
    throw new Error(`地区配置无效：${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim())
  }
  return result.data
}
