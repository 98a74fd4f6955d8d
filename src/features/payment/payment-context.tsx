/**
 * How the payment store reaches components: the composition root hands the
 * app's store (and, in demo builds, the simulated cashier) to this provider;
 * UI tests mount pages with a fresh one. No component imports the root.
 */
import { createContext, useContext, type ReactNode } from 'react'
import { useStore } from 'zustand'
import type { SimulatedCashier } from '../../services/ports'
import type { PaymentStore, PaymentStoreApi } from './store/payment-store'

export interface PaymentContextValue {
  store: PaymentStoreApi
  /** Demo builds only: the sheet standing in for WeChat's cashier. */
  cashier?: SimulatedCashier
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

export const useSimulatedCashier = (): SimulatedCashier | undefined => usePaymentContext().cashier
