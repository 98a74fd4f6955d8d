/**
 * The family feature's store: the payer's 常用缴费人 (opaque tokens and masked
 * names, as the bureau lists them), the cart, each member's check, the funding
 * choice per line, and one payment per member. Each member's bill runs through
 * the same payment runner as a resident's own bill (idempotency key per bill,
 * the order query as the only truth, an open order confirmed before any new
 * one); lines are paid one after another because WeChat opens one cashier at a
 * time. What survives a restart holds no raw name or ID number.
 */
import { createStore } from 'zustand/vanilla'
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware'
import { canAddMember, type Relation } from '../../../domain/family'
import { withMember, withoutMember, type FundingSource } from '../../../domain/family-cart'
import { fen, type Fen } from '../../../domain/money'
import { IDLE, type PaymentMachineState } from '../../../domain/payment-machine'
import type { GatewayError } from '../../../services/gateway-errors'
import type { PhotoUploadProgress } from '../../../services/ports'
import type { BindError, FamilyService, MemberOutcome } from '../../../services/family-service'
import type { FamilyMember, PersonalAccount } from '../../../services/model'
import type { PayFor, PaymentService } from '../../../services/payment-service'
import { createPaymentRunner, type Bill, type BillOwner } from '../../../services/payment-runner'
import { LOADING, toLoadable, type Loadable } from '../../../ui/loadable'
import { fundingPlanOf, type FamilyAidLookup } from './cart-plan'

/** One member's payment: the runner's state, and the receipt once the bureau confirmed it. */
export interface LineState {
  payment: PaymentMachineState
  paymentError?: GatewayError
  bill?: Bill
  receiptNo?: string
  /** What was paid, kept with the receipt: the bureau's next check says "already paid" without an amount. */
  paidFen?: Fen
}

export interface FamilyState {
  /** The last list the bureau gave: shown at once after a relaunch, refreshed on show. */
  members: FamilyMember[]
  membersLoad: Loadable<true>
  account: Loadable<PersonalAccount>
  /**
   * The orders of this cart that held personal-account money when the balance
   * was last read: the bureau's balance already leaves their part out, and
   * that part is still theirs to pay with (cart-plan.ts adds it back).
   */
  accountHeld: string[]
  cart: string[]
  checks: Record<string, Loadable<MemberOutcome>>
  sources: Record<string, FundingSource>
  /** The tier chosen for a member's bill, where their region has tiers (else the region's first). */
  tiers: Record<string, string>
  /** 代他人缴费将从您的账户扣款，请确认人员信息 — acknowledged for this cart. */
  acknowledged: boolean
  lines: Record<string, LineState>
  /** The cart is being paid, line after line. */
  paying: boolean
  /** The resident left a cashier: the lines after it were not attempted. */
  stoppedByCancel: boolean
  binding: Record<string, 'working' | BindError | undefined>
  /** How far a binding's 户口簿 photo has got (the picker open, the share uploaded). */
  bindProgress: Record<string, PhotoUploadProgress | undefined>
  /** The payer whose relatives, cart and checks these are: another payer (or none) starts from empty. */
  payerToken?: string
  /** The bureau's reference to that payer: the same person verifying again (a new token) keeps all this. */
  payerRef?: string
  /**
   * Lines of a previous payer whose order may have moved money: still queried
   * on show, never listed as the current payer's (their members are not).
   */
  otherLines: Record<string, LineState>
}

export type AddMemberResult = { ok: true } | { ok: false; error: GatewayError | { kind: 'limit' } }

