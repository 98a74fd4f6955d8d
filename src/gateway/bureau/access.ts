/**
 * Who is asking, and what their session may do. A resident's own session may
 * do everything for themselves and their 常用缴费人; a session opened from a
 * 请家人代缴 link acts for that one resident's bill only, while the link is
 * open: it may read the enrolment, make (at most one open) order without a
 * member token or the personal account, and read that order and its receipt.
 */
import type { BureauContext } from './context'
import type { LedgerTx, Session, Share } from './ledger'
import type { Person, PersonRef } from './people'
import { REFUSED, refuse, text, type Reply } from './replies'

export interface Caller {
  session: Session
  ref: PersonRef
  person: Person
}

export async function callerOf(
  ctx: BureauContext,
  tx: LedgerTx,
  token: unknown,
): Promise<Caller | undefined> {
  const session = await tx.getSession(text(token))
  const person = session && ctx.registry.person(session.person)
  return session && person ? { session, ref: session.person, person } : undefined
}

export type ShareStanding =
  | { kind: 'open' }
  | { kind: 'revoked' }
  | { kind: 'expired' }
  | { kind: 'paid'; receiptNo: string }
  /** The resident is no longer known to the register (a guest of an earlier run). */
  | { kind: 'unknown' }

/** A share ends when it is revoked, when the resident's year is paid, or after its last day. */
export async function standingOf(ctx: BureauContext, tx: LedgerTx, share: Share): Promise<ShareStanding> {
  if (share.revokedOn) return { kind: 'revoked' }
  const resident = ctx.registry.person(share.resident)
  if (!resident) return { kind: 'unknown' }
  const paid = await tx.findReceipt(share.resident, ctx.yearFor(resident))
  if (paid) return { kind: 'paid', receiptNo: paid.receiptNo }
  return ctx.today() > share.expiresOn ? { kind: 'expired' } : { kind: 'open' }
}

/** Why a share session may no longer act (a paid share may still read, and is refused ALREADY_PAID by createOrder). */
export async function shareSessionRefusal(
  ctx: BureauContext,
  tx: LedgerTx,
  session: Session,
): Promise<Reply | undefined> {
  const share = session.shareToken === undefined ? undefined : await tx.getShare(session.shareToken)
  if (!share) return refuse('SHARE_INVALID', '代缴邀请无效')
  const standing = await standingOf(ctx, tx, share)
  if (standing.kind === 'revoked') return REFUSED.shareRevoked()
  if (standing.kind === 'expired') return REFUSED.shareExpired()
  if (standing.kind === 'unknown') return refuse('SHARE_INVALID', '代缴邀请无效')
  return undefined
}

type Body = Record<string, unknown>
export type Handler = (ctx: BureauContext, tx: LedgerTx, body: Body) => Promise<Reply>
export type CallerHandler = (ctx: BureauContext, tx: LedgerTx, body: Body, caller: Caller) => Promise<Reply>

/** Any session: the handler checks what a share session may do itself. */
export const withSession =
  (handler: CallerHandler): Handler =>
  async (ctx, tx, body) => {
    const caller = await callerOf(ctx, tx, body.token)
    return caller ? handler(ctx, tx, body, caller) : REFUSED.sessionExpired()
  }

/** The resident's own session only: a share session is refused SCOPE_DENIED. */
export const residentOnly =
  (handler: CallerHandler): Handler =>
  async (ctx, tx, body) => {
    const caller = await callerOf(ctx, tx, body.token)
    if (!caller) return REFUSED.sessionExpired()
    return caller.session.scope === 'resident' ? handler(ctx, tx, body, caller) : REFUSED.scopeDenied()
  }
