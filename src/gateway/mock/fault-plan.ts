/**
 * Faults the mock gateway (and the bureau simulator in tests) inject, per
 * operation, each used once in order. Written as `operation:fault` pairs
 * separated by commas, `*n` repeating a fault n times, e.g.
 * `getEnrolment:malformed,queryOrder:notpay*2` (the H5 `mockFault` URL flag).
 *
 * timeout    no answer (nothing happens on the bureau's side)
 * lost       the bureau does the work, then the answer is lost (a timeout to the app)
 * http5xx    that HTTP status (any 3 digits)
 * malformed  an answer that fails the wire schema
 * notpay     queryOrder answers NOTPAY whatever the ledger says (the bureau lags)
 * closed     queryOrder closes an unpaid order first (it expired)
 * CODE       a business refusal such as SYSTEM_BUSY, TRADE_LOCKED, MAINTENANCE
 *
 * `face:` faults play the simulated WeChat face check (simulated-face.ts), one
 * per check: `face:cancelled`, `face:failed` (not the same person),
 * `face:expired` (the verifyId runs out first), `face:reused` (it was used
 * before the app confirms).
 *
 * `refund:rejected` makes the demo's review of the next 退费申请 end 未通过
 * (with a reason) instead of 已退款.
 */
import { OPERATIONS, type Operation } from '../../services/ports'
import { BUSINESS_CODES } from '../../contract/wire-schemas'
import { FACE_FAULTS, type FaceFault } from './simulated-face'

export type Fault =
  | { kind: 'timeout' }
  | { kind: 'lost' }
  | { kind: 'http'; status: number }
  | { kind: 'malformed' }
  | { kind: 'notpay' }
  | { kind: 'closed' }
  | { kind: 'business'; code: (typeof BUSINESS_CODES)[number] }

export type FaultPlan = Partial<Record<Operation, Fault[]>> & {
  /** The simulated face checks' outcomes, in order (then each passes). */
  face?: FaceFault[]
  /** Reviews of 退费申请 that end rejected, one per fault (then each is refunded). */
  refund?: Array<'rejected'>
}

const SIMPLE_FAULTS = ['timeout', 'lost', 'malformed', 'notpay', 'closed'] as const

function parseFault(text: string): Fault | undefined {
  const simple = SIMPLE_FAULTS.find((kind) => kind === text)
  if (simple) return { kind: simple }
  if (/^http\d{3}$/.test(text)) return { kind: 'http', status: Number(text.slice(4)) }
  const code = BUSINESS_CODES.find((candidate) => candidate === text)
  return code ? { kind: 'business', code } : undefined
}

/** Unknown operations or faults are ignored: a typo in a dev flag must not break the app. */
export function parseFaultPlan(text: string): FaultPlan {
  const plan: FaultPlan = {}
  for (const entry of text.split(',')) {
    const [operation, faultText = ''] = entry.trim().split(':')
    const [name = '', times = '1'] = faultText.split('*')
    const count = Math.min(Number(times) || 0, 50)
    const faceFault = FACE_FAULTS.find((candidate) => candidate === name)
    if (operation === 'face' && faceFault && count >= 1) {
      plan.face = [...(plan.face ?? []), ...Array.from({ length: count }, () => faceFault)]
      continue
    }
    if (operation === 'refund' && name === 'rejected' && count >= 1) {
      plan.refund = [...(plan.refund ?? []), ...Array.from({ length: count }, () => 'rejected' as const)]
      continue
    }
    const fault = parseFault(name)
    if (!fault || count < 1 || !(OPERATIONS as readonly string[]).includes(operation ?? '')) continue
    const key = operation as Operation
    plan[key] = [...(plan[key] ?? []), ...Array.from({ length: count }, () => fault)]
  }
  return plan
}

/** Nightly maintenance ends at 00:05 (a window residents report: 21:30–00:05). */
export const MAINTENANCE_UNTIL = '00:05'

/** The envelope a bureau answers for a `malformed` or `business` fault: the mock's and the sandbox's alike. */
export function faultAnswer(fault: Extract<Fault, { kind: 'malformed' } | { kind: 'business' }>): unknown {
  if (fault.kind === 'malformed') return { ok: true, data: { unexpected: true } }
  const until = fault.code === 'MAINTENANCE' ? { until: MAINTENANCE_UNTIL } : {}
  return { ok: false, error: { code: fault.code, message: '模拟故障', ...until } }
}
