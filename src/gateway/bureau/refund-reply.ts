/**
 * A refund as the wire carries it: requestRefund's answer, and each 缴费记录
 * entry's `refund`. Its own module, so the records and the refund rules both
 * use it without importing each other.
 */
import type { Refund } from './ledger'

export const refundReply = (refund: Refund) => ({
  refundId: refund.refundId,
  receiptNo: refund.receiptNo,
  amountFen: refund.amountFen,
  reason: refund.reason,
  note: refund.note,
  status: refund.status,
  rejectionReason: refund.rejectionReason,
  submittedOn: refund.submittedOn,
  refundedOn: refund.refundedOn,
})
