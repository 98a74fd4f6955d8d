/**
 * Faults the mock gateway injects, per operation, each used once in order.
 * Written as `operation:fault` pairs separated by commas, e.g.
 * `getEnrolment:malformed,queryOrder:timeout` (the H5 `mockFault` URL flag).
 */
import { OPERATIONS, type Operation } from '../../services/ports'
import { BUSINESS_CODES } from '../wire-schemas'

export type Fault =
  | { kind: 'timeout' }
  | { kind: 'http'; status: number }
  | { kind: 'malformed' }
  | { kind: 'business'; code: (typeof BUSINESS_CODES)[number] }

export type FaultPlan = Partial<Record<Operation, Fault[]>>

function parseFault(text: string): Fault | undefined {
  if (text === 'timeout') return { kind: 'timeout' }
  if (text === 'malformed') return { kind: 'malformed' }
  if (/^http\d{3}$/.test(text)) return { kind: 'http', status: Number(text.slice(4)) }
  const code = BUSINESS_CODES.find((candidate) => candidate === text)
  return code ? { kind: 'business', code } : undefined
}

/** Unknown operations or faults are ignored: a typo in a dev flag must not break the app. */
export function parseFaultPlan(text: string): FaultPlan {
  const plan: FaultPlan = {}
  for (const entry of text.split(',')) {
    const [operation, faultText] = entry.trim().split(':')
    const fault = faultText ? parseFault(faultText) : undefined
    if (!fault || !(OPERATIONS as readonly string[]).includes(operation ?? '')) continue
    const key = operation as Operation
    plan[key] = [...(plan[key] ?? []), fault]
  }
  return plan
}
