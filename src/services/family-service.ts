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
import type { QuoteProblem } from './rules'
import type { FaceCheckPort, PhotoUploadPort } from './ports'

/** What one member's check found: each cart line has its own. */
export type MemberOutcome =
  | { kind: 'payable'; record: EnrolmentRecord; quote: Quote }
  | { kind: 'fully-subsidised'; record: EnrolmentRecord }
  | { kind: 'already-paid'; record: EnrolmentRecord }
  | { kind: 'not-registered' }
  /** Payable in two regions: the member chooses in the single-person flow. */
  | { kind: 'choose-region' }
  | { kind: 'unquotable'; record: EnrolmentRecord; problem: QuoteProblem }

export type BindError = GatewayError | { kind: 'evidence'; reason: 'cancelled' | 'failed' }

export interface FamilyServiceDeps {
  client: BureauClient
  payments: PaymentService
  /** The relative's own face check (16 and over). */
  face: FaceCheckPort
  photo: PhotoUploadPort
}

export function createFamilyService(deps: FamilyServiceDeps) {
  async function checkMember(token: string, memberToken: string): Promise<Result<MemberOutcome>> {
    // A member's check quotes the record it finds: the rules load beside the bureau's answer.
    const [enrolment] = await Promise.all([deps.client.getEnrolment(token, memberToken), deps.payments.rulesReady()])
    if (!enrolment.ok) return enrolment
    if (!enrolment.value.registered) return ok({ kind: 'not-registered' })
    const outcome = classifyEnrolment(enrolment.value.records)
    switch (outcome.kind) {
      case 'payable': {
        const quote = deps.payments.quoteFor(outcome.record)
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

  async function bindMember(
    token: string,
    member: Pick<FamilyMember, 'memberToken' | 'bindingEvidence'>,
  ): Promise<Result<BindingStatus, BindError>> {
    const evidence: BindingEvidence = member.bindingEvidence
    const proof = evidence === 'face' ? await deps.face.verify() : await deps.photo.uploadHouseholdRegister()
    if (!proof.ok) return err({ kind: 'evidence', reason: proof.reason })
    const bound = await deps.client.bindFamilyMember({ token, memberToken: member.memberToken, evidence, ticket: proof.ticket })
    return bound.ok ? ok(bound.value.binding) : bound
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
