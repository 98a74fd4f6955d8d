/**
 * Home's 现在可以办理 panel reads the regions' collection calendars, on weapp
 * from a generated copy (scripts/make-region-calendars.ts) so that the main
 * package carries no region file. The copy must say what the files say.
 */
import fc from 'fast-check'
import { regionCalendars } from '../../scripts/make-region-calendars'
import { REGION_CALENDARS } from '../../src/config/region-calendars.generated'
import { REGION_CODES, regionRulesFor } from '../../src/config/regions'
import { addDays } from '../../src/domain/iso-date'
import { paymentDayStatus } from '../../src/domain/payment-calendar'
import { collectionStatus } from '../../src/features/help/collection-status'
import { regionCalendarsOf } from '../../src/features/help/region-calendars'

const calendars = regionCalendarsOf(REGION_CALENDARS)

test('the generated calendars match the region files (run scripts/make-region-calendars.ts when this fails)', () => {
  expect(REGION_CALENDARS).toEqual(regionCalendars())
})

test('every region with a file can be chosen, by its name', () => {
  expect(calendars.choices).toEqual(
    REGION_CODES.map((adcode) => ({ adcode, name: regionRulesFor(adcode)?.name })),
  )
})

test('a county or city without a file of its own falls back as the region files do', () => {
  const codes = REGION_CODES.flatMap((code) => [code, `${code.slice(0, 4)}99`, `${code.slice(0, 2)}9900`])
  for (const code of [...codes, '990000'])
    expect(calendars.calendarFor(code)?.adcode).toBe(regionRulesFor(code)?.adcode)
})

test('on any day, the panel says what the full region file would: the period, its days left, and whether money is taken', () => {
  const day = fc.integer({ min: 0, max: 3 * 366 }).map((offset) => addDays('2024-06-01', offset))
  fc.assert(
    fc.property(fc.constantFrom(...REGION_CODES), day, (adcode, today) => {
      const region = regionRulesFor(adcode)
      const calendar = calendars.calendarFor(adcode)
      if (!region || !calendar) throw new Error(`no calendar for ${adcode}`)
      expect(collectionStatus(calendar, today)).toEqual(collectionStatus(region, today))
      for (const { benefitYear } of region.years)
        expect(paymentDayStatus(calendar, benefitYear, today)).toEqual(
          paymentDayStatus(region, benefitYear, today),
        )
    }),
  )
})
