/**
 * 电子凭证查验 (checkReceipt) against the bureau's rules as the app reaches them:
 * the in-app mock transport, and the HTTP gateway talking to the sandbox bureau
 * (PGlite, in-process). A receipt with its code answers valid and masked; an
 * unknown number and a wrong code give the very same answer; one caller is held
 * to 10 checks at once and then one every 6 s, told how long to wait.
 */
import { createBureau, createMemoryLedger, createSeedRegistry } from '../../src/gateway/bureau'
import { createHttpGateway } from '../../src/gateway/http/http-gateway'
import { createMockGateway, type MockGateway } from '../../src/gateway/mock/mock-gateway'
import { SEED_RESIDENTS } from '../../src/gateway/mock/seed-residents'
import { createBureauClient, type BureauClient } from '../../src/services/bureau-client'
import { OPERATIONS, type Operation } from '../../src/services/ports'
import { closeSharedDatabase, sharedDatabase, startTestSandbox } from '../support/sandbox-bureau'
import { nodeRequester } from '../support/node-http-requester'
import { seededRandomBytes } from '../support/seeded-random'
import { linOrder, tokenOf } from '../support/verified-order'
import { seed } from '../support/seed'

interface Started {
  client: BureauClient
  gateway: Pick<MockGateway, 'settlePayment' | 'completeFaceCheck'>
  close(): Promise<void>
}

const bureaus: Array<[string, () => Promise<Started>]> = [
  [
    'mock gateway',
    async () => {
      const gateway = createMockGateway({ latencyMs: 0, today: () => '2025-11-20', benefitYear: 2026 })
      return { client: createBureauClient(gateway), gateway, close: () => Promise.resolve() }
    },
  ],
  [
    'HTTP gateway + sandbox bureau (PGlite)',
    async () => {
      const sandbox = await startTestSandbox({ today: () => '2025-11-20' })
      const transport = createHttpGateway({
        baseUrl: sandbox.url,
        request: nodeRequester,
        sleep: () => Promise.resolve(),
        retryDelaysMs: [],
        timeoutsMs: Object.fromEntries(OPERATIONS.map((operation) => [operation, 2_000])) as Record<
          Operation,
          number
        >,
      })
      return { client: createBureauClient(transport), gateway: sandbox, close: sandbox.close }
    },
  ],
]

/** 林晓华 pays her 2026 bill; the issued receipt's number and verification code. */
async function paidReceipt({ client, gateway }: Started) {
  const token = await tokenOf(client, '林晓华', gateway)
  const order = await client.createOrder(linOrder(token))
  if (!order.ok || !order.value.payParams) throw new Error(`no order: ${JSON.stringify(order)}`)
  await gateway.settlePayment(order.value.payParams.package)
  const paid = await client.queryOrder(token, order.value.orderId)
  if (!paid.ok || !paid.value.receiptNo) throw new Error('not paid')
  const receipt = await client.getReceipt(token, paid.value.receiptNo)
  if (!receipt.ok || receipt.value.status !== 'issued') throw new Error('no receipt')
  return receipt.value.receipt
}

/** The code with its last character changed (still six characters of the alphabet). */
const wrongCode = (code: string) => `${code.slice(0, 5)}${code.endsWith('A') ? 'B' : 'A'}`

beforeAll(() => sharedDatabase(), 120_000)
afterAll(closeSharedDatabase)

