/** What a screen shows while something loads: nothing asked yet, loading, the answer, or why it failed. */
import type { GatewayError, Result } from '../services/gateway-errors'

export type Loadable<T, E = GatewayError> =
  { status: 'idle' } | { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: E }

export const LOADING = { status: 'loading' } as const

/** A service's answer as a Loadable: its value, or its error. */
export function toLoadable<T, E>(result: Result<T, E>): Loadable<T, E> {
  return result.ok ? { status: 'ready', data: result.value } : { status: 'error', error: result.error }
}
