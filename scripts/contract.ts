/**
 * `npm run contract`: writes docs/contract/openapi.json, the bureau gateway's
 * contract as OpenAPI 3.1, generated from
 * - src/contract/operations.ts: each operation's request and answer schemas
 *   (zod, request-schemas.ts and wire-schemas.ts), who may call it, the
 *   business refusals it may answer, its effect and idempotency;
 * - src/services/gateway-errors.ts: the Chinese advice the app shows for each
 *   refusal;
 * - src/gateway/http/http-gateway.ts: each operation's timeout, and whether the
 *   client re-sends it (probed: the gateway is asked to send each operation to a
 *   requester that always times out).
 * Deterministic (no dates, components sorted by name), so the committed file
 * can be compared with a fresh one: test/unit/contract.test.ts does, and
 * `npm run contract -- --check` exits 1 when the file is stale.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import * as z from 'zod/mini'
import {
  ANY_OPERATION_CODES,
  CALLER_TEXT,
  OPERATION_CONTRACTS,
  type ContractOperation,
} from '../src/contract/operations'
import {
  BUSINESS_CODES,
  bindingStatus,
  enrolmentRecord,
  envelopeSchema,
  familyMember,
  fenSchema,
  payParams,
  receipt,
  shareTokenResponse,
  type KnownBusinessCode,
} from '../src/contract/wire-schemas'
import { createHttpGateway, OPERATION_TIMEOUT_MS } from '../src/gateway/http/http-gateway'
import { describeGatewayError } from '../src/services/gateway-errors'
import { OPERATIONS, type Operation } from '../src/services/ports'

export const OPENAPI_PATH = join(__dirname, '..', 'docs', 'contract', 'openapi.json')

/** The version of the contract itself (not the app's): raise it when the wire changes incompatibly. */
const CONTRACT_VERSION = '1.0.0'

type Json = Record<string, unknown>

const capitalised = (operation: string): string => operation.charAt(0).toUpperCase() + operation.slice(1)
const ref = (id: string): Json => ({ $ref: `#/components/schemas/${id}` })

/** The Chinese advice the app shows for a refusal (gateway-errors.ts). */
const adviceOf = (code: KnownBusinessCode) => describeGatewayError({ kind: 'business', code, message: '' })

/** Every refusal an operation may answer: its own, then the ones any operation may. */
export const refusalsOf = (operation: ContractOperation): KnownBusinessCode[] => [
  ...OPERATION_CONTRACTS[operation].errors,
  ...ANY_OPERATION_CODES.filter(
    (code) => !(OPERATION_CONTRACTS[operation].errors as readonly string[]).includes(code),
  ),
]

/** What the HTTP gateway does on a timeout, per operation: how many times it sends, and the waits between. */
async function probeResends(): Promise<Record<Operation, { sends: number; waitsMs: number[] }>> {
  const probes = OPERATIONS.map(async (operation) => {
    let sends = 0
    const waitsMs: number[] = []
    const gateway = createHttpGateway({
      baseUrl: 'http://bureau.invalid',
      request: () => {
        sends += 1
        return Promise.resolve({ kind: 'timeout' })
      },
      sleep: (ms) => {
        waitsMs.push(ms)
        return Promise.resolve()
      },
    })
    await gateway.send(operation, {})
    return [operation, { sends, waitsMs }] as const
  })
  return Object.fromEntries(await Promise.all(probes)) as Record<
    Operation,
    { sends: number; waitsMs: number[] }
  >
}

/** The refusal as the envelope carries it (wire-schemas.ts), with the extras' meaning described. */
const refusalShape = (() => {
  const refusal = envelopeSchema.def.options[1].shape.error.shape
  const described = <T extends z.ZodMiniType>(schema: T, description: string): T =>
    schema.check(z.describe(description))
  return {
    code: described(
      refusal.code,
      'A business code (BusinessCode). The app shows its own Chinese advice for the code; a code it does not know shows as 办理未成功.',
    ),
    message: described(
      refusal.message,
      'Chinese, for people (logs, support); the app shows its own advice for the code.',
    ),
    receiptNo: described(refusal.receiptNo, 'ALREADY_PAID: the receipt number of the payment already made.'),
    until: described(refusal.until, 'MAINTENANCE: when the bureau is back, HH:mm (China Standard Time).'),
    orderId: described(refusal.orderId, 'TRADE_LOCKED: the open order that holds the record for the year.'),
  }
})()

