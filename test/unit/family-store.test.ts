/**
 * The family store against the mock bureau: the member book and its limit,
 * binding states, parallel checks with each member's own outcome, a cart paid
 * one bill per member through the payment runner, a partial failure and a
 * retry that pays only the unpaid, 家庭共济 with a WeChat top-up, and what is
 * persisted.
 */
import type { StateStorage } from 'zustand/middleware'
import { familyAidLookup } from '../../src/config/regions/family-aid'
import { loadRules } from '../../src/root/load-rules'
import { createFamilyStore } from '../../src/features/family/store/family-store'
import { cartLines } from '../../src/features/family/store/cart-plan'
import { MOCK_FAMILY_AID } from '../../src/gateway/mock/mock-family-aid'
import { createMockGateway, type MockGateway } from '../../src/gateway/mock/mock-gateway'
import { SEED_RESIDENTS } from '../../src/gateway/mock/seed-residents'
import { createBureauClient } from '../../src/services/bureau-client'
import { createFamilyService } from '../../src/services/family-service'
import { createPaymentService } from '../../src/services/payment-service'
import type { GatewayTransport, Operation, PaymentCallback } from '../../src/services/ports'

const idOf = (name: string) => {
  const resident = SEED_RESIDENTS.find((candidate) => candidate.name === name)
  if (!resident) throw new Error(`no seeded resident ${name}`)
  return resident.idNumber
}

function memoryStorage() {
  const items = new Map<string, string>()
  const storage: StateStorage = {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  }
  return { storage, items }
}

async function setUp(payer: string, callbacks: PaymentCallback[] = []) {
  const gateway: MockGateway = createMockGateway({ latencyMs: 0, today: () => '2025-11-20', benefitYear: 2026 })
  const calls: Array<{ operation: Operation; body: Record<string, unknown> }> = []
  const transport: GatewayTransport = {
    send(operation, body) {
      calls.push({ operation, body })
      return gateway.send(operation, body)
    },
  }
  const cashierAmounts: number[] = []
  /** Runs while the cashier is open: what the bureau does between two members' payments. */
  const whileCashierOpen: Array<() => void> = []
  const client = createBureauClient(transport)
  const payments = createPaymentService({
    client,
    payment: {
      async requestPayment(params) {
        cashierAmounts.push(gateway.amountFor(params.package) ?? -1)
        whileCashierOpen.shift()?.()
        const callback = callbacks.shift() ?? 'failed'
        if (callback === 'completed') gateway.settlePayment(params.package)
        return callback
      },
    },
    face: { verify: () => Promise.resolve({ ok: true, ticket: 'face-ok' }) },
    clock: { today: () => '2025-11-20', sleep: () => Promise.resolve() },
    loadRules: () => loadRules(() => '2025-11-20'),
  })
  const verified = await client.verifyIdentity({ name: payer, idNumber: idOf(payer), faceTicket: 'face-ok' })
  if (!verified.ok) throw new Error('payer not verified')
  const memory = memoryStorage()
  const family = createFamilyService({
    client,
    payments,
    face: { verify: () => Promise.resolve({ ok: true, ticket: 'face-relative' }) },
    photo: { uploadHouseholdRegister: () => Promise.resolve({ ok: true, ticket: 'photo-1' }) },
  })
  const familyAid = familyAidLookup(MOCK_FAMILY_AID)
  const store = createFamilyStore({ family, payments, familyAid, identityToken: () => verified.value.token, storage: memory.storage })
  const count = (operation: Operation) => calls.filter((call) => call.operation === operation).length
  const tokenOf = (maskedName: string, relation?: string) => {
    const member = store.getState().members.find((candidate) => candidate.maskedName === maskedName && (!relation || candidate.relation === relation))
    if (!member) throw new Error(`no member ${maskedName}`)
    return member.memberToken
  }
  const lines = () => cartLines(store.getState(), familyAid)
  return { store, gateway, calls, count, cashierAmounts, whileCashierOpen, tokenOf, lines, memory }
}

