/**
 * 参保信息: a person's records and each record's standing for the year.
 * Verification (after the face check, face.ts) opens a session; getEnrolment reads the caller's own records,
 * or with `memberToken` those of one of their 常用缴费人.
 */
import type { RecordStatus } from '../../contract/wire-schemas'
import { maskIdNumber, maskPersonName } from '../../domain/masking'
import { breakYearsBefore } from '../../domain/payment-history'
import { bandsFor } from '../../domain/plan-options'
import { rulesForYear } from '../../domain/region-rules'
import { regionRulesFor } from '../../config/regions'
import { shareSessionRefusal, withSession, type Caller, type Handler } from './access'
import type { BureauContext } from './context'
import { spendFaceVerification } from './face'
import { memberOf } from './family'
import type { LedgerTx, Receipt } from './ledger'
import { ageOnFirstDayOf, birthDateOf, type Person, type PersonRecord, type PersonRef } from './people'
import { REFUSED, refuse, reply, text, type Reply } from './replies'

export interface Insured {
  ref: PersonRef
  person: Person
}

/**
 * The person a request is about: the caller, or with `memberToken` one of the
 * caller's 常用缴费人. A share session is for its resident only.
 */
export async function insuredFor(
  ctx: BureauContext,
  tx: LedgerTx,
  caller: Caller,
  body: Record<string, unknown>,
): Promise<Insured | Reply> {
  if (body.memberToken === undefined) return { ref: caller.ref, person: caller.person }
  if (caller.session.scope === 'share') return REFUSED.scopeDenied()
  const member = await memberOf(ctx, tx, caller, text(body.memberToken))
  return member ? { ref: member.stored.person, person: member.person } : REFUSED.noSuchPerson()
}

export const isReply = (value: Insured | Reply): value is Reply => 'ok' in value

/** The person's receipt for the year of their bill, if paid (in any region). */
export const paidReceiptOf = (
  ctx: BureauContext,
  tx: LedgerTx,
  insured: Insured,
): Promise<Receipt | undefined> => tx.findReceipt(insured.ref, ctx.yearFor(insured.person))

export function isFullySubsidised(record: PersonRecord, benefitYear: number): boolean {
  const rules = regionRulesFor(record.adcode)
  const year = rules && rulesForYear(rules, benefitYear)
  return (
    year?.subsidyRules.some((rule) => rule.group === record.subsidyGroup && rule.mode === 'full') ?? false
  )
}

/** Only where the record's standard goes by age band does it carry the age (whole years, never the birth date). */
function hasAgeBands(record: PersonRecord, benefitYear: number): boolean {
  const rules = regionRulesFor(record.adcode)
  const year = rules && rulesForYear(rules, benefitYear)
  return year !== undefined && bandsFor(year, record.category).length > 0
}

function recordStatus(record: PersonRecord, paid: Receipt | undefined, benefitYear: number): RecordStatus {
  if (paid?.recordId === record.recordId) return 'paid'
  return isFullySubsidised(record, benefitYear) ? 'fully-subsidised' : 'payable'
}

/**
 * Phase 3 of the face verification (face.ts): the bureau's own reading of the
 * verifyId's result; only a passed one opens a session, for the person the
 * verifyId is bound to. Nothing here comes from the request but the verifyId.
 */
export const verifyIdentity: Handler = async (ctx, tx, body) => {
  const verdict = await spendFaceVerification(ctx, tx, text(body.verifyId), {})
  if ('refused' in verdict) return verdict.refused
  const ref = verdict.passed.person
  const person = ctx.registry.person(ref)
  // A guest of an earlier run: the register no longer knows who this verifyId was for.
  if (!person) return refuse('FACE_INVALID', '人脸核验凭证无效或已使用')
  const token = await ctx.newToken('tk_')
  await tx.putSession({ token, person: ref, scope: 'resident' })
  return reply({
    token,
    maskedName: maskPersonName(person.name),
    maskedIdNumber: maskIdNumber(person.idNumber),
    birthDate: birthDateOf(person.idNumber),
    residentRef: await residentRefOf(ctx, tx, ref),
  })
}

/**
 * The person's reference for the app: the one issued before, or a new random
 * one, kept. Random rather than a hash of the ID number, which anyone holding
 * an ID number could recompute and match against a phone's saved state.
 */
async function residentRefOf(ctx: BureauContext, tx: LedgerTx, person: PersonRef): Promise<string> {
  const issued = await tx.getResidentRef(person)
  if (issued) return issued.residentRef
  const residentRef = await ctx.newToken('rr_')
  await tx.putResidentRef({ person, residentRef })
  return residentRef
}

export const getEnrolment: Handler = withSession(async (ctx, tx, body, caller) => {
  if (caller.session.scope === 'share') {
    const refusal = await shareSessionRefusal(ctx, tx, caller.session)
    if (refusal) return refusal
  }
  const insured = await insuredFor(ctx, tx, caller, body)
  if (isReply(insured)) return insured
  const { person } = insured
  if (!person.records) return reply({ registered: false })
  const benefitYear = ctx.yearFor(person)
  const paid = await paidReceiptOf(ctx, tx, insured)
  return reply({
    registered: true,
    records: person.records.map((record) => {
      const status = recordStatus(record, paid, benefitYear)
      return {
        recordId: record.recordId,
        adcode: record.adcode,
        regionName: record.regionName,
        category: record.category,
        subsidyGroup: record.subsidyGroup,
        benefitYear,
        status,
        receiptNo: status === 'paid' ? paid?.receiptNo : undefined,
        // Derived from the history too, for apps that read only the count (and step 2's 断保情况).
        breakYears: record.breakYears ?? (record.history && breakYearsBefore(record.history, benefitYear)),
        continuousYears: record.continuousYears,
        birthDate: record.birthDate,
        inSchool: record.inSchool,
        bureauDate: person.bureauDate,
        history: record.history,
        ageOnFirstDay: hasAgeBands(record, benefitYear)
          ? ageOnFirstDayOf(person.idNumber, benefitYear)
          : undefined,
      }
    }),
  })
})
