/**
 * 查验凭证 (packages/check): the states a checker meets, over the mock bureau's
 * own rules: checking, valid (masked), not found (the same for a wrong code
 * and an unknown number), limited with the wait counting down, unreachable;
 * Chinese errors for what cannot be a receipt's number or code, and the scan
 * (WeChat's scanner or an H5 photo, played here by a fake).
 */
import {
  input,
  render,
  rowValue,
  screenText,
  tap,
  typeInto,
  waitForText,
  waitUntil,
} from '../support/ui-helpers'
import { createTestApp, type TestApp } from '../support/test-app'
import type * as TaroPageShown from '../support/taro-page-shown'
import { createMockGateway, type MockGateway } from '../../src/gateway/mock/mock-gateway'
import { createBureauClient, type BureauClient } from '../../src/services/bureau-client'
import type { GatewayTransport, TransportResponse } from '../../src/services/ports'
import { receiptQrPayload } from '../../src/domain/receipt-code'
import { ReceiptCheckProvider } from '../../src/features/receipt-check'
import ReceiptCheckPage from '../../src/packages/check/pages/check'
import { scanQrCode, type ScanOutcome } from '../../src/platform/scan-code'
import { linOrder, tokenOf } from '../support/verified-order'

jest.mock('../../src/platform/navigation', () =>
  jest.createMockFromModule<object>('../../src/platform/navigation'),
)
jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof TaroPageShown>('../support/taro-page-shown').taroWithPageShownOnMount(),
)
jest.mock('../../src/platform/scan-code', () => ({
  ...jest.requireActual<object>('../../src/platform/scan-code'),
  scanQrCode: jest.fn(),
}))

let app: TestApp
let gateway: MockGateway
/** Every operation the page sent to the bureau. */
let sent: string[]
/** The transport the page reaches the bureau through: the mock gateway, unless a test answers for it. */
let answer: (operation: string, body: Record<string, unknown>) => Promise<TransportResponse>
let receipt: { receiptNo: string; verificationCode: string }

beforeAll(async () => {
  // 林晓华 pays her 2026 bill once: the receipt the tests check.
  gateway = createMockGateway({ latencyMs: 0, today: () => '2025-11-20', benefitYear: 2026 })
  const client = createBureauClient(gateway)
  const token = await tokenOf(client, '林晓华', gateway)
  const order = await client.createOrder(linOrder(token))
  if (!order.ok || !order.value.payParams) throw new Error('no order')
  await gateway.settlePayment(order.value.payParams.package)
  const paid = await client.queryOrder(token, order.value.orderId)
  const issued =
    paid.ok && paid.value.receiptNo ? await client.getReceipt(token, paid.value.receiptNo) : undefined
  if (!issued?.ok || issued.value.status !== 'issued') throw new Error('no receipt')
  receipt = issued.value.receipt
})

beforeEach(() => {
  app = createTestApp()
  sent = []
  answer = (operation, body) => gateway.send(operation as 'checkReceipt', body)
  jest.mocked(scanQrCode).mockReset()
})

const transport: GatewayTransport = {
  send: (operation, body) => {
    sent.push(operation)
    return answer(operation, body)
  },
}

/** The page over the test's transport (the bureau the app wires is not used). */
async function openPage(client: BureauClient = createBureauClient(transport)) {
  await render(
    <ReceiptCheckProvider deps={{ checkReceipt: client.checkReceipt }}>
      <ReceiptCheckPage />
    </ReceiptCheckProvider>,
    app,
  )
}

/** The bureau's answer as the page says it. */
const resultText = () => document.querySelector('.panel-warn')?.textContent

function typeReceipt(receiptNo: string, code: string) {
  typeInto('凭证号', receiptNo)
  typeInto('校验码', code)
}

