/**
 * 退费申请 and 缴费记录 on the app's mock bureau: the form asks for a reason
 * (其他 with a short note) before anything is sent, says the money goes back by
 * the channel it came in, shows the bureau's answer as progress, and the
 * records say where each payment stands: 已参保 (with 等待期至… when cover
 * starts later), the refund's status, 未通过 with its reason, and a refunded
 * payment no longer covered.
 */
import {
  byRole,
  input,
  render,
  screenText,
  tap,
  typeInto,
  waitForText,
  waitUntil,
  buttonLabels,
} from '../support/ui-helpers'
import type * as TaroPageShown from '../support/taro-page-shown'
import { createTestApp, type TestApp } from '../support/test-app'
import { seed } from '../support/seed'
import RecordsPage from '../../src/packages/receipt/pages/records'
import RefundPage from '../../src/packages/receipt/pages/refund'
import { RecordsList } from '../../src/features/payment/components/records-list'
import { fen } from '../../src/domain/money'
import type { PaymentRecord } from '../../src/services/model'
import { goTo, usePageParams } from '../../src/platform/navigation'

jest.mock('../../src/platform/navigation', () => ({
  ...jest.createMockFromModule<object>('../../src/platform/navigation'),
  usePageParams: jest.fn(() => ({})),
}))

// Per test: the mock bureau's fault plan, read when the test's app is made (as the H5 URL flag is at launch).
let mockFaultFlag = ''
jest.mock('../../src/platform/dev-flags', () => ({
  readDevFlag: (name: string) => (name === 'mockFault' ? mockFaultFlag : ''),
}))

jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof TaroPageShown>('../support/taro-page-shown').taroWithPageShownOnMount(),
)

const HUANG = seed('黄建国')
const HUANG_RECEIPT = 'FJ2026000001'

let app: TestApp

async function verifiedApp(faults = ''): Promise<TestApp> {
  mockFaultFlag = faults
  const made = createTestApp()
  const verified = await made.paymentStore.getState().verify(HUANG.name, HUANG.idNumber)
  if (!verified.ok) throw new Error('not verified')
  return made
}

beforeEach(async () => {
  jest.mocked(goTo).mockClear()
  jest.mocked(usePageParams).mockReturnValue({ receiptNo: HUANG_RECEIPT })
  app = await verifiedApp()
})

const radio = (label: string): Element => {
  const found = byRole('radio').find(
    (element) => element.querySelector('.choice-title')?.textContent === label,
  )
  if (!found) throw new Error(`no radio ${label}`)
  return found
}

