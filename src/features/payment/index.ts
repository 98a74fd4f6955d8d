/** The payment feature (the six steps): what pages and the composition root may use. */
export {
  PaymentProvider,
  usePaymentStore,
  usePaymentStoreApi,
  SimulatedCashierSheet,
  type PaymentContextValue,
} from './payment-context'
export {
  createPaymentStore,
  type PaymentStore,
  type PaymentStoreApi,
  type PaymentState,
  selectConsentCurrent,
  selectReceipt,
  type WithdrawOutcome,
} from './store/payment-store'
export { useStepGuard } from './hooks/use-step-guard'
export { useReverify } from './hooks/use-reverify'
export { useDeviceToday } from './hooks/use-device-today'
export { useSecondsUntil } from './hooks/use-seconds-until'
export { provideContributionRules } from './provide-rules'
export { AmountView } from './components/amount-view'
export { CashierSheet } from './components/cashier-sheet'
export { EnrolmentView } from './components/enrolment-view'
export { PaymentStatus } from './components/payment-status'
export { OtherPayerNotice } from './components/other-payer-notice'
export { PlanView } from './components/plan-view'
export { PlanOptions } from './components/plan-options'
export { ReceiptView } from './components/receipt-view'
export {
  ALL,
  RecordsFilter,
  filterRecords,
  filterOptions,
  SELF,
  type RecordsFilterKey,
} from './components/records-filter'
export { RecordsList } from './components/records-list'
export { RefundForm } from './components/refund-form'
export { waitingEndReminders } from './copy/refund-copy'
export { VerifyForm } from './components/verify-form'
