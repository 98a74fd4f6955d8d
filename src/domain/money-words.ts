/**
 * Amounts as spoken Chinese words, for 朗读: 38000 fen → 三百八十元整,
 * 46050 fen → 四百六十元五角, 10005 fen → 一百元零五分. Plain numerals (一二三),
 * not the 大写 of cheques: this is what a listener hears. Each character is
 * also one recorded clip on weapp, so the words are built from a fixed set.
 */
import type { Fen } from './money'

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const
const PLACES = ['', '十', '百', '千'] as const
/** Units of each group of four digits, from the right: 个, 万, 亿, 万亿. */
const GROUP_UNITS = ['', '万', '亿', '万亿'] as const

/** Every character `fenToChineseWords` can produce: the weapp clip set. */
export const MONEY_WORD_CHARACTERS: readonly string[] = [
  ...DIGITS,
  '十',
  '百',
  '千',
  '万',
  '亿',
  '元',
  '角',
  '分',
  '整',
]

/** 0–9999 → words; a group inside a larger number keeps its leading 零 (一千零五). */
function groupWords(value: number): string {
  let words = ''
  let pendingZero = false
  for (let place = 3; place >= 0; place -= 1) {
    const digit = Math.floor(value / 10 ** place) % 10
    if (digit === 0) {
      pendingZero = words !== ''
      continue
    }
    if (pendingZero) words += '零'
    pendingZero = false
    words += `${DIGITS[digit]}${PLACES[place]}`
  }
  return words
}

/** A whole number as spoken: 10 → 十, 110000 → 十一万, 100010 → 十万零一十, 0 → 零. */
export function integerToChineseWords(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`不能朗读的数：${value}`)
  if (value === 0) return DIGITS[0]
  const groups: number[] = []
  for (let rest = value; rest > 0; rest = Math.floor(rest / 10_000)) groups.push(rest % 10_000)
  let words = ''
  let zeroBefore = false
  for (let index = groups.length - 1; index >= 0; index -= 1) {
    const group = groups[index] ?? 0
    if (group === 0) {
      zeroBefore = words !== ''
      continue
    }
    // A gap in the middle (一万零五, 一亿零三百万) is said once as 零.
    if (words !== '' && (zeroBefore || group < 1000)) words += '零'
    zeroBefore = false
    words += `${groupWords(group)}${GROUP_UNITS[index] ?? ''}`
  }
  // Spoken Chinese drops the 一 of a leading 一十: 十五, 十万, not 一十五.
  return words.startsWith('一十') ? words.slice(1) : words
}

/** Fen as spoken money: 元 and 整 for whole amounts, 角 and 分 otherwise. */
export function fenToChineseWords(amount: Fen): string {
  if (amount < 0) throw new RangeError(`金额不能为负：${amount}`)
  const yuan = Math.floor(amount / 100)
  const jiao = Math.floor(amount / 10) % 10
  const cents = amount % 10
  if (jiao === 0 && cents === 0) return `${integerToChineseWords(yuan)}元整`
  const yuanPart = yuan > 0 ? `${integerToChineseWords(yuan)}元` : ''
  const jiaoPart = jiao > 0 ? `${DIGITS[jiao]}角` : yuan > 0 ? '零' : ''
  const centsPart = cents > 0 ? `${DIGITS[cents]}分` : ''
  return `${yuanPart}${jiaoPart}${centsPart}`
}