test('a receipt and its code: checking, then 凭证有效 with the masked names, amount, year and date', async () => {
  let release: () => void = () => undefined
  answer = (operation, body) =>
    new Promise((resolve) => {
      release = () => void gateway.send(operation as 'checkReceipt', body).then(resolve)
    })
  await openPage()
  typeReceipt(receipt.receiptNo, receipt.verificationCode.toLowerCase())
  tap('查验')
  await waitForText('正在向医保部门查验…')
  release()
  await waitForText('凭证有效')
  expect(rowValue('凭证号')).toBe(receipt.receiptNo)
  expect(rowValue('参保人')).toBe('**华')
  expect(rowValue('缴费人')).toBe('**华')
  expect(rowValue('缴费金额')).toBe('400.00 元')
  expect(rowValue('缴费年度')).toBe('2026年度')
  expect(rowValue('缴费日期')).toBe('2025年11月20日')
  expect(screenText()).not.toContain('林晓华')
  expect(sent).toEqual(['checkReceipt'])
})

test('a wrong code and an unknown number say the same: 未查到这张凭证', async () => {
  await openPage()
  const wrong = receipt.verificationCode.endsWith('A') ? 'B' : 'A'
  typeReceipt(receipt.receiptNo, `${receipt.verificationCode.slice(0, 5)}${wrong}`)
  tap('查验')
  await waitForText('未查到这张凭证')
  const afterWrongCode = resultText()
  typeReceipt('FJ2026999999999999', receipt.verificationCode)
  tap('查验')
  await waitUntil(() => expect(sent).toHaveLength(2))
  await waitForText('未查到这张凭证')
  expect(resultText()).toBe(afterWrongCode)
  expect(screenText()).not.toContain('凭证有效')
})

test('what cannot be a receipt number or code is said in Chinese, and nothing is sent', async () => {
  await openPage()
  tap('查验')
  await waitForText('请输入凭证号')
  expect(screenText()).toContain('请输入校验码')
  typeReceipt('FJ12', 'AB-12')
  tap('查验')
  await waitForText('凭证号以 FJ 开头，后面是 10 到 16 位数字，请核对')
  expect(screenText()).toContain('校验码是 6 位字母或数字，请核对')
  expect(sent).toEqual([])
})

test('past the bureau limit: 查验过于频繁 and the button waits the seconds the bureau asked', async () => {
  // Another phone's bureau, which has had ten checks from it already (the mock counts per device).
  const limited = createMockGateway({ latencyMs: 0, today: () => '2025-11-20', benefitYear: 2026 })
  for (let check = 0; check < 10; check += 1) await limited.send('checkReceipt', { ...receipt })
  answer = (operation, body) => limited.send(operation as 'checkReceipt', body)
  await openPage()
  typeReceipt(receipt.receiptNo, receipt.verificationCode)
  tap('查验')
  await waitForText('查验过于频繁')
  expect(screenText()).toMatch(/请在 [1-6] 秒后再查验/)
  // A tap while waiting sends nothing.
  const label = screenText().match(/请在 [1-6] 秒后再查验/)?.[0] ?? ''
  tap(label)
  expect(sent).toEqual(['checkReceipt'])
})

test('no network: 未能连接医保系统, and what was typed stays', async () => {
  answer = async () => ({ kind: 'network' })
  await openPage()
  typeReceipt(receipt.receiptNo, receipt.verificationCode)
  tap('查验')
  await waitForText('未能连接医保系统')
  expect(screenText()).toContain('请检查手机网络后再点“查验”')
  expect(input('凭证号').value).toBe(receipt.receiptNo)
  expect(input('校验码').value).toBe(receipt.verificationCode)
})

test.each<[string, ScanOutcome, string]>([
  [
    'a code that is not a receipt’s',
    { kind: 'text', text: 'https://example.com/x' },
    '这不是医保缴费电子凭证的二维码',
  ],
  ['a photo with no readable code', { kind: 'unreadable' }, '未能识别二维码'],
])('scanning %s says so and sends nothing', async (_what, outcome, said) => {
  jest.mocked(scanQrCode).mockResolvedValue(outcome)
  await openPage()
  tap('扫描凭证二维码')
  await waitForText(said)
  expect(sent).toEqual([])
})

test('scanning the receipt’s QR code fills both fields and checks at once', async () => {
  jest
    .mocked(scanQrCode)
    .mockResolvedValue({ kind: 'text', text: receiptQrPayload(receipt.receiptNo, receipt.verificationCode) })
  await openPage()
  tap('扫描凭证二维码')
  await waitForText('凭证有效')
  expect(sent).toEqual(['checkReceipt'])
})
