import { createBureauClient } from '../../src/services/bureau-client'
import { createMockGateway } from '../../src/gateway/mock/mock-gateway'
import { OPERATIONS, type GatewayTransport, type TransportResponse } from '../../src/services/ports'
import { seed } from '../support/seed'
import { tokenOf } from '../support/verified-order'
import { callOperation } from '../support/call-operation'

const newGateway = () => createMockGateway({ latencyMs: 0, today: () => '2025-11-20', benefitYear: 2026 })

/** A transport that answers every operation with the same response. */
const answering = (response: TransportResponse): GatewayTransport => ({
  send: () => Promise.resolve(response),
})

describe('bureau client over the mock gateway', () => {
  const lin = seed('林晓华')

  test('the two phases give a verifyId, then a token and only masked personal data', async () => {
    const gateway = newGateway()
    const client = createBureauClient(gateway)
    const started = await client.startFaceVerification({ name: lin.name, idNumber: lin.idNumber })
    if (!started.ok) throw new Error('not started')
    expect(started.value).toEqual({ verifyId: expect.stringMatching(/^fv_.{24}$/), expiresInSeconds: 600 })
    await gateway.completeFaceCheck(started.value.verifyId)
    const result = await client.verifyIdentity(started.value.verifyId)
    expect(result).toEqual({
      ok: true,
      value: {
        token: expect.stringMatching(/^.{8,}$/),
        maskedName: '**华',
        maskedIdNumber: '350***********1234',
        birthDate: '1990-03-07',
        residentRef: expect.stringMatching(/^rr_.{24}$/),
      },
    })
    const json = JSON.stringify([started, result])
    expect(json).not.toContain(lin.idNumber)
    expect(json).not.toContain(lin.name)
  })

  test('a name that does not match the seeded ID is refused IDENTITY_MISMATCH before any face check', async () => {
    const client = createBureauClient(newGateway())
    const result = await client.startFaceVerification({ name: '林小华', idNumber: lin.idNumber })
    expect(result).toEqual({
      ok: false,
      error: { kind: 'business', code: 'IDENTITY_MISMATCH', message: '姓名与身份证号不一致' },
    })
  })

  test('a verifyId whose face check never finished opens no session', async () => {
    const client = createBureauClient(newGateway())
    const started = await client.startFaceVerification({ name: lin.name, idNumber: lin.idNumber })
    if (!started.ok) throw new Error('not started')
    const result = await client.verifyIdentity(started.value.verifyId)
    expect(result.ok || result.error).toEqual(
      expect.objectContaining({ kind: 'business', code: 'FACE_INCOMPLETE' }),
    )
  })

  test('the token opens the enrolment; an unknown token is SESSION_EXPIRED', async () => {
    const gateway = newGateway()
    const client = createBureauClient(gateway)
    const enrolment = await client.getEnrolment(await tokenOf(client, lin.name, gateway))
    expect(enrolment.ok && enrolment.value).toEqual({
      registered: true,
      records: [
        expect.objectContaining({
          recordId: 'R-LXH-1',
          adcode: '350102',
          status: 'payable',
          benefitYear: 2026,
        }),
      ],
    })
    const expired = await client.getEnrolment('tk_forged_token')
    expect(expired.ok || expired.error).toEqual(
      expect.objectContaining({ kind: 'business', code: 'SESSION_EXPIRED' }),
    )
  })

  test('the payment history on the wire: years with their payment days become the record; a malformed day is a schema error', async () => {
    const recordWith = (history: unknown) => ({
      ok: true,
      data: {
        registered: true,
        records: [
          {
            recordId: 'R-1',
            adcode: '350102',
            regionName: '福建省福州市鼓楼区',
            category: 'working-age',
            subsidyGroup: 'none',
            benefitYear: 2026,
            status: 'payable',
            history,
          },
        ],
      },
    })
    const history = [{ benefitYear: 2025, paidOn: '2025-11-06' }]
    const parsed = await createBureauClient(
      answering({ kind: 'body', body: recordWith(history) }),
    ).getEnrolment('tk')
    expect(parsed.ok && parsed.value.registered && parsed.value.records[0]?.history).toEqual(history)
    for (const malformed of [[{ benefitYear: 2025, paidOn: '2025/11/06' }], [{ paidOn: '2025-11-06' }], 3]) {
      const client = createBureauClient(answering({ kind: 'body', body: recordWith(malformed) }))
      expect(await client.getEnrolment('tk')).toEqual({
        ok: false,
        error: { kind: 'schema', operation: 'getEnrolment' },
      })
    }
  })

  test('a malformed response is a schema error naming the operation, and the fault is used once', async () => {
    const gateway = newGateway()
    gateway.injectFault('startFaceVerification', { kind: 'malformed' })
    const client = createBureauClient(gateway)
    const input = { name: lin.name, idNumber: lin.idNumber }
    expect(await client.startFaceVerification(input)).toEqual({
      ok: false,
      error: { kind: 'schema', operation: 'startFaceVerification' },
    })
    expect((await client.startFaceVerification(input)).ok).toBe(true)
  })

  test('timeout and HTTP faults come back as typed errors', async () => {
    const gateway = newGateway()
    gateway.injectFault('queryOrder', { kind: 'timeout' })
    gateway.injectFault('queryOrder', { kind: 'http', status: 503 })
    gateway.injectFault('queryOrder', { kind: 'business', code: 'SYSTEM_BUSY' })
    const client = createBureauClient(gateway)
    expect(await client.queryOrder('tk_anything', 'OD1')).toEqual({ ok: false, error: { kind: 'timeout' } })
    expect(await client.queryOrder('tk_anything', 'OD1')).toEqual({
      ok: false,
      error: { kind: 'http', status: 503 },
    })
    expect(await client.queryOrder('tk_anything', 'OD1')).toEqual({
      ok: false,
      error: { kind: 'business', code: 'SYSTEM_BUSY', message: '模拟故障' },
    })
  })

  test('a fault plan from the options is used once, and each gateway gets its own copy', async () => {
    const faults = { getEnrolment: [{ kind: 'timeout' as const }] }
    const options = { latencyMs: 0, today: () => '2025-11-20', benefitYear: 2026, faults }
    const first = createBureauClient(createMockGateway(options))
    const second = createBureauClient(createMockGateway(options))
    expect(await first.getEnrolment('tk_x')).toEqual({ ok: false, error: { kind: 'timeout' } })
    expect(await first.getEnrolment('tk_x')).toEqual({
      ok: false,
      error: expect.objectContaining({ kind: 'business', code: 'SESSION_EXPIRED' }),
    })
    expect(await second.getEnrolment('tk_x')).toEqual({ ok: false, error: { kind: 'timeout' } })
    expect(faults.getEnrolment).toHaveLength(1)
  })
})

