/**
 * The sandbox bureau's HTTP face (Hono): POST /<operation> for every
 * operation of the gateway contract, answered in the envelope the HTTP
 * gateway parses (`{ ok: true, data } | { ok: false, error }`, status 200),
 * by the bureau's rules (src/gateway/bureau) over the PostgreSQL ledger; the
 * simulated cashier (POST /cashier/open|pay|cancel|fail); the simulated face
 * check (POST /face/complete); the refund review (POST /refund/review); GET /health.
 *
 * Around them: a request id and one JSON log line per request; security
 * headers (nosniff, frame deny, no-referrer, a CSP that lets a JSON answer do
 * nothing, no-store); CORS for the H5 origin only (any other Origin: 403);
 * a body limit (413); JSON only (415); rate limits (429 + Retry-After); while
 * shutting down, 503 + Connection: close.
 */
import { createHash, randomUUID } from 'node:crypto'
import type { HttpBindings } from '@hono/node-server'
import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { cors } from 'hono/cors'
import { secureHeaders } from 'hono/secure-headers'
import type { Bureau, BureauLedger } from '../src/gateway/bureau'
import { simulateFaceCheck } from '../src/gateway/mock/simulated-face'
import { OPERATIONS, type Operation } from '../src/services/ports'
import type { FaultingBureau } from './faults'
import { errorFields, type Log, type LogEntry } from './log'
import type { RateLimiter } from './rate-limit'

export interface AppDependencies {
  bureau: Bureau
  faulting: FaultingBureau
  ledger: BureauLedger
  log: Log
  limiter: RateLimiter
  /** Origins allowed to call from a browser (the H5 dev server). */
  corsOrigins: readonly string[]
  bodyLimitBytes: number
  latencyMs: number
  /** Database reachable and every migration applied. */
  health(): Promise<{ ok: boolean; fields: Record<string, unknown> }>
  /** A request the fault plan leaves unanswered: resolves when the server lets it go (closing, or the client left). */
  hang(bindings: HttpBindings): Promise<void>
  /** True from the moment shutdown begins. */
  closing(): boolean
  /** Requests being answered now. */
  inflight: { count: number }
  /** Moves the bureau's clock on (a simulated face check that took too long: face:expired). */
  passTime(ms: number): void
}

type Env = { Bindings: HttpBindings; Variables: { requestId: string; logFields: LogEntry } }

const JSON_TYPE = /^application\/json\s*(;|$)/i
const OPERATION_SET: ReadonlySet<string> = new Set(OPERATIONS)

/** Answers to what is not the bureau's envelope (HTTP errors): a code for people reading logs, no detail. */
const problem = (
  c: Context<Env>,
  status: 400 | 403 | 404 | 405 | 413 | 415 | 429 | 500 | 503,
  error: string,
) => c.json({ ok: false, error: { code: error, message: error } }, status)

/** What WeChat Pay's requestPayment takes, signed for nobody: a sandbox order cannot reach a real cashier. */
export function sandboxPaySign(payParams: { timeStamp: string; nonceStr: string; package: string }): string {
  const digest = createHash('sha256')
    .update(`${payParams.timeStamp}\n${payParams.nonceStr}\n${payParams.package}\n`)
    .digest('base64url')
  return `SANDBOX-${digest.slice(0, 32)}`
}

function markSandbox(operation: Operation, body: unknown): unknown {
  const data = (
    body as { ok?: boolean; data?: { payParams?: { timeStamp: string; nonceStr: string; package: string } } }
  ).data
  if (operation !== 'createOrder' || !data?.payParams) return body
  return {
    ...(body as object),
    data: { ...data, payParams: { ...data.payParams, paySign: sandboxPaySign(data.payParams) } },
  }
}

const orderIdOf = (prepayPackage: unknown): string | undefined =>
  typeof prepayPackage === 'string' ? /^prepay_id=(OD\d{4,32})$/.exec(prepayPackage)?.[1] : undefined

const tokenOf = (body: Record<string, unknown>): string | undefined =>
  typeof body.token === 'string' && body.token.length > 0 ? body.token : undefined

