/** 查验凭证: how each bureau answer moves the page's state (src/features/receipt-check/check-state.ts). */
import { stateAfter } from '../../src/features/receipt-check/check-state'
import { fen } from '../../src/domain/money'
import { err, ok, type GatewayError } from '../../src/services/gateway-errors'

const NOW = 1_000_000
const VALID = {
  status: 'valid' as const,
  receiptNo: 'FJ2026000007',
  issuer: '福建省福州市鼓楼区医疗保障局',
  maskedPayerName: '**华',
  maskedInsuredName: '**华',
  amountFen: fen(40000),
  benefitYear: 2026,
  paidOn: '2025-11-20',
}
const business = (
  code: 'RATE_LIMITED' | 'SYSTEM_BUSY' | 'MAINTENANCE',
  retryAfterMs?: number,
): GatewayError => ({
  kind: 'business',
  code,
  message: '',
  ...(retryAfterMs !== undefined && { retryAfterMs }),
})

test('valid and not-found are the bureau’s answers, not failures', () => {
  expect(stateAfter(ok(VALID), NOW)).toEqual({ kind: 'valid', receipt: VALID })
  expect(stateAfter(ok({ status: 'not-found' }), NOW)).toEqual({ kind: 'not-found' })
})

test.each<[string, GatewayError, number]>([
  ['RATE_LIMITED with its Retry-After', business('RATE_LIMITED', 6_000), 6_000],
  ['a 429 with its Retry-After', { kind: 'http', status: 429, retryAfterMs: 3_000 }, 3_000],
  ['系统繁忙 without a wait', business('SYSTEM_BUSY'), 10_000],
  ['a wait past the cap', business('RATE_LIMITED', 3_600_000), 600_000],
])('%s: limited until the wait has passed', (_what, error, waitMs) => {
  expect(stateAfter(err(error), NOW)).toEqual({ kind: 'rate-limited', retryAt: NOW + waitMs })
})

test.each<[string, GatewayError]>([
  ['no network', { kind: 'network' }],
  ['a timeout', { kind: 'timeout' }],
  ['no readable answer (status 0)', { kind: 'http', status: 0 }],
])('%s: the bureau could not be reached', (_what, error) => {
  expect(stateAfter(err(error), NOW)).toEqual({ kind: 'unreachable' })
})

test('anything else is said as the bureau’s failure', () => {
  const maintenance = business('MAINTENANCE')
  expect(stateAfter(err(maintenance), NOW)).toEqual({ kind: 'failed', error: maintenance })
  expect(stateAfter(err({ kind: 'http', status: 500 }), NOW)).toEqual({
    kind: 'failed',
    error: { kind: 'http', status: 500 },
  })
})