describe('常用缴费人', () => {
  test('the bureau’s bound relatives are listed masked; a fifth may be added, a sixth not, without asking the bureau', async () => {
    const { store, count } = await setUp('林国栋')
    await store.getState().loadMembers()
    expect(store.getState().members.map((member) => [member.maskedName, member.relation, member.binding.status])).toEqual([
      ['**珍', 'spouse', 'bound'],
      ['**华', 'child', 'bound'],
      ['**远', 'maternal-grandchild', 'bound'],
      ['**华', 'sibling', 'bound'],
    ])
    expect(await store.getState().addMember({ name: '王小明', idNumber: idOf('王小明'), relation: 'paternal-grandchild' })).toEqual({ ok: true })
    expect(store.getState().members).toHaveLength(5)
    const adds = count('addFamilyMember')
    expect(await store.getState().addMember({ name: '黄建国', idNumber: idOf('黄建国'), relation: 'child' })).toEqual({
      ok: false,
      error: { kind: 'limit' },
    })
    expect(count('addFamilyMember')).toBe(adds)
  })

  test('the same person twice, or yourself, is refused by the bureau', async () => {
    const { store } = await setUp('张丽')
    await store.getState().loadMembers()
    await store.getState().addMember({ name: '张建华', idNumber: idOf('张建华'), relation: 'parent' })
    const again = await store.getState().addMember({ name: '张建华', idNumber: idOf('张建华'), relation: 'parent' })
    expect(again.ok === false && again.error.kind === 'business' && again.error.code).toBe('MEMBER_EXISTS')
    const self = await store.getState().addMember({ name: '张丽', idNumber: idOf('张丽'), relation: 'sibling' })
    expect(self.ok === false && self.error.kind === 'business' && self.error.code).toBe('MEMBER_IS_SELF')
  })

  test('removing a member takes them out of the book and the cart', async () => {
    const { store, tokenOf } = await setUp('林国栋')
    await store.getState().loadMembers()
    const wife = tokenOf('**珍')
    store.getState().toggleInCart(wife)
    await store.getState().removeMember(wife)
    expect(store.getState().cart).toEqual([])
    await store.getState().loadMembers()
    expect(store.getState().members.map((member) => member.maskedName)).not.toContain('**珍')
  })
})

describe('binding', () => {
  test('a child is bound with a household-register photo: pending, then bound after the bureau’s review', async () => {
    const { store, tokenOf, calls } = await setUp('林国栋')
    await store.getState().loadMembers()
    await store.getState().addMember({ name: '王小明', idNumber: idOf('王小明'), relation: 'paternal-grandchild' })
    const child = tokenOf('**明')
    expect(store.getState().members.find((member) => member.memberToken === child)).toMatchObject({
      binding: { status: 'unbound' },
      bindingEvidence: 'household-register',
    })
    await store.getState().bindMember(child)
    expect(calls.find((call) => call.operation === 'bindFamilyMember')?.body).toMatchObject({ evidence: 'household-register', ticket: 'photo-1' })
    expect(store.getState().members.find((member) => member.memberToken === child)?.binding).toEqual({ status: 'pending' })
    await store.getState().loadMembers()
    expect(store.getState().members.find((member) => member.memberToken === child)?.binding).toEqual({ status: 'bound' })
  })

  test('an adult is bound with their face check; a relationship the register does not show is rejected with the reason', async () => {
    const { store, tokenOf, calls } = await setUp('张丽')
    await store.getState().addMember({ name: '黄建国', idNumber: idOf('黄建国'), relation: 'sibling' })
    await store.getState().bindMember(tokenOf('**国'))
    expect(calls.find((call) => call.operation === 'bindFamilyMember')?.body).toMatchObject({ evidence: 'face', ticket: 'face-relative' })
    await store.getState().loadMembers()
    expect(store.getState().members[0]?.binding).toEqual({ status: 'rejected', reason: expect.stringContaining('未查到该亲属关系') })
  })
})

