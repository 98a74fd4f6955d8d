/**
 * 常用缴费人 and 家庭共济 as service functions: the bureau's member book, binding
 * with its evidence (a 户口簿 photo or the relative's face check), the payer's
 * personal account, and each member's enrolment check and quote for the cart.
 * Payment itself goes through the payment service and runner, one bill per member.
 */
import type { BindingEvidence, BindingStatus, Relation } from '../domain/family'
import type { Quote } from '../domain/quote'
import type { BureauClient } from './bureau-client'
import { err, ok, type GatewayError, type Result } from './gateway-errors'
import type { EnrolmentRecord, FamilyMember } from './model'
import { classifyEnrolment, type PaymentService } from './payment-service'
import type { PlanChoice, QuoteProblem } from './rules'
import type {
  FaceCheckFailure,
  FaceCheckPort,
  PhotoUploadFailure,
  PhotoUploadPort,
  PhotoUploadProgress,
} from './ports'

/** What one member's check found: each cart line has its own. */
export type MemberOutcome =
  | { kind: 'payable'; record: EnrolmentRecord; quote: Quote }
  | { kind: 'fully-subsidised'; record: EnrolmentRecord }
  | { kind: 'already-paid'; record: EnrolmentRecord }
  | { kind: 'not-registered' }
  /** Payable in two regions: the member chooses in the single-person flow. */
  | { kind: 'choose-region' }
  | { kind: 'unquotable'; record: EnrolmentRecord; problem: QuoteProblem }

/**
 * The bureau refused the request, or the evidence was not given: why (a photo
 * refused with its reason; a relative's face check that did not finish).
 */
export type BindError =
  GatewayError | ({ kind: 'evidence' } & PhotoUploadFailure) | { kind: 'face'; reason: FaceCheckFailure }

export interface BindOptions {
  /** How far the 户口簿 photo has got: the picker open, then the share sent. */
  onProgress?(progress: PhotoUploadProgress): void
  /** The resident left the binding: a photo that arrives afterwards is not sent to the bureau. */
  cancelled?(): boolean
}

export interface FamilyServiceDeps {
  client: BureauClient
  payments: PaymentService
  /** The relative's own face check (16 and over). */
  face: FaceCheckPort
  photo: PhotoUploadPort
}

export function createFamilyService(deps: FamilyServiceDeps) {
  /** `choice`: the tier the payer chose for this member, where their region has tiers. */
  async function checkMember(
    token: string,
    memberToken: string,
    choice: PlanChoice = {},
  ): Promise<Result<MemberOutcome>> {
    // A member's check quotes the record it finds: the rules load beside the bureau's answer.
    const [enrolment] = await Promise.all([
      deps.client.getEnrolment(token, memberToken),
      deps.payments.rulesReady(),
    ])
    if (!enrolment.ok) return enrolment
    if (!enrolment.value.registered) return ok({ kind: 'not-registered' })
    const outcome = classifyEnrolment(enrolment.value.records)
    switch (outcome.kind) {
      case 'payable': {
        const chosen = deps.payments.quoteFor(outcome.record, choice)
        // A tier the member's region no longer offers (another year, another region) gives way to its first tier.
        const quote = !chosen.ok && choice.tierId ? deps.payments.quoteFor(outcome.record) : chosen
        return ok(
          quote.ok
            ? { kind: 'payable', record: outcome.record, quote: quote.value }
            : { kind: 'unquotable', record: outcome.record, problem: quote.error },
        )
      }
      case 'choose-region':
        return ok({ kind: 'choose-region' })
      default:
        return ok(outcome)
    }
  }

  /**
   * The evidence first (the relative's face check, or the 户口簿 photo taken or
   * chosen and uploaded), then the binding request with its ticket. The
   * picker opens before any await: on H5 only a tap may open it.
   */
  async function bindMember(
    token: string,
    member: Pick<FamilyMember, 'memberToken' | 'bindingEvidence'>,
    options: BindOptions = {},
  ): Promise<Result<BindingStatus, BindError>> {
    const evidence: BindingEvidence = member.bindingEvidence
    const proof =
      evidence === 'face'
        ? await relativeFaceCheck(token, member.memberToken)
        : await deps.photo.uploadHouseholdRegister({
            token,
            memberToken: member.memberToken,
            onProgress: options.onProgress,
          })
    if (options.cancelled?.()) return err({ kind: 'evidence', reason: 'cancelled' })
    if ('error' in proof) return proof
    if ('face' in proof) return err({ kind: 'face', reason: proof.face })
    if (!proof.ok) {
      const failure: PhotoUploadFailure =
        proof.reason === 'refused' ? { reason: 'refused', message: proof.message } : { reason: proof.reason }
      return err({ kind: 'evidence', ...failure })
    }
    const bound = await deps.client.bindFamilyMember({
      token,
      memberToken: member.memberToken,
      evidence,
      ticket: proof.ticket,
    })
    return bound.ok ? ok(bound.value.binding) : bound
  }

  /**
   * The relative's face, as the resident's own (payment-service verify): the
   * bureau starts a verification for the member it holds, the relative's face
   * check runs on the verifyId, and bindFamilyMember names it as the ticket
   * (the bureau reads the result itself). A check that did not finish is
   * evidence not given.
   */
  async function relativeFaceCheck(
    token: string,
    memberToken: string,
  ): Promise<
    { ok: true; ticket: string } | { ok: false; face: FaceCheckFailure } | { ok: false; error: GatewayError }
  > {
    const started = await deps.client.startMemberFaceVerification(token, memberToken)
    if (!started.ok) return started
    const face = await deps.face.verify(started.value.verifyId)
    return face.finished ? { ok: true, ticket: started.value.verifyId } : { ok: false, face: face.reason }
  }

  return {
    checkMember,
    bindMember,
    listMembers: (token: string) => deps.client.listFamilyMembers(token),
    addMember: (token: string, input: { name: string; idNumber: string; relation: Relation }) =>
      deps.client.addFamilyMember({ token, ...input }),
    removeMember: (token: string, memberToken: string) => deps.client.removeFamilyMember(token, memberToken),
    getAccount: (token: string) => deps.client.getPersonalAccount(token),
  }
}

export type FamilyService = ReturnType<typeof createFamilyService>
