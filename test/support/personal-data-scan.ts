/**
 * What a stolen phone's storage would give away: the personal data of a
 * resident found in saved text, as it is or rebuilt. A birth date is looked for
 * in every usual spelling; an ID number is rebuilt the way an attacker would,
 * from a masked ID (first 3 and last 4 characters: the last 4 are the sequence
 * and check characters), a six-digit region code and a birth date found
 * anywhere in the same text.
 */
import { checkCharacter } from '../../src/domain/id-number'

export interface Person {
  name: string
  idNumber: string
}

/** 1990-03-07 as people and programs write it. */
export function birthDateSpellings(idNumber: string): string[] {
  const [year, month, day] = [idNumber.slice(6, 10), idNumber.slice(10, 12), idNumber.slice(12, 14)]
  const m = String(Number(month))
  const d = String(Number(day))
  return [
    `${year}${month}${day}`,
    ...['-', '/', '.'].flatMap((sep) => [`${year}${sep}${month}${sep}${day}`, `${year}${sep}${m}${sep}${d}`]),
    `${year}年${month}月${day}日`,
    `${year}年${m}月${d}日`,
  ]
}

const validDate = (year: number, month: number, day: number) =>
  year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31

/** Every date written in the text, as YYYYMMDD: separated forms, and any 8 digits in a row that read as one. */
export function datesIn(text: string): Set<string> {
  const dates = new Set<string>()
  const add = (year: string, month: string, day: string) => {
    if (validDate(Number(year), Number(month), Number(day)))
      dates.add(`${year}${month.padStart(2, '0')}${day.padStart(2, '0')}`)
  }
  for (const [, year, month, day] of text.matchAll(/(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/g))
    if (year && month && day) add(year, month, day)
  for (const [run] of text.matchAll(/\d{8,}/g))
    for (let at = 0; at + 8 <= run.length; at += 1)
      add(run.slice(at, at + 4), run.slice(at + 4, at + 6), run.slice(at + 6, at + 8))
  return dates
}

/** Every ID number that the masked IDs, region codes and dates in the text put together, with a valid check character. */
export function rebuiltIdNumbers(text: string): Set<string> {
  const regions = new Set([...text.matchAll(/(?<!\d)\d{6}(?!\d)/g)].map(([code]) => code))
  const dates = datesIn(text)
  const rebuilt = new Set<string>()
  for (const [, head, tail] of text.matchAll(/(\d{3})\*{11}(\d{3}[\dX])/g)) {
    if (!head || !tail) continue
    for (const region of regions) {
      if (!region.startsWith(head)) continue
      for (const date of dates) {
        const candidate = `${region}${date}${tail}`
        if (checkCharacter(candidate.slice(0, 17)) === candidate[17]) rebuilt.add(candidate)
      }
    }
  }
  return rebuilt
}

/** What the text gives away about `person`; empty when nothing. */
export function personalDataIn(text: string, person: Person): string[] {
  const found: string[] = []
  if (text.includes(person.idNumber)) found.push(`the ID number ${person.idNumber}`)
  if (text.includes(person.name)) found.push(`the name ${person.name}`)
  for (const spelling of birthDateSpellings(person.idNumber))
    if (text.includes(spelling)) found.push(`the birth date as ${spelling}`)
  if (rebuiltIdNumbers(text).has(person.idNumber)) found.push(`the ID number ${person.idNumber}, rebuilt`)
  return found
}
