/**
 * 退费申请 in the bureau's rules, past the request (which gateway-contract.test.ts
 * runs against every bureau): the review moving a refund through the refund
 * machine on the memory ledger and on the sandbox's PostgreSQL ledger, the
 * ledgers' own one-refund-per-payment constraint, the demo's review as the
 * records are read (and `refund:rejected`), and a ledger saved before refunds.
 */
import {
  createMemoryLedger,
  LedgerConflict,
  parseLedgerSnapshot,
  type Bureau,
  type Receipt,
  type Refund,
} from '../../src/gateway/bureau'
import { createHttpGateway } from '../../src/gateway/http/http-gateway'
import { createMockGateway, REFUND_REJECTION_REASON } from '../../src/gateway/mock/mock-gateway'
import { parseFaultPlan } from '../../src/gateway/mock/fault-plan'
import { createBureauClient, type BureauClient } from '../../src/services/bureau-client'
import { nodeRequester } from '../support/node-http-requester'
import { closeSharedDatabase, sharedDatabase, startTestSandbox } from '../support/sandbox-bureau'
import type { FaceService } from '../support/simulated-face'
import { linOrder, tokenOf } from '../support/verified-order'

/** 黄建国's payment of 2026, which the bureau had before the app (seeded). */
const HUANG_RECEIPT = 'FJ2026000001'

const statusesOf = async (client: BureauClient, token: string): Promise<Array<string | undefined>> => {
  const records = await client.listRecords(token)
  if (!records.ok) throw new Error('no records')
  return records.value.records.map((record) => record.refund?.status)
}

async function askRefund(client: BureauClient, face: FaceService) {
  const token = await tokenOf(client, '黄建国', face)
  const refund = await client.requestRefund({
    token,
    receiptNo: HUANG_RECEIPT,
    reason: 'wrong-region',
    idempotencyKey: 'rk-huang',
  })
  if (!refund.ok) throw new Error(`no refund: ${JSON.stringify(refund.error)}`)
  return { token, refundId: refund.value.refundId }
}

/** How a test moves one refund one step of its review on a bureau: the mock as records are read, the sandbox by POST. */
type ReviewNext = (client: BureauClient, token: string, refundId: string, approve: boolean) => Promise<void>

const codeOf = (result: Awaited<ReturnType<BureauClient['createOrder']>>) =>
  result.ok ? 'ok' : result.error.kind === 'business' ? result.error.code : result.error.kind

/**
 * 林晓华 pays 2026, asks the money back, and tries to pay the year again at each
 * step of the review: refused while 已受理 and 审核中 (the refund named), then,
 * refunded, a new order and a second receipt; rejected, still refused.
 */
async function payRefundPayAgain(
  client: BureauClient,
  bureau: FaceService & { settlePayment(prepayPackage: string): Promise<void> },
  reviewNext: ReviewNext,
  approve: boolean,
) {
  const token = await tokenOf(client, '林晓华', bureau)
  const pay = async (key: string) => {
    const order = await client.createOrder(linOrder(token, key))
    if (!order.ok) return { code: codeOf(order), order }
    await bureau.settlePayment(order.value.payParams!.package)
    const paid = await client.queryOrder(token, order.value.orderId)
    return { code: 'ok', receiptNo: paid.ok ? paid.value.receiptNo : undefined, order }
  }
  const first = await pay('idem-first')
  if (!first.receiptNo) throw new Error('not paid')
  const refund = await client.requestRefund({
    token,
    receiptNo: first.receiptNo,
    reason: 'wrong-region',
    idempotencyKey: 'rk-lin',
  })
  if (!refund.ok) throw new Error(`no refund: ${JSON.stringify(refund.error)}`)
  const { refundId } = refund.value
  const standing = async () => {
    const enrolment = await client.getEnrolment(token)
    return enrolment.ok && enrolment.value.registered ? enrolment.value.records[0]?.status : undefined
  }

  // 已受理, then 审核中: the money may still be kept, so the year stays paid and the refusal names the refund.
  const whileOpen = []
  for (const key of ['idem-submitted', 'idem-reviewing']) {
    const again = await pay(key)
    whileOpen.push([await standing(), again.code, again.order.ok ? '' : again.order.error])
    await reviewNext(client, token, refundId, approve)
  }
  const after = await pay('idem-after')
  const records = await client.listRecords(token)
  return { first, refundId, whileOpen, after, standingAfter: await standing(), records }
}