export function createApp(deps: AppDependencies): Hono<Env> {
  const app = new Hono<Env>()
  const allowed = new Set(deps.corsOrigins)

  // Outermost: request id, in-flight count, one log line.
  app.use('*', async (c, next) => {
    const started = performance.now()
    // Always our own: a client's id could carry anything into the log.
    const requestId = randomUUID()
    c.set('requestId', requestId)
    c.set('logFields', {})
    deps.inflight.count += 1
    try {
      await next()
    } finally {
      deps.inflight.count -= 1
    }
    c.res.headers.set('X-Request-Id', requestId)
    // Answers carry personal data (masked) and tokens: never cached.
    c.res.headers.set('Cache-Control', 'no-store')
    deps.log('info', 'request', {
      requestId,
      method: c.req.method,
      path: routeOf(c.req.path),
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      ...c.get('logFields'),
    })
  })

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'none'"],
      },
      xContentTypeOptions: 'nosniff',
      xFrameOptions: 'DENY',
      referrerPolicy: 'no-referrer',
      // Same site: the H5 dev server (another port of 127.0.0.1) reads the answers through CORS.
      crossOriginResourcePolicy: 'same-site',
      crossOriginOpenerPolicy: 'same-origin',
      strictTransportSecurity: false,
      removePoweredBy: true,
    }),
  )

  // Shutting down: in-flight requests finish, new ones (on kept-alive connections) are turned away.
  app.use('*', async (c, next) => {
    if (!deps.closing()) return next()
    c.header('Connection', 'close')
    c.header('Retry-After', '5')
    c.set('logFields', { refused: 'shutting-down' })
    return problem(c, 503, 'SHUTTING_DOWN')
  })

  // A browser page of another origin is refused outright; requests without an Origin (wx.request, curl, tests) go on.
  app.use('*', async (c, next) => {
    const origin = c.req.header('origin')
    if (origin !== undefined && !allowed.has(origin)) {
      c.set('logFields', { refused: 'origin' })
      return problem(c, 403, 'ORIGIN_NOT_ALLOWED')
    }
    return next()
  })
  app.use(
    '*',
    cors({
      origin: (origin) => (allowed.has(origin) ? origin : null),
      allowMethods: ['POST', 'GET', 'OPTIONS'],
      allowHeaders: ['Content-Type'],
      // The HTTP gateway reads Retry-After on 429/503: a browser hides it unless exposed.
      exposeHeaders: ['Retry-After', 'X-Request-Id'],
      maxAge: 600,
    }),
  )

  app.use(
    '*',
    bodyLimit({
      maxSize: deps.bodyLimitBytes,
      onError: (c) => {
        c.set('logFields', { refused: 'body-size' })
        return problem(c as Context<Env>, 413, 'BODY_TOO_LARGE')
      },
    }),
  )

  app.get('/health', async (c) => {
    const { ok, fields } = await deps.health()
    c.set('logFields', { healthy: ok })
    return c.json({ status: ok ? 'ok' : 'unavailable', ...fields }, ok ? 200 : 503)
  })

  /** The JSON object a POST carries, after the rate limit; or the refusal to send back. */
  async function readBody(c: Context<Env>): Promise<Record<string, unknown> | Response> {
    if (!JSON_TYPE.test(c.req.header('content-type') ?? '')) return problem(c, 415, 'JSON_ONLY')
    let body: unknown
    try {
      body = await c.req.json()
    } catch {
      return problem(c, 400, 'MALFORMED_JSON')
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      return problem(c, 400, 'NOT_AN_OBJECT')
    const refused = deps.limiter.check(addressOf(c), tokenOf(body as Record<string, unknown>))
    if (refused) {
      c.set('logFields', { refused: `rate-${refused.limit}` })
      c.header('Retry-After', String(refused.retryAfterS))
      return c.json({ ok: false, error: { code: 'SYSTEM_BUSY', message: '请求过于频繁，请稍后再试' } }, 429)
    }
    return body as Record<string, unknown>
  }

  app.post('/cashier/:action', async (c) => {
    const action = c.req.param('action')
    if (!['open', 'pay', 'cancel', 'fail'].includes(action)) return problem(c, 404, 'NOT_FOUND')
    const body = await readBody(c)
    if (body instanceof Response) return body
    const orderId = orderIdOf(body.package)
    const order = orderId && (await deps.ledger.transaction((tx) => tx.getOrder(orderId)))
    if (!orderId || !order) {
      c.set('logFields', { code: 'NOT_FOUND' })
      return c.json({ ok: false, error: { code: 'NOT_FOUND', message: '订单不存在' } })
    }
    const cashier = { orderId, amountFen: order.amountFen - (order.accountFen ?? 0) }
    switch (action) {
      case 'open':
        return c.json({ ok: true, data: { ...cashier, status: order.status } })
      case 'pay': {
        const outcome = await deps.bureau.settle(orderId)
        c.set('logFields', { outcome })
        return c.json({ ok: true, data: { ...cashier, outcome } })
      }
      case 'fail':
        await deps.bureau.fail(orderId)
        return c.json({ ok: true, data: { ...cashier, outcome: 'failed' } })
      default:
        return c.json({ ok: true, data: { ...cashier, outcome: 'cancelled' } })
    }
  })

  // The simulated WeChat face service (the sandbox build's face check): records the result the bureau
  // will read for this verifyId (passed, unless the fault plan says otherwise) and answers what the
  // phone would see, finished or cancelled. The verifyId only: no name or ID number comes here.
  app.post('/face/complete', async (c) => {
    const body = await readBody(c)
    if (body instanceof Response) return body
    const verifyId = typeof body.verifyId === 'string' ? body.verifyId : ''
    const fault = deps.faulting.nextFaceFault()
    const outcome = await simulateFaceCheck({ bureau: deps.bureau, passTime: deps.passTime }, verifyId, fault)
    c.set('logFields', { fault, finished: outcome.finished })
    return c.json({ ok: true, data: outcome })
  })

  // The bureau's clerk reviewing a 退费申请 (the sandbox's stand-in for the back office): one step of the
  // refund machine, `{ refundId, approve: true }` or `{ refundId, approve: false, reason }`.
  app.post('/refund/review', async (c) => {
    const body = await readBody(c)
    if (body instanceof Response) return body
    const refundId = typeof body.refundId === 'string' ? body.refundId : ''
    const reason = typeof body.reason === 'string' ? body.reason : ''
    const outcome = await deps.bureau.reviewRefund(
      refundId,
      body.approve === false ? { approve: false, reason } : { approve: true },
    )
    if (!outcome.ok) {
      c.set('logFields', { refused: outcome.refusal })
      return c.json({ ok: false, error: { code: 'NOT_FOUND', message: outcome.refusal } })
    }
    return c.json({ ok: true, data: { status: outcome.refund.status } })
  })

  // The 户口簿 photo for a child's binding (not an operation of the contract: the bureau's upload
  // endpoint stands here). Its size and type only, never the image: a single-use ticket for bindFamilyMember.
  app.post('/bindingPhoto', async (c) => {
    const body = await readBody(c)
    if (body instanceof Response) return body
    const answer = await deps.bureau.receiveBindingPhoto(body)
    if (!answer.ok) c.set('logFields', { code: answer.error.code })
    return c.json(answer)
  })

  app.post('/:operation', async (c) => {
    const operation = c.req.param('operation')
    if (!OPERATION_SET.has(operation)) return problem(c, 404, 'NOT_FOUND')
    const body = await readBody(c)
    if (body instanceof Response) return body
    if (deps.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, deps.latencyMs))
    const { outcome, fault } = await deps.faulting.handle(operation as Operation, body, addressOf(c))
    const fields: LogEntry = { operation, fault }
    c.set('logFields', fields)
    switch (outcome.kind) {
      case 'http':
        return c.json({}, outcome.status as 500)
      case 'hang':
        await deps.hang(c.env)
        c.set('logFields', { ...fields, hung: true })
        return problem(c, 503, 'NO_ANSWER')
      case 'answer': {
        const answer = outcome.body as { ok?: boolean; error?: { code?: string }; retryAfterS?: number }
        if (answer.ok === false) fields.code = answer.error?.code
        // A refusal with a wait (RATE_LIMITED): a 200 with the envelope, and the wait as Retry-After.
        if (answer.ok === false && answer.retryAfterS !== undefined) {
          c.header('Retry-After', String(answer.retryAfterS))
          return c.json({ ok: false, error: answer.error })
        }
        return c.json(markSandbox(operation as Operation, outcome.body) as object)
      }
    }
  })

  app.all('/:operation', (c) =>
    OPERATION_SET.has(c.req.param('operation')) ? problem(c, 405, 'POST_ONLY') : problem(c, 404, 'NOT_FOUND'),
  )
  app.notFound((c) => problem(c, 404, 'NOT_FOUND'))
  app.onError((error, c) => {
    deps.log('error', 'handler failed', { requestId: c.get('requestId'), ...errorFields(error) })
    return problem(c, 500, 'INTERNAL')
  })
  return app
}

/** The path as logged: an operation or a fixed route, anything else `other` (a path may carry what was typed). */
function routeOf(path: string): string {
  if (
    path === '/health' ||
    path === '/bindingPhoto' ||
    path === '/face/complete' ||
    path === '/refund/review' ||
    /^\/cashier\/(open|pay|cancel|fail)$/.test(path)
  )
    return path
  const operation = path.slice(1)
  return OPERATION_SET.has(operation) ? path : 'other'
}

function addressOf(c: Context<Env>): string {
  return c.env?.incoming?.socket?.remoteAddress ?? 'unknown'
}
