/**
 * What the cart page shows and pays, derived from the family store: each line
 * with its check, whether 家庭共济 may pay it (and why not), its funding source,
 * the balance there is to draw on, and the funding plan for the lines still to
 * pay; and, for the members page, what 已绑定 allows for each relative.
 */
import {
  familyAidCheck,
  familyAidOutlook,
  type FamilyAidCheck,
  type FamilyAidRefusal,
} from '../../../domain/family'
import { planFunding, type CartLine, type FundingPlan, type FundingSource } from '../../../domain/family-cart'
import { fen, ZERO_FEN, type Fen } from '../../../domain/money'
import type { FamilyAidLookup } from '../../../config/regions/family-aid'
import type { MemberOutcome } from '../../../services/family-service'
import type { FamilyMember, PersonalAccount } from '../../../services/model'
import type { Loadable } from '../../../ui/loadable'
import type { FamilyState, LineState } from './family-store'

export type { FamilyAidLookup }

export interface CartLineView {
  member: FamilyMember
  check: Loadable<MemberOutcome>
  /** Set when the check says payable. */
  amountFen?: Fen
  /** Whether the personal account may pay this line; absent before the check and the account are known. */
  aid?: FamilyAidCheck
  source: FundingSource
  line: LineState
}

type CartInput = Pick<
  FamilyState,
  'members' | 'cart' | 'checks' | 'sources' | 'lines' | 'account' | 'accountHeld'
>

const accountOf = (
  state: Pick<FamilyState, 'account'>,
): Extract<PersonalAccount, { hasAccount: true }> | undefined =>
  state.account.status === 'ready' && state.account.data.hasAccount ? state.account.data : undefined

export function cartLines(state: CartInput, lookup: FamilyAidLookup): CartLineView[] {
  const account = accountOf(state)
  return state.cart.flatMap((memberToken) => {
    const member = state.members.find((candidate) => candidate.memberToken === memberToken)
    if (!member) return []
    const check = state.checks[memberToken] ?? { status: 'idle' }
    const outcome = check.status === 'ready' ? check.data : undefined
    const payable = outcome?.kind === 'payable' ? outcome : undefined
    const aid =
      payable && account
        ? familyAidCheck({
            capability: lookup(account.adcode),
            accountAdcode: account.adcode,
            memberAdcode: payable.record.adcode,
            binding: member.binding,
          })
        : undefined
    const source: FundingSource = aid?.ok && state.sources[memberToken] === 'account' ? 'account' : 'wechat'
    const line = state.lines[memberToken] ?? { payment: { phase: 'idle' } }
    const amountFen = line.receiptNo && line.paidFen !== undefined ? line.paidFen : payable?.quote.payableFen
    return [{ member, check, amountFen, aid, source, line }]
  })
}

/**
 * The balance this cart may draw on: the bureau's, plus what this cart's own
 * open orders held when it was read (the bureau leaves a held part out; the
 * line that holds it pays with it when its order is confirmed or reused).
 * Undefined while the account is not known.
 */
export function balanceToDrawOn(state: CartInput): Fen | undefined {
  const account = accountOf(state)
  if (!account) return undefined
  const held = state.cart.reduce((total, memberToken) => {
    const line = state.lines[memberToken]
    const orderId = line?.bill?.orderId
    return orderId && !line.receiptNo && state.accountHeld.includes(orderId)
      ? total + (line.bill?.payFor?.accountFen ?? 0)
      : total
  }, 0)
  return fen(account.balanceFen + held)
}

/** The lines still to pay (payable, no receipt yet), funded from the account first where chosen. */
export function fundingPlanOf(state: CartInput, lookup: FamilyAidLookup): FundingPlan {
  const account = accountOf(state)
  const toPay: CartLine[] = cartLines(state, lookup)
    .filter((view) => view.amountFen !== undefined && !view.line.receiptNo)
    .map((view) => ({
      memberToken: view.member.memberToken,
      amountFen: view.amountFen ?? ZERO_FEN,
      source: view.source,
    }))
  const topUp = account ? lookup(account.adcode).topUpByWechat === true : false
  return planFunding(toPay, balanceToDrawOn(state) ?? ZERO_FEN, topUp)
}

/**
 * What the personal account may do for a listed relative, by the same check
 * as the cart: its region's rule, the binding and, where the rule is "same
 * province", the relative's insured region, known once their bill was asked
 * for (a cart check). Before that, the members page promises nothing.
 */
export type MemberAid =
  | { kind: 'ok' }
  | { kind: 'refused'; reason: FamilyAidRefusal; accountRegion: string }
  | { kind: 'depends-on-region'; accountRegion: string }
  | { kind: 'no-account' }
  /** The account is not read yet (or could not be). */
  | { kind: 'unknown' }

export function memberAid(
  state: Pick<FamilyState, 'members' | 'checks' | 'account'>,
  lookup: FamilyAidLookup,
): Record<string, MemberAid> {
  const account = state.account.status === 'ready' ? state.account.data : undefined
  return Object.fromEntries(
    state.members.map((member): [string, MemberAid] => {
      if (!account) return [member.memberToken, { kind: 'unknown' }]
      if (!account.hasAccount) return [member.memberToken, { kind: 'no-account' }]
      const check = state.checks[member.memberToken]
      const outcome = check?.status === 'ready' ? check.data : undefined
      const memberAdcode = outcome && 'record' in outcome ? outcome.record.adcode : undefined
      const outlook = familyAidOutlook({
        capability: lookup(account.adcode),
        accountAdcode: account.adcode,
        memberAdcode,
        binding: member.binding,
      })
      const aid: MemberAid =
        outlook.ok === true
          ? { kind: 'ok' }
          : outlook.ok === false
            ? { kind: 'refused', reason: outlook.reason, accountRegion: account.regionName }
            : { kind: 'depends-on-region', accountRegion: account.regionName }
      return [member.memberToken, aid]
    }),
  )
}
