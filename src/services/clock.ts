/** Clocks: the real one (China Standard Time) and the mock bureau's fixed date. */
import type { Clock } from './ports'

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export const systemClock: Clock = {
  today() {
    // Residents and bureaus live on UTC+8 whatever the device's zone.
    return new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10)
  },
  sleep,
  now: () => Date.now(),
}

export function fixedDateClock(date: string): Clock {
  return { today: () => date, sleep, now: () => Date.now() }
}
