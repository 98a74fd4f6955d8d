/**
 * A model of residents paying at the evening peak, on two phones over one
 * bureau: random sequences of what people and the network do, run against the
 * real payment store, runner and service of each phone and one mock bureau
 * (one ledger) that both phones talk to. Used by
 * test/unit/payment-model.test.ts and by the bench.
 *
 * - People: resident A (林晓华) and resident B (陈玉珍), each with one payable
 *   bill. Phone 0 starts verified as A at the amount step; every generated
 *   sequence first puts A or B on phone 1 (A on both phones: two phones paying
 *   one bill). A phone may be signed out and used by the other person (a
 *   shared phone); a resident may make a 请家人代缴 link on one phone and the
 *   other phone redeem it and pay for them; the resident may revoke it.
 * - Each phone is its own app: its own store over its own memory storage, its
 *   own random source, its own simulated WeChat cashier, its own fault queue
 *   and network latency.
 * - Time is a fake clock shared by both phones and the bureau: every wait the
 *   app asks for (poll intervals, busy back-offs, the busy re-send) and every
 *   slow request is a timer that fires only when the model lets time pass
 *   (`wait` steps, up to 8 days so a 请家人代缴 link expires, and at the end),
 *   so payments poll and answers arrive in the background while other steps
 *   happen, and nothing waits in real time. A step runs until every phone is
 *   idle or waiting on a timer or an open cashier (one `setImmediate`: the
 *   microtask queue drains first; nothing else in the model uses real timers).
 * - A cashier with nothing scripted for it stays open (the resident looks at
 *   it) until a `cashier` step acts on it, the phone is killed, or the end.
 *   While a phone's cashier is open, that phone's in-app steps do nothing (the
 *   cashier is modal); the other phone goes on.
 *
 * Invariants, checked whenever a phone's store settles (a microtask after a
 * change, as a render would see it) and after every step, against the
 * bureau's ledger (paidOrders(): the only record of money that moved):
 * - double-charge: at most one paid order per record and benefit year;
 * - false-paid: a phone shows paid (phase paid, or 上一位缴费人…已缴费) only for
 *   an order the ledger holds as SUCCESS, for that order id, amount and receipt;
 * - wrong-person: a phone shows 缴费成功 (phase paid, or the flow at the
 *   receipt) only for the person it is now used by or for (a relative's share
 *   session is for the resident who shared); a previous payer's paid order is
 *   shown under that payer's masked name;
 * - not-queried-first: after a relaunch every order in flight that the phone
 *   remembers is queried (at once, on app show) before it sends any createOrder;
 * - no-receipt: at the end, with faults stopped, every payment in the ledger
 *   has been shown as paid on the phone that made it (or, if that phone lost
 *   its storage while the cashier was open and was killed, the bureau shows the
 *   receipt when that person verifies again / reopens the link);
 * - crash: nothing the app did threw.
 */
import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { maskPersonName } from '../../src/domain/masking'
import { createPaymentStore } from '../../src/features/payment/store/payment-store'
import type { Fault } from '../../src/gateway/mock/fault-plan'
import { createMockGateway, type MockGateway } from '../../src/gateway/mock/mock-gateway'
import type { SeedResident } from '../../src/gateway/mock/seed-residents'
import type { PaidOrder, RandomBytes } from '../../src/gateway/bureau'
import { loadRules } from '../../src/root/load-rules'
import { createBureauClient } from '../../src/services/bureau-client'
import { createPaymentService } from '../../src/services/payment-service'
import type {
  GatewayTransport,
  Operation,
  PaymentCallback,
  PaymentPort,
  TransportResponse,
} from '../../src/services/ports'
import { memoryStorage, type MemoryStorage } from './memory-storage'
import { seed } from './seed'
import { chooseAndAcknowledge, loadPayableRecord } from './verified-order'
import { simulatedFace } from './simulated-face'

export type PhoneId = 0 | 1
export type Who = 'A' | 'B'

export const PEOPLE: Record<Who, SeedResident> = { A: seed('林晓华'), B: seed('陈玉珍') }
const WHO_BY_RECORD = new Map<string, Who>()
const WHO_BY_ID_NUMBER = new Map<string, Who>()
for (const who of ['A', 'B'] as const) {
  WHO_BY_ID_NUMBER.set(PEOPLE[who].idNumber, who)
  for (const record of PEOPLE[who].records ?? []) WHO_BY_RECORD.set(record.recordId, who)
}

/** What the WeChat cashier does: at once if it is open, else when it next opens. */
export type CashierBehaviour =
  | 'pays' // money moves, callback success
  | 'cancels' // no money, callback cancel
  | 'fails' // no money: WeChat Pay reports the payment failed (the order becomes PAYERROR), callback fail
  | 'fails-unreported' // no money, callback fail, the bureau is told nothing (the order stays NOTPAY)
  | 'pays-callback-lost' // money moves, callback fail (the app was backgrounded)
  | 'pays-bureau-lags' // callback success, but the bureau's ledger learns of it only at the next step
  | 'killed-before-paying' // the app dies with the cashier open; nothing paid
  | 'killed-after-paying' // the resident pays, then the app dies before hearing back

