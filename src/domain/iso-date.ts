/**
 * Calendar arithmetic on YYYY-MM-DD strings, as the rules count: whole days
 * and calendar months (a month added to 31 March ends on 30 April). Written
 * out rather than through dayjs because the rules engine runs it for every
 * back-year option of every quote, and parsing dominated its time.
 */
const parts = (date: string): [number, number, number] => [
  Number(date.slice(0, 4)),
  Number(date.slice(5, 7)),
  Number(date.slice(8, 10)),
]

const pad = (value: number) => (value < 10 ? `0${value}` : String(value))
const format = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`
const utcDay = (date: string) => {
  const [year, month, day] = parts(date)
  return Date.UTC(year, month - 1, day) / 86_400_000
}

/** Days in `month` (1–12) of `year`, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export function addMonths(date: string, months: number): string {
  const [year, month, day] = parts(date)
  const index = year * 12 + (month - 1) + months
  const toYear = Math.floor(index / 12)
  const toMonth = (index % 12) + 1
  return format(toYear, toMonth, Math.min(day, daysInMonth(toYear, toMonth)))
}

export function addDays(date: string, days: number): string {
  return new Date((utcDay(date) + days) * 86_400_000).toISOString().slice(0, 10)
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return utcDay(to) - utcDay(from)
}

/** Full years between two dates (a birthday counts on the day itself; 29 February on 1 March). */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4))
  return today.slice(5) >= birthDate.slice(5) ? years : years - 1
}
