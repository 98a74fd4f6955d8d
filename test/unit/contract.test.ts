/**
 * The bureau contract document (docs/contract/openapi.json, `npm run contract`):
 * - it is what the generator writes today (a change to a schema, a timeout, a
 *   re-send or a rule without regenerating fails here);
 * - it is OpenAPI 3.1 in shape, and its schemas are JSON Schema 2020-12 (ajv);
 * - it says what the reference bureau (src/gateway/bureau, through the mock
 *   gateway) does: every answer and refusal of a walk through all operations
 *   validates against the documented reply, and who may call each operation and
 *   what createOrder's idempotency key is bound to are checked by asking;
 * - every body the bureau client sends parses with its request schema.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020'
import { OPENAPI_PATH, buildOpenApiDocument, renderOpenApiDocument } from '../../scripts/contract'
import {
  ANY_OPERATION_CODES,
  OPERATION_CONTRACTS,
  type ContractOperation,
} from '../../src/contract/operations'
import { BUSINESS_CODES } from '../../src/contract/wire-schemas'
import { OPERATION_TIMEOUT_MS } from '../../src/gateway/http/http-gateway'
import { createMockGateway, type MockGateway } from '../../src/gateway/mock/mock-gateway'
import { createBureauClient } from '../../src/services/bureau-client'
import { OPERATIONS, type GatewayTransport, type Operation } from '../../src/services/ports'
import { seed } from '../support/seed'
import { linOrder } from '../support/verified-order'
import { callOperation } from '../support/call-operation'

type Json = Record<string, unknown>
interface Post {
  operationId: string
  requestBody: { required: boolean; content: { 'application/json': { schema: { $ref: string } } } }
  responses: Record<string, { $ref?: string; content?: { 'application/json': { schema: { $ref: string } } } }>
  'x-caller': string
  'x-effect': string
  'x-business-errors': string[]
  'x-idempotency'?: { key: string; boundTo: string[] }
  'x-timeout-ms': number
  'x-client-resends': boolean
}
interface Document {
  openapi: string
  info: { title: string; version: string }
  jsonSchemaDialect: string
  paths: Record<string, { post: Post }>
  components: { schemas: Record<string, Json>; responses: Json; headers: Json }
}

const committed = (): string => readFileSync(OPENAPI_PATH, 'utf8')
const document = (): Document => JSON.parse(committed()) as Document
const postOf = (operation: Operation): Post => {
  const path = document().paths[`/${operation}`]
  if (!path) throw new Error(`no path /${operation}`)
  return path.post
}

/** Every value under `node`, with the JSON pointer it is at. */
function* walk(node: unknown, pointer = ''): Generator<[string, unknown]> {
  yield [pointer, node]
  if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node))
      yield* walk(value, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`)
  }
}

const resolvePointer = (root: unknown, ref: string): unknown =>
  ref
    .replace(/^#\//, '')
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>(
      (node, part) => (node && typeof node === 'object' ? (node as Json)[part] : undefined),
      root,
    )

/** The document's schemas in ajv (strict), under https://contract.invalid/openapi.json. */
function contractAjv(): { ajv: Ajv2020; schema: (id: string) => ValidateFunction } {
  const ajv = new Ajv2020({ strict: true, strictTypes: false, allErrors: true })
  // The wrapper's one keyword: the schemas sit where the document's $refs point (#/components/schemas/…).
  ajv.addKeyword('components')
  ajv.addSchema({
    $id: 'https://contract.invalid/openapi.json',
    components: { schemas: document().components.schemas },
  })
  return {
    ajv,
    schema: (id) => {
      const validate = ajv.getSchema(`https://contract.invalid/openapi.json#/components/schemas/${id}`)
      if (!validate) throw new Error(`no schema ${id}`)
      return validate
    },
  }
}

const capitalised = (operation: string): string => operation.charAt(0).toUpperCase() + operation.slice(1)

