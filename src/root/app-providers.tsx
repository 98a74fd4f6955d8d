/**
 * Hands what the composition root built to the features: the payment store
 * and the simulated cashier's sheet (demo and sandbox builds), the family
 * feature's dependencies, and whether care mode is on and how much the type
 * is scaled (for the shared components in src/ui).
 */
import type { ReactNode } from 'react'
import { useCareMode } from '../features/care-mode'
import { FamilyProvider } from '../features/family'
import { PaymentProvider } from '../features/payment'
import { ReceiptCheckProvider } from '../features/receipt-check'
import { CareModeContext, TextScaleContext } from '../ui'
import type { AppServices } from './app-services'

/** Read by every PageShell and fold: a stable function, so the providers never re-render. */
const useCareModeOn = (): boolean => useCareMode((state) => state.careMode)
const useTextScale = (): number => useCareMode((state) => state.textScale)

export function AppProviders({ services, children }: { services: AppServices; children: ReactNode }) {
  return (
    <CareModeContext.Provider value={useCareModeOn}>
      <TextScaleContext.Provider value={useTextScale}>
        <PaymentProvider value={{ store: services.paymentStore, cashierSheet: services.cashierSheet }}>
          <FamilyProvider deps={services.family}>
            <ReceiptCheckProvider deps={services.receiptCheck}>{children}</ReceiptCheckProvider>
          </FamilyProvider>
        </PaymentProvider>
      </TextScaleContext.Provider>
    </CareModeContext.Provider>
  )
}