export type ModelStep =
  | { kind: 'tap-pay'; phone: PhoneId }
  | { kind: 'double-tap-pay'; phone: PhoneId }
  /** Both phones tap 确认支付 in the same moment. */
  | { kind: 'both-phones-tap' }
  | { kind: 'cashier'; phone: PhoneId; behaviour: CashierBehaviour }
  /** The next `operation` this phone sends meets `fault`. */
  | { kind: 'fault'; phone: PhoneId; operation: Operation; fault: Fault }
  /** Time passes: timers due within `ms` fire, in order. */
  | { kind: 'wait'; ms: number }
  /** The app is killed and opened again (app show: an order in flight is queried). */
  | { kind: 'relaunch'; phone: PhoneId }
  /** The resident leaves the app and comes back (app show). */
  | { kind: 'app-show'; phone: PhoneId }
  /** From now on each request of this phone takes this long on the fake clock (0: answered at once). */
  | { kind: 'network'; phone: PhoneId; latencyMs: number }
  /** The phone's storage is cleared while its cashier is open (now, or when it next opens). */
  | { kind: 'clear-storage'; phone: PhoneId }
  /** 换一个人缴费: sign out, verify `person`, go on to the amount step. */
  | { kind: 'switch-person'; phone: PhoneId; person: Who }
  /**
   * The verify page, reached with Back while the flow is not yet at the receipt:
   * the phone is handed to `person`, who verifies there without 换一个人缴费, and
   * goes on as the app sends them (step 2 on, unless the flow is at the receipt).
   */
  | { kind: 'verify-here'; phone: PhoneId; person: Who }
  /** 请家人代缴: the resident on `from` makes a link; the other phone opens it and goes on to the amount step. */
  | { kind: 'share'; from: PhoneId }
  /** The resident who made the latest link revokes it, on a phone where they are signed in as themselves. */
  | { kind: 'revoke-share' }
  | { kind: 'check-again'; phone: PhoneId }
  | { kind: 'choose-again'; phone: PhoneId }

export type ViolationKind =
  'double-charge' | 'false-paid' | 'wrong-person' | 'not-queried-first' | 'no-receipt' | 'crash'

export class ModelViolation extends Error {
  constructor(
    readonly kind: ViolationKind,
    detail: string,
  ) {
    super(`${kind}: ${detail}`)
    this.name = 'ModelViolation'
  }
}

/** A session the bureau gave a phone: whose, and how (their own verification, or a 请家人代缴 link). */
interface SessionInfo {
  who: Who
  scope: 'resident' | 'share'
  shareToken?: string
  phone: PhoneId
}

interface ShareInfo {
  shareToken: string
  who: Who
  /** A revocation was asked for (the bureau may have done it even if the answer was lost). */
  revoked: boolean
}

/**
 * A world frozen after its first steps: the bureau's ledger as stored, and
 * what each phone keeps in storage. Generated sequences all begin the same way
 * (A at the amount step on phone 0, then A or B starts on phone 1), so that
 * start is run once per person and every sequence opens both apps from it, as
 * after a relaunch, instead of verifying and quoting again.
 */
export interface WorldImage {
  ledger: string
  sessions: Array<[string, SessionInfo]>
  phones: Array<{ storage: Array<[string, string]>; tokens: string[] }>
  now: number
}

export interface WorldOptions {
  /** Seeds the bureau's and the phones' random sources (tokens, order numbers, keys, jitter). */
  randomSeed?: number
  /** Start from this image instead of an empty bureau and two fresh apps. */
  image?: WorldImage
  /** Receives the bureau's ledger after each change (to make an image). */
  ledgerSink?: (text: string) => void
}

const START_MS = Date.parse('2025-11-20T12:00:00+08:00')
const DAY_MS = 24 * 60 * 60_000
/** A 请家人代缴 link stays open 7 days: a wait this long outlives it. */
const EIGHT_DAYS_MS = 8 * DAY_MS
/** More timers than this in one `wait` (or the final drain) is a payment that never rests. */
const RUNAWAY_TIMERS = 400

/**
 * A deterministic stand-in for a cryptographic random source: SHA-256 of the
 * label and a counter. Each role (the bureau, each phone) has its own label, so
 * their streams never overlap, also with the shared start image's.
 */
function hashRandom(label: string): RandomBytes {
  let counter = 0
  let pool: Uint8Array = new Uint8Array(0)
  let at = 0
  return (length) => {
    const bytes = new Uint8Array(length)
    for (let index = 0; index < length; index += 1) {
      if (at >= pool.length) {
        pool = createHash('sha256')
          .update(`${label}#${(counter += 1)}`)
          .digest()
        at = 0
      }
      bytes[index] = pool[at] ?? 0
      at += 1
    }
    return bytes
  }
}

const idle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))
const never = <T>(): Promise<T> => new Promise<T>(() => undefined)

/** One clock for the world; each phone's waits are timers owned by that launch of the app. */
class FakeClock {
  now = START_MS
  private timers: Array<{ at: number; order: number; owner: object; resolve: () => void }> = []
  private order = 0

  /** The date in China Standard Time (the bureau's and the phones'). */
  today(): string {
    return new Date(this.now + 8 * 3600_000).toISOString().slice(0, 10)
  }

  sleep(owner: object, ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.timers.push({ at: this.now + Math.max(0, ms), order: (this.order += 1), owner, resolve })
    })
  }

  /** A killed app's waits never end. */
  cancel(owner: object): void {
    this.timers = this.timers.filter((timer) => timer.owner !== owner)
  }

  get pending(): boolean {
    return this.timers.length > 0
  }

  /** Takes the next timer due by `until` and moves the clock to it. */
  take(until: number): (() => void) | undefined {
    let next: (typeof this.timers)[number] | undefined
    for (const timer of this.timers) {
      if (
        timer.at <= until &&
        (!next || timer.at < next.at || (timer.at === next.at && timer.order < next.order))
      )
        next = timer
    }
    if (!next) return undefined
    this.timers.splice(this.timers.indexOf(next), 1)
    this.now = Math.max(this.now, next.at)
    return next.resolve
  }
}

