/**
 * What the cart page shows and pays, derived from the family store: each line
 * with its check, whether 家庭共济 may pay it (and why not), its funding source,
 * and the funding plan for the lines still to pay.
 */
import { familyAidCheck, type FamilyAidCheck } from '../../../domain/family'
import { planFunding, type CartLine, type FundingPlan, type FundingSource } from '../../../domain/family-cart'
import { ZERO_FEN, type Fen } from '../../../domain/money'
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

type CartInput = Pick<FamilyState, 'members' | 'cart' | 'checks' | 'sources' | 'lines' | 'account'>

const accountOf = (state: Pick<FamilyState, 'account'>): Extract<PersonalAccount, { hasAccount: true }> | undefined =>
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

/** The lines still to pay (payable, no receipt yet), funded from the account first where chosen. */
export function fundingPlanOf(state: CartInput, lookup: FamilyAidLookup): FundingPlan {
  const account = accountOf(state)
  const toPay: CartLine[] = cartLines(state, lookup)
    .filter((view) => view.amountFen !== undefined && !view.line.receiptNo)
    .map((view) => ({ memberToken: view.member.memberToken, amountFen: view.amountFen ?? ZERO_FEN, source: view.source }))
  const topUp = account ? lookup(account.adcode).topUpByWechat === true : false
  return planFunding(toPay, account ? account.balanceFen : ZERO_FEN, topUp)
}
