/**
 * An iCalendar file (RFC 5545) of all-day reminders, for the H5 app's
 * 下载日历提醒: each event on its day with a display alarm at 09:00 (VALARM),
 * UTF-8, CRLF line ends, lines folded at 75 octets without splitting a
 * character, TEXT values escaped. UIDs are derived from what the reminder is
 * about, so downloading again updates the event instead of adding a second.
 * The caller passes only what may leave the app: no name, ID or amount.
 */

export interface CalendarEvent {
  /** Unique and stable for what it is about (e.g. `waiting-ends-2026-06-01`); ASCII. */
  uid: string
  /** The day, YYYY-MM-DD. */
  on: string
  summary: string
  description: string
}

const CRLF = '\r\n'
const MAX_OCTETS = 75
const PRODID = '-//yibao-jiaofei//reminders//ZH'
const UID_DOMAIN = 'yibao-jiaofei.invalid'

/**
 * TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma, and any line
 * break as \n; other control characters are not allowed in TEXT and are dropped.
 */
export const escapeText = (text: string): string =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')

/** UTF-8 length of one character (code point). */
function octets(char: string): number {
  const code = char.codePointAt(0) ?? 0
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
}

/** Folds one content line (RFC 5545 3.1): at most 75 octets a line, never inside a character. */
export function foldLine(line: string): string {
  const lines: string[] = []
  let current = ''
  let size = 0
  for (const char of line) {
    const width = octets(char)
    // A continuation line starts with one space, which counts toward its 75.
    if (size + width > MAX_OCTETS) {
      lines.push(current)
      current = ' '
      size = 1
    }
    current += char
    size += width
  }
  lines.push(current)
  return lines.join(CRLF)
}

const basicDate = (isoDate: string): string => isoDate.replace(/-/g, '')

function nextDay(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString().slice(0, 10)
}

/** DTSTAMP: when the file was made, in UTC (YYYYMMDDTHHMMSSZ). */
const utcStamp = (nowMs: number): string =>
  new Date(nowMs)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

function eventLines(event: CalendarEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}@${UID_DOMAIN}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${basicDate(event.on)}`,
    `DTEND;VALUE=DATE:${basicDate(nextDay(event.on))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    // A reminder takes no time: the calendar does not show the day as busy.
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(event.summary)}`,
    // Relative to the start of an all-day event: 09:00 on the day.
    'TRIGGER;RELATED=START:PT9H',
    'END:VALARM',
    'END:VEVENT',
  ]
}

/** The whole file as text (encode it as UTF-8). */
export function calendarFile(events: readonly CalendarEvent[], nowMs: number): string {
  const stamp = utcStamp(nowMs)
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join(CRLF) + CRLF
}