type PaymentStoreApi = ReturnType<typeof createPaymentStore>

class Phone {
  readonly storage: MemoryStorage
  /** The storage was cleared and nothing has been written since: a kill now loses what the app knew. */
  wiped = false
  clearOnCashier = false
  faults: Partial<Record<Operation, Fault[]>> = {}
  latencyMs = 0
  behaviours: CashierBehaviour[] = []
  held?: { prepay: string; resolve: (callback: PaymentCallback) => void }
  killRequested = false
  /** Sessions the bureau gave this phone (the orders they made are this phone's). */
  readonly tokens = new Set<string>()
  /** Orders this phone has shown as paid (its own 缴费成功, or a previous payer's 已缴费). */
  readonly shownPaid = new Set<string>()
  /** The amount of each order's bill, as the app held it (the bill is dropped once paid). */
  readonly billAmounts = new Map<string, number>()
  /** Orders this phone lost with its storage. */
  readonly forgotten = new Set<string>()
  /** Orders in flight at the last relaunch that have not been queried yet. */
  pendingAtRelaunch = new Set<string>()
  /** This launch of the app: a killed launch's timers, sends and cashier never come back. */
  launch: object = {}
  store!: PaymentStoreApi
  unsubscribe: () => void = () => undefined
  observeScheduled = false
  readonly random: RandomBytes

  constructor(
    readonly id: PhoneId,
    randomSeed: number,
  ) {
    this.random = hashRandom(`phone${id}:${randomSeed}`)
    const storage = memoryStorage()
    this.storage = {
      ...storage,
      setItem: (key, value) => {
        this.wiped = false
        storage.setItem(key, value)
      },
    }
  }

  get cashierOpen(): boolean {
    return this.held !== undefined
  }

  clearStorage(): void {
    this.storage.items.clear()
    this.wiped = true
    this.clearOnCashier = false
  }
}

export class ModelWorld {
  readonly gateway: MockGateway
  readonly clock = new FakeClock()
  readonly phones: readonly [Phone, Phone]
  readonly sessions = new Map<string, SessionInfo>()
  /** Face verifications started, by verifyId: whom each is for. */
  private readonly verifying = new Map<string, Who>()
  readonly shares: ShareInfo[] = []
  private readonly violations: ModelViolation[] = []
  private lateSettlements: string[] = []

  constructor(options: WorldOptions = {}) {
    const randomSeed = options.randomSeed ?? 1
    const { image, ledgerSink } = options
    const gateway = createMockGateway({
      latencyMs: 0,
      today: () => this.clock.today(),
      benefitYear: 2026,
      randomBytes: hashRandom(`bureau:${randomSeed}`),
      // The bureau's ledger as the start image left it (or written out to make the image).
      storage: image
        ? { getItem: () => image.ledger, setItem: () => undefined }
        : ledgerSink && { getItem: () => null, setItem: (_key, text) => ledgerSink(text) },
    })
    // Money moves only through the cashier's settlement (the model never pays from a personal
    // account), so the paid orders are read from the ledger again only after one.
    this.gateway = {
      ...gateway,
      settlePayment: async (prepay) => {
        this.paid = undefined
        try {
          await gateway.settlePayment(prepay)
        } finally {
          this.paid = undefined
        }
      },
    }
    this.phones = [new Phone(0, randomSeed), new Phone(1, randomSeed)]
    if (image) {
      this.clock.now = image.now
      for (const [token, session] of image.sessions) this.sessions.set(token, session)
      this.phones.forEach((phone, index) => {
        for (const [key, value] of image.phones[index]?.storage ?? []) phone.storage.items.set(key, value)
        for (const token of image.phones[index]?.tokens ?? []) phone.tokens.add(token)
      })
    }
    for (const phone of this.phones) this.launch(phone)
  }

  /** What a world that starts here needs: the ledger, each phone's storage and sessions, the time. */
  image(ledger: string): WorldImage {
    if (this.clock.pending || this.phones.some((phone) => phone.cashierOpen))
      throw new Error('model: an image of a world in motion')
    return {
      ledger,
      sessions: [...this.sessions],
      phones: this.phones.map((phone) => ({ storage: [...phone.storage.items], tokens: [...phone.tokens] })),
      now: this.clock.now,
    }
  }

  private paid: ReadonlyArray<PaidOrder> | undefined

  /** Money that moved, per order (a test may stand a forged ledger in its place). */
  paidOrders(): ReadonlyArray<PaidOrder> {
    this.paid ??= this.gateway.paidOrders()
    return this.paid
  }

  private violation(kind: ViolationKind, detail: string): void {
    this.violations.push(new ModelViolation(kind, detail))
  }

  // ---- one phone's app ------------------------------------------------------------------------

