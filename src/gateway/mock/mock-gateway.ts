/**
 * The embedded mock bureau: deterministic, seeded residents, an order ledger,
 * configurable latency and a per-operation fault plan. It answers in the same
 * wire format as the HTTP gateway, so the service layer parses both alike.
 */
import { maskIdNumber, maskPersonName } from '../../domain/masking'
import { quote } from '../../domain/quote'
import { rulesForYear } from '../../domain/region-rules'
import { regionRulesFor } from '../../config/regions'
import type { GatewayTransport, Operation, TransportResponse } from '../../services/ports'
import type { Fault, FaultPlan } from './fault-plan'
import { createMockFamily, type SavedFamily } from './mock-family'
import { SEED_RESIDENTS, type SeedRecord, type SeedResident } from './seed-residents'

export interface MockGatewayOptions {
  latencyMs: number
  /** The bureau's date, YYYY-MM-DD, and time of day for receipts. */
  today: () => string
  /** The benefit year being collected. */
  benefitYear: number
  faults?: FaultPlan
  /**
   * Where the mock bureau keeps its ledger between launches (H5 reloads, weapp
   * relaunches), so a payment in flight survives a killed page as it would at a
   * real bureau. It holds seed indexes and order data, never a name or ID number.
   */
  storage?: { getItem(key: string): string | null; setItem(key: string, value: string): void }
}

const LEDGER_KEY = 'yibao-mock-bureau'

type OrderStatus = 'NOTPAY' | 'SUCCESS' | 'CLOSED'

interface LedgerOrder {
  orderId: string
  idempotencyKey: string
  resident: SeedResident
  /** Who pays, when not the insured person (代他人缴费, 家庭共济). */
  payer?: SeedResident
  record: SeedRecord
  amountFen: number
  /** Taken from the payer's employee personal account; the cashier asks for the rest. */
  accountFen?: number
  coverageStart: string
  status: OrderStatus
  receiptNo?: string
  paidAt?: string
  /** Created in a session opened from a 请家人代缴 card: a relative pays. */
  byFamily: boolean
}

interface IssuedReceipt {
  receiptNo: string
  resident: SeedResident
  payer?: SeedResident
  record: SeedRecord
  amountFen: number
  coverageStart: string
  paidAt: string
  lagQueriesLeft: number
  byFamily?: boolean
}

/** How long a 请家人代缴 card stays usable. */
const SHARE_DAYS = 7

export interface MockGateway extends GatewayTransport {
  /** What the simulated WeChat cashier does when the resident taps 支付: the money moves. */
  settlePayment(prepayPackage: string): void
  /** The amount the cashier shows for a prepay package. */
  amountFor(prepayPackage: string): number | undefined
  injectFault(operation: Operation, fault: Fault): void
  /** Money that moved, per order: the ledger tests check against. */
  paidOrders(): ReadonlyArray<{ orderId: string; recordId: string; amountFen: number }>
}

type Refusal = { code: string; message: string; receiptNo?: string; until?: string }
type Reply = { ok: true; data: unknown } | { ok: false; error: Refusal }

const reply = (data: unknown): Reply => ({ ok: true, data })
const refuse = (code: string, message: string, extra: Partial<Refusal> = {}): Reply => ({
  ok: false,
  error: { code, message, ...extra },
})
const text = (value: unknown): string => (typeof value === 'string' ? value : '')

