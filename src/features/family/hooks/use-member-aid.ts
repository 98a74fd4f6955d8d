/** What the personal account may do for each listed member: the cart's own 家庭共济 check, for the members page. */
import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { memberAid, type MemberAid } from '../store/cart-plan'
import { useFamilyAid, useFamilyStore } from './use-family-store'

export function useMemberAid(): Record<string, MemberAid> {
  const familyAid = useFamilyAid()
  const input = useFamilyStore(
    useShallow((state) => ({ members: state.members, checks: state.checks, account: state.account })),
  )
  return useMemo(() => memberAid(input, familyAid), [input, familyAid])
}