describe('docs/contract/openapi.json', () => {
  test('is what `npm run contract` writes from the contract today (if not: run npm run contract and commit it)', async () => {
    const fresh = (await renderOpenApiDocument()).split('\n')
    const lines = committed().split('\n')
    const first = fresh.findIndex((line, index) => line !== lines[index])
    const stale =
      first < 0 && lines.length === fresh.length
        ? undefined
        : { line: first + 1, committed: lines[first], fresh: fresh[first] }
    expect(
      stale === undefined ? 'up to date' : `stale: run npm run contract (${JSON.stringify(stale)})`,
    ).toBe('up to date')
  })

  test('is deterministic: two renderings are the same text, with no date in it', async () => {
    const first = await renderOpenApiDocument()
    expect(await renderOpenApiDocument()).toBe(first)
    expect(first).not.toMatch(/20\d\d-\d\d-\d\dT\d\d:/)
  })

  test('is OpenAPI 3.1 in shape: version, info, dialect, one POST per path with a required JSON body and a 200 envelope', () => {
    const doc = document()
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/)
    expect(doc.info).toEqual(
      expect.objectContaining({ title: expect.any(String), version: expect.any(String) }),
    )
    expect(doc.jsonSchemaDialect).toBe('https://json-schema.org/draft/2020-12/schema')
    for (const [path, item] of Object.entries(doc.paths)) {
      expect([path, Object.keys(item)]).toEqual([path, ['post']])
      const post = item.post
      expect(`/${post.operationId}`).toBe(path)
      expect(post.requestBody.required).toBe(true)
      expect(post.requestBody.content['application/json'].schema.$ref).toBe(
        `#/components/schemas/${capitalised(post.operationId)}Request`,
      )
      expect(post.responses['200']?.content?.['application/json'].schema.$ref).toBe(
        `#/components/schemas/${capitalised(post.operationId)}Reply`,
      )
      expect(post.responses['429']?.$ref).toBe('#/components/responses/Busy')
      expect(post.responses['503']?.$ref).toBe('#/components/responses/Busy')
    }
  })

  test('has every operation of OPERATIONS, in the contract table and as a path, and nothing else', () => {
    expect(Object.keys(OPERATION_CONTRACTS).sort()).toEqual([...OPERATIONS].sort())
    expect(Object.keys(document().paths)).toEqual(OPERATIONS.map((operation) => `/${operation}`))
  })

  test('docs/contract/README.md names every operation', () => {
    const readme = readFileSync(join(dirname(OPENAPI_PATH), 'README.md'), 'utf8')
    expect(OPERATIONS.filter((operation) => !readme.includes(`\`${operation}\``))).toEqual([])
  })

  test('every $ref resolves inside the document; no component carries its own $schema or $id', () => {
    const doc = document()
    const refs = [...walk(doc)]
      .filter(([pointer]) => pointer.endsWith('/$ref'))
      .map(([pointer, ref]) => [pointer, ref] as const)
    expect(refs.length).toBeGreaterThan(50)
    for (const [pointer, ref] of refs) {
      expect([
        pointer,
        typeof ref === 'string' && ref.startsWith('#/') && resolvePointer(doc, ref) !== undefined,
      ]).toEqual([pointer, true])
    }
    for (const [id, schema] of Object.entries(doc.components.schemas)) {
      expect([id, '$schema' in schema || '$id' in schema]).toEqual([id, false])
    }
  })

  test('every component schema is valid JSON Schema 2020-12 and compiles in ajv (strict)', () => {
    const { ajv, schema } = contractAjv()
    for (const [id, component] of Object.entries(document().components.schemas)) {
      expect([id, ajv.validateSchema(component), ajv.errorsText(ajv.errors)]).toEqual([id, true, 'No errors'])
      expect(typeof schema(id)).toBe('function')
    }
  })

  test('money is integer fen: every *Fen field is the Fen schema, an integer ≥ 0 described as fen', () => {
    const doc = document()
    const fen = doc.components.schemas.Fen
    expect(fen).toEqual(
      expect.objectContaining({ type: 'integer', minimum: 0, description: expect.stringContaining('fen') }),
    )
    const moneyFields = [...walk(doc.components.schemas)].filter(([pointer]) =>
      /\/properties\/\w+Fen$/.test(pointer),
    )
    expect(moneyFields.map(([pointer]) => pointer)).toEqual(
      expect.arrayContaining(['/CreateOrderRequest/properties/amountFen']),
    )
    for (const [pointer, field] of moneyFields)
      expect([pointer, (field as Json).$ref]).toEqual([pointer, '#/components/schemas/Fen'])
  })

  test('every business code is listed with the advice the app shows; each operation answers known codes, busy and maintenance included', () => {
    const doc = document()
    const listed = doc.components.schemas.BusinessCode?.oneOf as Array<{
      const: string
      title: string
      description: string
    }>
    expect(listed.map((entry) => entry.const)).toEqual([...BUSINESS_CODES])
    for (const entry of listed) expect(entry.title.length * entry.description.length).toBeGreaterThan(0)
    for (const operation of OPERATIONS) {
      const codes = postOf(operation)['x-business-errors']
      expect(BUSINESS_CODES).toEqual(expect.arrayContaining(codes))
      expect(codes).toEqual(expect.arrayContaining([...ANY_OPERATION_CODES]))
      expect(new Set(codes).size).toBe(codes.length)
    }
  })

  test("each operation's timeout is the HTTP gateway's; single-use, minting and polled operations are never re-sent, createOrder is (its key makes it safe)", async () => {
    const doc = await buildOpenApiDocument()
    const posts = (doc as unknown as Document).paths
    for (const operation of OPERATIONS)
      expect([operation, posts[`/${operation}`]?.post['x-timeout-ms']]).toEqual([
        operation,
        OPERATION_TIMEOUT_MS[operation],
      ])
    const resent = OPERATIONS.filter((operation) => posts[`/${operation}`]?.post['x-client-resends'])
    expect(resent).toContain('createOrder')
    for (const never of [
      'startFaceVerification',
      'verifyIdentity',
      'startMemberFaceVerification',
      'queryOrder',
      'createShareToken',
      'addFamilyMember',
      'bindFamilyMember',
    ] as const) {
      expect(resent).not.toContain(never)
    }
    expect(doc['x-client-resend-after-ms']).toEqual([500, 1500])
  })
})

