/**
 * What a receipt's QR code carries and what a checker may type, read back:
 * only our own payload is taken from a scan, typed input is read as the bureau
 * prints it, and the saved picture is laid out from masked facts only.
 */
import fc from 'fast-check'
import { fen } from '../../src/domain/money'
import {
  normaliseReceiptInput,
  parseReceiptQr,
  receiptInputProblems,
  receiptQrPayload,
} from '../../src/domain/receipt-code'
import { receiptDrawing } from '../../src/domain/receipt-image'

const CODE = fc.stringMatching(/^[0-9A-Z]{6}$/)
const NUMBER = fc.stringMatching(/^FJ\d{10,16}$/)

test('a payload made for a receipt reads back as that receipt', () => {
  fc.assert(
    fc.property(NUMBER, CODE, (receiptNo, verificationCode) => {
      expect(parseReceiptQr(receiptQrPayload(receiptNo, verificationCode))).toEqual({
        receiptNo,
        verificationCode,
      })
    }),
  )
})

test.each([
  ['another app’s code', 'https://example.com/FJ2026000001'],
  ['our prefix with a bad number', 'YBJF-RECEIPT:XX2026000001:ABC123'],
  ['our prefix with a bad code', 'YBJF-RECEIPT:FJ2026000001:AB-123'],
  ['an extra part', 'YBJF-RECEIPT:FJ2026000001:ABC123:more'],
  ['nothing', ''],
])('a scan of %s is not taken as a receipt', (_what, text) => {
  expect(parseReceiptQr(text)).toBeUndefined()
})

test('typed input is read as printed: spaces dropped, letters in capitals', () => {
  expect(normaliseReceiptInput({ receiptNo: ' fj2026 0000 01 ', verificationCode: 'k3z 9qd' })).toEqual({
    receiptNo: 'FJ2026000001',
    verificationCode: 'K3Z9QD',
  })
})

test('each field that cannot be a receipt’s is named, in Chinese', () => {
  expect(receiptInputProblems({ receiptNo: '', verificationCode: '' })).toEqual([
    { field: 'receiptNo', message: '请输入凭证号' },
    { field: 'verificationCode', message: '请输入校验码' },
  ])
  expect(
    receiptInputProblems({ receiptNo: 'FJ123', verificationCode: 'ABCDEFG' }).map((p) => p.field),
  ).toEqual(['receiptNo', 'verificationCode'])
  expect(receiptInputProblems({ receiptNo: 'FJ2026000001', verificationCode: 'K3Z9QD' })).toEqual([])
})

test('the saved picture shows the masked facts, number, code and QR code, inside its bounds', () => {
  const modules = Array.from({ length: 29 }, (_, row) =>
    Array.from({ length: 29 }, (__, col) => (row + col) % 2 === 0),
  )
  const drawing = receiptDrawing(
    {
      receiptNo: 'FJ2026000007',
      verificationCode: 'K3Z9QD',
      issuer: '福建省福州市鼓楼区医疗保障局',
      maskedPayerName: '**华',
      maskedInsuredName: '**华',
      amountFen: fen(40000),
      benefitYear: 2026,
      paidAt: '2025-11-20 10:00',
    },
    modules,
  )
  expect(drawing.texts.map((text) => text.text)).toEqual(
    expect.arrayContaining(['400.00 元', '**华', '2026年度', 'FJ2026000007', 'K3Z9QD']),
  )
  const { qr } = drawing
  const side = qr.cellPx * modules.length
  // Four modules of white all round the code, and the code within the picture.
  const above = Math.max(
    ...drawing.texts.filter((text) => text.y < qr.y).map((text) => text.y + text.sizePx / 2),
  )
  const below = Math.min(
    ...drawing.texts.filter((text) => text.y > qr.y).map((text) => text.y - text.sizePx / 2),
  )
  expect(qr.y - above).toBeGreaterThanOrEqual(4 * qr.cellPx)
  expect(below - (qr.y + side)).toBeGreaterThanOrEqual(4 * qr.cellPx)
  expect(qr.x).toBeGreaterThanOrEqual(4 * qr.cellPx)
  expect(qr.x + side + 4 * qr.cellPx).toBeLessThanOrEqual(drawing.widthPx)
  expect(qr.y + side + 4 * qr.cellPx).toBeLessThanOrEqual(drawing.heightPx)
})
