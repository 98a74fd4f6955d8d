/**
 * 保存为图片 on H5: the receipt is painted on a canvas and downloaded as a PNG
 * through a link (browsers give a page no photo album). Named by the receipt
 * number only.
 */
import type { ReceiptDrawing } from '../domain/receipt-image'
import { paintDrawing, receiptFileName } from './paint-drawing'
import type { SaveImageOutcome } from './save-image'

export type { SaveImageOutcome } from './save-image'

export const SAVE_IMAGE_LABEL = '保存为图片（PNG）'
export const SAVED_MESSAGE = '图片已下载，可在浏览器的下载内容中找到。'
export const CAN_OPEN_SETTINGS = false

export async function saveReceiptImage(
  drawing: ReceiptDrawing,
  receiptNo: string,
): Promise<SaveImageOutcome> {
  const canvas = document.createElement('canvas')
  canvas.width = drawing.widthPx
  canvas.height = drawing.heightPx
  const context = canvas.getContext('2d')
  if (!context) return { kind: 'failed' }
  paintDrawing(context, drawing)
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
  if (!blob) return { kind: 'failed' }
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = receiptFileName(receiptNo)
  link.style.display = 'none'
  document.body.appendChild(link)
  link.click()
  link.remove()
  // The download has the blob by now; the address is let go after the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return { kind: 'saved' }
}

/** Browsers need no permission to download. */
export function openPermissionSettings(): void {}