describe.each(bureaus)('checkReceipt: %s', (_name, start) => {
  let bureau: Started | undefined
  afterEach(async () => {
    await bureau?.close()
    bureau = undefined
  })

  test('a receipt with its code is valid, masked; a wrong code and an unknown number answer the same', async () => {
    bureau = await start()
    const receipt = await paidReceipt(bureau)
    const { client } = bureau

    const valid = await client.checkReceipt(receipt.receiptNo, receipt.verificationCode)
    expect(valid).toEqual({
      ok: true,
      value: {
        status: 'valid',
        receiptNo: receipt.receiptNo,
        issuer: receipt.issuer,
        maskedPayerName: '**华',
        maskedInsuredName: '**华',
        amountFen: 40000,
        benefitYear: 2026,
        paidOn: '2025-11-20',
      },
    })
    // Nothing that names the resident in full: the answer carries no ID number at all.
    const lin = seed('林晓华')
    expect(JSON.stringify(valid)).not.toContain(lin.name)
    expect(JSON.stringify(valid)).not.toContain(lin.idNumber.slice(6, 14))

    // Typed in lower case, with spaces around it: the same receipt.
    const typed = await client.checkReceipt(` ${receipt.receiptNo} `, receipt.verificationCode.toLowerCase())
    expect(typed.ok && typed.value.status).toBe('valid')

    const wrong = await client.checkReceipt(receipt.receiptNo, wrongCode(receipt.verificationCode))
    const unknown = await client.checkReceipt('FJ2026999999999999', receipt.verificationCode)
    const empty = await client.checkReceipt(receipt.receiptNo, '')
    expect(wrong).toEqual({ ok: true, value: { status: 'not-found' } })
    expect(unknown).toEqual(wrong)
    expect(empty).toEqual(wrong)
  })

  test('a known number with the code of another receipt is not found', async () => {
    bureau = await start()
    const receipt = await paidReceipt(bureau)
    // 黄建国's payment before the app: its number is known, its code is not: not found.
    expect(await bureau.client.checkReceipt('FJ2026000001', receipt.verificationCode)).toEqual({
      ok: true,
      value: { status: 'not-found' },
    })
  })

  test('one caller may check 10 times at once, then is refused RATE_LIMITED with the wait', async () => {
    bureau = await start()
    const answers = []
    for (let check = 0; check < 11; check += 1) {
      answers.push(await bureau.client.checkReceipt('FJ2026999999999999', 'ABC123'))
    }
    expect(answers.slice(0, 10).every((answer) => answer.ok)).toBe(true)
    const refused = answers[10]
    expect(refused).toEqual({
      ok: false,
      error: expect.objectContaining({ kind: 'business', code: 'RATE_LIMITED' }),
    })
    // One check comes back every 6 s: the wait is whole seconds, at most 6.
    const waitMs =
      refused && !refused.ok && refused.error.kind === 'business' ? refused.error.retryAfterMs : 0
    expect(waitMs).toBeGreaterThanOrEqual(1_000)
    expect(waitMs).toBeLessThanOrEqual(6_000)
  })
})

describe('checkReceipt limits each caller on its own, and gives checks back with time', () => {
  const ask = (from: string) => ({ receiptNo: 'FJ2026999999999999', verificationCode: 'ABC123', from })
  function bureauAt(clock: { now: number }) {
    return createBureau({
      ledger: createMemoryLedger({}),
      registry: createSeedRegistry(SEED_RESIDENTS, seededRandomBytes(1)),
      randomBytes: seededRandomBytes(2),
      today: () => '2025-11-20',
      now: () => clock.now,
      benefitYear: 2026,
      familyAid: {},
    })
  }

  test('a second address is not held up by the first; the first gets one check back after 6 s', async () => {
    const clock = { now: 1_000_000 }
    const bureau = bureauAt(clock)
    const check = ({ from, ...body }: ReturnType<typeof ask>) => bureau.handle('checkReceipt', body, from)
    for (let index = 0; index < 10; index += 1) expect((await check(ask('10.0.0.1'))).ok).toBe(true)
    expect(await check(ask('10.0.0.1'))).toEqual({
      ok: false,
      error: { code: 'RATE_LIMITED', message: '查验过于频繁，请稍后再试' },
      retryAfterS: 6,
    })
    expect((await check(ask('10.0.0.2'))).ok).toBe(true)
    clock.now += 3_000
    expect(await check(ask('10.0.0.1'))).toEqual(expect.objectContaining({ retryAfterS: 3 }))
    clock.now += 3_000
    expect((await check(ask('10.0.0.1'))).ok).toBe(true)
    expect((await check(ask('10.0.0.1'))).ok).toBe(false)
  })

  test('other operations are not limited by the receipt checks', async () => {
    const bureau = bureauAt({ now: 0 })
    for (let index = 0; index < 11; index += 1) await bureau.handle('checkReceipt', ask('x'))
    expect(await bureau.handle('getEnrolment', { token: 'none' })).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'SESSION_EXPIRED' }),
    })
  })
})