describe('退费申请', () => {
  test('缴费记录 offers 申请退费 on a paid record, which opens the form for that payment', async () => {
    await render(<RecordsPage />, app)
    await waitForText('已参保')
    tap('申请退费')
    expect(goTo).toHaveBeenCalledWith('refund', { receiptNo: HUANG_RECEIPT })
  })

  test('the form: four reasons, none chosen; the amount, the original channel and what refunding costs', async () => {
    await render(<RefundPage />, app)
    await waitForText('退费原因')
    expect(byRole('radio').map((element) => element.textContent)).toEqual([
      expect.stringContaining('重复缴费'),
      expect.stringContaining('参保地错误'),
      expect.stringContaining('已在其他地方参保'),
      expect.stringContaining('其他'),
    ])
    expect(byRole('radio').map((element) => element.getAttribute('aria-checked'))).toEqual([
      'false',
      'false',
      'false',
      'false',
    ])
    expect(screenText()).toContain('退费金额400.00 元')
    expect(screenText()).toContain('按原支付渠道退回')
    expect(screenText()).toContain('无需提供银行卡信息')
    expect(screenText()).toContain('对应年度不再享受居民医保待遇')
    // Nothing personal on the form: the insured's name is masked.
    expect(screenText()).toContain('**国')
    expect(screenText()).not.toContain(HUANG.name)
  })

  test('validation: a reason first, then 其他 needs a note; nothing is sent until both are there', async () => {
    await render(<RefundPage />, app)
    await waitForText('退费原因')
    tap('提交退费申请')
    await waitForText('请选择退费原因')
    expect(app.paymentStore.getState().refundRequest).toBeUndefined()

    tap(radio('其他'))
    await waitUntil(() => expect(radio('其他').getAttribute('aria-checked')).toBe('true'))
    expect(screenText()).toContain('情况说明（必填）')
    tap('提交退费申请')
    await waitForText('请简要说明退费原因')
    expect(app.paymentStore.getState().refundRequest).toBeUndefined()

    // A named reason needs no note.
    tap(radio('重复缴费'))
    await waitForText('情况说明（选填）')
    expect(screenText()).not.toContain('请简要说明退费原因')
  })

  test('sent: 提交 shows its progress, then 已受理 with the stages, and the records follow', async () => {
    await render(<RefundPage />, app)
    await waitForText('退费原因')
    tap(radio('其他'))
    // Taro's Input draws its native <input> a moment after its label.
    await waitUntil(() => input('情况说明（必填）'))
    typeInto('情况说明（必填）', '单位已为我缴纳')
    tap('提交退费申请')
    await waitForText('退费申请已受理')
    const stages = byRole('listitem').map((element) => element.textContent)
    expect(stages).toEqual(['✓ 已受理', '审核中', '已退款'])
    expect(screenText()).toContain('退费原因：其他')
    expect(screenText()).toContain('400.00 元将按原支付渠道退回')
    expect(buttonLabels()).not.toContain('提交退费申请')
    const sent = app.paymentStore.getState().refundRequest
    expect(sent).toEqual(
      expect.objectContaining({ receiptNo: HUANG_RECEIPT, reason: 'other', note: '单位已为我缴纳' }),
    )
    expect(sent?.idempotencyKey.length).toBeGreaterThanOrEqual(16)
    // The records were read again: 缴费记录 shows the refund.
    await waitUntil(() => {
      const records = app.paymentStore.getState().paymentRecords
      expect(records.status === 'ready' && records.data[0]?.refund?.status).toBe('submitted')
    })
  })

  test('the note refuses an ID number or a mobile number, and says why; nothing is sent', async () => {
    await render(<RefundPage />, app)
    await waitForText('退费原因')
    tap(radio('重复缴费'))
    await waitUntil(() => input('情况说明（选填）'))
    expect(screenText()).toContain('请勿在说明中填写身份证号、手机号等个人信息')
    typeInto('情况说明（选填）', '有事请打13800138000')
    tap('提交退费申请')
    await waitForText('说明中请不要填写身份证号码或手机号码')
    expect(app.paymentStore.getState().refundRequest).toBeUndefined()
  })

  test('once 已退款 (the mock bureau), the record offers 重新缴纳 and step 2 finds the year payable again', async () => {
    const store = app.paymentStore
    const refundStatus = () => {
      const records = store.getState().paymentRecords
      return records.status === 'ready' ? records.data[0]?.refund?.status : undefined
    }
    await store.getState().loadEnrolment()
    const before = store.getState().enrolment
    expect(before.status === 'ready' && before.data.kind).toBe('already-paid')
    await store.getState().requestRefund(HUANG_RECEIPT, 'wrong-region', '')
    // The demo's review moves the refund one step after each reading of the records.
    for (let reading = 0; reading < 3 && refundStatus() !== 'refunded'; reading += 1)
      await store.getState().loadPaymentRecords()
    expect(refundStatus()).toBe('refunded')

    await render(<RecordsPage />, app)
    await waitForText('重新缴纳2026年度')
    expect(screenText()).toContain('该年度现为未缴费')
    tap('重新缴纳2026年度')
    expect(goTo).toHaveBeenCalledWith('enrolment')
    expect(store.getState().flow.reached).toBe('enrolment')
    await store.getState().loadEnrolment()
    const after = store.getState().enrolment
    expect(after.status === 'ready' && after.data.kind).toBe('payable')
  })

  test('a lost answer says so; the same request sent again keeps its key and finds the one refund', async () => {
    // The bureau makes the refund, then the answer is lost on the way back.
    app = await verifiedApp('requestRefund:lost')
    await render(<RefundPage />, app)
    await waitForText('退费原因')
    tap(radio('重复缴费'))
    tap('提交退费申请')
    await waitUntil(() => expect(app.paymentStore.getState().refundRequest?.result.status).toBe('error'))
    expect(
      byRole('alert')
        .map((element) => element.textContent)
        .join(''),
    ).toMatch(/超时|网络/)
    const firstKey = app.paymentStore.getState().refundRequest?.idempotencyKey
    tap('提交退费申请')
    await waitForText('退费申请已受理')
    expect(app.paymentStore.getState().refundRequest?.idempotencyKey).toBe(firstKey)
  })

  test('another phone asked first: REFUND_EXISTS is said plainly', async () => {
    app = await verifiedApp('requestRefund:REFUND_EXISTS')
    await render(<RefundPage />, app)
    await waitForText('退费原因')
    tap(radio('参保地错误'))
    tap('提交退费申请')
    await waitForText('已申请过退费')
    expect(screenText()).toContain('每笔缴费只能申请一次')
  })
})

const RECORD: PaymentRecord = {
  receiptNo: 'FJ2026000007',
  benefitYear: 2026,
  amountFen: fen(40000),
  paidAt: '2026-03-02 10:00',
  regionName: '福建省福州市鼓楼区',
  maskedInsuredName: '**华',
  coverageStart: '2026-06-01',
}

