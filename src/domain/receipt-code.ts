/**
 * What the receipt's QR code carries: the receipt number and its verification
 * code, which a counter or the bureau's site checks. No personal data.
 */
export function receiptQrPayload(receiptNo: string, verificationCode: string): string {
  return `YBJF-RECEIPT:${receiptNo}:${verificationCode}`
}
