/** 电子凭证查验: what pages and the composition root may use. */
export { ReceiptCheckProvider, type ReceiptCheckDeps } from './receipt-check-deps'
export { ReceiptCheckForm } from './components/receipt-check-form'
