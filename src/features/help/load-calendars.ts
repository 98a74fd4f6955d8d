/**
 * The regions' collection calendars for home's panel. weapp: the generated
 * copy (scripts/make-region-calendars.ts), 2 KB in the main package, so that
 * the region files and the rules engine stay in the subpackages that quote.
 * H5 loads them after the first paint from the rules chunk (load-calendars.h5.ts).
 */
import { REGION_CALENDARS } from '../../config/region-calendars.generated'
import { regionCalendarsOf, type RegionCalendars } from './region-calendars'

export function loadRegionCalendars(): Promise<RegionCalendars> {
  return Promise.resolve(regionCalendarsOf(REGION_CALENDARS))
}
