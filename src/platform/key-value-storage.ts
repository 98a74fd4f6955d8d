/**
 * The key-value storage the stores persist through, and what works on any
 * such storage without Taro (so the stores and node tests can use it): a
 * guard that turns failed writes into a report, and clearing the resident's
 * data. The Taro storage itself is in storage.ts.
 */
export interface KeyValueStorage {
  getItem(name: string): string | null
  setItem(name: string, value: string): void
  removeItem(name: string): void
  /** Every key held, to clear the resident's data without a list to keep up to date. */
  keys(): string[]
}

/** Every key this app writes starts with this. */
export const APP_KEY_PREFIX = 'yibao-'

/**
 * The demo build's in-app mock bureau keeps its ledger under this key
 * (src/gateway/mock/mock-gateway.ts). It stands in for the bureau's server,
 * not for what the app knows about the resident: 撤回同意 leaves it, as a real
 * bureau keeps its payment records whatever the app on one phone does.
 */
export const BUREAU_STAND_IN_KEY = 'yibao-mock-bureau'

/**
 * `storage` whose failures are reported instead of thrown: a read that fails
 * reads as nothing saved, a write or removal that fails calls `onWriteFailed`.
 */
export function guardWrites(
  storage: KeyValueStorage,
  onWriteFailed: (name: string) => void,
): KeyValueStorage {
  return {
    getItem(name) {
      try {
        return storage.getItem(name)
      } catch {
        return null
      }
    },
    setItem(name, value) {
      try {
        storage.setItem(name, value)
      } catch {
        onWriteFailed(name)
      }
    },
    removeItem(name) {
      try {
        storage.removeItem(name)
      } catch {
        onWriteFailed(name)
      }
    },
    keys() {
      try {
        return storage.keys()
      } catch {
        return []
      }
    },
  }
}

/** The keys this app saved about the resident: all of its own but the bureau stand-in's ledger. */
export const residentDataKeys = (storage: KeyValueStorage): string[] =>
  storage.keys().filter((key) => key.startsWith(APP_KEY_PREFIX) && key !== BUREAU_STAND_IN_KEY)

/** 撤回同意并清除本机数据: removes those keys, and says which. */
export function removeResidentData(storage: KeyValueStorage): string[] {
  const removed = residentDataKeys(storage)
  removed.forEach((key) => storage.removeItem(key))
  return removed
}