export interface FamilyActions {
  loadMembers(): Promise<void>
  addMember(input: { name: string; idNumber: string; relation: Relation }): Promise<AddMemberResult>
  removeMember(memberToken: string): Promise<void>
  /** The evidence (face check, or the 户口簿 photo), then the binding request. Call it from the tap itself. */
  bindMember(memberToken: string): Promise<void>
  /** The resident leaves a binding under way: what the picker or upload answers afterwards is not sent. */
  cancelBinding(memberToken: string): void
  /** The payer's personal account: what 已绑定 allows depends on its region. */
  loadAccount(): Promise<void>
  toggleInCart(memberToken: string): void
  /** Each member's enrolment check and quote, all at once, and the account balance. */
  checkCart(): Promise<void>
  setSource(memberToken: string, source: FundingSource): void
  /** Requotes the member's line at this tier; a line with an order (or paying under way) keeps its bill. */
  chooseTier(memberToken: string, tierId: string): void
  setAcknowledged(value: boolean): void
  /** Pays every payable line not yet paid: a retry after a partial failure pays only those. */
  payCart(): Promise<void>
  checkAgain(memberToken: string): Promise<void>
  /** On show: each member's order in flight is queried before anything else is offered. */
  resumeLines(): Promise<void>
  /** A new cart: paid lines and choices are forgotten (bills with an open order are kept). */
  clearCart(): void
}

export type FamilyStore = FamilyState & FamilyActions

export interface FamilyStoreDeps {
  family: FamilyService
  payments: PaymentService
  familyAid: FamilyAidLookup
  /** The verified payer's token (the payment store holds the identity). */
  identityToken(): string | undefined
  /** The bureau's reference to the verified payer: the same across their sessions, another for anyone else. */
  payerResidentRef?(): string | undefined
  /** The payer's masked name (**华), kept with each bill to say whose it is. */
  payerMaskedName?(): string | undefined
  /**
   * Calls back when the payer's identity changes or signs out (the root
   * subscribes to the payment store): the store then forgets the previous
   * payer's relatives at once. Without it, every action checks first.
   */
  watchIdentity?(onChange: () => void): () => void
  storage: StateStorage
}

const initialState = (): FamilyState => ({
  members: [],
  membersLoad: { status: 'idle' },
  account: { status: 'idle' },
  accountHeld: [],
  cart: [],
  checks: {},
  sources: {},
  tiers: {},
  acknowledged: false,
  lines: {},
  paying: false,
  stoppedByCancel: false,
  binding: {},
  bindProgress: {},
  payerToken: undefined,
  payerRef: undefined,
  otherLines: {},
})

/** The verified payer now: their session and the bureau's reference to them. */
interface Payer {
  token?: string
  residentRef?: string
}

/**
 * Whether a bill made under `owner` is this payer's, as the payment store
 * decides it: the bureau's resident reference where both have one (the same
 * person's new session still owns it), else only the same session.
 */
const ownedBy = (owner: BillOwner, payer: Payer): boolean =>
  owner.residentRef !== undefined && payer.residentRef !== undefined
    ? owner.residentRef === payer.residentRef
    : owner.token === payer.token

/** A line whose bill was made under another payer and whose order may have moved money. */
const isOtherPayers = (line: LineState, payer: Payer): boolean =>
  line.bill?.orderId !== undefined &&
  line.bill.owner !== undefined &&
  !ownedBy(line.bill.owner, payer) &&
  !line.receiptNo

