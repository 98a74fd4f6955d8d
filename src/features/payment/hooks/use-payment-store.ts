import { useStore } from 'zustand'
import { paymentStore } from '../../../app-services'
import type { PaymentStore } from '../store/payment-store'

/** Select one field (or a stable value) at a time from the app's payment store. */
export function usePaymentStore<T>(selector: (state: PaymentStore) => T): T {
  return useStore(paymentStore, selector)
}
