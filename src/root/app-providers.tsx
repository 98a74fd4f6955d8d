/**
 * Hands what the composition root built to the features: the payment store
 * and cashier, the family feature's dependencies, and whether care mode is on
 * (for the shared components in src/ui).
 */
import type { ReactNode } from 'react'
import { useCareMode } from '../features/care-mode'
import { FamilyProvider } from '../features/family'
import { PaymentProvider } from '../features/payment'
import { CareModeContext } from '../ui'
import type { AppServices } from './app-services'

/** Read by every PageShell and fold: a stable function, so the providers never re-render. */
const useCareModeOn = (): boolean => useCareMode((state) => state.careMode)

export function AppProviders({ services, children }: { services: AppServices; children: ReactNode }) {
  return (
    <CareModeContext.Provider value={useCareModeOn}>
      <PaymentProvider value={{ store: services.paymentStore, cashier: services.cashier }}>
        <FamilyProvider deps={services.family}>{children}</FamilyProvider>
      </PaymentProvider>
    </CareModeContext.Provider>
  )
}
