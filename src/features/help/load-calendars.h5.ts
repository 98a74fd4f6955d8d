/**
 * H5: the region files (and the zod schema that checks them) are not needed
 * for the first paint of home: they load afterwards in the `rules` chunk,
 * the one step 2 loads (config/index.ts), and the calendars are read from them.
 */
import { regionCalendarOf } from '../../domain/region-calendar'
import { regionCalendarsOf, type RegionCalendars } from './region-calendars'

export function loadRegionCalendars(): Promise<RegionCalendars> {
  return import('../../config/regions').then((regions) =>
    regionCalendarsOf(
      regions.REGION_CODES.flatMap((adcode) => {
        const region = regions.regionRulesFor(adcode)
        return region ? [regionCalendarOf(region)] : []
      }),
    ),
  )
}
