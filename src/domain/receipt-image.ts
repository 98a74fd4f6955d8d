/**
 * The picture of a receipt that 保存为图片 draws: what text goes where, and the
 * QR code's modules, as plain data a canvas adapter paints. It is given only
 * what the receipt screen shows masked, and draws no ID number at all, so no
 * saved picture carries a full name or ID.
 */
import { formatYuan, type Fen } from './money'

export interface ReceiptImageFacts {
  receiptNo: string
  verificationCode: string
  issuer: string
  maskedPayerName: string
  maskedInsuredName: string
  amountFen: Fen
  benefitYear: number
  paidAt: string
}

export interface DrawnText {
  text: string
  x: number
  y: number
  sizePx: number
  bold?: boolean
  align: 'left' | 'right' | 'center'
  colour: string
}

export interface ReceiptDrawing {
  widthPx: number
  heightPx: number
  background: string
  texts: DrawnText[]
  /** Dark modules of the QR code, each a `cellPx` square from (x, y), on a white quiet zone. */
  qr: { x: number; y: number; cellPx: number; modules: readonly (readonly boolean[])[] }
}

const WIDTH = 750
const MARGIN = 48
const INK = '#1a1a1a'
const MUTED = '#4d4d4d'
const ROW_HEIGHT = 56
/** The QR code's side on the picture; its modules are scaled to whole pixels within it. */
const QR_SIDE = 300

export const RECEIPT_IMAGE_TITLE = '城乡居民基本医疗保险缴费电子凭证'
export const RECEIPT_IMAGE_HINT = '凭二维码或凭证号、校验码，可在“医保缴费”中查验本凭证'

export function receiptDrawing(
  facts: ReceiptImageFacts,
  modules: readonly (readonly boolean[])[],
): ReceiptDrawing {
  const texts: DrawnText[] = [
    { text: RECEIPT_IMAGE_TITLE, x: WIDTH / 2, y: 96, sizePx: 34, bold: true, align: 'center', colour: INK },
    {
      text: `${formatYuan(facts.amountFen)} 元`,
      x: WIDTH / 2,
      y: 190,
      sizePx: 64,
      bold: true,
      align: 'center',
      colour: INK,
    },
  ]
  const rows: Array<[string, string]> = [
    ['参保人', facts.maskedInsuredName],
    ['缴费人', facts.maskedPayerName],
    ['缴费年度', `${facts.benefitYear}年度`],
    ['凭证号', facts.receiptNo],
    ['校验码', facts.verificationCode],
    ['缴费时间', facts.paidAt],
    ['出具单位', facts.issuer],
  ]
  rows.forEach(([label, value], index) => {
    const y = 280 + index * ROW_HEIGHT
    texts.push({ text: label, x: MARGIN, y, sizePx: 28, align: 'left', colour: MUTED })
    texts.push({ text: value, x: WIDTH - MARGIN, y, sizePx: 28, align: 'right', colour: INK })
  })
  const count = Math.max(1, modules.length)
  const cellPx = Math.max(1, Math.floor(QR_SIDE / count))
  const side = cellPx * count
  // Readers want four modules of white around the code: nothing is drawn there.
  const quietZone = 4 * cellPx
  const qrTop = 280 + (rows.length - 0.5) * ROW_HEIGHT + quietZone
  texts.push({
    text: RECEIPT_IMAGE_HINT,
    x: WIDTH / 2,
    y: qrTop + side + quietZone + 16,
    sizePx: 24,
    align: 'center',
    colour: MUTED,
  })
  return {
    widthPx: WIDTH,
    heightPx: qrTop + side + quietZone + 64,
    background: '#ffffff',
    texts,
    qr: { x: (WIDTH - side) / 2, y: qrTop, cellPx, modules },
  }
}
