/**
 * When the bureau's maintenance ends. A MAINTENANCE refusal says until when
 * as HH:mm on the bureau's clock (China, UTC+8, whatever the device's zone).
 * The end is the occurrence of that time nearest to now: if it is ahead, the
 * resident waits until then; if it has just passed (a device clock a little
 * ahead, an answer read late), the wait is over. A maintenance answer comes
 * during the maintenance, so an end more than 12 hours away in either
 * direction cannot be meant: the nearest occurrence is always within 12 hours.
 */
const CHINA_OFFSET_MS = 8 * 3600 * 1000
const DAY_MS = 24 * 3600 * 1000

/** The end of maintenance (ms since the epoch), or undefined when it has passed or `until` is not HH:mm. */
export function maintenanceEndsAt(until: string, now: number): number | undefined {
  const match = /^(\d{2}):(\d{2})$/.exec(until)
  if (!match) return undefined
  const hours = Number(match[1])
  const minutes = Number(match[2])
  if (hours > 23 || minutes > 59) return undefined
  const chinaMidnight = Math.floor((now + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS - CHINA_OFFSET_MS
  const today = chinaMidnight + (hours * 60 + minutes) * 60_000
  const nearest = [today - DAY_MS, today, today + DAY_MS].reduce((best, candidate) =>
    Math.abs(candidate - now) < Math.abs(best - now) ? candidate : best,
  )
  return nearest > now ? nearest : undefined
}