/** A sample body for each operation, as the app would send it. */
function sampleBody(operation: Operation, token: string): Record<string, unknown> {
  switch (operation) {
    case 'startFaceVerification':
      return { name: '林晓华', idNumber: seed('林晓华').idNumber }
    case 'verifyIdentity':
      return { verifyId: 'fv_unknown_verify_id_00000' }
    case 'startMemberFaceVerification':
      return { token, memberToken: 'mb_unknown_member_token' }
    case 'redeemShareToken':
      return { shareToken: 'sh_unknown_share_token_000' }
    case 'createOrder':
      return linOrder(token, `idem-${token}`)
    case 'queryOrder':
      return { token, orderId: 'OD2026000000000000000' }
    case 'getReceipt':
      return { token, receiptNo: 'FJ2026000000000000' }
    case 'checkReceipt':
      return { receiptNo: 'FJ2026000000000000', verificationCode: 'K3Z9QD' }
    case 'revokeShareToken':
      return { token, shareToken: 'sh_unknown_share_token_000' }
    case 'requestRefund':
      return {
        token,
        receiptNo: 'FJ2026000000000000',
        reason: 'paid-twice',
        idempotencyKey: `refund-${token}`,
      }
    case 'addFamilyMember':
      return { token, name: '周文静', idNumber: seed('周文静').idNumber, relation: 'sibling' }
    case 'removeFamilyMember':
      return { token, memberToken: 'mb_unknown_member_token' }
    case 'bindFamilyMember':
      return {
        token,
        memberToken: 'mb_unknown_member_token',
        evidence: 'face',
        ticket: 'fv_unknown_verify_id_00000',
      }
    case 'getEnrolment':
    case 'listRecords':
    case 'createShareToken':
    case 'listShareTokens':
    case 'listFamilyMembers':
    case 'getPersonalAccount':
      return { token }
  }
}