  private transport(phone: Phone, launch: object): GatewayTransport {
    return {
      send: async (operation, body) => {
        // A killed app sends nothing more.
        if (phone.launch !== launch) return never<TransportResponse>()
        if (operation === 'createOrder' && phone.pendingAtRelaunch.size > 0) {
          this.violation(
            'not-queried-first',
            `phone ${phone.id} sent createOrder before querying ${[...phone.pendingAtRelaunch].join(', ')} after a relaunch`,
          )
        }
        if (operation === 'queryOrder' && typeof body.orderId === 'string')
          phone.pendingAtRelaunch.delete(body.orderId)
        // Asked for: the bureau may have revoked it even if the answer is lost.
        if (operation === 'revokeShareToken') {
          for (const share of this.shares) if (share.shareToken === body.shareToken) share.revoked = true
        }
        // A slow network: half the latency on the way there, half on the way back; a kill meanwhile ends it.
        const halfWay = phone.latencyMs / 2
        if (halfWay > 0) await this.clock.sleep(launch, halfWay)
        // The phone's own fault, handed to the bureau with this very request.
        const fault = phone.faults[operation]?.shift()
        if (fault) this.gateway.injectFault(operation, fault)
        const response = await this.gateway.send(operation, body)
        if (halfWay > 0) await this.clock.sleep(launch, halfWay)
        this.learn(phone, operation, body, response)
        return response
      },
    }
  }

  /** Which sessions and links the phone was given, and whose they are. */
  private learn(
    phone: Phone,
    operation: Operation,
    body: Record<string, unknown>,
    response: TransportResponse,
  ): void {
    if (response.kind !== 'body') return
    const envelope = response.body as { ok?: boolean; data?: Record<string, unknown> }
    const data = envelope.ok ? envelope.data : undefined
    if (!data) return
    if (operation === 'startFaceVerification' && typeof data.verifyId === 'string') {
      // The ID number goes once, to start the face verification: who the verifyId is for.
      const who = WHO_BY_ID_NUMBER.get(String(body.idNumber))
      if (who) this.verifying.set(data.verifyId, who)
    } else if (operation === 'verifyIdentity' && typeof data.token === 'string') {
      const who = this.verifying.get(String(body.verifyId))
      if (who) this.sessions.set(data.token, { who, scope: 'resident', phone: phone.id })
      phone.tokens.add(data.token)
    } else if (operation === 'redeemShareToken' && typeof data.token === 'string') {
      const share = this.shares.find((candidate) => candidate.shareToken === body.shareToken)
      if (share)
        this.sessions.set(data.token, {
          who: share.who,
          scope: 'share',
          shareToken: share.shareToken,
          phone: phone.id,
        })
      phone.tokens.add(data.token)
    } else if (operation === 'createShareToken' && typeof data.shareToken === 'string') {
      const creator = this.sessions.get(String(body.token))
      if (creator)
        this.shares.push({
          shareToken: data.shareToken,
          who: creator.who,
          revoked: false,
        })
    }
  }

  private cashier(phone: Phone, launch: object): PaymentPort {
    return {
      requestPayment: (params) => {
        if (phone.launch !== launch) return never<PaymentCallback>()
        if (phone.clearOnCashier) phone.clearStorage()
        return new Promise<PaymentCallback>((resolve) => {
          const behaviour = phone.behaviours.shift()
          if (behaviour) this.act(phone, behaviour, params.package, resolve)
          else phone.held = { prepay: params.package, resolve }
        })
      },
    }
  }

  private act(
    phone: Phone,
    behaviour: CashierBehaviour,
    prepay: string,
    resolve: (callback: PaymentCallback) => void,
  ): void {
    const settle = () => this.gateway.settlePayment(prepay)
    const run = async () => {
      switch (behaviour) {
        case 'pays':
          await settle()
          return resolve('completed')
        case 'cancels':
          return resolve('cancelled')
        case 'fails':
          await this.gateway.failPayment(prepay)
          return resolve('failed')
        case 'fails-unreported':
          return resolve('failed')
        case 'pays-callback-lost':
          await settle()
          return resolve('failed')
        case 'pays-bureau-lags':
          this.lateSettlements.push(prepay)
          return resolve('completed')
        case 'killed-before-paying':
          phone.killRequested = true
          return undefined
        case 'killed-after-paying':
          await settle()
          phone.killRequested = true
          return undefined
      }
    }
    this.background(run())
  }

  private launch(phone: Phone): void {
    const launch = {}
    phone.launch = launch
    const service = createPaymentService({
      client: createBureauClient(this.transport(phone, launch)),
      payment: this.cashier(phone, launch),
      face: simulatedFace(this.gateway),
      clock: {
        today: () => this.clock.today(),
        now: () => this.clock.now,
        sleep: (ms) => this.clock.sleep(launch, ms),
      },
      loadRules: () => loadRules(() => this.clock.today()),
      random: phone.random,
    })
    phone.store = createPaymentStore(service, phone.storage)
    phone.unsubscribe = phone.store.subscribe(() => {
      if (phone.observeScheduled) return
      phone.observeScheduled = true
      // What a render sees: the store after the synchronous block that changed it.
      queueMicrotask(() => {
        phone.observeScheduled = false
        if (phone.launch === launch) this.observe(phone)
      })
    })
  }

  // ---- steps ----------------------------------------------------------------------------------

  /** Work that goes on after the step that started it (a payment polling, a cashier acting). */
  private background(work: Promise<unknown>): void {
    work.catch((error: unknown) =>
      this.violation('crash', error instanceof Error ? (error.stack ?? error.message) : String(error)),
    )
  }

  /** Phone 0 is used by A at the amount step; phone 1 is a fresh app nobody has used yet. */
  async start(): Promise<void> {
    const [phone] = this.phones
    await this.verifyAndChoose(phone, 'A')
    if (phone.store.getState().identity === undefined)
      throw new Error('model: A could not be verified on phone 0')
  }

