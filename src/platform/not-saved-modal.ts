/** The modal that tells the resident their progress was not saved (storage.ts decides when). */
import Taro from '@tarojs/taro'

export function showNotSavedModal(title: string, content: string): Promise<void> {
  return Taro.showModal({ title, content, showCancel: false, confirmText: '知道了' }).then(() => undefined)
}
