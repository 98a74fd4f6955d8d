/** What only the HTTP gateway does: statuses, per-operation timeouts, and which requests it re-sends. */
import { createHttpGateway } from '../../src/gateway/http/http-gateway'
import { SEED_RESIDENTS } from '../../src/gateway/mock/seed-residents'
import type { HttpRequester } from '../../src/platform/http-request'
import { createBureauClient } from '../../src/services/bureau-client'
import { startBureauSimulator, type BureauSimulator } from '../support/bureau-simulator'
import { nodeRequester } from '../support/node-http-requester'

let simulator: BureauSimulator | undefined
afterEach(async () => {
  await simulator?.close()
  simulator = undefined
})

const lin = SEED_RESIDENTS[0]
if (!lin) throw new Error('no seed')

test('HTTP 400 with a JSON body is still an error (wx.request calls success for it)', async () => {
  const request: HttpRequester = () => Promise.resolve({ kind: 'response', status: 400, data: { ok: true, data: {} } })
  const transport = createHttpGateway({ baseUrl: 'http://bureau', request, sleep: () => Promise.resolve() })
  expect(await transport.send('getEnrolment', { token: 't' })).toEqual({ kind: 'http', status: 400 })
})

test('each operation has its own timeout', async () => {
  const seen: Array<[string, number]> = []
  const request: HttpRequester = ({ url, timeoutMs }) => {
    seen.push([url.split('/').pop() ?? '', timeoutMs])
    return Promise.resolve({ kind: 'response', status: 200, data: {} })
  }
  const transport = createHttpGateway({ baseUrl: 'http://bureau', request, sleep: () => Promise.resolve() })
  await transport.send('queryOrder', {})
  await transport.send('verifyIdentity', {})
  expect(seen).toEqual([
    ['queryOrder', 5000],
    ['verifyIdentity', 15000],
  ])
})

test('a 5xx on a safe operation is re-sent with the same body after a wait', async () => {
  simulator = await startBureauSimulator({ faults: { getEnrolment: [{ kind: 'http', status: 503 }] } })
  const sleeps: number[] = []
  const transport = createHttpGateway({
    baseUrl: simulator.url,
    request: nodeRequester,
    sleep: (ms) => {
      sleeps.push(ms)
      return Promise.resolve()
    },
    retryDelaysMs: [500, 1500],
  })
  const client = createBureauClient(transport)
  const verified = await client.verifyIdentity({ name: lin.name, idNumber: lin.idNumber, faceTicket: 'f' })
  if (!verified.ok) throw new Error('verify')
  const enrolment = await client.getEnrolment(verified.value.token)
  expect(enrolment.ok).toBe(true)
  expect(sleeps).toEqual([500])
  const sent = simulator.requests.filter((request) => request.operation === 'getEnrolment').map((request) => request.body)
  expect(sent).toHaveLength(2)
  expect(sent[0]).toBe(sent[1])
})

test('verifyIdentity is never re-sent: its face ticket is single-use', async () => {
  simulator = await startBureauSimulator({ faults: { verifyIdentity: [{ kind: 'http', status: 503 }] } })
  const transport = createHttpGateway({ baseUrl: simulator.url, request: nodeRequester, sleep: () => Promise.resolve() })
  const result = await createBureauClient(transport).verifyIdentity({ name: lin.name, idNumber: lin.idNumber, faceTicket: 'f' })
  expect(result).toEqual({ ok: false, error: { kind: 'http', status: 503 } })
  expect(simulator.requests.filter((request) => request.operation === 'verifyIdentity')).toHaveLength(1)
})

test('a createOrder whose answer is lost is re-sent with the same key and body, and yields the one order', async () => {
  simulator = await startBureauSimulator({ faults: { createOrder: [{ kind: 'lost' }] } })
  const transport = createHttpGateway({
    baseUrl: simulator.url,
    request: nodeRequester,
    sleep: () => Promise.resolve(),
    timeoutsMs: { createOrder: 300 },
  })
  const client = createBureauClient(transport)
  const verified = await client.verifyIdentity({ name: lin.name, idNumber: lin.idNumber, faceTicket: 'f' })
  if (!verified.ok) throw new Error('verify')
  const order = await client.createOrder({
    token: verified.value.token,
    recordId: 'R-LXH-1',
    benefitYear: 2026,
    category: 'working-age',
    amountFen: 40000,
    backYears: 0,
    idempotencyKey: 'idem-lost',
  })
  if (!order.ok) throw new Error(`no order: ${JSON.stringify(order.error)}`)
  const sent = simulator.requests.filter((request) => request.operation === 'createOrder').map((request) => request.body)
  expect(sent).toHaveLength(2)
  expect(sent[0]).toBe(sent[1])
  simulator.gateway.settlePayment(order.value.payParams!.package)
  expect(simulator.gateway.paidOrders()).toHaveLength(1)
})

test('a request left unanswered times out as a timeout, not a crash', async () => {
  simulator = await startBureauSimulator({ faults: { queryOrder: [{ kind: 'timeout' }, { kind: 'timeout' }, { kind: 'timeout' }] } })
  const transport = createHttpGateway({
    baseUrl: simulator.url,
    request: nodeRequester,
    sleep: () => Promise.resolve(),
    timeoutsMs: { queryOrder: 150 },
  })
  expect(await createBureauClient(transport).queryOrder('OD1')).toEqual({ ok: false, error: { kind: 'timeout' } })
})