  private async verifyAndChoose(phone: Phone, who: Who): Promise<void> {
    phone.store.getState().giveConsent(true)
    const verified = await phone.store.getState().verify(PEOPLE[who].name, PEOPLE[who].idNumber)
    if (verified.ok) await this.chooseAgain(phone)
  }

  /** Back to step 2 and forward again to the amount, as a resident who went back would. */
  private async chooseAgain(phone: Phone): Promise<void> {
    phone.store.getState().startForSelf()
    const record = await loadPayableRecord(phone.store)
    if (record) chooseAndAcknowledge(phone.store, record)
  }

  async apply(step: ModelStep): Promise<void> {
    this.settleLate()
    switch (step.kind) {
      case 'tap-pay':
        this.inApp(step.phone, (phone) => phone.store.getState().pay())
        break
      case 'double-tap-pay':
        this.inApp(step.phone, (phone) =>
          Promise.all([phone.store.getState().pay(), phone.store.getState().pay()]),
        )
        break
      case 'both-phones-tap':
        this.inApp(0, (phone) => phone.store.getState().pay())
        this.inApp(1, (phone) => phone.store.getState().pay())
        break
      case 'cashier': {
        const phone = this.phones[step.phone]
        const held = phone.held
        if (held) {
          phone.held = undefined
          this.act(phone, step.behaviour, held.prepay, held.resolve)
        } else phone.behaviours.push(step.behaviour)
        break
      }
      case 'fault': {
        const phone = this.phones[step.phone]
        phone.faults[step.operation] = [...(phone.faults[step.operation] ?? []), step.fault]
        break
      }
      case 'wait':
        await this.advance(step.ms)
        break
      case 'network':
        this.phones[step.phone].latencyMs = step.latencyMs
        break
      case 'relaunch':
        await this.relaunch(this.phones[step.phone])
        break
      case 'app-show':
        this.inApp(step.phone, (phone) => phone.store.getState().resumePayment())
        break
      case 'clear-storage': {
        const phone = this.phones[step.phone]
        if (phone.cashierOpen) phone.clearStorage()
        else phone.clearOnCashier = true
        break
      }
      case 'switch-person':
        this.inApp(step.phone, async (phone) => {
          phone.store.getState().signOut()
          await this.verifyAndChoose(phone, step.person)
        })
        break
      case 'verify-here':
        this.inApp(step.phone, async (phone) => {
          // The step guard sends a paid flow's pages to the receipt: the form is not shown.
          if (phone.store.getState().flow.reached === 'receipt') return
          phone.store.getState().giveConsent(true)
          const verified = await phone.store
            .getState()
            .verify(PEOPLE[step.person].name, PEOPLE[step.person].idNumber)
          if (verified.ok && phone.store.getState().flow.reached !== 'receipt') {
            const record = await loadPayableRecord(phone.store)
            if (record) chooseAndAcknowledge(phone.store, record)
          }
        })
        break
      case 'share': {
        const from = this.phones[step.from]
        const to = this.phones[step.from === 0 ? 1 : 0]
        const identity = from.store.getState().identity
        if (from.cashierOpen || to.cashierOpen || !identity || identity.openedFromShareCard) break
        this.background(this.share(from, to))
        break
      }
      case 'revoke-share':
        this.background(this.revokeLatestShare())
        break
      case 'check-again':
        this.inApp(step.phone, (phone) => phone.store.getState().checkAgain())
        break
      case 'choose-again':
        this.inApp(step.phone, (phone) => this.chooseAgain(phone))
        break
    }
    await this.settleStep()
  }

  /** Something the resident does in the app: not while the cashier covers it. Runs on in the background. */
  private inApp(id: PhoneId, action: (phone: Phone) => Promise<unknown>): void {
    const phone = this.phones[id]
    if (!phone.cashierOpen) this.background(action(phone))
  }

  private async share(from: Phone, to: Phone): Promise<void> {
    await from.store.getState().createFamilyShare()
    const link = from.store.getState().familyShare
    if (link.status !== 'ready') return
    const opened = await to.store.getState().openFamilyShare(link.data.shareToken)
    if (opened.ok) await this.chooseAgain(to)
  }

  /** The resident revokes their latest link, on a phone where they are signed in as themselves. */
  private async revokeLatestShare(): Promise<void> {
    const share = this.shares.filter((candidate) => !candidate.revoked).at(-1)
    const phone = this.phones.find((candidate) => {
      const token = candidate.store.getState().identity?.token
      const session = token === undefined ? undefined : this.sessions.get(token)
      return !candidate.cashierOpen && session?.scope === 'resident' && session.who === share?.who
    })
    if (share && phone) await phone.store.getState().revokeShare(share.shareToken)
  }

  private settleLate(): void {
    for (const prepay of this.lateSettlements.splice(0)) this.background(this.gateway.settlePayment(prepay))
  }

  /** Runs until every phone is idle, waiting on a timer or on an open cashier; a killed app is opened again. */
  private async settleStep(): Promise<void> {
    await idle()
    for (const phone of this.phones) {
      if (phone.killRequested) await this.relaunch(phone)
    }
  }

  /** Lets `ms` pass: each timer due fires in order, and what it wakes runs before the next. */
  async advance(ms: number): Promise<void> {
    const until = this.clock.now + ms
    for (let fired = 0; ; fired += 1) {
      if (fired > RUNAWAY_TIMERS)
        throw new Error(`more than ${RUNAWAY_TIMERS} timers in ${ms} ms: a payment that never rests`)
      const resolve = this.clock.take(until)
      if (!resolve) break
      resolve()
      await this.settleStep()
    }
    this.clock.now = until
  }

