/**
 * What home may say of the payer's 常用缴费人 without building the family
 * store, which is built in the family subpackage (family-deps.tsx): read from
 * what that store saved. Only the current payer's list counts (the store keeps
 * another payer's apart), and a member counts as paid once a bill for them
 * was paid here (the line kept its receipt number); the bureau may know of
 * payments made elsewhere, so home says 尚未在本程序缴费, not 未缴费.
 */
import type { FamilyDeps } from './family-deps'

/** The family store's key in storage (store/family-store.ts persists under it). */
const SAVED_KEY = 'yibao-family'

interface SavedFamily {
  state?: {
    members?: Array<{ memberToken: string }>
    lines?: Record<string, { receiptNo?: string } | undefined>
    payerToken?: string
    payerRef?: string
  }
}

/** How many of the payer's saved relatives have no payment made here; undefined when none are saved for this payer. */
export function membersNotPaidHere(deps: FamilyDeps): number | undefined {
  const raw = deps.storage.getItem(SAVED_KEY)
  if (typeof raw !== 'string') return undefined
  let saved: SavedFamily
  try {
    saved = JSON.parse(raw) as SavedFamily
  } catch {
    return undefined
  }
  const state = saved.state
  // As the store decides it (syncPayer): the same session, or the same person verified again.
  const token = deps.identityToken()
  const ref = deps.payerResidentRef?.()
  const samePayer =
    state !== undefined &&
    token !== undefined &&
    (state.payerToken === token || (ref !== undefined && state.payerRef === ref))
  if (!samePayer || !state.members || state.members.length === 0) return undefined
  return state.members.filter((member) => !state.lines?.[member.memberToken]?.receiptNo).length
}
