/**
 * What the receipt's QR code carries: the receipt number and its verification
 * code, which a counter or the bureau's site checks. No personal data.
 */
const QR_PREFIX = 'YBJF-RECEIPT:'

export function receiptQrPayload(receiptNo: string, verificationCode: string): string {
  return `${QR_PREFIX}${receiptNo}:${verificationCode}`
}

/** A receipt number as the bureau prints it: FJ, then the year and its serial digits. */
const RECEIPT_NO = /^FJ\d{10,16}$/
/** A verification code: six letters or digits (the bureau's alphabet is 0–9 and A–Z). */
const VERIFICATION_CODE = /^[0-9A-Z]{6}$/

export interface ReceiptToCheck {
  receiptNo: string
  verificationCode: string
}

/** What a scanned QR code carries, if it is one of our receipts' codes. */
export function parseReceiptQr(text: string): ReceiptToCheck | undefined {
  const trimmed = text.trim()
  if (!trimmed.startsWith(QR_PREFIX)) return undefined
  const [receiptNo = '', verificationCode = '', ...rest] = trimmed.slice(QR_PREFIX.length).split(':')
  const typed = normaliseReceiptInput({ receiptNo, verificationCode })
  return rest.length === 0 && receiptInputProblems(typed).length === 0 ? typed : undefined
}

/** What the resident typed, as the bureau reads it: no spaces, capital letters. */
export function normaliseReceiptInput(input: ReceiptToCheck): ReceiptToCheck {
  return {
    receiptNo: input.receiptNo.replace(/\s+/g, '').toUpperCase(),
    verificationCode: input.verificationCode.replace(/\s+/g, '').toUpperCase(),
  }
}

export type ReceiptInputField = 'receiptNo' | 'verificationCode'

/** Each field that cannot be a receipt's, with the Chinese the form shows under it. */
export function receiptInputProblems(
  input: ReceiptToCheck,
): Array<{ field: ReceiptInputField; message: string }> {
  const problems: Array<{ field: ReceiptInputField; message: string }> = []
  if (!input.receiptNo) problems.push({ field: 'receiptNo', message: '请输入凭证号' })
  else if (!RECEIPT_NO.test(input.receiptNo))
    problems.push({ field: 'receiptNo', message: '凭证号以 FJ 开头，后面是 10 到 16 位数字，请核对' })
  if (!input.verificationCode) problems.push({ field: 'verificationCode', message: '请输入校验码' })
  else if (!VERIFICATION_CODE.test(input.verificationCode))
    problems.push({ field: 'verificationCode', message: '校验码是 6 位字母或数字，请核对' })
  return problems
}
