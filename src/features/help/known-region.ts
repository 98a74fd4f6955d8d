/** The region step 2 chose or found for the verified resident: the record chosen, else the first it listed. */
import type { PaymentState } from '../payment'

export function knownRegion(state: Pick<PaymentState, 'record' | 'enrolment'>): string | undefined {
  if (state.record) return state.record.adcode
  if (state.enrolment.status !== 'ready') return undefined
  const outcome = state.enrolment.data
  if (outcome.kind === 'choose-region') return outcome.records[0]?.adcode
  return outcome.kind === 'not-registered' ? undefined : outcome.record.adcode
}