function expectRefusedWhileOpen(outcome: Awaited<ReturnType<typeof payRefundPayAgain>>) {
  for (const [status, code, error] of outcome.whileOpen) {
    expect([status, code]).toEqual(['paid', 'ALREADY_PAID'])
    expect(error).toEqual(
      expect.objectContaining({
        receiptNo: outcome.first.receiptNo,
        message: expect.stringContaining(`退费申请 ${outcome.refundId}`),
      }),
    )
    expect(error && typeof error === 'object' && 'message' in error && error.message).toContain(
      '审核结束前不能再次缴费',
    )
  }
}

function expectPaidAgain(outcome: Awaited<ReturnType<typeof payRefundPayAgain>>) {
  expectRefusedWhileOpen(outcome)
  // 已退款: the record was payable again, the new order was paid, and a second receipt issued.
  expect(outcome.after.code).toBe('ok')
  expect(outcome.after.receiptNo).toMatch(/^FJ2026\d{12}$/)
  expect(outcome.after.receiptNo).not.toBe(outcome.first.receiptNo)
  expect(outcome.standingAfter).toBe('paid')
  // Both stay in the records: the refunded one with its refund, the new one without.
  const rows = outcome.records.ok ? outcome.records.value.records : []
  expect(rows.map((row) => [row.receiptNo, row.refund?.status])).toEqual(
    expect.arrayContaining([
      [outcome.first.receiptNo, 'refunded'],
      [outcome.after.receiptNo, undefined],
    ]),
  )
}

function expectStillPaid(outcome: Awaited<ReturnType<typeof payRefundPayAgain>>) {
  expectRefusedWhileOpen(outcome)
  expect(outcome.after.code).toBe('ALREADY_PAID')
  expect(outcome.after.order.ok ? undefined : outcome.after.order.error).toEqual(
    expect.objectContaining({
      receiptNo: outcome.first.receiptNo,
      message: '该缴费人已经申报，不允许重复申报',
    }),
  )
  expect(outcome.standingAfter).toBe('paid')
}

