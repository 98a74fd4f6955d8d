import { parseFaultPlan } from '../../src/gateway/mock/fault-plan'

describe('parseFaultPlan', () => {
  test('reads each kind of fault for its operation', () => {
    expect(
      parseFaultPlan(
        'getEnrolment:malformed,queryOrder:timeout,createOrder:http503,verifyIdentity:SYSTEM_BUSY',
      ),
    ).toEqual({
      getEnrolment: [{ kind: 'malformed' }],
      queryOrder: [{ kind: 'timeout' }],
      createOrder: [{ kind: 'http', status: 503 }],
      verifyIdentity: [{ kind: 'business', code: 'SYSTEM_BUSY' }],
    })
  })

  test('keeps several faults for one operation in order', () => {
    expect(parseFaultPlan('queryOrder:timeout, queryOrder:MAINTENANCE ,queryOrder:http500')).toEqual({
      queryOrder: [
        { kind: 'timeout' },
        { kind: 'business', code: 'MAINTENANCE' },
        { kind: 'http', status: 500 },
      ],
    })
  })

  test('ignores unknown operations, unknown faults and malformed entries', () => {
    expect(
      parseFaultPlan(
        'payNow:timeout,queryOrder:slow,queryOrder:UNKNOWN,queryOrder:http5000,createOrder,:timeout,toString:timeout,getReceipt:ALREADY_PAID',
      ),
    ).toEqual({ getReceipt: [{ kind: 'business', code: 'ALREADY_PAID' }] })
  })

  test("reads the share operations and the contract's refusals", () => {
    expect(
      parseFaultPlan(
        'listShareTokens:timeout,revokeShareToken:http503,redeemShareToken:SHARE_REVOKED,createOrder:IDEMPOTENCY_CONFLICT',
      ),
    ).toEqual({
      listShareTokens: [{ kind: 'timeout' }],
      revokeShareToken: [{ kind: 'http', status: 503 }],
      redeemShareToken: [{ kind: 'business', code: 'SHARE_REVOKED' }],
      createOrder: [{ kind: 'business', code: 'IDEMPOTENCY_CONFLICT' }],
    })
  })

  test('business codes are case-sensitive, as the gateway sends them', () => {
    expect(parseFaultPlan('createOrder:system_busy')).toEqual({})
  })

  test('an empty flag is an empty plan', () => {
    expect(parseFaultPlan('')).toEqual({})
  })

  test('reads the faults that need the bureau to act first, and repeats with *n', () => {
    expect(parseFaultPlan('createOrder:lost,queryOrder:notpay*2,queryOrder:closed')).toEqual({
      createOrder: [{ kind: 'lost' }],
      queryOrder: [{ kind: 'notpay' }, { kind: 'notpay' }, { kind: 'closed' }],
    })
  })

  test('a repeat count that is not a number, or zero, adds nothing; a huge one is capped', () => {
    expect(parseFaultPlan('queryOrder:notpay*x,queryOrder:notpay*0')).toEqual({})
    expect(parseFaultPlan('queryOrder:timeout*9999').queryOrder).toHaveLength(50)
  })
})
