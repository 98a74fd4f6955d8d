/** The cart page's derived view: lines, the funding plan of what is left to pay, the account and the balance to draw on. */
import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useFamilyAid } from './use-family-store'
import { balanceToDrawOn, cartLines, fundingPlanOf } from '../store/cart-plan'
import { useFamilyStore } from './use-family-store'

export function useCartView() {
  const familyAid = useFamilyAid()
  const input = useFamilyStore(
    useShallow((state) => ({
      members: state.members,
      cart: state.cart,
      checks: state.checks,
      sources: state.sources,
      lines: state.lines,
      account: state.account,
      accountHeld: state.accountHeld,
    })),
  )
  return useMemo(() => {
    const lines = cartLines(input, familyAid)
    const funding = fundingPlanOf(input, familyAid)
    const account =
      input.account.status === 'ready' && input.account.data.hasAccount ? input.account.data : undefined
    const toPayCount = funding.ok
      ? funding.lines.length
      : lines.filter((view) => view.amountFen !== undefined && !view.line.receiptNo).length
    const started = lines.some(
      (view) => view.line.receiptNo || view.line.payment.phase !== 'idle' || view.line.bill,
    )
    return { lines, funding, account, balanceFen: balanceToDrawOn(input), toPayCount, started }
  }, [input, familyAid])
}
