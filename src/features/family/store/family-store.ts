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
import { IDLE, type PaymentMachineState } from '../../../domain/payment-machine'
import type { GatewayError } from '../../../services/gateway-errors'
import type { BindError, FamilyMember, FamilyService, MemberOutcome, PersonalAccount } from '../../../services/family-service'
import { newIdempotencyKey, type PayFor, type PaymentService } from '../../../services/payment-service'
import { createPaymentRunner, type Bill } from '../../../services/payment-runner'
import { LOADING, toLoadable, type Loadable } from '../../../ui/loadable'
import { fundingPlanOf, type FamilyAidLookup } from './cart-plan'

/** One member's payment: the runner's state, and the receipt once the bureau confirmed it. */
export interface LineState {
  payment: PaymentMachineState
  paymentError?: GatewayError
  bill?: Bill
  receiptNo?: string
  /** What was paid, kept with the receipt: the bureau's next check says "already paid" without an amount. */
  paidFen?: number
}

export interface FamilyState {
  /** The last list the bureau gave: shown at once after a relaunch, refreshed on show. */
  members: FamilyMember[]
  membersLoad: Loadable<true>
  account: Loadable<PersonalAccount>
  cart: string[]
  checks: Record<string, Loadable<MemberOutcome>>
  sources: Record<string, FundingSource>
  /** 代他人缴费将从您的账户扣款，请确认人员信息 — acknowledged for this cart. */
  acknowledged: boolean
  lines: Record<string, LineState>
  /** The cart is being paid, line after line. */
  paying: boolean
  /** The resident left a cashier: the lines after it were not attempted. */
  stoppedByCancel: boolean
  binding: Record<string, 'working' | BindError | undefined>
}

export type AddMemberResult = { ok: true } | { ok: false; error: GatewayError | { kind: 'limit' } }

export interface FamilyActions {
  loadMembers(): Promise<void>
  addMember(input: { name: string; idNumber: string; relation: Relation }): Promise<AddMemberResult>
  removeMember(memberToken: string): Promise<void>
  bindMember(memberToken: string): Promise<void>
  toggleInCart(memberToken: string): void
  /** Each member's enrolment check and quote, all at once, and the account balance. */
  checkCart(): Promise<void>
  setSource(memberToken: string, source: FundingSource): void
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
  storage: StateStorage
}

const initialState = (): FamilyState => ({
  members: [],
  membersLoad: { status: 'idle' },
  account: { status: 'idle' },
  cart: [],
  checks: {},
  sources: {},
  acknowledged: false,
  lines: {},
  paying: false,
  stoppedByCancel: false,
  binding: {},
})