  async relaunch(phone: Phone): Promise<void> {
    const before = phone.store.getState()
    if (phone.wiped) {
      // Killed with its storage cleared: the app forgets what it knew, identity and orders alike.
      for (const orderId of [before.bill?.orderId, ...before.otherPayers.map((entry) => entry.orderId)]) {
        if (orderId) phone.forgotten.add(orderId)
      }
    }
    phone.unsubscribe()
    this.clock.cancel(phone.launch)
    phone.held = undefined
    phone.killRequested = false
    phone.clearOnCashier = false
    this.launch(phone)
    const restored = phone.store.getState()
    this.observe(phone)
    phone.pendingAtRelaunch = new Set(
      [restored.bill?.orderId, ...restored.otherPayers.map((entry) => entry.bill?.orderId)].filter(
        (id): id is string => id !== undefined,
      ),
    )
    // App show: the order in flight is queried before anything else is offered.
    this.background(restored.resumePayment())
    await idle()
    if (phone.pendingAtRelaunch.size > 0) {
      this.violation(
        'not-queried-first',
        `phone ${phone.id} did not query ${[...phone.pendingAtRelaunch].join(', ')} on relaunch`,
      )
    }
    this.observe(phone)
  }

  // ---- invariants -----------------------------------------------------------------------------

  /** What the phone shows now, held against the ledger. */
  private observe(phone: Phone): void {
    const state = phone.store.getState()
    for (const bill of [state.bill, ...state.otherPayers.map((entry) => entry.bill)]) {
      if (bill?.orderId) phone.billAmounts.set(bill.orderId, bill.amountFen)
    }
    const paidNow = state.payment.phase === 'paid'
    const atReceipt = state.flow.reached === 'receipt'
    const othersPaid = state.otherPayers.filter((entry) => entry.payment.phase === 'paid')
    if (!paidNow && !atReceipt && othersPaid.length === 0) return
    const ledger = this.paidOrders()
    const current = state.identity && this.sessions.get(state.identity.token)
    const where = `phone ${phone.id} (used by ${current ? `${current.who}${current.scope === 'share' ? ' via a share link' : ''}` : 'nobody'})`

    if (state.payment.phase === 'paid') {
      const { orderId, receiptNo } = state.payment
      const order = ledger.find((candidate) => candidate.orderId === orderId)
      if (!order) {
        this.violation('false-paid', `${where} shows ${orderId} paid but the ledger holds no payment for it`)
      } else if (!current || WHO_BY_RECORD.get(order.recordId) !== current.who) {
        this.violation(
          'wrong-person',
          `${where} shows 缴费成功 for ${orderId}, ${WHO_BY_RECORD.get(order.recordId) ?? '?'}'s bill`,
        )
      } else if (
        phone.billAmounts.get(orderId) !== order.amountFen ||
        (state.quote !== undefined && state.quote.payableFen !== order.amountFen) ||
        order.receiptNo !== receiptNo
      ) {
        const shown = `bill ${phone.billAmounts.get(orderId)} fen, step 4 ${state.quote?.payableFen} fen, receipt ${receiptNo}`
        this.violation(
          'false-paid',
          `${where} shows ${orderId} paid (${shown}); the ledger: ${order.amountFen} fen, ${order.receiptNo}`,
        )
      } else {
        phone.shownPaid.add(orderId)
      }
    }
    if (
      atReceipt &&
      (!current || !ledger.some((order) => WHO_BY_RECORD.get(order.recordId) === current.who))
    ) {
      this.violation(
        'wrong-person',
        `${where} is at the receipt step but the ledger holds no payment for them`,
      )
    }
    for (const entry of othersPaid) {
      const order = ledger.find((candidate) => candidate.orderId === entry.orderId)
      const who = order && WHO_BY_RECORD.get(order.recordId)
      if (!order || !who) {
        this.violation(
          'false-paid',
          `${where} says the previous payer's ${entry.orderId} is paid but the ledger holds no payment for it`,
        )
      } else if (maskPersonName(PEOPLE[who].name) !== entry.maskedName) {
        this.violation(
          'wrong-person',
          `${where} shows ${who}'s paid order ${entry.orderId} under ${entry.maskedName}`,
        )
      } else {
        phone.shownPaid.add(entry.orderId)
      }
    }
  }

  /** Invariants that hold after every step. */
  check(): void {
    const charges = new Map<string, number>()
    for (const order of this.paidOrders()) {
      const bill = `${order.recordId}/${order.benefitYear}`
      charges.set(bill, (charges.get(bill) ?? 0) + 1)
    }
    for (const [bill, count] of charges) {
      if (count > 1) this.violation('double-charge', `bill ${bill} charged ${count} times`)
    }
    for (const phone of this.phones) this.observe(phone)
    const [first] = this.violations
    if (first) throw first
  }

