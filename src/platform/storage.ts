/**
 * The only code touching Taro storage, as a zustand StateStorage (weapp has no
 * localStorage). What goes in is decided by the stores' `partialize`: never a
 * raw name or ID number.
 */
import Taro from '@tarojs/taro'

export interface KeyValueStorage {
  getItem(name: string): string | null
  setItem(name: string, value: string): void
  removeItem(name: string): void
}

export const taroStorage: KeyValueStorage = {
  getItem(name) {
    const value: unknown = Taro.getStorageSync(name)
    return typeof value === 'string' && value !== '' ? value : null
  },
  setItem(name, value) {
    Taro.setStorageSync(name, value)
  },
  removeItem(name) {
    Taro.removeStorageSync(name)
  },
}
