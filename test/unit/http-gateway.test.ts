/** What only the HTTP gateway does: statuses, per-operation timeouts, and which requests it re-sends. */
import { createServer, type Server } from 'node:http'
import { RETRY_AFTER_CAP_MS } from '../../src/domain/backoff'
import { createHttpGateway, parseRetryAfter } from '../../src/gateway/http/http-gateway'
import type { HttpRequester } from '../../src/platform/http-request'
import { createBureauClient } from '../../src/services/bureau-client'
import { startBureauSimulator, type BureauSimulator } from '../support/bureau-simulator'
import { nodeRequester } from '../support/node-http-requester'
import { seed } from '../support/seed'
import { linOrder, tokenOf } from '../support/verified-order'

let simulator: BureauSimulator | undefined
afterEach(async () => {
  await simulator?.close()
  simulator = undefined
})

const lin = seed('林晓华')

test('HTTP 400 with a JSON body is still an error (wx.request calls success for it)', async () => {
  const request: HttpRequester = () =>
    Promise.resolve({ kind: 'response', status: 400, data: { ok: true, data: {} } })
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

// 503 now says "busy" and is not re-sent by the transport (finding: a busy bureau is hammered); other 5xx still are.
test('a 5xx on a safe operation is re-sent with the same body after a wait', async () => {
  simulator = await startBureauSimulator({ faults: { getEnrolment: [{ kind: 'http', status: 502 }] } })
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
  const enrolment = await client.getEnrolment(await tokenOf(client, lin.name, simulator.gateway))
  expect(enrolment.ok).toBe(true)
  expect(sleeps).toEqual([500])
  const sent = simulator.requests
    .filter((request) => request.operation === 'getEnrolment')
    .map((request) => request.body)
  expect(sent).toHaveLength(2)
  expect(sent[0]).toBe(sent[1])
})

test.each(['startFaceVerification', 'verifyIdentity'] as const)(
  '%s is never re-sent: starting mints a verifyId, confirming uses it up',
  async (operation) => {
    simulator = await startBureauSimulator({ faults: { [operation]: [{ kind: 'http', status: 503 }] } })
    const transport = createHttpGateway({
      baseUrl: simulator.url,
      request: nodeRequester,
      sleep: () => Promise.resolve(),
    })
    const client = createBureauClient(transport)
    const result =
      operation === 'startFaceVerification'
        ? await client.startFaceVerification({ name: lin.name, idNumber: lin.idNumber })
        : await client.verifyIdentity('fv_a_verify_id_of_24_chars')
    expect(result).toEqual({ ok: false, error: { kind: 'http', status: 503 } })
    expect(simulator.requests.filter((request) => request.operation === operation)).toHaveLength(1)
  },
)

test('a createOrder whose answer is lost is re-sent with the same key and body, and yields the one order', async () => {
  simulator = await startBureauSimulator({ faults: { createOrder: [{ kind: 'lost' }] } })
  const transport = createHttpGateway({
    baseUrl: simulator.url,
    request: nodeRequester,
    sleep: () => Promise.resolve(),
    timeoutsMs: { createOrder: 300 },
  })
  const client = createBureauClient(transport)
  const order = await client.createOrder(
    linOrder(await tokenOf(client, lin.name, simulator.gateway), 'idem-lost'),
  )
  if (!order.ok) throw new Error(`no order: ${JSON.stringify(order.error)}`)
  const sent = simulator.requests
    .filter((request) => request.operation === 'createOrder')
    .map((request) => request.body)
  expect(sent).toHaveLength(2)
  expect(sent[0]).toBe(sent[1])
  await simulator.gateway.settlePayment(order.value.payParams!.package)
  expect(simulator.gateway.paidOrders()).toHaveLength(1)
})

test('a request left unanswered times out as a timeout, not a crash', async () => {
  simulator = await startBureauSimulator({
    faults: { queryOrder: [{ kind: 'timeout' }, { kind: 'timeout' }, { kind: 'timeout' }] },
  })
  const transport = createHttpGateway({
    baseUrl: simulator.url,
    request: nodeRequester,
    sleep: () => Promise.resolve(),
    timeoutsMs: { queryOrder: 150 },
  })
  expect(await createBureauClient(transport).queryOrder('tk', 'OD1')).toEqual({
    ok: false,
    error: { kind: 'timeout' },
  })
})

describe('A busy bureau is hammered (HTTP side)', () => {
  const answering = (status: number, retryAfter?: string): { request: HttpRequester; urls: string[] } => {
    const urls: string[] = []
    return {
      urls,
      request: ({ url }) => {
        urls.push(url)
        return Promise.resolve({ kind: 'response', status, data: {}, retryAfter })
      },
    }
  }

  test.each([429, 503])(
    '%i is busy: not re-sent by the transport, its Retry-After (seconds) surfaced as retryAfterMs',
    async (status) => {
      const { request, urls } = answering(status, '12')
      const transport = createHttpGateway({
        baseUrl: 'http://bureau',
        request,
        sleep: () => Promise.resolve(),
      })
      expect(await transport.send('createOrder', {})).toEqual({ kind: 'http', status, retryAfterMs: 12_000 })
      expect(urls).toHaveLength(1)
    },
  )

  test('Retry-After as an HTTP date is read against the clock', async () => {
    const { request } = answering(503, 'Wed, 21 Oct 2025 07:28:30 GMT')
    const transport = createHttpGateway({
      baseUrl: 'http://bureau',
      request,
      sleep: () => Promise.resolve(),
      now: () => Date.parse('Wed, 21 Oct 2025 07:28:00 GMT'),
    })
    expect(await createBureauClient(transport).getEnrolment('t')).toEqual({
      ok: false,
      error: { kind: 'http', status: 503, retryAfterMs: 30_000 },
    })
    expect(parseRetryAfter('soon', 0)).toBeUndefined()
    expect(parseRetryAfter(undefined, 0)).toBeUndefined()
  })

  test('Retry-After is bounded: a figure or a date past ten minutes is read as ten minutes', () => {
    const now = Date.parse('Wed, 21 Oct 2025 07:28:00 GMT')
    expect(parseRetryAfter('86400', now)).toBe(RETRY_AFTER_CAP_MS)
    expect(parseRetryAfter('9'.repeat(400), now)).toBe(RETRY_AFTER_CAP_MS)
    expect(parseRetryAfter('Thu, 22 Oct 2025 07:28:00 GMT', now)).toBe(RETRY_AFTER_CAP_MS)
    expect(parseRetryAfter('599', now)).toBe(599_000)
  })

  test.each([
    ['seconds', '120', 120_000],
    ['an HTTP date', 'Wed, 21 Oct 2025 07:29:30 GMT', 90_000],
  ])(
    'a 200 refusing with 系统繁忙 keeps its Retry-After (%s) on the business error',
    async (_form, retryAfter, expected) => {
      const request: HttpRequester = () =>
        Promise.resolve({
          kind: 'response',
          status: 200,
          data: { ok: false, error: { code: 'SYSTEM_BUSY', message: '系统繁忙' } },
          retryAfter,
        })
      const transport = createHttpGateway({
        baseUrl: 'http://bureau',
        request,
        sleep: () => Promise.resolve(),
        now: () => Date.parse('Wed, 21 Oct 2025 07:28:00 GMT'),
      })
      expect(await createBureauClient(transport).getEnrolment('t')).toEqual({
        ok: false,
        error: { kind: 'business', code: 'SYSTEM_BUSY', message: '系统繁忙', retryAfterMs: expected },
      })
    },
  )

  test('a 502 with a short Retry-After is re-sent after it, with jitter never below it', async () => {
    const { request, urls } = answering(502, '3')
    const sleeps: number[] = []
    const transport = createHttpGateway({
      baseUrl: 'http://bureau',
      request,
      sleep: (ms) => {
        sleeps.push(ms)
        return Promise.resolve()
      },
      random: (length) => new Uint8Array(length),
    })
    await transport.send('getEnrolment', {})
    expect(urls).toHaveLength(3)
    expect(sleeps).toEqual([3000, 3000])
  })

  test('re-sends are jittered: between half the delay and all of it', async () => {
    const { request } = answering(502)
    const sleeps: number[] = []
    const transport = createHttpGateway({
      baseUrl: 'http://bureau',
      request,
      sleep: (ms) => {
        sleeps.push(ms)
        return Promise.resolve()
      },
      retryDelaysMs: [1000, 2000],
      random: (length) => new Uint8Array(length),
    })
    await transport.send('getEnrolment', {})
    expect(sleeps).toEqual([500, 1000])
  })

  test('queryOrder is never re-sent by the transport: the payment runner polls, and a 503 costs one request', async () => {
    simulator = await startBureauSimulator({
      faults: {
        queryOrder: [
          { kind: 'http', status: 503 },
          { kind: 'http', status: 502 },
        ],
      },
    })
    const transport = createHttpGateway({
      baseUrl: simulator.url,
      request: nodeRequester,
      sleep: () => Promise.resolve(),
    })
    const client = createBureauClient(transport)
    expect(await client.queryOrder('tk', 'OD1')).toEqual({ ok: false, error: { kind: 'http', status: 503 } })
    expect(await client.queryOrder('tk', 'OD1')).toEqual({ ok: false, error: { kind: 'http', status: 502 } })
    expect(simulator.requests.filter((request) => request.operation === 'queryOrder')).toHaveLength(2)
  })
})

describe('redirects are refused', () => {
  let redirector: Server | undefined
  afterEach(async () => {
    await new Promise<void>((resolve) => (redirector ? redirector.close(() => resolve()) : resolve()))
    redirector = undefined
  })

  /** A tiny server answering every request with `status` and a Location to the bureau simulator. */
  async function startRedirector(status: number, location: string): Promise<string> {
    redirector = createServer((request, response) => {
      request.resume()
      request.on('end', () =>
        response.writeHead(status, { location: `${location}${request.url ?? ''}` }).end(),
      )
    })
    await new Promise<void>((resolve) => redirector?.listen(0, '127.0.0.1', resolve))
    const address = redirector.address()
    return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  }

  test.each([301, 302, 307, 308])(
    'a %i to the real bureau is an error, never followed: the bureau gets nothing',
    async (status) => {
      simulator = await startBureauSimulator()
      const baseUrl = await startRedirector(status, simulator.url)
      const client = createBureauClient(
        createHttpGateway({ baseUrl, request: nodeRequester, sleep: () => Promise.resolve() }),
      )
      const result = await client.startFaceVerification({ name: lin.name, idNumber: lin.idNumber })
      expect(result).toEqual({ ok: false, error: { kind: 'http', status } })
      expect(simulator.requests).toEqual([])
    },
  )

  test('an answer the platform reached through a redirect (H5 fetch `redirected`) is refused, even with a valid body', async () => {
    const bodies: unknown[] = []
    const request: HttpRequester = ({ data }) => {
      bodies.push(data)
      return Promise.resolve({
        kind: 'response',
        status: 200,
        data: { ok: true, data: {} },
        redirected: true,
      })
    }
    const transport = createHttpGateway({ baseUrl: 'http://bureau', request, sleep: () => Promise.resolve() })
    // A 307 carries the body on: the bureau may have made the order, so it counts as a lost answer,
    // re-sent with the very same body (the idempotency key finds that order).
    const body = { token: 't', idempotencyKey: 'idem-1' }
    expect(await transport.send('createOrder', body)).toEqual({ kind: 'network' })
    expect(bodies).toEqual([body, body, body])
  })

  test("H5's opaque status 0 (a refused redirect) is no answer: not re-sent, and a missing status is never a 2xx", async () => {
    let sent = 0
    const answering =
      (status: unknown): HttpRequester =>
      () => {
        sent += 1
        return Promise.resolve({ kind: 'response', status: status as number, data: { ok: true, data: {} } })
      }
    const sleep = () => Promise.resolve()
    const opaque = createHttpGateway({ baseUrl: 'http://bureau', request: answering(0), sleep })
    expect(await opaque.send('createOrder', {})).toEqual({ kind: 'http', status: 0 })
    expect(sent).toBe(1)
    const statusless = createHttpGateway({ baseUrl: 'http://bureau', request: answering(undefined), sleep })
    expect(await statusless.send('getReceipt', {})).toEqual({ kind: 'http', status: 0 })
  })
})
