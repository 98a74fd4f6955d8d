/** A key-value storage in memory, standing in for Taro storage: stores persist here, and tests read `items`. */
import type { KeyValueStorage } from '../../src/platform/storage'

export interface MemoryStorage extends KeyValueStorage {
  items: Map<string, string>
}

export function memoryStorage(): MemoryStorage {
  const items = new Map<string, string>()
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value)
    },
    removeItem: (key) => {
      items.delete(key)
    },
    keys: () => [...items.keys()],
  }
}
