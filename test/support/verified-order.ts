/**
 * The verify-and-order fixture the unit tests share, at two levels:
 * - the bureau client: a seeded resident's session token, and the createOrder
 *   input for 林晓华's one 2026 bill;
 * - the payment store: with a verified session, load the enrolment and take its
 *   payable record (step 2), then choose it, confirm the plan and acknowledge
 *   the amount (steps 3–4).
 * No jest `expect` here: the model in payment-model.ts also runs in the bench.
 */
import type { createPaymentStore } from '../../src/features/payment/store/payment-store'
import type { BureauClient } from '../../src/services/bureau-client'
import type { VerifiedIdentity } from '../../src/services/model'
import { seed } from './seed'
import type { FaceService } from './simulated-face'

type PaymentStore = ReturnType<typeof createPaymentStore>
/** What step 2 chooses: an enrolment record, as the store takes it. */
type EnrolmentRecord = Parameters<ReturnType<PaymentStore['getState']>['chooseRecord']>[0]

/**
 * Verifies the seeded resident through the bureau client, as the app does: the
 * bureau starts the face verification, `face` (the mock gateway, or a sandbox's
 * face service) completes it as passed, the bureau confirms; the session token.
 */
export async function tokenOf(client: BureauClient, name: string, face: FaceService): Promise<string> {
  return (await verifiedIdentityOf(client, name, face)).token
}

/** As `tokenOf`, with the whole answer: the token, the masked display and the bureau's resident reference. */
export async function verifiedIdentityOf(
  client: BureauClient,
  name: string,
  face: FaceService,
): Promise<VerifiedIdentity> {
  const started = await client.startFaceVerification({ name, idNumber: seed(name).idNumber })
  if (!started.ok) throw new Error(`start face verification ${name}: ${JSON.stringify(started.error)}`)
  await face.completeFaceCheck(started.value.verifyId)
  const verified = await client.verifyIdentity(started.value.verifyId)
  if (!verified.ok) throw new Error(`verify ${name}: ${JSON.stringify(verified.error)}`)
  return verified.value
}

/** The createOrder input for 林晓华's 2026 working-age bill: R-LXH-1, 400 元, no back-years. */
export const linOrder = (token: string, idempotencyKey = 'idem-1') => ({
  token,
  recordId: 'R-LXH-1',
  benefitYear: 2026,
  category: 'working-age' as const,
  amountFen: 40000,
  backYears: 0,
  idempotencyKey,
})

/** Step 2 for the store's verified session: loads the enrolment and returns its payable record, or undefined when it has none. */
export async function loadPayableRecord(store: PaymentStore): Promise<EnrolmentRecord | undefined> {
  await store.getState().loadEnrolment()
  const enrolment = store.getState().enrolment
  return enrolment.status === 'ready' && enrolment.data.kind === 'payable' ? enrolment.data.record : undefined
}

/** Steps 3–4: chooses the record, confirms the plan and acknowledges the amount; returns what chooseRecord answered. */
export function chooseAndAcknowledge(store: PaymentStore, record: EnrolmentRecord): boolean {
  const chosen = store.getState().chooseRecord(record)
  store.getState().confirmPlan()
  store.getState().setAcknowledged(true)
  return chosen
}
