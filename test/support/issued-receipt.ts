/** An issued 电子凭证 for 林晓华's 2026 bill, as the bureau client hands it to the receipt view. */
import { fen } from '../../src/domain/money'
import type { Receipt, ReceiptStatus } from '../../src/services/model'

export function issuedReceipt(overrides: Partial<Receipt> = {}): ReceiptStatus {
  return {
    status: 'issued',
    receipt: {
      receiptNo: 'FJ2026000007',
      verificationCode: 'K3Z9QD',
      issuer: '福建省福州市鼓楼区医疗保障局',
      maskedPayerName: '**华',
      maskedInsuredName: '**华',
      maskedInsuredIdNumber: '350***********1234',
      amountFen: fen(40000),
      benefitYear: 2026,
      coverageStart: '2026-01-01',
      paidAt: '2025-11-20 10:00',
      regionName: '福建省福州市鼓楼区',
      ...overrides,
    },
  }
}