  /** At the end, with faults stopped: every payment ends with a receipt on the phone that made it. */
  async finish(): Promise<void> {
    for (const phone of this.phones) {
      phone.faults = {}
      phone.behaviours = []
      phone.latencyMs = 0
    }
    this.settleLate()
    // A phone that holds an order in flight is killed and opened again: it must find its way to the receipt.
    for (const phone of this.phones) {
      const { bill, otherPayers } = phone.store.getState()
      if (bill?.orderId !== undefined || otherPayers.some((entry) => entry.bill !== undefined))
        await this.relaunch(phone)
    }
    // Time runs and 再次查询 is tapped only while a payment has not been shown on the phone that made it.
    for (let attempt = 0; attempt < 4 && this.unshownPayments().length > 0; attempt += 1) {
      if (attempt > 0) {
        for (const phone of this.phones) {
          const state = phone.store.getState()
          if (state.payment.phase === 'unknown') this.background(state.checkAgain())
          if (state.otherPayers.some((entry) => entry.payment.phase === 'unknown'))
            this.background(state.resumePayment())
        }
        await this.settleStep()
      }
      await this.drain()
    }
    this.check()

    for (const order of this.paidOrders()) {
      const maker = this.phones.find((phone) => phone.tokens.has(order.sessionToken))
      if (!maker) {
        this.violation('no-receipt', `${order.orderId} was paid in a session no phone holds`)
      } else if (!maker.shownPaid.has(order.orderId)) {
        if (maker.forgotten.has(order.orderId)) await this.receiptAfterAmnesia(maker, order)
        else
          this.violation(
            'no-receipt',
            `the ledger holds ${order.orderId} but phone ${maker.id}, which paid it, never showed it paid`,
          )
      }
    }
    const client = createBureauClient(this.gateway)
    for (const phone of this.phones) {
      const { payment, identity } = phone.store.getState()
      if (payment.phase !== 'paid' || !identity) continue
      const receipt = await client.getReceipt(identity.token, payment.receiptNo)
      if (!receipt.ok)
        this.violation(
          'no-receipt',
          `phone ${phone.id} cannot open receipt ${payment.receiptNo}: ${JSON.stringify(receipt.error)}`,
        )
    }
    this.check()
  }

  /**
   * The phone that paid lost its storage (cleared with the cashier open) and
   * was killed: it cannot know. The person sees the receipt when they verify
   * again (step 2: already paid), and the relative when they reopen the link.
   */
  private async receiptAfterAmnesia(phone: Phone, order: PaidOrder): Promise<void> {
    const session = this.sessions.get(order.sessionToken)
    if (!session)
      return this.violation('no-receipt', `${order.orderId} was paid in a session the model does not know`)
    const state = phone.store.getState()
    if (session.scope === 'resident') {
      state.signOut()
      await this.verifyAndChoose(phone, session.who)
      await this.settleStep()
      const enrolment = phone.store.getState().enrolment
      const shown =
        enrolment.status === 'ready' && enrolment.data.kind === 'already-paid'
          ? enrolment.data.record.receiptNo
          : undefined
      if (shown !== order.receiptNo) {
        this.violation(
          'no-receipt',
          `phone ${phone.id} forgot ${order.orderId}; verified again, step 2 shows ${JSON.stringify(enrolment)}, not receipt ${order.receiptNo}`,
        )
      }
      return undefined
    }
    const opened = await state.openFamilyShare(session.shareToken ?? '')
    const revoked = this.shares.some((share) => share.shareToken === session.shareToken && share.revoked)
    const answered = opened.ok
      ? 'opened'
      : opened.error.kind === 'business'
        ? `${opened.error.code} ${opened.error.receiptNo ?? ''}`
        : opened.error.kind
    if (
      answered !== `ALREADY_PAID ${order.receiptNo}` &&
      !(revoked && answered.startsWith('SHARE_REVOKED'))
    ) {
      this.violation(
        'no-receipt',
        `phone ${phone.id} forgot ${order.orderId}; reopening the link answers ${answered}, not receipt ${order.receiptNo}`,
      )
    }
    return undefined
  }

  /** Payments in the ledger not (yet) shown on the phone that made them. */
  private unshownPayments(): PaidOrder[] {
    return this.paidOrders().filter(
      (order) =>
        !this.phones.some(
          (phone) => phone.tokens.has(order.sessionToken) && phone.shownPaid.has(order.orderId),
        ),
    )
  }

  /** Lets time run until no phone waits on a timer. */
  private async drain(): Promise<void> {
    for (let round = 0; this.clock.pending; round += 1) {
      if (round > 20) throw new Error('timers still pending after 200 minutes: a payment that never rests')
      await this.advance(10 * 60_000)
    }
  }
}

const PHONES = fc.constantFrom<PhoneId>(0, 1)

// createOrder and queryOrder are where money is decided: they meet faults most.
const OPERATIONS_WITH_FAULTS: Operation[] = [
  'createOrder',
  'createOrder',
  'createOrder',
  'queryOrder',
  'queryOrder',
  'queryOrder',
  'getEnrolment',
  'verifyIdentity',
  'createShareToken',
  'redeemShareToken',
  'revokeShareToken',
]

const faults: fc.Arbitrary<Fault> = fc.constantFrom<Fault>(
  { kind: 'timeout' },
  { kind: 'lost' },
  { kind: 'http', status: 503 },
  { kind: 'malformed' },
  { kind: 'notpay' },
  { kind: 'closed' },
  { kind: 'business', code: 'SYSTEM_BUSY' },
  { kind: 'business', code: 'TRADE_LOCKED' },
  { kind: 'business', code: 'MAINTENANCE' },
)

const behaviours = fc.constantFrom<CashierBehaviour>(
  'pays',
  'pays',
  'pays',
  'cancels',
  'fails',
  'fails-unreported',
  'pays-callback-lost',
  'pays-bureau-lags',
  'killed-before-paying',
  'killed-after-paying',
)