describe('the document against the reference bureau (src/gateway/bureau through the mock gateway)', () => {
  interface Reply {
    ok: boolean
    data?: Json
    error?: { code: string; orderId?: string; receiptNo?: string }
  }

  /** A fresh bureau whose every reply is checked against the operation's documented reply. */
  function bureau() {
    const gateway: MockGateway = createMockGateway({
      latencyMs: 0,
      today: () => '2025-11-20',
      benefitYear: 2026,
    })
    const { ajv, schema } = contractAjv()
    const answered = new Set<Operation>()
    async function ask(operation: Operation, body: Record<string, unknown>): Promise<Reply> {
      const request = schema(`${capitalised(operation)}Request`)
      if (!request(body))
        throw new Error(`${operation} request ${JSON.stringify(body)}: ${ajv.errorsText(request.errors)}`)
      const answer = await gateway.send(operation, body)
      if (answer.kind !== 'body') throw new Error(`${operation}: ${answer.kind}`)
      const reply = JSON.parse(JSON.stringify(answer.body)) as Reply
      const validate = schema(`${capitalised(operation)}Reply`)
      if (!validate(reply))
        throw new Error(`${operation} reply ${JSON.stringify(reply)}: ${ajv.errorsText(validate.errors)}`)
      if (reply.ok) answered.add(operation)
      return reply
    }
    const data = async (operation: Operation, body: Record<string, unknown>): Promise<Json> => {
      const reply = await ask(operation, body)
      if (!reply.ok || !reply.data) throw new Error(`${operation} refused: ${JSON.stringify(reply.error)}`)
      return reply.data
    }
    const codeOf = async (operation: Operation, body: Record<string, unknown>): Promise<string> => {
      const reply = await ask(operation, body)
      return reply.ok ? 'ok' : (reply.error?.code ?? '?')
    }
    /** The two phases, the face check passed in between: the session token. */
    const verify = async (name: string): Promise<string> => {
      const { verifyId } = (await data('startFaceVerification', { name, idNumber: seed(name).idNumber })) as {
        verifyId: string
      }
      await gateway.completeFaceCheck(verifyId)
      return (await data('verifyIdentity', { verifyId })).token as string
    }
    /** A share session for the resident behind `token`. */
    const shareSession = async (token: string): Promise<{ shareToken: string; session: string }> => {
      const { shareToken } = (await data('createShareToken', { token })) as { shareToken: string }
      const { token: session } = (await data('redeemShareToken', { shareToken })) as { token: string }
      return { shareToken, session }
    }
    return { gateway, ask, data, codeOf, verify, shareSession, answered }
  }

  test('a walk through every operation: each answer and refusal validates against its documented reply', async () => {
    const { gateway, data, codeOf, verify, shareSession, answered } = bureau()
    const lin = await verify('林晓华')
    expect(await codeOf('startFaceVerification', { name: '林小华', idNumber: seed('林晓华').idNumber })).toBe(
      'IDENTITY_MISMATCH',
    )
    const { verifyId } = (await data('startFaceVerification', sampleBody('startFaceVerification', ''))) as {
      verifyId: string
    }
    expect(await codeOf('verifyIdentity', { verifyId })).toBe('FACE_INCOMPLETE')
    expect(await codeOf('verifyIdentity', { verifyId })).toBe('FACE_INVALID')
    await data('getEnrolment', { token: lin })
    const { shareToken, session } = await shareSession(lin)
    await data('listShareTokens', { token: lin })
    await data('getEnrolment', { token: session })
    const order = (await data('createOrder', linOrder(lin))) as {
      orderId: string
      payParams: { package: string }
    }
    expect(await data('createOrder', linOrder(lin))).toEqual(order)
    expect(await codeOf('createOrder', { ...linOrder(lin), amountFen: 1 })).toBe('IDEMPOTENCY_CONFLICT')
    expect(await codeOf('createOrder', { ...linOrder(lin, 'idem-2'), amountFen: 1 })).toBe('AMOUNT_MISMATCH')
    expect(await codeOf('createOrder', linOrder(session, 'idem-share'))).toBe('TRADE_LOCKED')
    expect(await data('queryOrder', { token: lin, orderId: order.orderId })).toEqual(
      expect.objectContaining({ status: 'NOTPAY' }),
    )
    await gateway.settlePayment(order.payParams.package)
    const paid = (await data('queryOrder', { token: lin, orderId: order.orderId })) as { receiptNo: string }
    await data('getReceipt', { token: lin, receiptNo: paid.receiptNo })
    await data('listRecords', { token: lin })
    // 电子凭证查验, no session: valid with its code, not-found with another.
    const { verificationCode } = (
      (await data('getReceipt', { token: lin, receiptNo: paid.receiptNo })) as {
        receipt: { verificationCode: string }
      }
    ).receipt
    expect(await data('checkReceipt', { receiptNo: paid.receiptNo, verificationCode })).toEqual(
      expect.objectContaining({ status: 'valid' }),
    )
    expect(await data('checkReceipt', { receiptNo: paid.receiptNo, verificationCode: 'ZZZZZZ' })).toEqual({
      status: 'not-found',
    })
    const refund = { token: lin, receiptNo: paid.receiptNo, reason: 'paid-twice', idempotencyKey: 'rk-walk' }
    expect(await codeOf('requestRefund', { ...refund, reason: 'other' })).toBe('REFUND_REASON_INVALID')
    await data('requestRefund', refund)
    expect(await codeOf('requestRefund', { ...refund, reason: 'wrong-region' })).toBe('IDEMPOTENCY_CONFLICT')
    expect(await codeOf('requestRefund', { ...refund, idempotencyKey: 'rk-walk-2' })).toBe('REFUND_EXISTS')
    await data('listRecords', { token: lin })
    expect(await codeOf('createOrder', linOrder(lin, 'idem-3'))).toBe('ALREADY_PAID')
    expect(await codeOf('redeemShareToken', { shareToken })).toBe('ALREADY_PAID')
    expect(await codeOf('redeemShareToken', { shareToken: 'sh_unknown_share_token_000' })).toBe(
      'SHARE_INVALID',
    )
    await data('revokeShareToken', { token: lin, shareToken })

    const payer = await verify('林国栋')
    const { members } = (await data('listFamilyMembers', { token: payer })) as {
      members: Array<{ memberToken: string; bindingEvidence: string }>
    }
    const added = (await data('addFamilyMember', sampleBody('addFamilyMember', payer))) as {
      memberToken: string
      bindingEvidence: string
    }
    expect(await codeOf('addFamilyMember', sampleBody('addFamilyMember', payer))).toBe('MEMBER_EXISTS')
    expect(added.bindingEvidence).toBe('face')
    const relative = (await data('startMemberFaceVerification', {
      token: payer,
      memberToken: added.memberToken,
    })) as { verifyId: string }
    await gateway.completeFaceCheck(relative.verifyId)
    await data('bindFamilyMember', {
      token: payer,
      memberToken: added.memberToken,
      evidence: added.bindingEvidence,
      ticket: relative.verifyId,
    })
    await data('removeFamilyMember', { token: payer, memberToken: added.memberToken })
    await data('getPersonalAccount', { token: payer })
    expect(members.length).toBeGreaterThan(0)

    expect([...answered].sort()).toEqual([...OPERATIONS].sort())
  })

  test('who may call: without a session, or with an unknown token, every operation but those that open one is SESSION_EXPIRED', async () => {
    const { codeOf } = bureau()
    for (const operation of OPERATIONS) {
      const { caller } = OPERATION_CONTRACTS[operation]
      const code = await codeOf(operation, sampleBody(operation, 'tk_unknown_session_token_0'))
      if (caller === 'none') expect([operation, code]).not.toEqual([operation, 'SESSION_EXPIRED'])
      else expect([operation, code]).toEqual([operation, 'SESSION_EXPIRED'])
    }
  })

  test('who may call: a share session is refused SCOPE_DENIED by the resident-only operations and by nothing else', async () => {
    const { codeOf, verify, shareSession } = bureau()
    const { session } = await shareSession(await verify('林晓华'))
    const codes = new Map<Operation, string>()
    for (const operation of OPERATIONS) {
      const { caller } = OPERATION_CONTRACTS[operation]
      const code = await codeOf(operation, sampleBody(operation, session))
      codes.set(operation, code)
      if (caller === 'resident') expect([operation, code]).toEqual([operation, 'SCOPE_DENIED'])
      else expect([operation, code]).not.toEqual([operation, 'SCOPE_DENIED'])
    }
    // What it may do, it does: its resident's enrolment and an order for their bill.
    expect([codes.get('getEnrolment'), codes.get('createOrder')]).toEqual(['ok', 'ok'])
    expect(await codeOf('getEnrolment', { token: session, memberToken: 'mb_anything_at_all' })).toBe(
      'SCOPE_DENIED',
    )
  })

  test('who may call: an order and its receipt are read by the payer and the insured (and the share session that made it); anyone else is told NOT_FOUND', async () => {
    const readers = Object.entries(OPERATION_CONTRACTS).filter(
      ([, entry]) => entry.caller === 'payer-or-insured',
    )
    expect(readers.map(([operation]) => operation).sort()).toEqual([
      'getReceipt',
      'queryOrder',
      'requestRefund',
    ])
    const { gateway, data, codeOf, verify, shareSession } = bureau()
    const insured = await verify('林晓华')
    const payer = await verify('林国栋')
    const stranger = await verify('陈玉珍')
    const { session: otherShare } = await shareSession(insured)
    const { members } = (await data('listFamilyMembers', { token: payer })) as {
      members: Array<{ memberToken: string; relation: string }>
    }
    const child = members.find((member) => member.relation === 'child')
    if (!child) throw new Error('林国栋 has no member 林晓华')
    const order = (await data('createOrder', { ...linOrder(payer), memberToken: child.memberToken })) as {
      orderId: string
      payParams: { package: string }
    }
    const query = (token: string) => codeOf('queryOrder', { token, orderId: order.orderId })
    expect([
      await query(payer),
      await query(insured),
      await query(stranger),
      await query(otherShare),
    ]).toEqual(['ok', 'ok', 'NOT_FOUND', 'NOT_FOUND'])
    await gateway.settlePayment(order.payParams.package)
    const { receiptNo } = (await data('queryOrder', { token: payer, orderId: order.orderId })) as {
      receiptNo: string
    }
    const receipt = (token: string) => codeOf('getReceipt', { token, receiptNo })
    expect([
      await receipt(payer),
      await receipt(insured),
      await receipt(stranger),
      await receipt(otherShare),
    ]).toEqual(['ok', 'ok', 'NOT_FOUND', 'NOT_FOUND'])
    // 退费申请 for that payment: the same people only (the payer's is accepted, so the insured's is REFUND_EXISTS).
    const refund = (token: string) =>
      codeOf('requestRefund', { token, receiptNo, reason: 'paid-twice', idempotencyKey: `rk-${token}` })
    expect([
      await refund(stranger),
      await refund(otherShare),
      await refund(payer),
      await refund(insured),
    ]).toEqual(['NOT_FOUND', 'NOT_FOUND', 'ok', 'REFUND_EXISTS'])
  })

  test("createOrder's idempotency key: the same session and body answer the same order; another session or any field of x-idempotency.boundTo changed is IDEMPOTENCY_CONFLICT", async () => {
    const bound = postOf('createOrder')['x-idempotency']
    expect(bound?.key).toBe('idempotencyKey')
    const requestFields = Object.keys(document().components.schemas.CreateOrderRequest?.properties as Json)
    expect(requestFields).toEqual(
      expect.arrayContaining(bound?.boundTo.filter((field) => field !== 'session') ?? ['?']),
    )
    const { data, codeOf, verify } = bureau()
    const token = await verify('林晓华')
    const order = await data('createOrder', linOrder(token, 'the-key'))
    expect(await data('createOrder', linOrder(token, 'the-key'))).toEqual(order)
    const changed: Record<string, Record<string, unknown>> = {
      session: { token: await verify('林晓华') },
      recordId: { recordId: 'R-OTHER-1' },
      benefitYear: { benefitYear: 2027 },
      category: { category: 'elderly' },
      amountFen: { amountFen: 40001 },
      backYears: { backYears: 1 },
      tierId: { tierId: 'tier-2' },
      accountFen: { accountFen: 100 },
      memberToken: { memberToken: 'mb_someone_else' },
    }
    expect(Object.keys(changed).sort()).toEqual([...(bound?.boundTo ?? [])].sort())
    for (const [field, change] of Object.entries(changed)) {
      expect([field, await codeOf('createOrder', { ...linOrder(token, 'the-key'), ...change })]).toEqual([
        field,
        'IDEMPOTENCY_CONFLICT',
      ])
    }
  })
})

describe('the request schemas against the bureau client', () => {
  test("every body the client sends parses with its operation's request schema, and every field it sends is in the schema", async () => {
    const sent: Array<[Operation, Record<string, unknown>]> = []
    const transport: GatewayTransport = {
      send: (operation, body) => {
        sent.push([operation, body])
        return Promise.resolve({ kind: 'network' })
      },
    }
    const client = createBureauClient(transport)
    for (const operation of OPERATIONS) await callOperation(client, operation)
    expect(sent.map(([operation]) => operation)).toEqual([...OPERATIONS])
    for (const [operation, body] of sent) {
      const { request } = OPERATION_CONTRACTS[operation as ContractOperation]
      expect([operation, request.safeParse(body).success]).toEqual([operation, true])
      const fields = Object.keys((request as unknown as { shape: Json }).shape)
      expect([operation, Object.keys(body).filter((field) => !fields.includes(field))]).toEqual([
        operation,
        [],
      ])
    }
    // Without the optional fields too.
    sent.length = 0
    await client.getEnrolment('tk_a')
    await client.createOrder(linOrder('tk_a'))
    for (const [operation, body] of sent)
      expect(OPERATION_CONTRACTS[operation as ContractOperation].request.safeParse(body).success).toBe(true)
  })
})