export function createMockGateway(options: MockGatewayOptions): MockGateway {
  const faults: FaultPlan = structuredCloneFaults(options.faults ?? {})
  const tokens = new Map<string, SeedResident>()
  const orders = new Map<string, LedgerOrder>()
  const ordersByKey = new Map<string, LedgerOrder>()
  const receipts = new Map<string, IssuedReceipt>()
  const shares = new Map<string, { resident: SeedResident; expiresOn: string }>()
  const familySessions = new Set<string>()
  let sequence = 0
  const seedIndex = (resident: SeedResident) => SEED_RESIDENTS.indexOf(resident)

  for (const resident of SEED_RESIDENTS) {
    for (const record of resident.records ?? []) {
      if (record.paid) {
        receipts.set(record.paid.receiptNo, { ...record.paid, resident, record, lagQueriesLeft: 0 })
      }
    }
  }

  const nextId = (prefix: string): string => {
    sequence += 1
    return `${prefix}${options.benefitYear}${String(sequence).padStart(6, '0')}`
  }

  const residentFor = (token: unknown): SeedResident | undefined => tokens.get(text(token))
  const todayFor = (resident: SeedResident): string => resident.bureauDate ?? options.today()
  const yearFor = (resident: SeedResident): number => resident.benefitYear ?? options.benefitYear

  const family = createMockFamily({
    nextId: (prefix) => nextId(prefix),
    today: options.today,
    accountSpentBy: (payer) =>
      [...orders.values()]
        .filter((order) => order.payer === payer && order.status !== 'CLOSED')
        .reduce((total, order) => total + (order.accountFen ?? 0), 0),
  })

  restoreLedger()

  /** The person a request is about: the caller, or with `memberToken` one of the caller's 常用缴费人. */
  function insuredFor(body: Record<string, unknown>): { payer: SeedResident; insured: SeedResident } | undefined {
    const payer = residentFor(body.token)
    if (!payer) return undefined
    if (body.memberToken === undefined) return { payer, insured: payer }
    const member = family.memberOf(payer, text(body.memberToken))
    return member ? { payer, insured: member.person } : undefined
  }

  const paidReceiptFor = (record: SeedRecord): IssuedReceipt | undefined =>
    [...receipts.values()].find((receipt) => receipt.record.recordId === record.recordId)

  function verifyIdentity(body: Record<string, unknown>): Reply {
    const idNumber = text(body.idNumber)
    const name = text(body.name)
    if (!text(body.faceTicket)) return refuse('IDENTITY_MISMATCH', '人脸核验未完成')
    const seeded = SEED_RESIDENTS.find((resident) => resident.idNumber === idNumber)
    if (seeded && seeded.name !== name) return refuse('IDENTITY_MISMATCH', '姓名与身份证号不一致')
    const resident = seeded ?? { name, idNumber }
    const token = nextId('tk_')
    tokens.set(token, resident)
    return reply({
      token,
      maskedName: maskPersonName(resident.name),
      maskedIdNumber: maskIdNumber(resident.idNumber),
      birthDate: `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`,
    })
  }

  function recordStatus(record: SeedRecord, benefitYear = options.benefitYear): 'payable' | 'paid' | 'fully-subsidised' {
    if (paidReceiptFor(record)) return 'paid'
    const rules = regionRulesFor(record.adcode)
    const year = rules && rulesForYear(rules, benefitYear)
    const full = year?.subsidyRules.some((rule) => rule.group === record.subsidyGroup && rule.mode === 'full')
    return full ? 'fully-subsidised' : 'payable'
  }

  function getEnrolment(body: Record<string, unknown>): Reply {
    if (!residentFor(body.token)) return refuse('SESSION_EXPIRED', '认证已过期')
    const resident = insuredFor(body)?.insured
    if (!resident) return refuse('NOT_PAYABLE', '未找到该缴费人')
    if (!resident.records) return reply({ registered: false })
    return reply({
      registered: true,
      records: resident.records.map((record) => ({
        recordId: record.recordId,
        adcode: record.adcode,
        regionName: record.regionName,
        category: record.category,
        subsidyGroup: record.subsidyGroup,
        benefitYear: yearFor(resident),
        status: recordStatus(record, yearFor(resident)),
        receiptNo: paidReceiptFor(record)?.receiptNo,
        breakYears: record.breakYears,
        continuousYears: record.continuousYears,
        birthDate: record.birthDate,
        inSchool: record.inSchool,
        bureauDate: resident.bureauDate,
      })),
    })
  }

  function createOrder(body: Record<string, unknown>): Reply {
    if (!residentFor(body.token)) return refuse('SESSION_EXPIRED', '认证已过期')
    const key = text(body.idempotencyKey)
    const existing = ordersByKey.get(key)
    if (existing) return reply(orderReply(existing))
    const people = insuredFor(body)
    if (!people) return refuse('NOT_PAYABLE', '未找到该缴费人')
    const { payer, insured: resident } = people
    const record = resident.records?.find((candidate) => candidate.recordId === body.recordId)
    if (!record) return refuse('NOT_PAYABLE', '未找到参保记录')
    const status = recordStatus(record, yearFor(resident))
    // One person pays once a year, whichever region: a paid record anywhere refuses the rest.
    const paidElsewhere = resident.records?.some((candidate) => recordStatus(candidate, yearFor(resident)) === 'paid')
    if (status === 'paid' || paidElsewhere) {
      const paid = resident.records?.map(paidReceiptFor).find((receipt) => receipt !== undefined)
      return refuse('ALREADY_PAID', '该缴费人已经申报，不允许重复申报', { receiptNo: paid?.receiptNo })
    }
    if (status === 'fully-subsidised') return refuse('NOT_PAYABLE', '由财政代缴，无需缴费')
    const rules = regionRulesFor(record.adcode)
    if (!rules || body.category !== record.category) return refuse('NOT_PAYABLE', '险种档次不符')
    const bill = quote(
      { ...record, breakYears: record.breakYears ?? 0 },
      rules,
      { benefitYear: yearFor(resident), backYears: typeof body.backYears === 'number' ? body.backYears : 0 },
      todayFor(resident),
    )
    if (!bill.ok) return refuse('NOT_PAYABLE', '当前不在缴费期内')
    if (bill.quote.payableFen !== body.amountFen) return refuse('AMOUNT_MISMATCH', '缴费金额与核定金额不一致')
    const accountFen = typeof body.accountFen === 'number' ? body.accountFen : 0
    if (accountFen < 0 || accountFen > bill.quote.payableFen) return refuse('AMOUNT_MISMATCH', '个人账户支付金额不正确')
    if (accountFen > 0) {
      const member = family.memberOf(payer, text(body.memberToken))
      const refusal = member
        ? family.accountRefusal(payer, member, record.adcode, accountFen)
        : { code: 'NOT_BOUND', message: '个人账户仅可为已绑定的亲属缴费' }
      if (refusal) return refuse(refusal.code, refusal.message)
    }
    const order: LedgerOrder = {
      orderId: nextId('OD'),
      idempotencyKey: key,
      resident,
      payer: payer === resident ? undefined : payer,
      record,
      amountFen: bill.quote.payableFen,
      accountFen: accountFen > 0 ? accountFen : undefined,
      coverageStart: bill.quote.coverage.start,
      status: 'NOTPAY',
      byFamily: familySessions.has(text(body.token)),
    }
    orders.set(order.orderId, order)
    ordersByKey.set(key, order)
    // Wholly from the personal account: the bureau debits it at once, no cashier.
    if (accountFen === order.amountFen) settle(order)
    return reply(orderReply(order))
  }

  function orderReply(order: LedgerOrder) {
    const cashierFen = order.amountFen - (order.accountFen ?? 0)
    return {
      orderId: order.orderId,
      amountFen: order.amountFen,
      accountFen: order.accountFen,
      payParams: cashierFen === 0 ? undefined : {
        timeStamp: '1700000000',
        nonceStr: order.orderId.slice(-8),
        package: `prepay_id=${order.orderId}`,
        signType: 'RSA',
        paySign: 'MOCK-SIGNATURE',
      },
    }
  }

  function queryOrder(body: Record<string, unknown>): Reply {
    const order = orders.get(text(body.orderId))
    if (!order) return refuse('ORDER_CLOSED', '订单不存在')
    return reply({ orderId: order.orderId, status: order.status, receiptNo: order.receiptNo })
  }

  const isPartyTo = (receipt: IssuedReceipt, resident: SeedResident) =>
    receipt.resident.idNumber === resident.idNumber || receipt.payer?.idNumber === resident.idNumber

  function getReceipt(body: Record<string, unknown>): Reply {
    const resident = residentFor(body.token)
    if (!resident) return refuse('SESSION_EXPIRED', '认证已过期')
    const receipt = receipts.get(text(body.receiptNo))
    if (!receipt || !isPartyTo(receipt, resident)) return refuse('NOT_PAYABLE', '未找到电子凭证')
    if (receipt.lagQueriesLeft > 0) {
      receipt.lagQueriesLeft -= 1
      return reply({ status: 'pending', receiptNo: receipt.receiptNo })
    }
    return reply({
      status: 'issued',
      receipt: {
        receiptNo: receipt.receiptNo,
        verificationCode: verificationCodeFor(receipt.receiptNo),
        issuer: `${receipt.record.regionName}医疗保障局`,
        // A relative who paid through a 请家人代缴 card is not known by name to the bureau's record here.
        maskedPayerName: receipt.byFamily ? '家人代缴' : maskPersonName((receipt.payer ?? receipt.resident).name),
        maskedInsuredName: maskPersonName(receipt.resident.name),
        maskedInsuredIdNumber: maskIdNumber(receipt.resident.idNumber),
        amountFen: receipt.amountFen,
        benefitYear: yearFor(receipt.resident),
        coverageStart: receipt.coverageStart,
        paidAt: receipt.paidAt,
        regionName: receipt.record.regionName,
      },
    })
  }

  function listRecords(body: Record<string, unknown>): Reply {
    const resident = residentFor(body.token)
    if (!resident) return refuse('SESSION_EXPIRED', '认证已过期')
    const mine = [...receipts.values()].filter((receipt) => isPartyTo(receipt, resident))
    return reply({
      records: mine.map((receipt) => ({
        receiptNo: receipt.receiptNo,
        benefitYear: yearFor(receipt.resident),
        amountFen: receipt.amountFen,
        paidAt: receipt.paidAt,
        regionName: receipt.record.regionName,
        maskedInsuredName: maskPersonName(receipt.resident.name),
        memberToken: receipt.resident === resident ? undefined : family.tokenFor(resident, receipt.resident),
      })),
    })
  }

  function createShareToken(body: Record<string, unknown>): Reply {
    const resident = residentFor(body.token)
    if (!resident) return refuse('SESSION_EXPIRED', '认证已过期')
    const shareToken = `sh_${randomToken()}`
    const expiresOn = addDays(options.today(), SHARE_DAYS)
    shares.set(shareToken, { resident, expiresOn })
    return reply({ shareToken, expiresOn })
  }

  function redeemShareToken(body: Record<string, unknown>): Reply {
    const share = shares.get(text(body.shareToken))
    if (!share || options.today() > share.expiresOn) return refuse('SHARE_INVALID', '代缴邀请已失效')
    const token = nextId('tk_')
    tokens.set(token, share.resident)
    familySessions.add(token)
    return reply({
      token,
      maskedName: maskPersonName(share.resident.name),
      maskedIdNumber: maskIdNumber(share.resident.idNumber),
    })
  }

  function withPayer(body: Record<string, unknown>, answer: (payer: SeedResident) => Reply): Reply {
    const payer = residentFor(body.token)
    return payer ? answer(payer) : refuse('SESSION_EXPIRED', '认证已过期')
  }

  const familyHandlers = {
    listFamilyMembers: (body: Record<string, unknown>) => withPayer(body, (payer) => reply(family.list(payer))),
    addFamilyMember: (body: Record<string, unknown>) =>
      withPayer(body, (payer) => {
        const added = family.add(payer, body)
        return added.ok ? reply(added.data) : refuse(added.error.code, added.error.message)
      }),
    removeFamilyMember: (body: Record<string, unknown>) =>
      withPayer(body, (payer) =>
        family.remove(payer, text(body.memberToken)) ? reply({ removed: true }) : refuse('NOT_PAYABLE', '未找到该缴费人'),
      ),
    bindFamilyMember: (body: Record<string, unknown>) =>
      withPayer(body, (payer) => {
        const binding = family.bind(payer, text(body.memberToken), body.evidence, body.ticket)
        return binding ? reply({ binding }) : refuse('NOT_PAYABLE', '绑定材料不符合要求')
      }),
    getPersonalAccount: (body: Record<string, unknown>) => withPayer(body, (payer) => reply(family.account(payer))),
  }

  const handlers: Record<Operation, (body: Record<string, unknown>) => Reply> = {
    verifyIdentity,
    getEnrolment,
    createOrder,
    queryOrder,
    getReceipt,
    listRecords,
    createShareToken,
    redeemShareToken,
    ...familyHandlers,
  }

  /** The ledger as plain data: seed indexes instead of people. */
  function saveLedger() {
    if (!options.storage) return
    const seededTokens = [...tokens].filter(([, resident]) => seedIndex(resident) >= 0)
    options.storage.setItem(
      LEDGER_KEY,
      JSON.stringify({
        sequence,
        tokens: seededTokens.map(([token, resident]) => [token, seedIndex(resident)]),
        family: family.save(seedIndex),
        orders: [...orders.values()].map(({ resident, payer, record, ...order }) => ({
          ...order,
          resident: seedIndex(resident),
          payer: payer ? seedIndex(payer) : undefined,
          recordId: record.recordId,
          receipt: order.receiptNo ? receipts.get(order.receiptNo)?.lagQueriesLeft : undefined,
        })),
      }),
    )
  }

  function restoreLedger() {
    const saved = options.storage?.getItem(LEDGER_KEY)
    if (!saved) return
    try {
      const ledger = JSON.parse(saved) as SavedLedger
      sequence = ledger.sequence
      for (const [token, index] of ledger.tokens) {
        const resident = SEED_RESIDENTS[index]
        if (resident) tokens.set(token, resident)
      }
      if (ledger.family) family.restore(ledger.family)
      for (const { resident: index, payer: payerIndex, recordId, receipt: lagQueriesLeft, ...stored } of ledger.orders) {
        const resident = SEED_RESIDENTS[index]
        const record = resident?.records?.find((candidate) => candidate.recordId === recordId)
        if (!resident || !record) continue
        const payer = payerIndex === undefined ? undefined : SEED_RESIDENTS[payerIndex]
        const order: LedgerOrder = { ...stored, resident, payer, record }
        orders.set(order.orderId, order)
        ordersByKey.set(order.idempotencyKey, order)
        if (order.receiptNo && order.paidAt) {
          receipts.set(order.receiptNo, {
            receiptNo: order.receiptNo,
            resident,
            payer,
            record,
            amountFen: order.amountFen,
            coverageStart: order.coverageStart,
            paidAt: order.paidAt,
            lagQueriesLeft: lagQueriesLeft ?? 0,
          })
        }
      }
    } catch {
      // A ledger from an older build is dropped: the mock bureau starts afresh.
    }
  }

  /** The money moved (the cashier paid, or the personal account was debited): the bureau issues a receipt. */
  function settle(order: LedgerOrder) {
    if (order.status !== 'NOTPAY') return
    order.status = 'SUCCESS'
    order.receiptNo = nextId('FJ')
    order.paidAt = `${todayFor(order.resident)} 10:00`
    receipts.set(order.receiptNo, {
      receiptNo: order.receiptNo,
      resident: order.resident,
      payer: order.payer,
      record: order.record,
      amountFen: order.amountFen,
      coverageStart: order.coverageStart,
      paidAt: order.paidAt,
      lagQueriesLeft: order.resident.receiptLagQueries ?? 0,
      byFamily: order.byFamily,
    })
  }

  function closeUnpaid(orderId: unknown) {
    const order = orders.get(text(orderId))
    if (order?.status === 'NOTPAY') order.status = 'CLOSED'
  }

  return {
    async send(operation, body) {
      await delay(options.latencyMs)
      const fault = faults[operation]?.shift()
      if (fault?.kind === 'closed') closeUnpaid(body.orderId)
      if (fault && fault.kind !== 'lost' && fault.kind !== 'notpay' && fault.kind !== 'closed') {
        return faultResponse(fault)
      }
      const answer = handlers[operation](body)
      saveLedger()
      if (fault?.kind === 'lost') return { kind: 'timeout' }
      if (fault?.kind === 'notpay' && operation === 'queryOrder' && answer.ok) {
        return { kind: 'body', body: { ok: true, data: { ...(answer.data as object), status: 'NOTPAY', receiptNo: undefined } } }
      }
      // A JSON round trip, so callers see wire data and never share the ledger's objects.
      return { kind: 'body', body: JSON.parse(JSON.stringify(answer)) as unknown }
    },
    settlePayment(prepayPackage) {
      const order = orders.get(prepayPackage.replace(/^prepay_id=/, ''))
      if (!order) return
      settle(order)
      saveLedger()
    },
    amountFor(prepayPackage) {
      const order = orders.get(prepayPackage.replace(/^prepay_id=/, ''))
      // The cashier asks only for what the personal account does not pay.
      return order && order.amountFen - (order.accountFen ?? 0)
    },
    injectFault(operation, fault) {
      faults[operation] = [...(faults[operation] ?? []), fault]
    },
    paidOrders() {
      return [...orders.values()]
        .filter((order) => order.status === 'SUCCESS')
        .map((order) => ({ orderId: order.orderId, recordId: order.record.recordId, amountFen: order.amountFen }))
    },
  }
}