const step: fc.Arbitrary<ModelStep> = fc.oneof(
  { weight: 6, arbitrary: PHONES.map((phone): ModelStep => ({ kind: 'tap-pay', phone })) },
  { weight: 2, arbitrary: PHONES.map((phone): ModelStep => ({ kind: 'double-tap-pay', phone })) },
  { weight: 1, arbitrary: fc.constant<ModelStep>({ kind: 'both-phones-tap' }) },
  {
    weight: 8,
    arbitrary: fc
      .record({ phone: PHONES, behaviour: behaviours })
      .map((s): ModelStep => ({ kind: 'cashier', ...s })),
  },
  {
    weight: 4,
    arbitrary: fc
      .record({ phone: PHONES, operation: fc.constantFrom(...OPERATIONS_WITH_FAULTS), fault: faults })
      .map((s): ModelStep => ({ kind: 'fault', ...s })),
  },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom(1_000, 3_000, 10_000, 30_000, 70_000, 600_000, EIGHT_DAYS_MS)
      .map((ms): ModelStep => ({ kind: 'wait', ms })),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({ phone: PHONES, latencyMs: fc.constantFrom(0, 400, 2_500) })
      .map((s): ModelStep => ({ kind: 'network', ...s })),
  },
  { weight: 2, arbitrary: PHONES.map((phone): ModelStep => ({ kind: 'relaunch', phone })) },
  { weight: 1, arbitrary: PHONES.map((phone): ModelStep => ({ kind: 'app-show', phone })) },
  { weight: 1, arbitrary: PHONES.map((phone): ModelStep => ({ kind: 'clear-storage', phone })) },
  {
    weight: 2,
    arbitrary: fc
      .record({ phone: PHONES, person: fc.constantFrom<Who>('A', 'B') })
      .map((s): ModelStep => ({ kind: 'switch-person', ...s })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ phone: PHONES, person: fc.constantFrom<Who>('A', 'B') })
      .map((s): ModelStep => ({ kind: 'verify-here', ...s })),
  },
  { weight: 3, arbitrary: PHONES.map((from): ModelStep => ({ kind: 'share', from })) },
  { weight: 1, arbitrary: fc.constant<ModelStep>({ kind: 'revoke-share' }) },
  { weight: 1, arbitrary: PHONES.map((phone): ModelStep => ({ kind: 'check-again', phone })) },
  { weight: 1, arbitrary: PHONES.map((phone): ModelStep => ({ kind: 'choose-again', phone })) },
)

/** Often enough a resident taps 确认支付 knowing what they will do at the cashier. */
const stepGroup: fc.Arbitrary<ModelStep[]> = fc.oneof(
  { weight: 8, arbitrary: step.map((single) => [single]) },
  {
    weight: 1,
    arbitrary: fc
      .record({ phone: PHONES, behaviour: behaviours })
      .map(({ phone, behaviour }): ModelStep[] => [
        { kind: 'cashier', phone, behaviour },
        { kind: 'tap-pay', phone },
      ]),
  },
  {
    // 请家人代缴: the link is opened on the other phone and the relative pays.
    weight: 1,
    arbitrary: fc.record({ from: PHONES, behaviour: behaviours }).map(({ from, behaviour }): ModelStep[] => {
      const relative: PhoneId = from === 0 ? 1 : 0
      return [
        { kind: 'share', from },
        { kind: 'cashier', phone: relative, behaviour },
        { kind: 'tap-pay', phone: relative },
      ]
    }),
  },
)

/** A sequence: first someone (A again, or B) starts using phone 1, then random steps. */
export const modelSteps: fc.Arbitrary<ModelStep[]> = fc
  .tuple(fc.constantFrom<Who>('A', 'B'), fc.array(stepGroup, { minLength: 1, maxLength: 14 }))
  .map(([person, groups]): ModelStep[] => [{ kind: 'switch-person', phone: 1, person }, ...groups.flat()])

/** A sequence and the seed of the phones' and bureau's random sources (keys, tokens, jitter). */
export const modelRuns = fc.record({ steps: modelSteps, randomSeed: fc.integer({ min: 1, max: 1_000_000 }) })

const images = new Map<Who, Promise<WorldImage>>()

/** The world after start() and `person` starting on phone 1, made once. */
function startImage(person: Who): Promise<WorldImage> {
  let image = images.get(person)
  if (!image) {
    image = (async () => {
      let ledger = ''
      const world = new ModelWorld({ randomSeed: 0, ledgerSink: (text) => (ledger = text) })
      await world.start()
      await world.apply({ kind: 'switch-person', phone: 1, person })
      world.check()
      return world.image(ledger)
    })()
    images.set(person, image)
  }
  return image
}

/**
 * One sequence: phone 0 at the amount step as A, apply every step, check after
 * each, finish. A sequence that starts with someone starting on phone 1 (as
 * every generated one does) opens both apps from that start's image.
 */
export async function runModelSequence(steps: ModelStep[], randomSeed = 1): Promise<void> {
  const [first, ...rest] = steps
  let world: ModelWorld
  let remaining = steps
  if (first?.kind === 'switch-person' && first.phone === 1) {
    world = new ModelWorld({ randomSeed, image: await startImage(first.person) })
    remaining = rest
  } else {
    world = new ModelWorld({ randomSeed })
    await world.start()
  }
  for (const modelStep of remaining) {
    await world.apply(modelStep)
    world.check()
  }
  await world.finish()
}

export function modelProperty() {
  return fc.asyncProperty(modelRuns, ({ steps, randomSeed }) => runModelSequence(steps, randomSeed))
}