describe('a refunded year is payable again (once 已退款, never while under review or after 未通过)', () => {
  // The mock's review moves each open refund one step after the records are read (approving unless told).
  const mockReview: ReviewNext = async (client, token) => {
    await client.listRecords(token)
  }

  test('memory ledger: 已退款 reopens the year; a second receipt is issued', async () => {
    const gateway = createMockGateway({ latencyMs: 0, today: () => '2025-11-20', benefitYear: 2026 })
    expectPaidAgain(await payRefundPayAgain(createBureauClient(gateway), gateway, mockReview, true))
  })

  test('the bureau refuses a note carrying a mobile number, as the app does', async () => {
    const gateway = createMockGateway({ latencyMs: 0, today: () => '2025-11-20', benefitYear: 2026 })
    const client = createBureauClient(gateway)
    const token = await tokenOf(client, '黄建国', gateway)
    const refused = await client.requestRefund({
      token,
      receiptNo: HUANG_RECEIPT,
      reason: 'other',
      note: '请打13800138000联系我',
      idempotencyKey: 'rk-phone',
    })
    expect(refused).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'REFUND_REASON_INVALID',
        message: '情况说明中请勿填写身份证号码或手机号码',
      }),
    })
  })

  test('memory ledger: 未通过 leaves the year paid', async () => {
    const gateway = createMockGateway({
      latencyMs: 0,
      today: () => '2025-11-20',
      benefitYear: 2026,
      faults: parseFaultPlan('refund:rejected'),
    })
    expectStillPaid(await payRefundPayAgain(createBureauClient(gateway), gateway, mockReview, false))
  })

  test('memory ledger: one receipt not refunded per person and year still holds', async () => {
    const ledger = createMemoryLedger()
    const receipt: Receipt = {
      receiptNo: 'FJ1',
      verificationCode: 'ABCDEF',
      insured: 'seed:0',
      payer: 'seed:0',
      recordId: 'R-LXH-1',
      benefitYear: 2026,
      amountFen: 40000,
      coverageStart: '2026-01-01',
      paidAt: '2025-11-20 10:00',
      lagQueriesLeft: 0,
    }
    await ledger.transaction((tx) => tx.putReceipt(receipt))
    await expect(ledger.transaction((tx) => tx.putReceipt({ ...receipt, receiptNo: 'FJ2' }))).rejects.toEqual(
      new LedgerConflict('paid-year'),
    )
    await ledger.transaction((tx) => tx.putReceipt({ ...receipt, refundedOn: '2025-11-21' }))
    await ledger.transaction((tx) => tx.putReceipt({ ...receipt, receiptNo: 'FJ2' }))
    await expect(ledger.transaction((tx) => tx.putReceipt({ ...receipt, receiptNo: 'FJ3' }))).rejects.toEqual(
      new LedgerConflict('paid-year'),
    )
  })

  describe('sandbox (PostgreSQL ledger)', () => {
    beforeAll(() => sharedDatabase(), 120_000)
    afterAll(closeSharedDatabase)

    const withSandbox = async (
      work: (sandbox: Awaited<ReturnType<typeof startTestSandbox>>) => Promise<void>,
    ) => {
      const sandbox = await startTestSandbox({ today: () => '2025-11-20' })
      try {
        await work(sandbox)
      } finally {
        await sandbox.close()
      }
    }
    const clientOf = (url: string) =>
      createBureauClient(
        createHttpGateway({
          baseUrl: url,
          request: nodeRequester,
          sleep: () => Promise.resolve(),
          retryDelaysMs: [],
        }),
      )

    test('已退款 reopens the year; a second receipt is issued; the refunded one no longer checks', async () => {
      await withSandbox(async (sandbox) => {
        const review: ReviewNext = async (_client, _token, refundId, approve) => {
          await sandbox.post('/refund/review', {
            refundId,
            approve,
            ...(!approve && { reason: '不符合退费条件' }),
          })
        }
        const client = clientOf(sandbox.url)
        const outcome = await payRefundPayAgain(client, sandbox, review, true)
        expectPaidAgain(outcome)
        const database = await sharedDatabase()
        const refunded = await database.query(
          'SELECT verification_code, refunded_on::text AS refunded_on FROM receipts WHERE receipt_no = $1',
          [outcome.first.receiptNo],
        )
        expect(refunded[0]?.refunded_on).toBe('2025-11-20')
        const check = await client.checkReceipt(
          outcome.first.receiptNo ?? '',
          String(refunded[0]?.verification_code),
        )
        expect(check.ok && check.value.status).toBe('not-found')
        // The partial unique index: a third receipt for the year, not refunded, is refused by the database itself.
        await expect(
          database.exec(
            `INSERT INTO receipts (receipt_no, verification_code, insured, payer, record_id, benefit_year, amount_fen,
               coverage_start, paid_at, lag_queries_left)
             SELECT 'FJ-third', verification_code, insured, payer, record_id, benefit_year, amount_fen, coverage_start,
               paid_at, 0 FROM receipts WHERE receipt_no = '${outcome.after.receiptNo}'`,
          ),
        ).rejects.toThrow(/receipts_one_per_insured_year/)
      })
    })

    test('未通过 leaves the year paid', async () => {
      await withSandbox(async (sandbox) => {
        const review: ReviewNext = async (_client, _token, refundId) => {
          await sandbox.post('/refund/review', { refundId, approve: false, reason: '不符合退费条件' })
        }
        expectStillPaid(await payRefundPayAgain(clientOf(sandbox.url), sandbox, review, false))
      })
    })
  })
})

