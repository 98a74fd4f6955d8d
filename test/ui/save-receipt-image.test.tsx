/**
 * 保存为图片 on the receipt: what is handed to the platform to draw (masked
 * names, amount, year, number, code and the receipt's own QR code; no ID
 * number), and what the resident is told when saving works, when the album
 * permission is refused (with the way to WeChat's settings) and when it fails.
 */
import { buttonLabels, render, screenText, tap, waitForText } from '../support/ui-helpers'
import { issuedReceipt } from '../support/issued-receipt'
import { ReceiptView } from '../../src/features/payment/components/receipt-view'
import { qrModules } from '../../src/features/payment/components/receipt-qr'
import { receiptQrPayload } from '../../src/domain/receipt-code'
import { openPermissionSettings, saveReceiptImage } from '../../src/platform/save-image'

jest.mock('../../src/platform/save-image', () => ({
  ...jest.requireActual<object>('../../src/platform/save-image'),
  saveReceiptImage: jest.fn(),
  openPermissionSettings: jest.fn(),
}))

const ISSUED = issuedReceipt()

beforeEach(() => {
  jest.mocked(saveReceiptImage).mockReset()
  jest.mocked(openPermissionSettings).mockReset()
})

test('the picture carries the masked facts and the receipt’s QR code, and no ID number', async () => {
  jest.mocked(saveReceiptImage).mockResolvedValue({ kind: 'saved' })
  await render(<ReceiptView response={ISSUED} onRefresh={jest.fn()} />)
  tap('保存图片到相册')
  await waitForText('已保存到手机相册。')
  const [drawing, receiptNo] = jest.mocked(saveReceiptImage).mock.calls[0] ?? []
  expect(receiptNo).toBe('FJ2026000007')
  const texts = drawing?.texts.map((text) => text.text) ?? []
  expect(texts).toEqual(expect.arrayContaining(['400.00 元', '**华', '2026年度', 'FJ2026000007', 'K3Z9QD']))
  expect(texts.join(' ')).not.toMatch(/350\*+1234|身份证/)
  expect(drawing?.qr.modules).toEqual(qrModules(receiptQrPayload('FJ2026000007', 'K3Z9QD')))
})

test('a refused album permission is said, and 去设置 opens WeChat’s settings', async () => {
  jest.mocked(saveReceiptImage).mockResolvedValue({ kind: 'denied' })
  await render(<ReceiptView response={ISSUED} onRefresh={jest.fn()} />)
  tap('保存图片到相册')
  await waitForText('未获得保存到相册的权限')
  expect(buttonLabels()).toContain('去设置')
  tap('去设置')
  expect(openPermissionSettings).toHaveBeenCalledTimes(1)
})

test('a picture that could not be made is said, with another way to keep the receipt', async () => {
  jest.mocked(saveReceiptImage).mockResolvedValue({ kind: 'failed' })
  await render(<ReceiptView response={ISSUED} onRefresh={jest.fn()} />)
  tap('保存图片到相册')
  await waitForText('图片未能生成')
  expect(screenText()).toContain('截屏保存本页')
  expect(buttonLabels()).not.toContain('去设置')
})
