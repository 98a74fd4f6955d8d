/**
 * A region's collection calendar: the part of its file that says when money
 * is taken for each benefit year (the window, the cut-off, the payment days),
 * without the amounts and the rules that price a bill. Home's 现在可以办理
 * panel needs only this, so on weapp the main package carries a generated copy
 * (src/config/region-calendars.generated.ts, scripts/make-region-calendars.ts)
 * and the region files stay in the subpackages that quote.
 */
import type { BenefitYearRules, RegionRules } from './region-rules'

export type YearCalendar = Pick<
  BenefitYearRules,
  'benefitYear' | 'window' | 'collectionCutoff' | 'paymentCalendar'
>

export interface RegionCalendar {
  adcode: string
  name: string
  years: YearCalendar[]
}

export function regionCalendarOf(region: RegionRules): RegionCalendar {
  return {
    adcode: region.adcode,
    name: region.name,
    years: region.years.map(({ benefitYear, window, collectionCutoff, paymentCalendar }) => ({
      benefitYear,
      ...(window && { window }),
      ...(collectionCutoff && { collectionCutoff }),
      ...(paymentCalendar && { paymentCalendar }),
    })),
  }
}

/** A county without a file of its own falls back to its city's, then its province's. */
export function mostSpecific<T>(adcode: string, byCode: (code: string) => T | undefined): T | undefined {
  return byCode(adcode) ?? byCode(`${adcode.slice(0, 4)}00`) ?? byCode(`${adcode.slice(0, 2)}0000`)
}
