/** The entries as the help page shows them: grouped, each with its region's figures filled in. */
import type { RegionRules } from '../../../domain/region-rules'
import { FAQ_ENTRIES, REGIONAL_FACTS, type FaqEntry } from './faq-entries'
import { FAQ_GROUPS, FAQ_GROUP_TITLES, type FaqGroup } from './faq-groups'
import type { FaqSource } from './faq-sources'
import { regionSources, yearInFocus } from './region-facts'

export interface FaqAnswerView {
  id: string
  question: string
  answer: readonly string[]
  /** The region's figures for this answer (or why there are none); empty when the answer needs none. */
  regional: readonly string[]
  sources: readonly FaqSource[]
}

const CHOOSE_REGION = '各地规定不同：在首页选择参保地（或完成实名认证）后，这里会显示您所在地区的标准。'

export function answerView(entry: FaqEntry, region: RegionRules | undefined, today: string): FaqAnswerView {
  const base = { id: entry.id, question: entry.question, answer: entry.answer }
  if (!entry.regional) return { ...base, regional: [], sources: entry.sources }
  if (!region) return { ...base, regional: [CHOOSE_REGION], sources: entry.sources }
  const rules = yearInFocus(region, today)
  if (!rules)
    return {
      ...base,
      regional: [`${region.name}的缴费标准，本程序尚未找到可靠来源，请拨打12393咨询。`],
      sources: entry.sources,
    }
  return {
    ...base,
    regional: REGIONAL_FACTS[entry.regional](region, rules),
    sources: [...entry.sources, ...regionSources(rules)],
  }
}

export interface FaqSection {
  group: FaqGroup
  title: string
  items: FaqAnswerView[]
}

/** The entries whose ids are given (all when none), in group order. */
export function faqSections(
  region: RegionRules | undefined,
  today: string,
  only?: readonly string[],
): FaqSection[] {
  const wanted = only && new Set(only)
  return FAQ_GROUPS.flatMap((group) => {
    const items = FAQ_ENTRIES.filter(
      (entry) => entry.group === group && (!wanted || wanted.has(entry.id)),
    ).map((entry) => answerView(entry, region, today))
    return items.length > 0 ? [{ group, title: FAQ_GROUP_TITLES[group], items }] : []
  })
}
