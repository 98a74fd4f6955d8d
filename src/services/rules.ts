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
import { paymentDayStatus, type ClosedReason } from '../domain/payment-calendar'
import { rulesForYear, type RegionRules } from '../domain/region-rules'
import { err, ok, type Result } from './gateway-errors'
import type { EnrolmentRecord } from './model'

export type QuoteProblem =
  | { kind: 'no-rules' }
  /** No money is taken today (the region's calendar, maintenance, before the window, after the cut-off). */
  | { kind: 'closed'; reason: ClosedReason; reopensOn?: string }
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

/** What the resident chooses for a bill: back-years to shorten the wait, and the tier where the region has tiers. */
export interface PlanChoice {
  backYears?: number
  tierId?: string
}

/**
 * The person as the rules see them, from the bureau's record: the years paid
 * and when (the break and a late payment's wait come from them), or the
 * bureau's break count where it sends no history.
 */
export function personOf(record: EnrolmentRecord): Person {
  return {
    category: record.category,
    subsidyGroup: record.subsidyGroup,
    breakYears: record.breakYears ?? 0,
    continuousYears: record.continuousYears,
    claimFreeLastYear: record.claimFreeLastYear,
    birthDate: record.birthDate,
    inSchool: record.inSchool,
    ...(record.history && { history: record.history }),
    ...(record.ageOnFirstDay !== undefined && { ageOnFirstDay: record.ageOnFirstDay }),
  }
}

export function createRules(regionRules: (adcode: string) => RegionRules | undefined, today: () => string) {
  /**
   * The bill for a record; the bureau's date for it, where it gives one, is
   * the payment date. A day the region takes no money is said first: nothing
   * could be paid today whatever the bill.
   */
  function quoteFor(record: EnrolmentRecord, choice: PlanChoice = {}): Result<Quote, QuoteProblem> {
    const region = regionRules(record.adcode)
    if (!region) return err({ kind: 'no-rules' })
    const paymentDate = record.bureauDate ?? today()
    const day = paymentDayStatus(region, record.benefitYear, paymentDate)
    if (!day.open)
      return err({ kind: 'closed', reason: day.reason, ...(day.reopensOn && { reopensOn: day.reopensOn }) })
    const result = quote(
      personOf(record),
      region,
      { benefitYear: record.benefitYear, backYears: choice.backYears ?? 0, tierId: choice.tierId },
      paymentDate,
    )
    if (result.ok) return ok(result.quote)
    if (result.error === 'no-rules-for-year') return err({ kind: 'no-rules' })
    const rules = result.error === 'window-unknown' ? rulesForYear(region, record.benefitYear) : undefined
    const amounts = rules && undatedBill(personOf(record), rules, choice.tierId)
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
