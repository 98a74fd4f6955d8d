import { useEffect, useState } from 'react'

const secondsUntil = (at: number | undefined): number =>
  at === undefined ? 0 : Math.max(0, Math.ceil((at - Date.now()) / 1000))

/**
 * Whole seconds until `at` (ms since the epoch), re-rendering once a second
 * while it counts down; 0 once it has passed or when there is nothing to wait for.
 */
export function useSecondsUntil(at: number | undefined): number {
  const [, setTick] = useState(0)
  useEffect(() => {
    if (secondsUntil(at) === 0) return undefined
    const timer = setInterval(() => {
      setTick((tick) => tick + 1)
      if (secondsUntil(at) === 0) clearInterval(timer)
    }, 1000)
    return () => clearInterval(timer)
  }, [at])
  return secondsUntil(at)
}