describe('the cart', () => {
  test('each member is checked at once, each with its own outcome; only payable lines count', async () => {
    const { store, tokenOf, lines } = await setUp('张丽')
    const add = (name: string, relation: 'parent' | 'sibling' | 'child') => store.getState().addMember({ name, idNumber: idOf(name), relation })
    await add('张建华', 'parent')
    await add('黄建国', 'sibling')
    await add('郑秀英', 'parent')
    await add('周文静', 'sibling')
    for (const member of store.getState().members) store.getState().toggleInCart(member.memberToken)
    const checking = store.getState().checkCart()
    // All four asked before any answer: parallel, not one after another.
    expect(Object.values(store.getState().checks).map((check) => check.status)).toEqual(['loading', 'loading', 'loading', 'loading'])
    await checking
    const kinds = lines().map((view) => [view.member.maskedName, view.check.status === 'ready' ? view.check.data.kind : view.check.status, view.amountFen])
    expect(kinds).toEqual([
      ['**华', 'payable', 40000],
      ['**国', 'already-paid', undefined],
      ['**英', 'fully-subsidised', undefined],
      ['**静', 'not-registered', undefined],
    ])
    expect(tokenOf('**华')).toBeDefined()
  })

  test('one member fails, the other is paid; a retry pays only the failed one, once', async () => {
    const context = await setUp('林国栋', ['completed', 'completed'])
    const { store, gateway, tokenOf, count } = context
    await store.getState().loadMembers()
    store.getState().toggleInCart(tokenOf('**珍'))
    store.getState().toggleInCart(tokenOf('**华', 'child'))
    await store.getState().checkCart()
    store.getState().setAcknowledged(true)
    // While the wife's cashier is open the bureau enters its nightly maintenance: the son's order is refused.
    context.whileCashierOpen.push(() => gateway.injectFault('createOrder', { kind: 'business', code: 'MAINTENANCE' }))
    await store.getState().payCart()
    let lines = context.lines()
    expect(lines.map((view) => [view.member.maskedName, view.line.receiptNo !== undefined, view.line.payment.phase])).toEqual([
      ['**珍', true, 'paid'],
      ['**华', false, 'failed'],
    ])
    expect(lines[1]?.line.paymentError).toMatchObject({ kind: 'business', code: 'MAINTENANCE' })
    expect(gateway.paidOrders().map((order) => order.recordId)).toEqual(['R-CYZ-1'])

    const ordersBefore = count('createOrder')
    await store.getState().payCart()
    lines = context.lines()
    expect(lines.every((view) => view.line.receiptNo)).toBe(true)
    expect(count('createOrder')).toBe(ordersBefore + 1)
    expect(gateway.paidOrders().map((order) => order.recordId).sort()).toEqual(['R-CYZ-1', 'R-LXH-1'])
    expect(context.cashierAmounts).toEqual([40000, 40000])
  })

  test('a cancelled cashier stops the cart; the retry reuses that member’s open order and pays the rest', async () => {
    const context = await setUp('林国栋', ['cancelled', 'completed', 'completed'])
    const { store, gateway, tokenOf, count } = context
    await store.getState().loadMembers()
    store.getState().toggleInCart(tokenOf('**珍'))
    store.getState().toggleInCart(tokenOf('**华', 'child'))
    await store.getState().checkCart()
    store.getState().setAcknowledged(true)
    await store.getState().payCart()
    expect(store.getState().stoppedByCancel).toBe(true)
    expect(context.lines().map((view) => [view.line.receiptNo, view.line.bill?.orderId !== undefined])).toEqual([
      [undefined, true],
      [undefined, false],
    ])
    await store.getState().payCart()
    expect(count('createOrder')).toBe(2)
    expect(gateway.paidOrders()).toHaveLength(2)
  })

  test('nothing is paid before the 代他人缴费 warning is acknowledged', async () => {
    const { store, tokenOf, count } = await setUp('林国栋', ['completed'])
    await store.getState().loadMembers()
    store.getState().toggleInCart(tokenOf('**珍'))
    await store.getState().checkCart()
    await store.getState().payCart()
    expect(count('createOrder')).toBe(0)
  })

  test('家庭共济: the balance pays in cart order, WeChat Pay the 200 元 it does not cover, and the balance is read again', async () => {
    const context = await setUp('林国栋', ['completed'])
    const { store, gateway, tokenOf } = context
    await store.getState().loadMembers()
    const wife = tokenOf('**珍')
    const son = tokenOf('**华', 'child')
    const brother = tokenOf('**华', 'sibling')
    for (const token of [wife, son, brother]) store.getState().toggleInCart(token)
    await store.getState().checkCart()
    const aid = context.lines().map((view) => view.aid)
    expect(aid).toEqual([{ ok: true }, { ok: true }, { ok: false, reason: 'other-province' }])
    store.getState().toggleInCart(brother)
    store.getState().setSource(wife, 'account')
    store.getState().setSource(son, 'account')
    store.getState().setAcknowledged(true)
    await store.getState().payCart()
    expect(context.cashierAmounts).toEqual([20000])
    expect(gateway.paidOrders().map((order) => order.amountFen)).toEqual([40000, 40000])
    const account = store.getState().account
    expect(account.status === 'ready' && account.data.hasAccount && account.data.balanceFen).toBe(0)
  })

  test('家庭共济 is refused for a relative insured in another province, by the app and by the bureau', async () => {
    const { store, tokenOf, gateway } = await setUp('林国栋')
    await store.getState().loadMembers()
    const brother = tokenOf('**华', 'sibling')
    store.getState().toggleInCart(brother)
    await store.getState().checkCart()
    // The bureau date makes the Jiangxi bill payable; the app offers no account payment for it.
    const view = cartLines(store.getState(), familyAidLookup(MOCK_FAMILY_AID))[0]
    expect(view?.aid).toEqual({ ok: false, reason: 'other-province' })
    store.getState().setSource(brother, 'account')
    expect(cartLines(store.getState(), familyAidLookup(MOCK_FAMILY_AID))[0]?.source).toBe('wechat')
    expect(gateway.paidOrders()).toEqual([])
  })

  test('what is persisted names nobody: tokens, masked names and bills only', async () => {
    const { store, tokenOf, memory } = await setUp('林国栋', ['completed'])
    await store.getState().loadMembers()
    store.getState().toggleInCart(tokenOf('**珍'))
    await store.getState().checkCart()
    store.getState().setAcknowledged(true)
    await store.getState().payCart()
    const saved = memory.items.get('yibao-family') ?? ''
    expect(saved).toContain('**珍')
    for (const raw of ['陈玉珍', idOf('陈玉珍'), '林国栋', idOf('林国栋')]) expect(saved).not.toContain(raw)
  })
})
