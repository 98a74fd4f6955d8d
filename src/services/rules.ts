/**
 * The contribution rules as the steps use them, over the region files: a
 * record's quote (or why there is none, with the amounts when only the dates
 * are unknown) and its 灵活就业 figures. A module of its own so that H5 can
 * load it with step 2 (src/load-rules.h5.ts).
 */
import { flexibleRulesOn, type FlexibleEmploymentRules } from '../domain/flexible-employment'
import {
  quote,
  undatedBill,
  type Person,
  type Quote,
  type QuoteError,
  type UndatedBill,
} from '../domain/quote'
import { rulesForYear, type RegionRules } from '../domain/region-rules'
import { err, ok, type Result } from './gateway-errors'
import type { EnrolmentRecord } from './model'

export type QuoteProblem =
  | { kind: 'no-rules' }
  | {
      kind: 'rule'
      error: Exclude<QuoteError, 'no-rules-for-year'>
      /** With 'window-unknown': the amounts, shown for information since no dates can be given. */
      undatedBill?: UndatedBill
    }

/** What joining employee insurance as a 灵活就业人员 would cost where the record is: shown beside resident insurance. */
export interface FlexibleOffer {
  regionName: string
  rules: FlexibleEmploymentRules
}

/** The person as the rules see them, from the bureau's record. */
export function personOf(record: EnrolmentRecord): Person {
  return {
    category: record.category,
    subsidyGroup: record.subsidyGroup,
    breakYears: record.breakYears ?? 0,
    continuousYears: record.continuousYears,
    claimFreeLastYear: record.claimFreeLastYear,
    birthDate: record.birthDate,
    inSchool: record.inSchool,
  }
}

export function createRules(regionRules: (adcode: string) => RegionRules | undefined, today: () => string) {
  /** The bill for a record; the bureau's date for it, where it gives one, is the payment date. */
  function quoteFor(record: EnrolmentRecord, backYears = 0): Result<Quote, QuoteProblem> {
    const region = regionRules(record.adcode)
    if (!region) return err({ kind: 'no-rules' })
    const result = quote(
      personOf(record),
      region,
      { benefitYear: record.benefitYear, backYears },
      record.bureauDate ?? today(),
    )
    if (result.ok) return ok(result.quote)
    if (result.error === 'no-rules-for-year') return err({ kind: 'no-rules' })
    const rules = result.error === 'window-unknown' ? rulesForYear(region, record.benefitYear) : undefined
    const amounts = rules && undatedBill(personOf(record), rules)
    return err(
      amounts
        ? { kind: 'rule', error: result.error, undatedBill: amounts }
        : { kind: 'rule', error: result.error },
    )
  }

  /** Only residents of working age can be 灵活就业人员; the figures must be in force on the bill's date. */
  function flexibleOfferFor(record: EnrolmentRecord): FlexibleOffer | undefined {
    if (record.category !== 'working-age') return undefined
    const region = regionRules(record.adcode)
    const rules = flexibleRulesOn(region?.flexibleEmployment, record.bureauDate ?? today())
    return region && rules ? { regionName: region.name, rules } : undefined
  }

  return { quoteFor, flexibleOfferFor }
}

export type Rules = ReturnType<typeof createRules>