export function createFamilyStore(deps: FamilyStoreDeps) {
  let syncPayer = (): void => undefined
  const store = createStore<FamilyStore>()(
    persist(
      (set, get) => {
        const lineOf = (memberToken: string): LineState => get().lines[memberToken] ?? { payment: IDLE }
        const setLine = (memberToken: string, partial: Partial<LineState>) =>
          set({ lines: { ...get().lines, [memberToken]: { ...lineOf(memberToken), ...partial } } })
        /** What each line pays from the account in this run; fixed when the run starts. */
        const payFor = new Map<string, PayFor>()
        const runners = new Map<string, ReturnType<typeof createPaymentRunner>>()
        let checking = false
        /** Each binding under way, by member: a cancelled one's later answers are dropped. */
        const bindRuns = new Map<string, number>()

        /**
         * The session changed. The same resident verifying again (the same
         * bureau reference) keeps everything, their bills under the new token.
         * Another payer (or none): the previous payer's relatives, cart,
         * checks, choices and settled lines are forgotten. A line whose order
         * may have moved money keeps its bill, aside in `otherLines`, where it
         * is still queried but never listed, until its owner verifies again.
         */
        syncPayer = () => {
          const payer: Payer = { token: deps.identityToken(), residentRef: deps.payerResidentRef?.() }
          const state = get()
          if (state.payerToken === payer.token) return
          const ownedNow = (line: LineState) =>
            line.bill?.owner !== undefined && ownedBy(line.bill.owner, payer)
          // The same person verified again: all stays theirs, their bills now under the new session.
          if (payer.token && payer.residentRef && state.payerRef === payer.residentRef) {
            set({ payerToken: payer.token, lines: underSession(state.lines, payer.token) })
            return
          }
          const moved = Object.entries(state.lines).filter(([, line]) => isOtherPayers(line, payer))
          // Lines saved before owners were kept, with an open order: they stay the payer's, as before.
          const kept = Object.entries(state.lines).filter(
            ([, line]) => line.bill?.orderId && !line.receiptNo && (!line.bill.owner || ownedNow(line)),
          )
          const back = Object.entries(state.otherLines).filter(([, line]) => ownedNow(line))
          runners.clear()
          payFor.clear()
          set({
            ...initialState(),
            payerToken: payer.token,
            payerRef: payer.residentRef,
            lines: underSession(Object.fromEntries([...kept, ...back]), payer.token),
            otherLines: Object.fromEntries([
              ...Object.entries(state.otherLines).filter(([, line]) => !ownedNow(line)),
              ...moved,
            ]),
          })
        }

        /**
         * The payer's lines under their current session: the bureau answers any
         * session of the payer about their order, the old one may have expired,
         * and the runner continues a bill only under the session it names.
         */
        const underSession = (lines: Record<string, LineState>, token: string | undefined) =>
          Object.fromEntries(
            Object.entries(lines).map(([memberToken, line]) => {
              const owner = line.bill?.owner
              if (!token || !line.bill || !owner || owner.token === token) return [memberToken, line]
              const maskedName = deps.payerMaskedName?.() ?? owner.maskedName
              return [
                memberToken,
                { ...line, bill: { ...line.bill, owner: { ...owner, token, maskedName } } },
              ]
            }),
          )

        const runnerFor = (memberToken: string) => {
          const existing = runners.get(memberToken)
          if (existing) return existing
          let settledBill: Bill | undefined
          const runner = createPaymentRunner(deps.payments, {
            get: () => {
              const check = get().checks[memberToken]
              const outcome = check?.status === 'ready' ? check.data : undefined
              return {
                ...lineOf(memberToken),
                identityToken: deps.identityToken(),
                maskedName: deps.payerMaskedName?.(),
                residentRef: deps.payerResidentRef?.(),
                record: outcome?.kind === 'payable' ? outcome.record : undefined,
                quote: outcome?.kind === 'payable' ? outcome.quote : undefined,
                payFor: payFor.get(memberToken),
              }
            },
            set: (partial) => {
              // The runner drops a settled bill just before it reports the payment: kept here for onPaid.
              if ('bill' in partial && partial.bill === undefined) settledBill = lineOf(memberToken).bill
              setLine(memberToken, partial)
            },
            onCancelled: () => set({ stoppedByCancel: true }),
            onPaid: (receiptNo) => {
              const check = get().checks[memberToken]
              const paidFen =
                check?.status === 'ready' && check.data.kind === 'payable'
                  ? check.data.quote.payableFen
                  : undefined
              setLine(memberToken, { receiptNo, paidFen })
              accountPaid(settledBill)
              settledBill = undefined
            },
            // The bureau answered another amount: check the member again (a new quote) and ask for confirmation again.
            onAmountChanged: async () => {
              const token = deps.identityToken()
              set({ acknowledged: false })
              if (token) await checkOne(token, memberToken)
            },
          })
          runners.set(memberToken, runner)
          return runner
        }

        /** A previous payer's line: queried with the bill's own session, its outcome kept aside, never the current payer's. */
        const otherRunners = new Map<string, ReturnType<typeof createPaymentRunner>>()
        const otherRunnerFor = (memberToken: string) => {
          const existing = otherRunners.get(memberToken)
          if (existing) return existing
          const setOther = (partial: Partial<LineState>) => {
            const line = get().otherLines[memberToken]
            if (line) set({ otherLines: { ...get().otherLines, [memberToken]: { ...line, ...partial } } })
          }
          const runner = createPaymentRunner(deps.payments, {
            get: () => ({
              ...(get().otherLines[memberToken] ?? { payment: IDLE }),
              identityToken: deps.identityToken(),
            }),
            set: setOther,
            onCancelled: () => undefined,
            onPaid: (receiptNo) => setOther({ receiptNo }),
          })
          otherRunners.set(memberToken, runner)
          return runner
        }

        /** This cart's orders that hold personal-account money now: open, with an account part. */
        const accountHolds = (): string[] =>
          Object.values(get().lines).flatMap((line) =>
            line.bill?.orderId && !line.receiptNo && (line.bill.payFor?.accountFen ?? 0) > 0
              ? [line.bill.orderId]
              : [],
          )

        /**
         * Reads the balance, noting which of this cart's orders held money at
         * the time. A refresh (while or after paying) keeps the last reading on
         * screen until the answer, and keeps it if there is none.
         */
        async function loadAccount({ refresh = false }: { refresh?: boolean } = {}) {
          const token = deps.identityToken()
          if (!token) return
          const held = accountHolds()
          const keep = refresh && get().account.status === 'ready'
          if (!keep) set({ account: LOADING })
          const result = await deps.family.getAccount(token)
          if (result.ok) set({ account: toLoadable(result), accountHeld: held })
          else if (!keep) set({ account: toLoadable(result) })
        }

        /**
         * A line was paid with personal-account money. If the last reading did
         * not leave that part out already (its order was not open then), the
         * balance shown drops by it until the bureau is asked again.
         */
        function accountPaid(bill: Bill | undefined) {
          const accountFen = bill?.payFor?.accountFen ?? 0
          const { account, accountHeld } = get()
          if (!bill?.orderId || accountFen === 0 || account.status !== 'ready' || !account.data.hasAccount)
            return
          const alreadyOut = accountHeld.includes(bill.orderId)
          set({
            account: alreadyOut
              ? account
              : {
                  status: 'ready',
                  data: {
                    ...account.data,
                    balanceFen: fen(Math.max(0, account.data.balanceFen - accountFen)),
                  },
                },
            accountHeld: accountHeld.filter((orderId) => orderId !== bill.orderId),
          })
        }

        async function checkOne(token: string, memberToken: string) {
          set({ checks: { ...get().checks, [memberToken]: LOADING } })
          const tierId = get().tiers[memberToken]
          const result = await deps.family.checkMember(token, memberToken, tierId ? { tierId } : {})
          // A line kept as paid that the bureau now finds payable: its payment was refunded (已退款), and the
          // year is to be paid again, so the old receipt no longer stands for it.
          const refunded = result.ok && result.value.kind === 'payable' && lineOf(memberToken).receiptNo
          set({
            checks: {
              ...get().checks,
              [memberToken]: toLoadable(result),
            },
            ...(refunded && { lines: { ...get().lines, [memberToken]: { payment: IDLE } } }),
          })
        }

        return {
          ...initialState(),

          async loadMembers() {
            syncPayer()
            const token = deps.identityToken()
            if (!token || get().membersLoad.status === 'loading') return
            set({ membersLoad: LOADING })
            const result = await deps.family.listMembers(token)
            if (!result.ok) {
              set({ membersLoad: { status: 'error', error: result.error } })
              return
            }
            const members = result.value.members
            const known = new Set(members.map((member) => member.memberToken))
            set({
              members,
              membersLoad: { status: 'ready', data: true },
              cart: get().cart.filter((memberToken) => known.has(memberToken)),
            })
          },

          async addMember(input) {
            syncPayer()
            const token = deps.identityToken()
            if (!token)
              return { ok: false, error: { kind: 'business', code: 'SESSION_EXPIRED', message: '' } }
            if (!canAddMember(get().members.length)) return { ok: false, error: { kind: 'limit' } }
            const result = await deps.family.addMember(token, input)
            if (!result.ok) return result
            set({ members: [...get().members, result.value] })
            return { ok: true }
          },

          async removeMember(memberToken) {
            syncPayer()
            const token = deps.identityToken()
            if (!token) return
            const result = await deps.family.removeMember(token, memberToken)
            if (!result.ok) {
              set({ membersLoad: { status: 'error', error: result.error } })
              return
            }
            set({
              members: get().members.filter((member) => member.memberToken !== memberToken),
              cart: withoutMember(get().cart, memberToken),
            })
          },

          async bindMember(memberToken) {
            syncPayer()
            const token = deps.identityToken()
            const member = get().members.find((candidate) => candidate.memberToken === memberToken)
            if (!token || !member || get().binding[memberToken] === 'working') return
            const run = (bindRuns.get(memberToken) ?? 0) + 1
            bindRuns.set(memberToken, run)
            const current = () => bindRuns.get(memberToken) === run
            set({
              binding: { ...get().binding, [memberToken]: 'working' },
              bindProgress: { ...get().bindProgress, [memberToken]: undefined },
            })
            // No await before this call: the photo picker opens within the resident's tap.
            const result = await deps.family.bindMember(token, member, {
              onProgress: (progress) => {
                if (current()) set({ bindProgress: { ...get().bindProgress, [memberToken]: progress } })
              },
              cancelled: () => !current(),
            })
            if (!current()) return
            set({
              binding: { ...get().binding, [memberToken]: result.ok ? undefined : result.error },
              bindProgress: { ...get().bindProgress, [memberToken]: undefined },
            })
            if (result.ok) {
              set({
                members: get().members.map((candidate) =>
                  candidate.memberToken === memberToken ? { ...candidate, binding: result.value } : candidate,
                ),
              })
            }
          },

          cancelBinding(memberToken) {
            if (get().binding[memberToken] !== 'working') return
            bindRuns.set(memberToken, (bindRuns.get(memberToken) ?? 0) + 1)
            set({
              binding: { ...get().binding, [memberToken]: { kind: 'evidence', reason: 'cancelled' } },
              bindProgress: { ...get().bindProgress, [memberToken]: undefined },
            })
          },

          loadAccount: () => loadAccount(),

          toggleInCart(memberToken) {
            syncPayer()
            const { cart } = get()
            set({
              cart: cart.includes(memberToken)
                ? withoutMember(cart, memberToken)
                : withMember(cart, memberToken),
              acknowledged: false,
            })
          },

          async checkCart() {
            syncPayer()
            const token = deps.identityToken()
            if (!token || checking) return
            checking = true
            // A paid member is asked about again too: its payment may have been refunded since. One the
            // bureau still finds paid stays as paid, with its receipt and amount.
            const toCheck = get().cart
            try {
              await Promise.all([
                loadAccount(),
                ...toCheck.map((memberToken) => checkOne(token, memberToken)),
              ])
            } finally {
              checking = false
            }
          },

          setSource(memberToken, source) {
            if (get().paying) return
            set({ sources: { ...get().sources, [memberToken]: source } })
          },

          chooseTier(memberToken, tierId) {
            const { paying, checks, tiers } = get()
            const check = checks[memberToken]
            const line = lineOf(memberToken)
            // One bill, one order: a line with an order or a receipt keeps the tier it was ordered at.
            if (paying || line.bill?.orderId || line.receiptNo) return
            if (check?.status !== 'ready' || check.data.kind !== 'payable') return
            if (check.data.quote.tierId === tierId) return
            const requoted = deps.payments.quoteFor(check.data.record, { tierId })
            if (!requoted.ok) return
            set({
              tiers: { ...tiers, [memberToken]: tierId },
              checks: {
                ...checks,
                [memberToken]: { status: 'ready', data: { ...check.data, quote: requoted.value } },
              },
              // The total changed: the payer confirms the cart again.
              acknowledged: false,
            })
          },

          setAcknowledged: (value) => set({ acknowledged: value }),

          async payCart() {
            syncPayer()
            const state = get()
            if (state.paying || !state.acknowledged) return
            const funding = fundingPlanOf(state, deps.familyAid)
            if (!funding.ok) return
            set({ paying: true, stoppedByCancel: false })
            try {
              for (const line of funding.lines) {
                if (lineOf(line.memberToken).receiptNo) continue
                payFor.set(line.memberToken, {
                  memberToken: line.memberToken,
                  accountFen: line.accountFen > 0 ? line.accountFen : undefined,
                })
                await runnerFor(line.memberToken).pay(() => deps.payments.newIdempotencyKey())
                if (get().stoppedByCancel) break
                // Paid from the account: the balance is read again before the next line, so the panel shows what is left.
                if (line.accountFen > 0 && lineOf(line.memberToken).receiptNo)
                  await loadAccount({ refresh: true })
              }
            } finally {
              set({ paying: false })
            }
            if (funding.accountFen > 0) await loadAccount({ refresh: true })
          },

          checkAgain: (memberToken) => runnerFor(memberToken).checkAgain(),

          async resumeLines() {
            syncPayer()
            const open = Object.entries(get().lines).filter(
              ([, line]) => line.bill?.orderId || line.payment.phase === 'unknown',
            )
            for (const [memberToken] of open) await runnerFor(memberToken).resume()
            const others = Object.entries(get().otherLines).filter(
              ([, line]) => line.bill?.orderId || line.payment.phase === 'unknown',
            )
            for (const [memberToken] of others) await otherRunnerFor(memberToken).resume()
            // Settled (paid, closed) or resting unpaid with no money moved: nothing left to ask about.
            set({
              otherLines: Object.fromEntries(
                Object.entries(get().otherLines).filter(
                  ([, line]) =>
                    line.bill?.orderId && (line.bill.moneyMayHaveMoved || line.payment.phase === 'unknown'),
                ),
              ),
            })
          },

          clearCart() {
            const kept = Object.fromEntries(
              Object.entries(get().lines).filter(([, line]) => line.bill?.orderId && !line.receiptNo),
            )
            set({
              cart: [],
              checks: {},
              sources: {},
              tiers: {},
              acknowledged: false,
              lines: kept,
              stoppedByCancel: false,
            })
          },
        }
      },
      {
        name: 'yibao-family',
        version: 1,
        storage: createJSONStorage(() => deps.storage),
        // Tokens and masked names only; bills carry no personal data.
        partialize: (state) => ({
          members: state.members,
          cart: state.cart,
          sources: state.sources,
          tiers: state.tiers,
          lines: Object.fromEntries(
            Object.entries(state.lines).map(([memberToken, line]) => [
              memberToken,
              { payment: IDLE, bill: line.bill, receiptNo: line.receiptNo, paidFen: line.paidFen },
            ]),
          ),
          payerToken: state.payerToken,
          payerRef: state.payerRef,
          otherLines: Object.fromEntries(
            Object.entries(state.otherLines).map(([memberToken, line]) => [
              memberToken,
              { payment: IDLE, bill: line.bill },
            ]),
          ),
        }),
      },
    ),
  )
  // The saved state is the payer's it was saved under: checked now, and whenever the identity changes.
  syncPayer()
  deps.watchIdentity?.(() => syncPayer())
  return store
}