/** The schemas of the document, each once, by component name. */
function componentSchemas(): Json {
  const registry = z.registry<{ id: string }>()
  const named = new Map<z.ZodMiniType, string>()
  const name = (schema: z.ZodMiniType, id: string): string => {
    const existing = named.get(schema)
    if (existing) return existing
    named.set(schema, id)
    registry.add(schema, { id })
    return id
  }
  // Parts several answers share, under their own names.
  name(fenSchema, 'Fen')
  name(payParams, 'PayParams')
  name(enrolmentRecord, 'EnrolmentRecord')
  name(receipt, 'Receipt')
  name(bindingStatus, 'BindingStatus')
  name(familyMember, 'FamilyMember')
  name(shareTokenResponse, 'ShareToken')
  name(z.object(refusalShape), 'Refusal')
  for (const operation of OPERATIONS) {
    const entry = OPERATION_CONTRACTS[operation]
    const Op = capitalised(operation)
    name(entry.request, `${Op}Request`)
    const answer = name(entry.answer, `${Op}Answer`)
    const reply = z.union([
      z.object({ ok: z.literal(true), data: entry.answer }),
      z.object({
        ok: z.literal(false),
        error: z.object({
          ...refusalShape,
          code: z.enum(refusalsOf(operation) as [KnownBusinessCode, ...KnownBusinessCode[]]),
        }),
      }),
    ])
    name(
      reply.check(
        z.describe(
          `The envelope: { ok: true, data: ${answer} }, or { ok: false, error } with one of the refusals ${operation} may answer.`,
        ),
      ),
      `${Op}Reply`,
    )
  }
  const { schemas } = z.toJSONSchema(registry, { io: 'input', uri: (id) => `#/components/schemas/${id}` })
  if ('__shared' in schemas)
    throw new Error('a schema is shared without a component name: give it one in componentSchemas()')
  const components: Json = {
    BusinessCode: {
      type: 'string',
      description:
        'The refusals a bureau may answer, with the advice the app shows for each (title, then detail). The app treats any other code as 办理未成功 (retryable). ORDER_CLOSED is understood but not answered by the reference bureau: queryOrder reports a closed order as status CLOSED.',
      oneOf: BUSINESS_CODES.map((code) => ({
        const: code,
        title: adviceOf(code).title,
        description: adviceOf(code).detail,
      })),
    },
  }
  for (const [id, schema] of Object.entries(schemas)) {
    // Each is a component of this document, not a document of its own: no $schema or $id.
    components[id] = Object.fromEntries(
      Object.entries(schema).filter(([key]) => key !== '$schema' && key !== '$id'),
    )
  }
  return Object.fromEntries(Object.entries(components).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

function operationDescription(operation: Operation, timeoutMs: number, resends: boolean): string {
  const entry: (typeof OPERATION_CONTRACTS)[ContractOperation] = OPERATION_CONTRACTS[operation]
  const lines = [
    entry.description,
    '',
    `**Who may call** (\`${entry.caller}\`): ${CALLER_TEXT[entry.caller]}`,
  ]
  if ('idempotency' in entry)
    lines.push('', `**Idempotency** (\`${entry.idempotency.key}\`): ${entry.idempotency.rule}`)
  lines.push(
    '',
    `**Client**: times out after ${timeoutMs / 1000} s; ${
      resends
        ? 're-sent with the very same body after a timeout, a lost connection or a 5xx other than 503 (never after 429/503 or a business refusal).'
        : 'never re-sent by the HTTP gateway.'
    }`,
    '',
    '**Business refusals** (HTTP 200, `ok: false`):',
    '',
    '| code | the app shows |',
    '| --- | --- |',
    ...refusalsOf(operation).map((code) => `| ${code} | ${adviceOf(code).title}：${adviceOf(code).detail} |`),
  )
  return lines.join('\n')
}

export async function buildOpenApiDocument(): Promise<Json> {
  const resends = await probeResends()
  const waitsMs = resends.createOrder.waitsMs
  const paths: Json = {}
  for (const operation of OPERATIONS) {
    const entry: (typeof OPERATION_CONTRACTS)[ContractOperation] = OPERATION_CONTRACTS[operation]
    const Op = capitalised(operation)
    const timeoutMs = OPERATION_TIMEOUT_MS[operation]
    const resent = resends[operation].sends > 1
    paths[`/${operation}`] = {
      post: {
        operationId: operation,
        summary: entry.summary,
        description: operationDescription(operation, timeoutMs, resent),
        tags: [entry.tag],
        requestBody: { required: true, content: { 'application/json': { schema: ref(`${Op}Request`) } } },
        responses: {
          '200': {
            description: 'The answer or a business refusal, in the envelope.',
            content: { 'application/json': { schema: ref(`${Op}Reply`) } },
          },
          '429': { $ref: '#/components/responses/Busy' },
          '503': { $ref: '#/components/responses/Busy' },
          default: { $ref: '#/components/responses/Failure' },
        },
        'x-caller': entry.caller,
        'x-effect': entry.effect,
        'x-business-errors': refusalsOf(operation),
        ...('idempotency' in entry
          ? { 'x-idempotency': { key: entry.idempotency.key, boundTo: entry.idempotency.boundTo } }
          : {}),
        'x-timeout-ms': timeoutMs,
        'x-client-resends': resent,
      },
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: '医保缴费 bureau gateway',
      version: CONTRACT_VERSION,
      description: [
        'What a bureau must implement for the 医保缴费 mini program: every operation is `POST {baseUrl}/{operation}` with a JSON body, answered with HTTP 200 and the envelope `{ "ok": true, "data": … }` or `{ "ok": false, "error": { "code", "message", "receiptNo"?, "until"?, "orderId"? } }`.',
        'Money is always a whole number of fen (`Fen`). Tokens, order numbers, receipt numbers and verification codes are drawn from a cryptographic random source. Sessions travel in the body (`token`), not in a header.',
        'Generated by `npm run contract` from src/contract/operations.ts; see docs/contract/README.md.',
      ].join('\n\n'),
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [
      {
        url: '{baseUrl}',
        description: "The bureau's gateway address (the app's BUREAU base URL; a WeChat 合法域名 on weapp).",
        variables: { baseUrl: { default: 'https://bureau.example.invalid/gateway' } },
      },
    ],
    tags: [
      { name: 'identity', description: '实名认证' },
      { name: 'enrolment', description: '参保信息' },
      { name: 'orders', description: '下单与订单查询' },
      { name: 'receipts', description: '电子凭证与缴费记录' },
      { name: 'refunds', description: '退费申请' },
      { name: 'shares', description: '请家人代缴' },
      { name: 'family', description: '常用缴费人与家庭共济' },
    ],
    paths,
    components: {
      schemas: componentSchemas(),
      headers: {
        RetryAfter: {
          description: 'How long to wait before asking again: delay-seconds or an HTTP date.',
          schema: { type: 'string' },
        },
      },
      responses: {
        Busy: {
          description:
            'The bureau is busy (429 or 503). Not re-sent by the HTTP gateway; the app waits for the Retry-After, or backs off (createOrder: once after 0.5–1 s, then a growing random wait).',
          headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } },
        },
        Failure: {
          description:
            'Any other status is an error, never an answer: a redirect (3xx) is not followed and accepted; other 5xx (and timeouts, lost connections) are re-sent by the client only for the operations marked x-client-resends.',
        },
      },
    },
    'x-client-resend-after-ms': waitsMs,
  }
}

/** The document as written to docs/contract/openapi.json. */
export async function renderOpenApiDocument(): Promise<string> {
  return `${JSON.stringify(await buildOpenApiDocument(), null, 2)}\n`
}

async function main(): Promise<void> {
  const text = await renderOpenApiDocument()
  if (process.argv.includes('--check')) {
    let current = ''
    try {
      current = readFileSync(OPENAPI_PATH, 'utf8')
    } catch {
      // Missing: stale.
    }
    if (current !== text) {
      console.error(`${OPENAPI_PATH} is stale: run npm run contract`)
      process.exitCode = 1
    }
    return
  }
  mkdirSync(dirname(OPENAPI_PATH), { recursive: true })
  writeFileSync(OPENAPI_PATH, text)
  console.log(`wrote ${OPENAPI_PATH}`)
}

if (
  process.argv[1] !== undefined &&
  resolve(process.argv[1]).replace(/\.ts$/, '') === resolve(__filename).replace(/\.ts$/, '')
) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}
