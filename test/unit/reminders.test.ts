/**
 * Reminders: their days (pure), the weapp template ids from config, and the H5
 * calendar file, read back by a strict RFC 5545 reader written here (content
 * lines, folding, escaping, component nesting) so a calendar that follows the
 * standard reads what we meant.
 */
import fc from 'fast-check'
import { calendarFile, escapeText, foldLine, type CalendarEvent } from '../../src/domain/calendar-file'
import { waitingEndsReminder, windowClosingReminder } from '../../src/domain/reminders'
import { parseReminderTemplates } from '../../src/config/reminders'
import { reminderEntry } from '../../src/features/reminders/copy/reminder-copy'
import { seed } from '../support/seed'

interface Property {
  name: string
  params: Record<string, string>
  value: string
}
interface Component {
  name: string
  properties: Property[]
  components: Component[]
}

/** RFC 5545 3.3.11: TEXT unescaped. */
const unescapeText = (value: string): string =>
  value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char))

/** A strict reader: CRLF only, ≤ 75 octets a line, folds joined, components balanced. */
function readCalendar(bytes: Uint8Array): Component {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  if (!text.endsWith('\r\n')) throw new Error('the file does not end with CRLF')
  const physical = text.slice(0, -2).split('\r\n')
  for (const line of physical) {
    if (line.includes('\n') || line.includes('\r'))
      throw new Error(`a bare line break in ${JSON.stringify(line)}`)
    if (new TextEncoder().encode(line).length > 75) throw new Error(`longer than 75 octets: ${line}`)
  }
  const logical: string[] = []
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) logical[logical.length - 1] += line.slice(1)
    else logical.push(line)
  }
  const root: Component = { name: '', properties: [], components: [] }
  const stack = [root]
  for (const line of logical) {
    const match = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=[^;:]*)*):(.*)$/.exec(line)
    if (!match) throw new Error(`not a content line: ${line}`)
    const [, name = '', paramText = '', value = ''] = match
    const params = Object.fromEntries(
      paramText
        .split(';')
        .filter(Boolean)
        .map((param) => param.split('=') as [string, string]),
    )
    const current = stack[stack.length - 1]!
    if (name === 'BEGIN') {
      const component: Component = { name: value, properties: [], components: [] }
      current.components.push(component)
      stack.push(component)
    } else if (name === 'END') {
      if (current.name !== value) throw new Error(`END:${value} closes ${current.name}`)
      stack.pop()
    } else current.properties.push({ name, params, value })
  }
  if (stack.length !== 1 || root.components.length !== 1) throw new Error('components are not balanced')
  return root.components[0]!
}

const prop = (component: Component, name: string): Property | undefined =>
  component.properties.find((property) => property.name === name)

const EVENTS: CalendarEvent[] = [
  reminderEntry(windowClosingReminder(2026, '2025-12-31', '2025-11-20')!),
  reminderEntry(waitingEndsReminder(2026, '2026-06-01', '2025-11-20')!),
].map(({ reminder, summary, description }) => ({
  uid: `${reminder.kind}-${reminder.about}`,
  on: reminder.on,
  summary,
  description,
}))

describe('reminder days', () => {
  test('the window: 7 days before its last day; today if that has passed; none after it', () => {
    expect(windowClosingReminder(2026, '2025-12-31', '2025-11-20')).toEqual({
      kind: 'window-closing',
      benefitYear: 2026,
      on: '2025-12-24',
      about: '2025-12-31',
    })
    expect(windowClosingReminder(2026, '2025-12-31', '2025-12-28')?.on).toBe('2025-12-28')
    expect(windowClosingReminder(2026, '2025-12-31', '2026-01-01')).toBeUndefined()
  })

  test('a waiting period: on the first day of cover, only when cover starts after the year’s first day and later than today', () => {
    expect(waitingEndsReminder(2026, '2026-06-01', '2026-03-02')).toEqual({
      kind: 'waiting-ends',
      benefitYear: 2026,
      on: '2026-06-01',
      about: '2026-06-01',
    })
    expect(waitingEndsReminder(2026, '2026-01-01', '2025-11-20')).toBeUndefined()
    expect(waitingEndsReminder(2026, '2026-06-01', '2026-06-01')).toBeUndefined()
  })
})

