/**
 * The fault plan, as the in-app mock has it (src/gateway/mock/fault-plan.ts:
 * `operation:fault[*n]`, each fault used once, in order), played over HTTP as
 * a real server would: a status, a request left unanswered, an answer lost
 * after the work was done. The rules themselves are not touched: every fault
 * is in front of, or behind, one call to the bureau.
 *
 * timeout    no answer, nothing done (the request hangs until the client gives up)
 * lost       the work is done, then the request hangs (the answer is lost)
 * httpNNN    that HTTP status, nothing done
 * malformed  an answer that fails the wire schema
 * notpay     queryOrder answers NOTPAY whatever the ledger says
 * closed     queryOrder closes an unpaid order first (it expired)
 * CODE       a business refusal (SYSTEM_BUSY, TRADE_LOCKED, MAINTENANCE until 00:05, …)
 *
 * `face:` faults (cancelled, failed, expired, reused) play the simulated face
 * checks of POST /face/complete, one per check (src/gateway/mock/simulated-face.ts).
 */
import type { Bureau, Reply } from '../src/gateway/bureau'
import { faultAnswer, type Fault, type FaultPlan } from '../src/gateway/mock/fault-plan'
import type { FaceFault } from '../src/gateway/mock/simulated-face'
import { OPERATIONS, type Operation } from '../src/services/ports'

export type FaultOutcome =
  | { kind: 'answer'; body: unknown }
  | { kind: 'http'; status: number }
  /** Leave the request unanswered. */
  | { kind: 'hang' }

export interface FaultingBureau {
  /** One operation through the plan: the answer, and the fault used, if any (its kind, for the log). */
  handle(
    operation: Operation,
    body: Record<string, unknown>,
    /** The client's address: the operations limited per caller count against it. */
    from?: string,
  ): Promise<{ outcome: FaultOutcome; fault?: string }>
  inject(operation: Operation, fault: Fault): void
  /** The fault the next simulated face check plays, if any (used once). */
  nextFaceFault(): FaceFault | undefined
}

export function withFaults(bureau: Bureau, plan: FaultPlan = {}): FaultingBureau {
  const faults: FaultPlan = {}
  for (const operation of OPERATIONS) {
    const list = plan[operation]
    if (list) faults[operation] = [...list]
  }
  const faceFaults = [...(plan.face ?? [])]

  return {
    async handle(operation, body, from) {
      const fault = faults[operation]?.shift()
      const outcome = await play(bureau, operation, body, fault, from)
      return {
        outcome,
        fault:
          fault &&
          (fault.kind === 'business'
            ? fault.code
            : fault.kind === 'http'
              ? `http${fault.status}`
              : fault.kind),
      }
    },
    inject(operation, fault) {
      faults[operation] = [...(faults[operation] ?? []), fault]
    },
    nextFaceFault: () => faceFaults.shift(),
  }
}

async function play(
  bureau: Bureau,
  operation: Operation,
  body: Record<string, unknown>,
  fault: Fault | undefined,
  from: string | undefined,
): Promise<FaultOutcome> {
  switch (fault?.kind) {
    case 'timeout':
      return { kind: 'hang' }
    case 'http':
      return { kind: 'http', status: fault.status }
    case 'malformed':
    case 'business':
      return { kind: 'answer', body: faultAnswer(fault) }
    case 'closed':
      if (typeof body.orderId === 'string') await bureau.close(body.orderId)
      break
  }
  const answer: Reply = await bureau.handle(operation, body, from)
  if (fault?.kind === 'lost') return { kind: 'hang' }
  if (fault?.kind === 'notpay' && operation === 'queryOrder' && answer.ok) {
    return {
      kind: 'answer',
      body: { ok: true, data: { ...(answer.data as object), status: 'NOTPAY', receiptNo: undefined } },
    }
  }
  return { kind: 'answer', body: answer }
}
