/**
 * The only code touching Taro storage, as a key-value store the zustand stores
 * persist through (weapp has no localStorage). What goes in is decided by the
 * stores' `partialize`: never a raw name, ID number or birth date.
 *
 * A write can fail (WeChat refuses past 10 MB per mini program; a browser's
 * localStorage throws when full or in some private modes). A failed write must
 * not take the action that caused it down with it: `guardWrites` catches it,
 * the app carries on with what it holds in memory, and the resident is told
 * once per launch that their progress is not kept on this phone.
 */
import Taro from '@tarojs/taro'
import { guardWrites, type KeyValueStorage } from './key-value-storage'
import { showNotSaved } from './show-not-saved'

export type { KeyValueStorage }

const rawTaroStorage: KeyValueStorage = {
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
  keys: () => Taro.getStorageInfoSync().keys,
}

export const NOT_SAVED_TITLE = '未能保存到手机'
export const NOT_SAVED_MESSAGE =
  '手机存储空间不足，刚才的进度没有保存在本机。本次办理不受影响；如果关闭小程序，可能需要重新认证。清理手机存储空间后即可恢复保存。'

/** Told once per launch: a full storage fails every write, and one notice says all there is to say. */
let residentTold = false

function tellResidentNotSaved(): void {
  if (residentTold) return
  residentTold = true
  void showNotSaved(NOT_SAVED_TITLE, NOT_SAVED_MESSAGE).catch(() => undefined)
}

/** Any storage, guarded, whose failed writes the resident is told about. */
export const guardedStorage = (storage: KeyValueStorage): KeyValueStorage =>
  guardWrites(storage, tellResidentNotSaved)

export const taroStorage: KeyValueStorage = guardedStorage(rawTaroStorage)
