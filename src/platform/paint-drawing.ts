/**
 * Paints a ReceiptDrawing on a 2D canvas context: WeChat's offscreen canvas
 * and the browser's both take these calls. The drawing leaves the QR code's
 * quiet zone blank; the background makes it white.
 */
import type { ReceiptDrawing } from '../domain/receipt-image'

/** The part of a 2D context used here (WeChat's and the browser's both have it). */
export interface Context2d {
  fillStyle: unknown
  font: string
  textAlign: string
  textBaseline: string
  fillRect(x: number, y: number, width: number, height: number): void
  fillText(text: string, x: number, y: number): void
}

const FONT_FAMILY = '"PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif'

export function paintDrawing(context: Context2d, drawing: ReceiptDrawing): void {
  context.fillStyle = drawing.background
  context.fillRect(0, 0, drawing.widthPx, drawing.heightPx)
  context.textBaseline = 'middle'
  for (const text of drawing.texts) {
    context.fillStyle = text.colour
    context.font = `${text.bold ? 'bold ' : ''}${text.sizePx}px ${FONT_FAMILY}`
    context.textAlign = text.align
    context.fillText(text.text, text.x, text.y)
  }
  const { x, y, cellPx, modules } = drawing.qr
  context.fillStyle = '#000000'
  modules.forEach((row, rowIndex) =>
    row.forEach((dark, columnIndex) => {
      if (dark) context.fillRect(x + columnIndex * cellPx, y + rowIndex * cellPx, cellPx, cellPx)
    }),
  )
}

/** The file name a saved receipt gets: its number only, nothing personal. */
export const receiptFileName = (receiptNo: string): string => `医保缴费电子凭证-${receiptNo}.png`
