/** The only caller of Taro.requestPayment; its callback is a hint, never proof of payment. */
import Taro from '@tarojs/taro'
import type { PaymentPort } from '../services/ports'

export const wechatPayment: PaymentPort = {
  async requestPayment(params) {
    try {
      await Taro.requestPayment(params)
      return 'completed'
    } catch (error) {
      const message = String((error as { errMsg?: string })?.errMsg ?? '')
      return message.includes('cancel') ? 'cancelled' : 'failed'
    }
  },
}