describe('weapp template ids (src/config/reminders.ts)', () => {
  test('unset or malformed ids are empty: that build has no WeChat reminders', () => {
    expect(parseReminderTemplates({})).toEqual({ 'window-closing': '', 'waiting-ends': '' })
    expect(
      parseReminderTemplates({
        window: 'not an id!',
        waiting: 'zun-LzcQyW-edafCVvzPkK4de2Rllr1fFpw2A_x0oXE',
      }),
    ).toEqual({
      'window-closing': '',
      'waiting-ends': 'zun-LzcQyW-edafCVvzPkK4de2Rllr1fFpw2A_x0oXE',
    })
  })
})

describe('the calendar file (.ics, RFC 5545)', () => {
  const bytes = new TextEncoder().encode(calendarFile(EVENTS, Date.UTC(2025, 10, 20, 2, 0, 0)))
  const calendar = readCalendar(bytes)

  test('a VCALENDAR 2.0 with PRODID, one VEVENT per reminder, all-day on its day', () => {
    expect(calendar.name).toBe('VCALENDAR')
    expect(prop(calendar, 'VERSION')?.value).toBe('2.0')
    expect(prop(calendar, 'PRODID')?.value).toBeTruthy()
    const events = calendar.components.filter((component) => component.name === 'VEVENT')
    expect(events).toHaveLength(2)
    expect(
      events.map((event) => [
        prop(event, 'DTSTART')?.params.VALUE,
        prop(event, 'DTSTART')?.value,
        prop(event, 'DTEND')?.value,
        prop(event, 'DTSTAMP')?.value,
      ]),
    ).toEqual([
      ['DATE', '20251224', '20251225', '20251120T020000Z'],
      ['DATE', '20260601', '20260602', '20251120T020000Z'],
    ])
    // Stable UIDs: downloading again updates the events instead of adding copies.
    expect(events.map((event) => prop(event, 'UID')?.value)).toEqual([
      'window-closing-2025-12-31@yibao-jiaofei.invalid',
      'waiting-ends-2026-06-01@yibao-jiaofei.invalid',
    ])
  })

  test('each event carries a display alarm at 09:00 on its day, and its Chinese words read back exactly', () => {
    const events = calendar.components.filter((component) => component.name === 'VEVENT')
    events.forEach((event, index) => {
      expect(unescapeText(prop(event, 'SUMMARY')?.value ?? '')).toBe(EVENTS[index]!.summary)
      expect(unescapeText(prop(event, 'DESCRIPTION')?.value ?? '')).toBe(EVENTS[index]!.description)
      const [alarm] = event.components
      expect(alarm?.name).toBe('VALARM')
      expect(prop(alarm!, 'ACTION')?.value).toBe('DISPLAY')
      expect(prop(alarm!, 'TRIGGER')).toEqual({
        name: 'TRIGGER',
        params: { RELATED: 'START' },
        value: 'PT9H',
      })
      expect(prop(alarm!, 'DESCRIPTION')?.value).toBeTruthy()
    })
    expect(unescapeText(prop(events[0]!, 'SUMMARY')!.value)).toBe(
      '医保缴费提醒：2026年度缴费期2025年12月31日结束',
    )
  })

  test('nothing personal in it: no name, ID number or amount of any seeded resident', () => {
    const text = new TextDecoder().decode(bytes)
    for (const name of ['林晓华', '黄建国', '陈玉珍']) {
      expect(text).not.toContain(name)
      expect(text).not.toContain(seed(name).idNumber)
    }
    expect(text).not.toMatch(/元|\*\*/)
  })

  test('folding keeps every character whole and every line within 75 octets, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const line = `DESCRIPTION:${escapeText(text)}`
        const folded = foldLine(line)
        for (const physical of folded.split('\r\n'))
          expect(new TextEncoder().encode(physical).length).toBeLessThanOrEqual(75)
        expect(folded.replace(/\r\n /g, '')).toBe(line)
        const expected = text
          .replace(/\r\n|\r|\n/g, '\n')
          // eslint-disable-next-line no-control-regex
          .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
        expect(unescapeText(line.slice('DESCRIPTION:'.length))).toBe(expected)
      }),
    )
  })
})