export function createFamilyStore(deps: FamilyStoreDeps) {
  return createStore<FamilyStore>()(
    persist(
      (set, get) => {
        const lineOf = (memberToken: string): LineState => get().lines[memberToken] ?? { payment: IDLE }
        const setLine = (memberToken: string, partial: Partial<LineState>) =>
          set({ lines: { ...get().lines, [memberToken]: { ...lineOf(memberToken), ...partial } } })
        /** What each line pays from the account in this run; fixed when the run starts. */
        const payFor = new Map<string, PayFor>()
        const runners = new Map<string, ReturnType<typeof createPaymentRunner>>()
        let checking = false

        const runnerFor = (memberToken: string) => {
          const existing = runners.get(memberToken)
          if (existing) return existing
          const runner = createPaymentRunner(deps.payments, {
            get: () => {
              const check = get().checks[memberToken]
              const outcome = check?.status === 'ready' ? check.data : undefined
              return {
                ...lineOf(memberToken),
                identityToken: deps.identityToken(),
                record: outcome?.kind === 'payable' ? outcome.record : undefined,
                quote: outcome?.kind === 'payable' ? outcome.quote : undefined,
                payFor: payFor.get(memberToken),
              }
            },
            set: (partial) => setLine(memberToken, partial),
            onCancelled: () => set({ stoppedByCancel: true }),
            onPaid: (receiptNo) => {
              const check = get().checks[memberToken]
              const paidFen = check?.status === 'ready' && check.data.kind === 'payable' ? check.data.quote.payableFen : undefined
              setLine(memberToken, { receiptNo, paidFen })
            },
          })
          runners.set(memberToken, runner)
          return runner
        }

        async function loadAccount() {
          const token = deps.identityToken()
          if (!token) return
          set({ account: LOADING })
          const result = await deps.family.getAccount(token)
          set({ account: toLoadable(result) })
        }

        async function checkOne(token: string, memberToken: string) {
          set({ checks: { ...get().checks, [memberToken]: LOADING } })
          const result = await deps.family.checkMember(token, memberToken)
          set({
            checks: {
              ...get().checks,
              [memberToken]: toLoadable(result),
            },
          })
        }

        return {
          ...initialState(),

          async loadMembers() {
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
            const token = deps.identityToken()
            if (!token) return { ok: false, error: { kind: 'business', code: 'SESSION_EXPIRED', message: '' } }
            if (!canAddMember(get().members.length)) return { ok: false, error: { kind: 'limit' } }
            const result = await deps.family.addMember(token, input)
            if (!result.ok) return result
            set({ members: [...get().members, result.value] })
            return { ok: true }
          },

          async removeMember(memberToken) {
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
            const token = deps.identityToken()
            const member = get().members.find((candidate) => candidate.memberToken === memberToken)
            if (!token || !member || get().binding[memberToken] === 'working') return
            set({ binding: { ...get().binding, [memberToken]: 'working' } })
            const result = await deps.family.bindMember(token, member)
            set({ binding: { ...get().binding, [memberToken]: result.ok ? undefined : result.error } })
            if (result.ok) {
              set({
                members: get().members.map((candidate) =>
                  candidate.memberToken === memberToken ? { ...candidate, binding: result.value } : candidate,
                ),
              })
            }
          },

          toggleInCart(memberToken) {
            const { cart } = get()
            set({
              cart: cart.includes(memberToken) ? withoutMember(cart, memberToken) : withMember(cart, memberToken),
              acknowledged: false,
            })
          },

          async checkCart() {
            const token = deps.identityToken()
            if (!token || checking) return
            checking = true
            // A paid member stays as paid (with its receipt) rather than being asked about again.
            const toCheck = get().cart.filter((memberToken) => !lineOf(memberToken).receiptNo || !get().checks[memberToken])
            try {
              await Promise.all([loadAccount(), ...toCheck.map((memberToken) => checkOne(token, memberToken))])
            } finally {
              checking = false
            }
          },

          setSource(memberToken, source) {
            if (get().paying) return
            set({ sources: { ...get().sources, [memberToken]: source } })
          },

          setAcknowledged: (value) => set({ acknowledged: value }),

          async payCart() {
            const state = get()
            if (state.paying || !state.acknowledged) return
            const plan = fundingPlanOf(state, deps.familyAid)
            if (!plan.ok) return
            set({ paying: true, stoppedByCancel: false })
            try {
              for (const line of plan.lines) {
                if (lineOf(line.memberToken).receiptNo) continue
                payFor.set(line.memberToken, {
                  memberToken: line.memberToken,
                  accountFen: line.accountFen > 0 ? line.accountFen : undefined,
                })
                await runnerFor(line.memberToken).pay(newIdempotencyKey)
                if (get().stoppedByCancel) break
              }
            } finally {
              set({ paying: false })
            }
            if (plan.accountFen > 0) await loadAccount()
          },

          checkAgain: (memberToken) => runnerFor(memberToken).checkAgain(),

          async resumeLines() {
            const open = Object.entries(get().lines).filter(([, line]) => line.bill?.orderId || line.payment.phase === 'unknown')
            for (const [memberToken] of open) await runnerFor(memberToken).resume()
          },

          clearCart() {
            const kept = Object.fromEntries(
              Object.entries(get().lines).filter(([, line]) => line.bill?.orderId && !line.receiptNo),
            )
            set({ cart: [], checks: {}, sources: {}, acknowledged: false, lines: kept, stoppedByCancel: false })
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
          lines: Object.fromEntries(
            Object.entries(state.lines).map(([memberToken, line]) => [memberToken, { payment: IDLE, bill: line.bill, receiptNo: line.receiptNo, paidFen: line.paidFen }]),
          ),
        }),
      },
    ),
  )
}
