import { goTo } from '../../../platform/navigation'
import { usePaymentStore } from '../payment-context'

/** For an expired identity token: forget it and open step 1 again. */
export function useReverify(): () => void {
  const expireSession = usePaymentStore((state) => state.expireSession)
  return () => {
    expireSession()
    goTo('verify')
  }
}
