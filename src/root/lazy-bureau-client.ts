/**
 * A bureau client whose code loads with its first call (load-bureau-client*.ts,
 * H5: zod and the wire schemas stay out of the first load). Every operation of
 * the client is an async function answering a Result, so callers cannot tell
 * this one from the loaded one. A chunk that fails to load (the phone went
 * offline) answers a network error, as the request itself would have, and the
 * next call tries the load again.
 */
import type { BureauClient } from '../services/bureau-client'
import { err } from '../services/gateway-errors'

type Operation = (...args: unknown[]) => Promise<unknown>

export function lazyBureauClient(load: () => Promise<BureauClient>): BureauClient {
  let loading: Promise<BureauClient> | undefined
  const loaded = () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined
      throw error
    })
    return loading
  }
  const operations = new Map<string, Operation>()
  return new Proxy({} as BureauClient, {
    get(_target, name) {
      // Not a thenable (`await client` stays the client), nor anything but an operation.
      if (typeof name !== 'string' || name === 'then') return undefined
      let operation = operations.get(name)
      if (!operation) {
        operation = (...args) =>
          loaded().then(
            (client) => (client[name as keyof BureauClient] as Operation)(...args),
            () => err({ kind: 'network' as const }),
          )
        operations.set(name, operation)
      }
      return operation
    },
  })
}