describe('the review on the memory ledger (the in-app mock bureau)', () => {
  test('each reading of the records moves an open refund one step: 已受理, then 审核中, then 已退款; then it stays', async () => {
    const gateway = createMockGateway({ latencyMs: 0, today: () => '2025-11-20', benefitYear: 2026 })
    const client = createBureauClient(gateway)
    const { token } = await askRefund(client, gateway)
    expect(await statusesOf(client, token)).toEqual(['submitted'])
    expect(await statusesOf(client, token)).toEqual(['reviewing'])
    const refunded = await client.listRecords(token)
    expect(refunded.ok && refunded.value.records[0]?.refund).toEqual(
      expect.objectContaining({ status: 'refunded', refundedOn: '2025-11-20' }),
    )
    expect(await statusesOf(client, token)).toEqual(['refunded'])
  })

  test('refund:rejected (the mockFault flag) ends the next review 未通过, with the reason', async () => {
    const gateway = createMockGateway({
      latencyMs: 0,
      today: () => '2025-11-20',
      benefitYear: 2026,
      faults: parseFaultPlan('refund:rejected'),
    })
    const client = createBureauClient(gateway)
    const { token } = await askRefund(client, gateway)
    await statusesOf(client, token)
    await statusesOf(client, token)
    const records = await client.listRecords(token)
    expect(records.ok && records.value.records[0]?.refund).toEqual(
      expect.objectContaining({ status: 'rejected', rejectionReason: REFUND_REJECTION_REASON }),
    )
  })

  test('the memory ledger refuses a second refund for a payment and a reused key, whatever the rules checked', async () => {
    const ledger = createMemoryLedger()
    const refund: Refund = {
      refundId: 'RF1',
      idempotencyKey: 'k1',
      sessionToken: 'tk_1',
      request: '[]',
      receiptNo: 'FJ1',
      insured: 'seed:0',
      payer: 'seed:0',
      amountFen: 40000,
      reason: 'paid-twice',
      status: 'submitted',
      submittedOn: '2025-11-20',
    }
    await ledger.transaction((tx) => tx.putRefund(refund))
    await expect(
      ledger.transaction((tx) => tx.putRefund({ ...refund, refundId: 'RF2', idempotencyKey: 'k2' })),
    ).rejects.toEqual(new LedgerConflict('refund-receipt'))
    await expect(
      ledger.transaction((tx) => tx.putRefund({ ...refund, refundId: 'RF3', receiptNo: 'FJ2' })),
    ).rejects.toEqual(new LedgerConflict('refund-key'))
    // The refund itself may change: its status moves.
    await ledger.transaction((tx) => tx.putRefund({ ...refund, status: 'reviewing' }))
    expect(ledger.peek().refunds.map((row) => row.status)).toEqual(['reviewing'])
  })

  test('a ledger saved before refunds existed is read with none; the bureau carries on', () => {
    const saved = { ...createMemoryLedger().peek() } as Record<string, unknown>
    delete saved.refunds
    expect(parseLedgerSnapshot(JSON.stringify(saved))?.refunds).toEqual([])
  })
})

describe('the review on the sandbox bureau (PostgreSQL ledger)', () => {
  beforeAll(() => sharedDatabase(), 120_000)
  afterAll(closeSharedDatabase)

  test('POST /refund/review moves a refund one legal step at a time; an ended refund is refused', async () => {
    const sandbox = await startTestSandbox({ today: () => '2025-11-20' })
    try {
      const client = createBureauClient(
        createHttpGateway({
          baseUrl: sandbox.url,
          request: nodeRequester,
          sleep: () => Promise.resolve(),
          retryDelaysMs: [],
        }),
      )
      const { token, refundId } = await askRefund(client, sandbox)
      const review = (body: Record<string, unknown>) => sandbox.post('/refund/review', { refundId, ...body })
      const bureau: Bureau = sandbox.bureau
      expect(await bureau.openRefunds()).toEqual([refundId])

      expect((await review({ approve: false, reason: '不符合退费条件' })).body).toEqual({
        ok: true,
        data: { status: 'reviewing' },
      })
      expect(await statusesOf(client, token)).toEqual(['reviewing'])
      expect((await review({ approve: false, reason: '不符合退费条件' })).body).toEqual({
        ok: true,
        data: { status: 'rejected' },
      })
      const records = await client.listRecords(token)
      expect(records.ok && records.value.records[0]?.refund).toEqual(
        expect.objectContaining({ status: 'rejected', rejectionReason: '不符合退费条件' }),
      )
      expect((await review({ approve: true })).body).toEqual({
        ok: false,
        error: { code: 'NOT_FOUND', message: 'not-allowed' },
      })
      expect(await bureau.openRefunds()).toEqual([])
      expect((await sandbox.post('/refund/review', { refundId: 'RF0', approve: true })).body).toEqual({
        ok: false,
        error: { code: 'NOT_FOUND', message: 'not-found' },
      })
    } finally {
      await sandbox.close()
    }
  })

  test('the database refuses a second refund for a payment, though the rules are bypassed', async () => {
    const sandbox = await startTestSandbox({ today: () => '2025-11-20' })
    try {
      const client = createBureauClient(
        createHttpGateway({
          baseUrl: sandbox.url,
          request: nodeRequester,
          sleep: () => Promise.resolve(),
          retryDelaysMs: [],
        }),
      )
      await askRefund(client, sandbox)
      const database = await sharedDatabase()
      await expect(
        database.exec(
          `INSERT INTO refunds (refund_id, idempotency_key, session_token, request, receipt_no, insured, payer,
             amount_fen, reason, status, submitted_on)
           SELECT 'RF-other', 'k-other', session_token, request, receipt_no, insured, payer, amount_fen, reason,
             'submitted', submitted_on FROM refunds`,
        ),
      ).rejects.toThrow(/refunds_one_per_receipt/)
    } finally {
      await sandbox.close()
    }
  })
})
