/**
 * A test oracle: reads spoken Chinese money words back into fen, written
 * independently of src/domain/money-words.ts (it multiplies out units
 * instead of building groups), so a round trip checks both.
 */
const DIGIT_VALUES: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }
const BIG_UNITS: Record<string, number> = { 万: 10_000, 亿: 100_000_000 }

/** '十万零一十' → 100010; '一亿零一万' → 100010000; throws on a character it does not know. */
export function parseChineseInteger(words: string): number {
  let total = 0 // completed parts above the current big unit
  let section = 0 // the part below the current big unit
  let digit = 0
  for (const char of words) {
    if (char in DIGIT_VALUES) {
      digit = DIGIT_VALUES[char] ?? 0
    } else if (char in SMALL_UNITS) {
      section += (digit === 0 ? 1 : digit) * (SMALL_UNITS[char] ?? 0)
      digit = 0
    } else if (char in BIG_UNITS) {
      const unit = BIG_UNITS[char] ?? 0
      section += digit
      digit = 0
      // 万亿: 万 applies to what came before 亿 as well.
      if (unit > total && total > 0) total = (total + section) * unit
      else total += section * unit
      section = 0
    } else {
      throw new Error(`unexpected character ${char} in ${words}`)
    }
  }
  return total + section + digit
}

/** '一百元零五分' → 10005; '五角' → 50; '零元整' → 0. */
export function parseChineseMoney(words: string): number {
  const match = /^(?:(.+)元)?(?:零)?(?:(.)角)?(?:(.)分)?(整)?$/.exec(words)
  if (!match) throw new Error(`not money words: ${words}`)
  const [, yuan = '', jiao = '', cents = ''] = match
  const digit = (char: string) => (char ? (DIGIT_VALUES[char] ?? Number.NaN) : 0)
  return (yuan ? parseChineseInteger(yuan) : 0) * 100 + digit(jiao) * 10 + digit(cents)
}
