import { buttonLabels, render, rowValue, screenText, tap, waitUntil } from '../support/ui-helpers'
import { issuedReceipt } from '../support/issued-receipt'
import jsQR from 'jsqr'
import { GifReader } from 'omggif'
import { ReceiptView } from '../../src/features/payment/components/receipt-view'
import { receiptQrPayload } from '../../src/domain/receipt-code'
import { fen } from '../../src/domain/money'

const ISSUED = issuedReceipt()

/** The QR image's src, once the Taro Image has rendered its inner <img>. */
async function qrImageSrc(): Promise<string> {
  let src = ''
  await waitUntil(() => {
    src = document.querySelector('taro-image-core img')?.getAttribute('src') ?? ''
    expect(src).toMatch(/^data:image\/gif;base64,/)
  })
  return src
}

/** Decodes a QR code from a GIF data URL, as a counter's scanner would read the screen. */
function decodeQr(gifDataUrl: string): string | undefined {
  const bytes = Buffer.from(gifDataUrl.replace(/^data:image\/gif;base64,/, ''), 'base64')
  const gif = new GifReader(new Uint8Array(bytes))
  const pixels = new Uint8ClampedArray(gif.width * gif.height * 4)
  gif.decodeAndBlitFrameRGBA(0, pixels)
  return jsQR(pixels, gif.width, gif.height)?.data
}

test('pending: says the receipt is being issued and offers a refresh', async () => {
  const onRefresh = jest.fn()
  await render(
    <ReceiptView response={{ status: 'pending', receiptNo: 'FJ2026000007' }} onRefresh={onRefresh} />,
  )

  expect(screenText()).toContain('缴费成功，电子凭证生成中')
  expect(screenText()).toContain('凭证号 FJ2026000007')
  expect(screenText()).toContain('请不要重复缴费')
  expect(buttonLabels()).toEqual(['刷新凭证状态'])
  tap('刷新凭证状态')
  expect(onRefresh).toHaveBeenCalledTimes(1)
})

test('issued: shows the receipt with masked names and ID', async () => {
  await render(<ReceiptView response={ISSUED} onRefresh={jest.fn()} />)

  expect(screenText()).toContain('城乡居民基本医疗保险缴费电子凭证')
  expect(document.querySelector('.amount-total')?.textContent).toBe('400.00元')
  expect(rowValue('凭证号')).toBe('FJ2026000007')
  expect(rowValue('校验码')).toBe('K3Z9QD')
  expect(rowValue('参保人')).toBe('**华')
  expect(rowValue('缴费人')).toBe('**华')
  expect(rowValue('身份证号')).toBe('350***********1234')
  expect(rowValue('缴费年度')).toBe('2026年度')
  expect(rowValue('待遇起始日期')).toBe('2026年1月1日')
  expect(rowValue('参保地')).toBe('福建省福州市鼓楼区')
  expect(rowValue('出具单位')).toBe('福建省福州市鼓楼区医疗保障局')
  expect(buttonLabels()).toEqual(['保存图片到相册'])
})

test('issued: the QR image carries the receipt number and verification code', async () => {
  await render(<ReceiptView response={ISSUED} onRefresh={jest.fn()} />)

  const src = await qrImageSrc()
  expect(document.querySelector('taro-image-core img')?.getAttribute('alt')).toBe('电子凭证核验二维码')
  expect(decodeQr(src)).toBe(receiptQrPayload('FJ2026000007', 'K3Z9QD'))
})

describe("the receipt itemises what was paid (17: 孙立新's 补缴)", () => {
  test('补缴 2 年 800.00 元 beside the 2026 standard, summing to the total', async () => {
    await render(
      <ReceiptView
        response={issuedReceipt({
          maskedInsuredName: '**新',
          amountFen: fen(120000),
          lines: [
            { kind: 'standard', label: '个人缴费标准（18岁以上居民）', amountFen: fen(40000) },
            { kind: 'back-years', label: '补缴 2 年（按2026年度标准）', amountFen: fen(80000) },
          ],
        })}
        onRefresh={jest.fn()}
      />,
    )
    expect(screenText()).toContain('缴费明细（2026年度）')
    expect(rowValue('补缴 2 年（按2026年度标准）')).toBe('800.00 元')
    expect(rowValue('个人缴费标准（18岁以上居民）')).toBe('400.00 元')
    expect(screenText()).toContain('1200.00')
  })

  test('a payment the bureau had before this app shows its total only', async () => {
    await render(<ReceiptView response={ISSUED} onRefresh={jest.fn()} />)
    expect(screenText()).not.toContain('缴费明细')
  })
})
