/**
 * 请家人代缴 links. A resident mints a share token (7 days); a relative
 * redeems it for a session scoped to that resident's bill (see access.ts).
 * A share ends on payment, after its last day, or when the resident revokes
 * it; redeeming then answers ALREADY_PAID (with the receipt), SHARE_EXPIRED
 * or SHARE_REVOKED; an unknown token SHARE_INVALID.
 */
import { maskIdNumber, maskPersonName } from '../../domain/masking'
import { residentOnly, standingOf, type Handler } from './access'
import { addDays } from './context'
import { closeOrder } from './orders'
import { refuse, reply, REFUSED, text } from './replies'

/** How long a 请家人代缴 link stays usable: through the 7th day after it was made. */
export const SHARE_DAYS = 7

const redeemShareToken: Handler = async (ctx, tx, body) => {
  const share = await tx.getShare(text(body.shareToken))
  if (!share) return refuse('SHARE_INVALID', '代缴邀请无效')
  const standing = await standingOf(ctx, tx, share)
  const resident = ctx.registry.person(share.resident)
  switch (standing.kind) {
    case 'revoked':
      return REFUSED.shareRevoked()
    case 'paid':
      return refuse('ALREADY_PAID', '该居民本年度已缴费', { receiptNo: standing.receiptNo })
    case 'expired':
      return REFUSED.shareExpired()
    case 'unknown':
      return refuse('SHARE_INVALID', '代缴邀请无效')
  }
  if (!resident) return refuse('SHARE_INVALID', '代缴邀请无效')
  const token = await ctx.newToken('tk_')
  await tx.putSession({ token, person: share.resident, scope: 'share', shareToken: share.shareToken })
  return reply({
    token,
    maskedName: maskPersonName(resident.name),
    maskedIdNumber: maskIdNumber(resident.idNumber),
  })
}

export const shareHandlers = {
  createShareToken: residentOnly(async (ctx, tx, _body, caller) => {
    const paid = await tx.findReceipt(caller.ref, ctx.yearFor(caller.person))
    if (paid) return refuse('ALREADY_PAID', '本年度已缴费，无需家人代缴', { receiptNo: paid.receiptNo })
    const today = ctx.today()
    const share = {
      shareToken: await ctx.newToken('sh_'),
      resident: caller.ref,
      issuedOn: today,
      expiresOn: addDays(today, SHARE_DAYS),
    }
    await tx.putShare(share)
    return reply({ shareToken: share.shareToken, expiresOn: share.expiresOn })
  }),

  redeemShareToken,

  /** The resident's shares still open (not paid, expired or revoked). */
  listShareTokens: residentOnly(async (ctx, tx, _body, caller) => {
    const shares = []
    for (const share of await tx.findSharesOf(caller.ref)) {
      if ((await standingOf(ctx, tx, share)).kind === 'open')
        shares.push({ shareToken: share.shareToken, expiresOn: share.expiresOn })
    }
    return reply({ shares })
  }),

  /** The resident ends a share: it can no longer be redeemed, its sessions no longer act, and its unpaid order closes. */
  revokeShareToken: residentOnly(async (ctx, tx, body, caller) => {
    const share = await tx.getShare(text(body.shareToken))
    if (!share || share.resident !== caller.ref) return refuse('NOT_FOUND', '未找到该代缴邀请')
    if (!share.revokedOn) await tx.putShare({ ...share, revokedOn: ctx.today() })
    if (share.orderId !== undefined) await closeOrder(tx, share.orderId)
    return reply({ revoked: true })
  }),
}
