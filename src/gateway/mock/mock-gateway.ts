/**
 * The embedded mock bureau: the bureau's rules (src/gateway/bureau) over a
 * memory ledger persisted to storage, with what only a demo needs around
 * them: realistic latency, a per-operation fault plan, and the hooks the
 * simulated WeChat cashier calls. It answers in the same wire format as the
 * HTTP gateway, so the service layer parses both alike.
 */
import {
  createBureau,
  createMemoryLedger,
  createSeedRegistry,
  paidOrdersIn,
  parseLedgerSnapshot,
  type PaidOrder,
  type RandomBytes,
} from '../bureau'
import {
  OPERATIONS,
  type FaceCheckOutcome,
  type GatewayTransport,
  type Operation,
  type TransportResponse,
} from '../../services/ports'
import { faultAnswer, type Fault, type FaultPlan } from './fault-plan'
import { simulateFaceCheck, type FaceFault } from './simulated-face'
import { MOCK_FAMILY_AID } from './mock-family-aid'
import { SEED_RESIDENTS } from './seed-residents'
import { webCryptoRandomBytes } from './web-crypto-random'

export interface MockGatewayOptions {
  latencyMs: number
  /** The bureau's date, YYYY-MM-DD. */
  today: () => string
  /** The benefit year being collected. */
  benefitYear: number
  faults?: FaultPlan
  /**
   * Where the mock bureau keeps its ledger between launches (H5 reloads, weapp
   * relaunches), so a payment in flight survives a killed page as it would at a
   * real bureau. It holds seed indexes and order data, never a name or ID number.
   */
  storage?: { getItem(key: string): string | null; setItem(key: string, value: string): void }
  /** The cryptographic random source for numbers, codes and tokens (default: Web Crypto's getRandomValues). */
  randomBytes?: RandomBytes
  /** The bureau's time, ms since the epoch, for face verifications' expiry (default Date.now). */
  now?: () => number
}

const LEDGER_KEY = 'yibao-mock-bureau'

export interface MockGateway extends GatewayTransport {
  /** What the simulated WeChat cashier does when the resident taps 支付: the money moves. */
  settlePayment(prepayPackage: string): Promise<void>
  /** The simulated cashier's 支付失败: nothing is charged and the order becomes PAYERROR. */
  failPayment(prepayPackage: string): Promise<void>
  /** The amount the cashier shows for a prepay package (what the personal account does not pay). */
  amountFor(prepayPackage: string): number | undefined
  injectFault(operation: Operation, fault: Fault): void
  /** The next simulated face check plays this fault (simulated-face.ts). */
  injectFaceFault(fault: FaceFault): void
  /** The demo's review of the next 退费申请 to end rejects it instead of refunding it. */
  injectRefundRejection(): void
  /**
   * The simulated WeChat face service (the demo's face check): records the
   * result for the verifyId, as the next face fault says (else passed), and
   * answers what wx.requestFacialVerify would: finished or cancelled.
   */
  completeFaceCheck(verifyId: string): Promise<FaceCheckOutcome>
  /** Money that moved, per order: what tests check the app against (no bill paid twice). */
  paidOrders(): ReadonlyArray<PaidOrder>
  /**
   * The demo has no upload endpoint: the mock photo upload hands the bureau a
   * 户口簿 photo's size and type (never the image) and gets a single-use ticket
   * for that member's binding, or the bureau's reason for refusing the photo.
   */
  receiveBindingPhoto(input: {
    token: string
    memberToken: string
    sizeBytes: number
    contentType: string
  }): Promise<{ ok: true; ticket: string } | { ok: false; message: string }>
}

/** What the demo's review says when it rejects a refund (`refund:rejected`). */
export const REFUND_REJECTION_REASON = '经核实，该笔缴费对应的参保登记有效，不符合退费条件'

const orderIdOf = (prepayPackage: string): string => prepayPackage.replace(/^prepay_id=/, '')

