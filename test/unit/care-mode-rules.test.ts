import { isLargeFontSetting, qualifiesForCareOffer } from '../../src/domain/care-mode-rules'
import { ageOn } from '../../src/domain/iso-date'

describe('ageOn', () => {
  test.each([
    ['1960-01-01', '2025-11-20', 65],
    ['1965-11-20', '2025-11-20', 60], // the birthday itself counts
    ['1965-11-21', '2025-11-20', 59],
    ['1966-02-28', '2026-02-27', 59],
  ])('born %s, on %s: %i', (birthDate, today, age) => {
    expect(ageOn(birthDate, today)).toBe(age)
  })
})

test('the care offer is for residents aged 60 and over, from their 60th birthday', () => {
  expect(qualifiesForCareOffer('1965-11-20', '2025-11-20')).toBe(true)
  expect(qualifiesForCareOffer('1965-11-21', '2025-11-20')).toBe(false)
  expect(qualifiesForCareOffer('1952-06-15', '2025-11-20')).toBe(true)
})

test.each([
  [undefined, false],
  [16, false],
  [17, false],
  [19, false],
  [20, true],
  [24, true],
])('WeChat font setting %p px is large: %p', (px, large) => {
  expect(isLargeFontSetting(px)).toBe(large)
})
