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

const benefitYear = z
  .object({
    benefitYear: z.int().check(z.gte(2020), z.lte(2100)),
    individualStandardFen: z.partialRecord(z.enum(CATEGORIES), fenAmount),
    individualFromNationalFloor: z.boolean(),
    governmentSubsidyFen: fenAmount,
    window: z.object({ start: isoDate, end: isoDate, extendedEnd: z.optional(isoDate) }),
    subsidyRules: z.array(subsidyRule),
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
  .check(
    z.refine((year) => year.window.start <= year.window.end, {
      message: '集中参保期的开始日期不能晚于结束日期',
      path: ['window', 'end'],
    }),
  )

export const regionRulesSchema = z.object({
  adcode: z.string().check(z.regex(/^\d{6}$/, '行政区划代码应为6位数字')),
  name: z.string().check(z.minLength(2)),
  capabilities: z.object({ wechatPay: z.boolean() }),
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
