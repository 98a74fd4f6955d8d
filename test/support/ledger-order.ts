/** An order row as the bureau's rules would write it, for tests that write to a ledger round them. */
import type { Order } from '../../src/gateway/bureau'

export const ledgerOrder = (overrides: Partial<Order> = {}): Order => ({
  orderId: 'OD20260000000000000001',
  idempotencyKey: 'key-1',
  sessionToken: 'tk_session',
  request: '[]',
  insured: 'seed:0',
  payer: 'seed:0',
  recordId: 'R-LXH-1',
  benefitYear: 2026,
  amountFen: 40000,
  coverageStart: '2026-01-01',
  status: 'NOTPAY',
  ...overrides,
})
