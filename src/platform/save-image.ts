/**
 * 保存为图片 on weapp: the receipt is painted on an offscreen 2D canvas, turned
 * into a temporary PNG (wx.canvasToTempFilePath) and saved to the phone's
 * album (wx.saveImageToPhotosAlbum). Saving needs the album permission
 * (scope.writePhotosAlbum): WeChat asks the first time; once refused it fails
 * at once, and only WeChat's settings page (wx.openSetting) can grant it again.
 */
import Taro from '@tarojs/taro'
import type { ReceiptDrawing } from '../domain/receipt-image'
import { paintDrawing, type Context2d } from './paint-drawing'

export type SaveImageOutcome =
  | { kind: 'saved' }
  /** The resident refused the album permission (now or before). */
  | { kind: 'denied' }
  | { kind: 'failed' }

/** What the button says, and what a saved picture is called on screen. */
export const SAVE_IMAGE_LABEL = '保存图片到相册'
export const SAVED_MESSAGE = '已保存到手机相册。'
/** Only weapp can send the resident to the permission; H5 downloads need none. */
export const CAN_OPEN_SETTINGS = true

const errMsgOf = (error: unknown): string => {
  const message = (error as { errMsg?: unknown } | undefined)?.errMsg
  return typeof message === 'string' ? message : ''
}

export async function saveReceiptImage(
  drawing: ReceiptDrawing,
  _receiptNo: string,
): Promise<SaveImageOutcome> {
  let filePath: string
  try {
    const canvas = Taro.createOffscreenCanvas({
      type: '2d',
      width: drawing.widthPx,
      height: drawing.heightPx,
    })
    paintDrawing(canvas.getContext('2d') as unknown as Context2d, drawing)
    // The offscreen 2D canvas stands where a <canvas type="2d"> node would (base library ≥ 2.16.1).
    const file = await Taro.canvasToTempFilePath({
      canvas: canvas as unknown as Taro.Canvas,
      fileType: 'png',
    })
    filePath = file.tempFilePath
  } catch {
    return { kind: 'failed' }
  }
  try {
    await Taro.saveImageToPhotosAlbum({ filePath })
    return { kind: 'saved' }
  } catch (error) {
    // "saveImageToPhotosAlbum:fail auth deny" (refused now) or "…:fail authorize no response" / "auth denied" (before).
    return /auth|authorize|permission/i.test(errMsgOf(error)) ? { kind: 'denied' } : { kind: 'failed' }
  }
}

/** WeChat's settings page for this mini program, where the album permission can be turned on. */
export function openPermissionSettings(): void {
  void Taro.openSetting().catch(() => undefined)
}