interface SavedLedger {
  sequence: number
  tokens: Array<[string, number]>
  family?: SavedFamily
  orders: Array<
    Omit<LedgerOrder, 'resident' | 'payer' | 'record'> & { resident: number; payer?: number; recordId: string; receipt?: number }
  >
}

type AnswerFault = Exclude<Fault, { kind: 'lost' } | { kind: 'notpay' } | { kind: 'closed' }>

/** Nightly maintenance ends at 00:05 (a window residents report: 21:30–00:05). */
const MAINTENANCE_UNTIL = '00:05'

function faultResponse(fault: AnswerFault): TransportResponse {
  switch (fault.kind) {
    case 'timeout':
      return { kind: 'timeout' }
    case 'http':
      return { kind: 'http', status: fault.status }
    case 'malformed':
      return { kind: 'body', body: { ok: true, data: { unexpected: true } } }
    case 'business':
      return {
        kind: 'body',
        body: refuse(fault.code, '模拟故障', fault.code === 'MAINTENANCE' ? { until: MAINTENANCE_UNTIL } : {}),
      }
  }
}

function structuredCloneFaults(plan: FaultPlan): FaultPlan {
  const copy: FaultPlan = {}
  for (const [operation, list] of Object.entries(plan) as Array<[Operation, Fault[]]>) copy[operation] = [...list]
  return copy
}

/** A stable six-character code a counter clerk can type to check a receipt. */
function verificationCodeFor(receiptNo: string): string {
  let hash = 5381
  for (const char of receiptNo) hash = (hash * 33 + char.charCodeAt(0)) >>> 0
  return hash.toString(36).toUpperCase().padStart(6, '0').slice(-6)
}

/** 24 characters a share card can carry: unguessable, and nothing about the person. */
function randomToken(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789'
  return Array.from({ length: 24 }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join('')
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve()
}