describe('bureau client over a misbehaving transport', () => {
  test('a business code it does not know becomes UNKNOWN, keeping the message', async () => {
    const client = createBureauClient(
      answering({ kind: 'body', body: { ok: false, error: { code: 'E9001', message: '渠道异常' } } }),
    )
    expect(await client.getEnrolment('tk_x')).toEqual({
      ok: false,
      error: { kind: 'business', code: 'UNKNOWN', message: '渠道异常' },
    })
  })

  test('transport failures pass through as they are', async () => {
    expect(await createBureauClient(answering({ kind: 'network' })).listRecords('tk_x')).toEqual({
      ok: false,
      error: { kind: 'network' },
    })
    expect(await createBureauClient(answering({ kind: 'http', status: 404 })).listRecords('tk_x')).toEqual({
      ok: false,
      error: { kind: 'http', status: 404 },
    })
  })

  const garbage: Array<[string, unknown]> = [
    ['null', null],
    ['undefined', undefined],
    ['a string', '<html>502 Bad Gateway</html>'],
    ['a number', 42],
    ['an array', [{ ok: true }]],
    ['ok with empty data', { ok: true, data: {} }],
    ['ok without data', { ok: true }],
    ['ok with null data', { ok: true, data: null }],
    ['a refusal without error', { ok: false }],
    ['a refusal with a numeric code', { ok: false, error: { code: 500, message: 'x' } }],
    ['ok as a string', { ok: 'true', data: {} }],
  ]

  test.each(garbage)('%s never throws and is a schema error for every operation', async (_label, body) => {
    const client = createBureauClient(answering({ kind: 'body', body }))
    for (const operation of OPERATIONS) {
      await expect(callOperation(client, operation)).resolves.toEqual({
        ok: false,
        error: { kind: 'schema', operation },
      })
    }
  })

  test('a verification answered without the resident reference is refused as schema', async () => {
    const client = createBureauClient(
      answering({
        kind: 'body',
        body: {
          ok: true,
          data: {
            token: 'tk_0123456789abcdef',
            maskedName: '**华',
            maskedIdNumber: '350***********1234',
            birthDate: '1990-03-07',
          },
        },
      }),
    )
    expect(await callOperation(client, 'verifyIdentity')).toEqual({
      ok: false,
      error: { kind: 'schema', operation: 'verifyIdentity' },
    })
  })

  test('a created order with an amount in fractional fen is refused as schema', async () => {
    const client = createBureauClient(
      answering({
        kind: 'body',
        body: {
          ok: true,
          data: {
            orderId: 'OD1',
            amountFen: 400.5,
            payParams: { timeStamp: '1', nonceStr: 'n', package: 'p', signType: 'RSA', paySign: 's' },
          },
        },
      }),
    )
    expect(await callOperation(client, 'createOrder')).toEqual({
      ok: false,
      error: { kind: 'schema', operation: 'createOrder' },
    })
  })
})

test('receipt lines: amounts are ≥ 0 on the wire; an assistance item becomes a deduction, so the lines sum to the total', async () => {
  const receipt = {
    receiptNo: 'FJ2026000000000009',
    verificationCode: 'AB12CD',
    issuer: '福建省福州市鼓楼区医疗保障局',
    maskedPayerName: '**英',
    maskedInsuredName: '**英',
    maskedInsuredIdNumber: '350***********2460',
    amountFen: 10000,
    benefitYear: 2026,
    coverageStart: '2026-01-01',
    lines: [
      { kind: 'standard', label: '个人缴费标准', amountFen: 40000 },
      { kind: 'assistance', label: '资助参保（低保对象）', amountFen: 30000 },
    ],
    paidAt: '2025-11-20 10:00',
    regionName: '福建省福州市鼓楼区',
  }
  const client = createBureauClient(
    answering({ kind: 'body', body: { ok: true, data: { status: 'issued', receipt } } }),
  )
  const answer = await client.getReceipt('tk_a', receipt.receiptNo)
  if (!answer.ok || answer.value.status !== 'issued') throw new Error('not issued')
  const lines = answer.value.receipt.lines ?? []
  expect(lines.map((line) => line.amountFen)).toEqual([40000, -30000])
  expect(lines.reduce((total, line) => total + line.amountFen, 0)).toBe(answer.value.receipt.amountFen)

  const negative = { ...receipt, lines: [{ kind: 'assistance', label: '资助', amountFen: -30000 }] }
  const refused = await createBureauClient(
    answering({ kind: 'body', body: { ok: true, data: { status: 'issued', receipt: negative } } }),
  ).getReceipt('tk_a', receipt.receiptNo)
  expect(refused).toEqual({ ok: false, error: { kind: 'schema', operation: 'getReceipt' } })
})
