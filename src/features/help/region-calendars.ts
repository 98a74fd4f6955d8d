/** The regions' collection calendars as home's panel uses them: by code, and the list to choose from. */
import { mostSpecific, type RegionCalendar } from '../../domain/region-calendar'

export interface RegionCalendars {
  /** The county's own calendar, else its city's, else its province's. */
  calendarFor(adcode: string): RegionCalendar | undefined
  /** Every region with a file, by name: what a resident may choose before verifying. */
  choices: Array<{ adcode: string; name: string }>
}

export function regionCalendarsOf(calendars: readonly RegionCalendar[]): RegionCalendars {
  const byCode = new Map(calendars.map((calendar) => [calendar.adcode, calendar]))
  return {
    calendarFor: (adcode) => mostSpecific(adcode, (code) => byCode.get(code)),
    choices: calendars.map(({ adcode, name }) => ({ adcode, name })),
  }
}
