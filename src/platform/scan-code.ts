/**
 * Reads a QR code for 电子凭证查验. weapp: WeChat's own scanner (wx.scanCode),
 * which also lets the resident pick a photo from the album. H5 reads a photo
 * instead (scan-code.h5.ts). What the code says is not checked here.
 */
import Taro from '@tarojs/taro'

export type ScanOutcome =
  | { kind: 'text'; text: string }
  /** The resident closed the scanner or chose no photo. */
  | { kind: 'cancelled' }
  /** A photo with no QR code that could be read, or a scanner that failed. */
  | { kind: 'unreadable' }

export async function scanQrCode(): Promise<ScanOutcome> {
  try {
    const { result } = await Taro.scanCode({ scanType: ['qrCode'] })
    return result ? { kind: 'text', text: result } : { kind: 'unreadable' }
  } catch (error) {
    const message = (error as { errMsg?: unknown } | undefined)?.errMsg
    return typeof message === 'string' && message.includes('cancel')
      ? { kind: 'cancelled' }
      : { kind: 'unreadable' }
  }
}

/** What the button says: WeChat's scanner opens the camera (its album button takes a photo too). */
export const SCAN_LABEL = '扫描凭证二维码'
