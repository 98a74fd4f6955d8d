/**
 * The release variant (weapp): HTTP to the bureau at TARO_APP_GATEWAY_URL,
 * WeChat Pay and WeChat's face verification, on the device's clock. Nothing
 * simulated: no cashier sheet, no demonstration data.
 */
import { systemClock } from '../services/clock'
import { noPhotoUpload } from '../platform/photo-upload'
import { wechatFace } from '../platform/wechat-face'
import { wechatPayment } from '../platform/wechat-payment'
import type { WireGateway } from './gateway-wiring'
import { httpTransport } from './http-transport'

export const releaseWiring: WireGateway = () => ({
  transport: httpTransport(),
  payment: wechatPayment,
  clock: systemClock,
  // wx.requestFacialVerify on the verifyId the bureau started (two-phase face verification).
  face: wechatFace,
  // No upload endpoint of a real bureau is known yet: a child's binding says so instead of pretending.
  photo: noPhotoUpload,
  familyAidOverlay: {},
})