export function createMockGateway(options: MockGatewayOptions): MockGateway {
  const faults: FaultPlan = copyFaults(options.faults ?? {})
  const faceFaults: FaceFault[] = [...(options.faults?.face ?? [])]
  const refundRejections = [...(options.faults?.refund ?? [])]
  // Time the simulated face check lets pass (face:expired): the bureau's clock runs that much ahead.
  let skewMs = 0
  const now = options.now ?? Date.now
  const storage = options.storage
  const randomBytes = options.randomBytes ?? webCryptoRandomBytes
  const ledger = createMemoryLedger({
    // A ledger from an older build is dropped: the mock bureau starts afresh.
    initial: parseLedgerSnapshot(storage?.getItem(LEDGER_KEY)),
    onCommit: storage && ((snapshot) => storage.setItem(LEDGER_KEY, JSON.stringify(snapshot))),
  })
  const bureau = createBureau({
    ledger,
    registry: createSeedRegistry(SEED_RESIDENTS, randomBytes),
    seeds: SEED_RESIDENTS,
    randomBytes,
    today: options.today,
    now: () => now() + skewMs,
    benefitYear: options.benefitYear,
    familyAid: MOCK_FAMILY_AID,
  })

  async function reviewOpenRefunds(): Promise<void> {
    for (const refundId of await bureau.openRefunds()) {
      const reviewing =
        ledger.peek().refunds.find((refund) => refund.refundId === refundId)?.status === 'reviewing'
      const reject = reviewing && refundRejections.shift() === 'rejected'
      await bureau.reviewRefund(
        refundId,
        reject ? { approve: false, reason: REFUND_REJECTION_REASON } : { approve: true },
      )
    }
  }

  return {
    async send(operation, body) {
      await delay(options.latencyMs)
      const fault = faults[operation]?.shift()
      if (fault?.kind === 'closed' && typeof body.orderId === 'string') await bureau.close(body.orderId)
      if (fault && fault.kind !== 'lost' && fault.kind !== 'notpay' && fault.kind !== 'closed') {
        return faultResponse(fault)
      }
      const answer = await bureau.handle(operation, body)
      // The demo's back office: each reading of the records moves every open 退费申请 one step on
      // (已受理 → 审核中 → 已退款, or 未通过 after `refund:rejected`), after the answer, so the
      // resident sees each status once as they come back to 缴费记录.
      if (operation === 'listRecords' && answer.ok) await reviewOpenRefunds()
      if (fault?.kind === 'lost') return { kind: 'timeout' }
      if (fault?.kind === 'notpay' && operation === 'queryOrder' && answer.ok) {
        return {
          kind: 'body',
          body: { ok: true, data: { ...(answer.data as object), status: 'NOTPAY', receiptNo: undefined } },
        }
      }
      // A refusal's wait travels beside the envelope, as a Retry-After would over HTTP.
      if (!answer.ok && answer.retryAfterS !== undefined) {
        return {
          kind: 'body',
          body: { ok: false, error: { ...answer.error } },
          retryAfterMs: answer.retryAfterS * 1000,
        }
      }
      // A JSON round trip, so callers see wire data and never share the ledger's objects.
      return { kind: 'body', body: JSON.parse(JSON.stringify(answer)) as unknown }
    },
    async settlePayment(prepayPackage) {
      await bureau.settle(orderIdOf(prepayPackage))
    },
    failPayment: (prepayPackage) => bureau.fail(orderIdOf(prepayPackage)),
    amountFor(prepayPackage) {
      const order = ledger.peek().orders.find((candidate) => candidate.orderId === orderIdOf(prepayPackage))
      return order && order.amountFen - (order.accountFen ?? 0)
    },
    injectFault(operation, fault) {
      faults[operation] = [...(faults[operation] ?? []), fault]
    },
    injectFaceFault(fault) {
      faceFaults.push(fault)
    },
    injectRefundRejection() {
      refundRejections.push('rejected')
    },
    completeFaceCheck: (verifyId) =>
      simulateFaceCheck({ bureau, passTime: (ms) => (skewMs += ms) }, verifyId, faceFaults.shift()),
    // Read now, from memory: a settlement still queued behind other operations is not in it yet.
    paidOrders: () => paidOrdersIn(ledger.peek().orders),
    async receiveBindingPhoto(input) {
      const answer = await bureau.receiveBindingPhoto({ ...input })
      if (!answer.ok) return { ok: false, message: answer.error.message }
      const { ticket } = answer.data as { ticket: string }
      return { ok: true, ticket }
    },
  }
}

type AnswerFault = Exclude<Fault, { kind: 'lost' } | { kind: 'notpay' } | { kind: 'closed' }>

function faultResponse(fault: AnswerFault): TransportResponse {
  switch (fault.kind) {
    case 'timeout':
      return { kind: 'timeout' }
    case 'http':
      return { kind: 'http', status: fault.status }
    case 'malformed':
    case 'business':
      return { kind: 'body', body: faultAnswer(fault) }
  }
}

/** The operations' faults (the face check's are kept apart). */
function copyFaults(plan: FaultPlan): FaultPlan {
  const copy: FaultPlan = {}
  for (const operation of OPERATIONS) {
    const list = plan[operation]
    if (list) copy[operation] = [...list]
  }
  return copy
}

function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve()
}
