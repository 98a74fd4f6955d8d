/**
 * How the payment store reaches components: the composition root hands the
 * app's store (and, in demo and sandbox builds, the simulated cashier's sheet) to this provider;
 * UI tests mount pages with a fresh one. No component imports the root.
 */
import { createContext, useContext, type ReactNode } from 'react'
import { useStore } from 'zustand'
import type { ComponentType } from 'react'
import type { PaymentStore, PaymentStoreApi } from './store/payment-store'

export interface PaymentContextValue {
  store: PaymentStoreApi
  /**
   * Demo and sandbox builds only: the sheet standing in for WeChat's cashier, bound to
   * its cashier by the root, so a release bundle holds no simulated cashier at all.
   */
  cashierSheet?: ComponentType
}

const PaymentContext = createContext<PaymentContextValue | undefined>(undefined)

export function PaymentProvider({ value, children }: { value: PaymentContextValue; children: ReactNode }) {
  return <PaymentContext.Provider value={value}>{children}</PaymentContext.Provider>
}

function usePaymentContext(): PaymentContextValue {
  const value = useContext(PaymentContext)
  if (!value) throw new Error('PaymentProvider is missing: mount pages inside the app providers')
  return value
}

/** The store itself, for reading state once inside a handler (getState) rather than subscribing. */
export const usePaymentStoreApi = (): PaymentStoreApi => usePaymentContext().store

/** Select one field (or a stable value) at a time from the app's payment store. */
export function usePaymentStore<T>(selector: (state: PaymentStore) => T): T {
  return useStore(usePaymentContext().store, selector)
}

/** The simulated cashier's sheet where the build has one; nothing on a real bureau. */
export function SimulatedCashierSheet() {
  const Sheet = usePaymentContext().cashierSheet
  return Sheet ? <Sheet /> : null
}
