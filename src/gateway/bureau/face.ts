/**
 * Face verification as WeChat does it now, in three phases. (1) The bureau
 * starts it with the person's name and ID number (WeChat's getverifyid) and
 * answers a verifyId, bound to that person and, for a relative's check, to
 * the payer who asked; random, single-use and short-lived. (2) The phone runs
 * wx.requestFacialVerify({ verifyId }), whose success means only that the
 * check finished. (3) The bureau reads the result itself (queryverifyinfo) and
 * only a passed, unexpired, unused verifyId for the right person opens a
 * session (verifyIdentity) or proves a relation (bindFamilyMember). Reading
 * the result uses the verifyId up, whatever it says.
 *
 * The result is what WeChat's face service recorded: in the mock and the
 * sandbox, `recordFaceResult` stands in for it (demo builds' simulated face
 * check). The ledger holds person references, never a name or ID number.
 */
import type { BureauContext } from './context'
import type { FaceResult, FaceVerification, LedgerTx } from './ledger'
import type { PersonRef } from './people'
import { refuse, reply, text, type Reply } from './replies'

/**
 * How long a verifyId may be used: long enough for one face check. WeChat's
 * own verify_id lives 3600 s by default (getverifyid's expires_in); the
 * bureau keeps its binding shorter, so a verifyId left on a phone soon dies.
 */
export const FACE_VERIFICATION_SECONDS = 600

/** A new verifyId for `person` (and, for a relative's check, the payer who asked). */
export async function startVerificationFor(
  ctx: BureauContext,
  tx: LedgerTx,
  person: PersonRef,
  askedBy?: PersonRef,
): Promise<Reply> {
  const verification: FaceVerification = {
    verifyId: await ctx.newToken('fv_'),
    person,
    ...(askedBy !== undefined && { askedBy }),
    expiresAt: ctx.now() + FACE_VERIFICATION_SECONDS * 1000,
    result: 'pending',
    used: false,
  }
  await tx.putFaceVerification(verification)
  return reply({ verifyId: verification.verifyId, expiresInSeconds: FACE_VERIFICATION_SECONDS })
}

/** Phase 1 for the resident: the name is checked against the ID number first; a person not met before is admitted. */
export async function startFaceVerification(
  ctx: BureauContext,
  tx: LedgerTx,
  body: Record<string, unknown>,
): Promise<Reply> {
  const name = text(body.name)
  const idNumber = text(body.idNumber)
  if (!name || !idNumber) return refuse('IDENTITY_MISMATCH', '缺少姓名或身份证号')
  const knownRef = ctx.registry.refOf(idNumber)
  const known = knownRef === undefined ? undefined : ctx.registry.person(knownRef)
  if (known && known.name !== name) return refuse('IDENTITY_MISMATCH', '姓名与身份证号不一致')
  return startVerificationFor(ctx, tx, knownRef ?? (await ctx.registry.admit({ name, idNumber })))
}

const FACE_REFUSALS: Record<Exclude<FaceResult, 'passed'>, Reply> = {
  pending: refuse('FACE_INCOMPLETE', '人脸核验未完成'),
  cancelled: refuse('FACE_INCOMPLETE', '人脸核验已取消'),
  failed: refuse('FACE_FAILED', '人脸核验未通过'),
}

/**
 * Phase 3: the verifyId's own verdict, for `person` (and the payer who asked,
 * for a relative's). It is used up here, passed or not; a refusal says why.
 */
export async function spendFaceVerification(
  ctx: BureauContext,
  tx: LedgerTx,
  verifyId: string,
  expect: { person?: PersonRef; askedBy?: PersonRef },
): Promise<{ passed: FaceVerification } | { refused: Reply }> {
  const verification = verifyId ? await tx.getFaceVerification(verifyId) : undefined
  if (!verification || verification.used)
    return { refused: refuse('FACE_INVALID', '人脸核验凭证无效或已使用') }
  // Presented once, it is spent, even for the wrong person: a verifyId is never tried twice.
  await tx.putFaceVerification({ ...verification, used: true })
  const forOther =
    (expect.person !== undefined && verification.person !== expect.person) ||
    verification.askedBy !== expect.askedBy
  if (forOther) return { refused: refuse('FACE_INVALID', '人脸核验凭证无效或已使用') }
  if (ctx.now() > verification.expiresAt) return { refused: refuse('FACE_EXPIRED', '人脸核验已超时') }
  if (verification.result !== 'passed') return { refused: FACE_REFUSALS[verification.result] }
  return { passed: verification }
}

/**
 * What WeChat's face service found for a verifyId (passed, failed: not the
 * same person, or cancelled): the demo's stand-in for the face check, called
 * by the mock face adapter and the sandbox's /face endpoint. Not an operation
 * of the contract. An unknown or used verifyId is refused FACE_INVALID.
 */
export async function recordFaceResult(
  _ctx: BureauContext,
  tx: LedgerTx,
  body: Record<string, unknown>,
): Promise<Reply> {
  const results: readonly FaceResult[] = ['passed', 'failed', 'cancelled']
  const result = results.find((candidate) => candidate === body.result)
  const verification = await tx.getFaceVerification(text(body.verifyId))
  if (!verification || verification.used || !result) return refuse('FACE_INVALID', '人脸核验凭证无效或已使用')
  await tx.putFaceVerification({ ...verification, result })
  return reply({ recorded: result })
}