const refund = (overrides: Partial<NonNullable<PaymentRecord['refund']>>) => ({
  refundId: 'RF2026000000000000001',
  receiptNo: RECORD.receiptNo,
  amountFen: fen(40000),
  reason: 'wrong-region' as const,
  status: 'submitted' as const,
  submittedOn: '2026-03-05',
  ...overrides,
})

describe('缴费记录: where each payment stands', () => {
  test('paid with cover from 6月1日: 已参保 and 等待期至2026年5月31日; 申请退费 offered', async () => {
    await render(<RecordsList records={[RECORD]} onOpen={jest.fn()} onRequestRefund={jest.fn()} />)
    expect(screenText()).toContain('已参保')
    expect(screenText()).toContain('等待期至2026年5月31日')
    expect(buttonLabels()).toContain('申请退费')
  })

  test('cover from the year’s first day: no waiting period is shown', async () => {
    await render(<RecordsList records={[{ ...RECORD, coverageStart: '2026-01-01' }]} onOpen={jest.fn()} />)
    expect(screenText()).toContain('已参保')
    expect(screenText()).not.toContain('等待期')
  })

  test('已受理 and 审核中: the status, the amount going back by the original channel, no second request', async () => {
    await render(
      <RecordsList
        records={[
          { ...RECORD, refund: refund({}) },
          {
            ...RECORD,
            receiptNo: 'FJ2026000008',
            paidAt: '2026-03-01 09:00',
            refund: refund({ status: 'reviewing' }),
          },
        ]}
        onOpen={jest.fn()}
        onRequestRefund={jest.fn()}
      />,
    )
    expect(screenText()).toContain('退费已受理')
    expect(screenText()).toContain('退费原因：参保地错误')
    expect(screenText()).toContain('退费审核中')
    expect(screenText()).toContain('按原支付渠道退回')
    // The money may still be kept: no second payment until the review ends.
    expect(screenText()).toContain('退费审核中，审核结束前不能再次缴费')
    expect(buttonLabels()).not.toContain('申请退费')
    expect(buttonLabels()).not.toContain('重新缴纳2026年度')
  })

  test('已退款: no longer shown as covered, nor its waiting period', async () => {
    await render(
      <RecordsList
        records={[{ ...RECORD, refund: refund({ status: 'refunded', refundedOn: '2026-03-12' }) }]}
        onOpen={jest.fn()}
        onRequestRefund={jest.fn()}
      />,
    )
    expect(screenText()).toContain('已退款')
    expect(screenText()).toContain('400.00 元已于2026年3月12日按原支付渠道退回')
    expect(screenText()).not.toContain('已参保')
    expect(screenText()).not.toContain('等待期')
    expect(buttonLabels()).not.toContain('申请退费')
  })

  test('已退款 and nothing paid since: the year is unpaid, 重新缴纳 offered', async () => {
    const refunded = { ...RECORD, refund: refund({ status: 'refunded', refundedOn: '2026-03-12' }) }
    const onPayAgain = jest.fn()
    await render(<RecordsList records={[refunded]} onOpen={jest.fn()} onPayAgain={onPayAgain} />)
    expect(screenText()).toContain('该年度现为未缴费，如需参保可重新缴费')
    tap('重新缴纳2026年度')
    expect(onPayAgain).toHaveBeenCalledWith(refunded)
  })

  test('a refunded year paid again: 重新缴纳 is no longer offered', async () => {
    const refunded = { ...RECORD, refund: refund({ status: 'refunded', refundedOn: '2026-03-12' }) }
    const paidAgain = { ...RECORD, receiptNo: 'FJ2026000009', paidAt: '2026-03-20 10:00' }
    await render(<RecordsList records={[refunded, paidAgain]} onOpen={jest.fn()} onPayAgain={jest.fn()} />)
    expect(screenText()).toContain('已退款')
    expect(buttonLabels()).not.toContain('重新缴纳2026年度')
  })

  test('未通过: the reason, the payment still valid, and no second request (one per payment)', async () => {
    await render(
      <RecordsList
        records={[
          {
            ...RECORD,
            refund: refund({ status: 'rejected', rejectionReason: '该笔缴费对应的参保登记有效' }),
          },
        ]}
        onOpen={jest.fn()}
        onRequestRefund={jest.fn()}
      />,
    )
    expect(screenText()).toContain('退费未通过')
    expect(screenText()).toContain('原因：该笔缴费对应的参保登记有效')
    expect(screenText()).toContain('该笔缴费继续有效')
    expect(screenText()).toContain('等待期至2026年5月31日')
    expect(buttonLabels()).not.toContain('申请退费')
  })
})
