/**
 * The family store against the mock bureau: the member book and its limit,
 * binding states, parallel checks with each member's own outcome, a cart paid
 * one bill per member through the payment runner, a partial failure and a
 * retry that pays only the unpaid, 家庭共济 with a WeChat top-up, and what is
 * persisted.
 */
import { familyAidLookup } from '../../src/config/regions/family-aid'
import { loadRules } from '../../src/root/load-rules'
import { createFamilyStore } from '../../src/features/family/store/family-store'
import { balanceToDrawOn, cartLines, fundingPlanOf } from '../../src/features/family/store/cart-plan'
import { MOCK_FAMILY_AID } from '../../src/gateway/mock/mock-family-aid'
import { createMockGateway, type MockGateway } from '../../src/gateway/mock/mock-gateway'
import { createBureauClient } from '../../src/services/bureau-client'
import { createFamilyService } from '../../src/services/family-service'
import { createPaymentService } from '../../src/services/payment-service'
import type {
  GatewayTransport,
  Operation,
  PaymentCallback,
  PhotoUploadPort,
  PhotoUploadProgress,
} from '../../src/services/ports'
import { createMockPhotoSender } from '../../src/platform/mock-photo-upload'
import type { PhotoPick } from '../../src/platform/photo-picker'
import { createPhotoUpload } from '../../src/platform/photo-upload'
import { memoryStorage } from '../support/memory-storage'
import { idOf } from '../support/seed'
import { tokenOf as sessionTokenOf, verifiedIdentityOf } from '../support/verified-order'
import { simulatedFace } from '../support/simulated-face'

/** A photo of the 户口簿 page, as the camera or album hands it over. */
const HUKOU_PAGE: PhotoPick = {
  kind: 'picked',
  photo: { path: 'wxfile://tmp/hukou.jpg', sizeBytes: 800_000, contentType: 'image/jpeg' },
}

async function setUp(
  payer: string,
  callbacks: PaymentCallback[] = [],
  options: { photo?: PhotoUploadPort; picks?: PhotoPick[] } = {},
) {
  const gateway: MockGateway = createMockGateway({
    latencyMs: 0,
    today: () => '2025-11-20',
    benefitYear: 2026,
  })
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
    face: simulatedFace(gateway),
    clock: { today: () => '2025-11-20', sleep: () => Promise.resolve() },
    loadRules: () => loadRules(() => '2025-11-20'),
  })
  const token = await sessionTokenOf(client, payer, gateway)
  const memory = memoryStorage()
  const family = createFamilyService({
    client,
    payments,
    face: simulatedFace(gateway),
    // The demo's photo upload: the picker answers what the test says, the mock bureau gets size and type and answers a ticket.
    photo:
      options.photo ??
      createPhotoUpload({
        pick: () => Promise.resolve(options.picks?.shift() ?? HUKOU_PAGE),
        send: createMockPhotoSender({ latencyMs: 0, receive: (input) => gateway.receiveBindingPhoto(input) }),
      }),
  })
  const familyAid = familyAidLookup(MOCK_FAMILY_AID)
  const store = createFamilyStore({
    family,
    payments,
    familyAid,
    identityToken: () => token,
    storage: memory,
  })
  const count = (operation: Operation) => calls.filter((call) => call.operation === operation).length
  const tokenOf = (maskedName: string, relation?: string) => {
    const member = store
      .getState()
      .members.find(
        (candidate) => candidate.maskedName === maskedName && (!relation || candidate.relation === relation),
      )
    if (!member) throw new Error(`no member ${maskedName}`)
    return member.memberToken
  }
  const lines = () => cartLines(store.getState(), familyAid)
  /** Loads the payer's members, puts these in the cart (by masked name, and relation where two share one) and checks the cart. */
  const fillCart = async (...members: Array<[maskedName: string, relation?: string]>) => {
    await store.getState().loadMembers()
    for (const [maskedName, relation] of members) store.getState().toggleInCart(tokenOf(maskedName, relation))
    await store.getState().checkCart()
  }
  return { store, gateway, calls, count, cashierAmounts, whileCashierOpen, tokenOf, lines, memory, fillCart }
}

describe('常用缴费人', () => {
  test('the bureau’s bound relatives are listed masked; a fifth may be added, a sixth not, without asking the bureau', async () => {
    const { store, count } = await setUp('林国栋')
    await store.getState().loadMembers()
    expect(
      store.getState().members.map((member) => [member.maskedName, member.relation, member.binding.status]),
    ).toEqual([
      ['**珍', 'spouse', 'bound'],
      ['**华', 'child', 'bound'],
      ['**远', 'maternal-grandchild', 'bound'],
      ['**华', 'sibling', 'bound'],
    ])
    expect(
      await store
        .getState()
        .addMember({ name: '王小明', idNumber: idOf('王小明'), relation: 'paternal-grandchild' }),
    ).toEqual({ ok: true })
    expect(store.getState().members).toHaveLength(5)
    const adds = count('addFamilyMember')
    expect(
      await store.getState().addMember({ name: '黄建国', idNumber: idOf('黄建国'), relation: 'child' }),
    ).toEqual({
      ok: false,
      error: { kind: 'limit' },
    })
    expect(count('addFamilyMember')).toBe(adds)
  })

  test('the same person twice, or yourself, is refused by the bureau', async () => {
    const { store } = await setUp('张丽')
    await store.getState().loadMembers()
    await store.getState().addMember({ name: '张建华', idNumber: idOf('张建华'), relation: 'parent' })
    const again = await store
      .getState()
      .addMember({ name: '张建华', idNumber: idOf('张建华'), relation: 'parent' })
    expect(again.ok === false && again.error.kind === 'business' && again.error.code).toBe('MEMBER_EXISTS')
    const self = await store
      .getState()
      .addMember({ name: '张丽', idNumber: idOf('张丽'), relation: 'sibling' })
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
    await store
      .getState()
      .addMember({ name: '王小明', idNumber: idOf('王小明'), relation: 'paternal-grandchild' })
    const child = tokenOf('**明')
    expect(store.getState().members.find((member) => member.memberToken === child)).toMatchObject({
      binding: { status: 'unbound' },
      bindingEvidence: 'household-register',
    })
    const progress: Array<PhotoUploadProgress | undefined> = []
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.bindProgress[child] !== previous.bindProgress[child]) progress.push(state.bindProgress[child])
    })
    await store.getState().bindMember(child)
    unsubscribe()
    // The picker, then the upload in steps; the ticket is the one the bureau gave for this photo.
    expect(progress).toEqual([
      { stage: 'choosing' },
      { stage: 'uploading', percent: 0 },
      { stage: 'uploading', percent: 25 },
      { stage: 'uploading', percent: 50 },
      { stage: 'uploading', percent: 75 },
      { stage: 'uploading', percent: 100 },
      undefined,
    ])
    expect(calls.find((call) => call.operation === 'bindFamilyMember')?.body).toMatchObject({
      evidence: 'household-register',
      ticket: expect.stringMatching(/^hr_/),
    })
    expect(store.getState().members.find((member) => member.memberToken === child)?.binding).toEqual({
      status: 'pending',
    })
    await store.getState().loadMembers()
    expect(store.getState().members.find((member) => member.memberToken === child)?.binding).toEqual({
      status: 'bound',
    })
  })

  test('a ticket no photo upload produced is refused by the bureau: the child stays unbound and the page can say why', async () => {
    const { store, tokenOf } = await setUp('林国栋', [], {
      photo: { uploadHouseholdRegister: () => Promise.resolve({ ok: true, ticket: 'photo-1' }) },
    })
    await store.getState().loadMembers()
    await store
      .getState()
      .addMember({ name: '王小明', idNumber: idOf('王小明'), relation: 'paternal-grandchild' })
    const child = tokenOf('**明')
    await store.getState().bindMember(child)
    expect(store.getState().binding[child]).toMatchObject({ kind: 'business', code: 'NOT_PAYABLE' })
    await store.getState().loadMembers()
    expect(store.getState().members.find((member) => member.memberToken === child)?.binding).toEqual({
      status: 'unbound',
    })
  })

  test('a photo the bureau would not take never reaches the binding; a cancelled binding sends nothing', async () => {
    const tooLarge: PhotoPick = {
      kind: 'picked',
      photo: { path: 'wxfile://tmp/big.jpg', sizeBytes: 20 * 1024 * 1024, contentType: 'image/jpeg' },
    }
    const { store, tokenOf, count } = await setUp('林国栋', [], {
      picks: [tooLarge, { kind: 'cancelled' }, { kind: 'unreadable' }],
    })
    await store.getState().loadMembers()
    await store
      .getState()
      .addMember({ name: '王小明', idNumber: idOf('王小明'), relation: 'paternal-grandchild' })
    const child = tokenOf('**明')
    await store.getState().bindMember(child)
    expect(store.getState().binding[child]).toEqual({ kind: 'evidence', reason: 'too-large' })
    await store.getState().bindMember(child)
    expect(store.getState().binding[child]).toEqual({ kind: 'evidence', reason: 'cancelled' })
    await store.getState().bindMember(child)
    expect(store.getState().binding[child]).toEqual({ kind: 'evidence', reason: 'not-image' })
    // Left while the picker is open: the photo chosen afterwards is not sent.
    const binding = store.getState().bindMember(child)
    store.getState().cancelBinding(child)
    await binding
    expect(store.getState().binding[child]).toEqual({ kind: 'evidence', reason: 'cancelled' })
    expect(store.getState().bindProgress[child]).toBeUndefined()
    expect(count('bindFamilyMember')).toBe(0)
  })

  test('an adult is bound with their face check; a relationship the register does not show is rejected with the reason', async () => {
    const { store, tokenOf, calls } = await setUp('张丽')
    await store.getState().addMember({ name: '黄建国', idNumber: idOf('黄建国'), relation: 'sibling' })
    await store.getState().bindMember(tokenOf('**国'))
    expect(calls.find((call) => call.operation === 'bindFamilyMember')?.body).toMatchObject({
      evidence: 'face',
      // The verifyId the bureau started for this relative, after their face check.
      ticket: expect.stringMatching(/^fv_/),
    })
    await store.getState().loadMembers()
    expect(store.getState().members[0]?.binding).toEqual({
      status: 'rejected',
      reason: expect.stringContaining('未查到该亲属关系'),
    })
  })
})

describe('the cart', () => {
  test('each member is checked at once, each with its own outcome; only payable lines count', async () => {
    const { store, tokenOf, lines } = await setUp('张丽')
    const add = (name: string, relation: 'parent' | 'sibling' | 'child') =>
      store.getState().addMember({ name, idNumber: idOf(name), relation })
    await add('张建华', 'parent')
    await add('黄建国', 'sibling')
    await add('郑秀英', 'parent')
    await add('周文静', 'sibling')
    for (const member of store.getState().members) store.getState().toggleInCart(member.memberToken)
    const checking = store.getState().checkCart()
    // All four asked before any answer: parallel, not one after another.
    expect(Object.values(store.getState().checks).map((check) => check.status)).toEqual([
      'loading',
      'loading',
      'loading',
      'loading',
    ])
    await checking
    const kinds = lines().map((view) => [
      view.member.maskedName,
      view.check.status === 'ready' ? view.check.data.kind : view.check.status,
      view.amountFen,
    ])
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
    const { store, gateway, count } = context
    await context.fillCart(['**珍'], ['**华', 'child'])
    store.getState().setAcknowledged(true)
    // While the wife's cashier is open the bureau enters its nightly maintenance: the son's order is refused.
    context.whileCashierOpen.push(() =>
      gateway.injectFault('createOrder', { kind: 'business', code: 'MAINTENANCE' }),
    )
    await store.getState().payCart()
    let lines = context.lines()
    expect(
      lines.map((view) => [
        view.member.maskedName,
        view.line.receiptNo !== undefined,
        view.line.payment.phase,
      ]),
    ).toEqual([
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
    expect(
      gateway
        .paidOrders()
        .map((order) => order.recordId)
        .sort(),
    ).toEqual(['R-CYZ-1', 'R-LXH-1'])
    expect(context.cashierAmounts).toEqual([40000, 40000])
  })

  test('a paid member whose payment was refunded (已退款) is payable again in the cart, not kept as paid', async () => {
    const context = await setUp('林国栋', ['completed', 'completed'])
    const { store, gateway } = context
    await context.fillCart(['**珍'])
    store.getState().setAcknowledged(true)
    await store.getState().payCart()
    const receiptNo = context.lines()[0]?.line.receiptNo
    if (!receiptNo) throw new Error('not paid')
    // The payer asks the money back (another phone of theirs); the demo's review moves one step per reading.
    const client = createBureauClient(gateway)
    const payer = await sessionTokenOf(client, '林国栋', gateway)
    const refund = await client.requestRefund({
      token: payer,
      receiptNo,
      reason: 'paid-twice',
      idempotencyKey: 'rk-wife',
    })
    expect(refund.ok).toBe(true)
    for (let reading = 0; reading < 2; reading += 1) await client.listRecords(payer)

    await store.getState().checkCart()
    const [wife] = context.lines()
    expect([wife?.line.receiptNo, wife?.check.status === 'ready' && wife.check.data.kind]).toEqual([
      undefined,
      'payable',
    ])
    store.getState().setAcknowledged(true)
    await store.getState().payCart()
    expect(context.lines()[0]?.line.receiptNo).toMatch(/^FJ2026\d{12}$/)
    expect(context.lines()[0]?.line.receiptNo).not.toBe(receiptNo)
    expect(gateway.paidOrders()).toHaveLength(2)
  })

  test('a cancelled cashier stops the cart; the retry reuses that member’s open order and pays the rest', async () => {
    const context = await setUp('林国栋', ['cancelled', 'completed', 'completed'])
    const { store, gateway, count } = context
    await context.fillCart(['**珍'], ['**华', 'child'])
    store.getState().setAcknowledged(true)
    await store.getState().payCart()
    expect(store.getState().stoppedByCancel).toBe(true)
    expect(
      context.lines().map((view) => [view.line.receiptNo, view.line.bill?.orderId !== undefined]),
    ).toEqual([
      [undefined, true],
      [undefined, false],
    ])
    await store.getState().payCart()
    expect(count('createOrder')).toBe(2)
    expect(gateway.paidOrders()).toHaveLength(2)
  })

  test('a relative in a tiered region: the payer’s tier requotes the line, survives a recheck and is the order’s', async () => {
    const context = await setUp('方慧敏', ['completed'])
    const { store, gateway, calls } = context
    await context.fillCart(['**涛'])
    const husband = context.tokenOf('**涛')
    const tiersOf = () => {
      const check = store.getState().checks[husband]
      return check?.status === 'ready' && check.data.kind === 'payable'
        ? check.data.quote.planOptions.filter((option) => option.kind === 'tier')
        : []
    }
    expect(tiersOf().map((tier) => [tier.label, tier.individualFen, tier.chosen])).toEqual([
      ['一档', 80000, true],
      ['二档', 70000, false],
    ])
    expect(context.lines()[0]?.amountFen).toBe(80000)
    const second = tiersOf()[1]?.id ?? ''
    store.getState().setAcknowledged(true)

    store.getState().chooseTier(husband, second)
    expect(context.lines()[0]?.amountFen).toBe(70000)
    expect(fundingPlanOf(store.getState(), familyAidLookup(MOCK_FAMILY_AID)).totalFen).toBe(70000)
    // The total changed: the payer confirms again.
    expect(store.getState().acknowledged).toBe(false)
    await store.getState().checkCart()
    expect(context.lines()[0]?.amountFen).toBe(70000)

    store.getState().setAcknowledged(true)
    await store.getState().payCart()
    const order = calls.find((call) => call.operation === 'createOrder')
    expect(order?.body).toMatchObject({ amountFen: 70000, tierId: second })
    expect(gateway.paidOrders().map((paid) => [paid.recordId, paid.amountFen])).toEqual([['R-JWT-1', 70000]])
    expect(context.lines()[0]?.line.paidFen).toBe(70000)
    // Paid: the tier is fixed with its receipt.
    store.getState().chooseTier(husband, tiersOf()[0]?.id ?? '')
    expect(context.lines()[0]?.amountFen).toBe(70000)
  })

  test('nothing is paid before the 代他人缴费 warning is acknowledged', async () => {
    const { store, count, fillCart } = await setUp('林国栋', ['completed'])
    await fillCart(['**珍'])
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

  test('家庭共济: each line paid from the account lowers the balance planned for the rest, and an open order keeps what it holds', async () => {
    const context = await setUp('林国栋', ['cancelled', 'completed'])
    const { store, tokenOf } = context
    const balance = () => balanceToDrawOn(store.getState())
    const plan = () => fundingPlanOf(store.getState(), familyAidLookup(MOCK_FAMILY_AID))
    await context.fillCart(['**珍'], ['**华', 'child'])
    const [wife, son] = [tokenOf('**珍'), tokenOf('**华', 'child')]
    store.getState().setSource(wife, 'account')
    store.getState().setSource(son, 'account')
    store.getState().setAcknowledged(true)
    expect(balance()).toBe(60000)

    // While the son's cashier is open, the wife's 400 is paid from the account: 200 is left for him.
    const seen: Array<{ balance?: number; sonFromAccount?: number }> = []
    context.whileCashierOpen.push(() => {
      const funded = plan()
      seen.push({
        balance: balance(),
        sonFromAccount: funded.ok
          ? funded.lines.find((line) => line.memberToken === son)?.accountFen
          : undefined,
      })
    })
    await store.getState().payCart()
    expect(seen).toEqual([{ balance: 20000, sonFromAccount: 20000 }])
    // He left the cashier: his open order holds the 200, so the bureau says 0 and the plan still gives him the 200.
    const account = store.getState().account
    expect(account.status === 'ready' && account.data.hasAccount && account.data.balanceFen).toBe(0)
    expect(balance()).toBe(20000)
    const funded = plan()
    expect(funded.ok && funded.lines.map((line) => [line.accountFen, line.wechatFen])).toEqual([
      [20000, 20000],
    ])

    // The retry reuses his order (200 from the account, 200 at the cashier).
    const orders = context.count('createOrder')
    await store.getState().payCart()
    expect(context.count('createOrder')).toBe(orders)
    expect(context.cashierAmounts).toEqual([20000, 20000])
    expect(context.gateway.paidOrders().map((order) => order.accountFen)).toEqual([40000, 20000])
    expect(balance()).toBe(0)
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
    const { store, memory, fillCart } = await setUp('林国栋', ['completed'])
    await fillCart(['**珍'])
    store.getState().setAcknowledged(true)
    await store.getState().payCart()
    const saved = memory.items.get('yibao-family') ?? ''
    expect(saved).toContain('**珍')
    for (const raw of ['陈玉珍', idOf('陈玉珍'), '林国栋', idOf('林国栋')]) expect(saved).not.toContain(raw)
  })
})

describe('The family store keeps the previous payer’s relatives after the payer changes', () => {
  /** 林国栋's family store on a shared phone; `switchTo` changes the payer as the payment store would (and tells the watchers). */
  async function sharedPhone(callbacks: PaymentCallback[]) {
    const gateway = createMockGateway({ latencyMs: 0, today: () => '2025-11-20', benefitYear: 2026 })
    const calls: Array<{ operation: Operation; body: Record<string, unknown> }> = []
    const transport: GatewayTransport = {
      send(operation, body) {
        calls.push({ operation, body })
        return gateway.send(operation, body)
      },
    }
    const client = createBureauClient(transport)
    const payments = createPaymentService({
      client,
      payment: {
        async requestPayment(params) {
          const callback = callbacks.shift() ?? 'failed'
          if (callback === 'completed') await gateway.settlePayment(params.package)
          return callback
        },
      },
      face: simulatedFace(gateway),
      clock: { today: () => '2025-11-20', sleep: () => Promise.resolve() },
      loadRules: () => loadRules(() => '2025-11-20'),
    })
    const family = createFamilyService({
      client,
      payments,
      face: simulatedFace(gateway),
      photo: { uploadHouseholdRegister: () => Promise.resolve({ ok: true, ticket: 'photo-1' }) },
    })
    const identities = {
      lin: await verifiedIdentityOf(client, '林国栋', gateway),
      zhang: await verifiedIdentityOf(client, '张丽', gateway),
      // 林国栋 verifying again: a new session, the same resident.
      linAgain: await verifiedIdentityOf(client, '林国栋', gateway),
    }
    const tokens = {
      lin: identities.lin.token,
      zhang: identities.zhang.token,
      linAgain: identities.linAgain.token,
    }
    const identityOf = (token: string | undefined) =>
      Object.values(identities).find((identity) => identity.token === token)
    let current: string | undefined = tokens.lin
    const watchers = new Set<() => void>()
    const memory = memoryStorage()
    const store = createFamilyStore({
      family,
      payments,
      familyAid: familyAidLookup(MOCK_FAMILY_AID),
      identityToken: () => current,
      payerResidentRef: () => identityOf(current)?.residentRef,
      payerMaskedName: () => identityOf(current)?.maskedName,
      watchIdentity: (onChange) => {
        watchers.add(onChange)
        return () => watchers.delete(onChange)
      },
      storage: memory,
    })
    const switchTo = (token: string | undefined, notify = true) => {
      current = token
      if (notify) watchers.forEach((onChange) => onChange())
    }
    const memberToken = (maskedName: string, relation?: string) =>
      store
        .getState()
        .members.find(
          (member) => member.maskedName === maskedName && (!relation || member.relation === relation),
        )?.memberToken ?? ''
    const saved = () =>
      JSON.parse(memory.items.get('yibao-family') ?? '{}') as { state: Record<string, unknown> }
    /** The app relaunched with `token` as the payer: a new store over the same storage. */
    const reopen = (token: string) =>
      createFamilyStore({
        family,
        payments,
        familyAid: familyAidLookup(MOCK_FAMILY_AID),
        identityToken: () => token,
        payerResidentRef: () => identityOf(token)?.residentRef,
        storage: memory,
      })
    return { store, gateway, calls, tokens, identities, switchTo, memberToken, saved, reopen }
  }

  /** 林国栋 pays for his wife (paid) and his son (callback lost, the bureau has not heard: 确认中). */
  async function linPaysTwo(context: Awaited<ReturnType<typeof sharedPhone>>) {
    const { store } = context
    await store.getState().loadMembers()
    const wife = context.memberToken('**珍')
    const son = context.memberToken('**华', 'child')
    store.getState().toggleInCart(wife)
    store.getState().toggleInCart(son)
    await store.getState().checkCart()
    store.getState().setAcknowledged(true)
    await store.getState().payCart()
    expect(store.getState().lines[wife]?.receiptNo).toBeDefined()
    expect(store.getState().lines[son]?.payment.phase).toBe('unknown')
    return { wife, son, sonOrderId: store.getState().lines[son]?.bill?.orderId ?? '' }
  }

  test('another payer: members, cart, checks and settled lines are cleared at once, in storage too; an order in flight is kept aside', async () => {
    const context = await sharedPhone(['completed', 'failed'])
    const { son, sonOrderId } = await linPaysTwo(context)

    context.switchTo(context.tokens.zhang)
    const state = context.store.getState()
    expect([state.members, state.cart, state.checks, state.sources, state.lines, state.acknowledged]).toEqual(
      [[], [], {}, {}, {}, false],
    )
    expect(state.otherLines[son]?.bill).toEqual(
      expect.objectContaining({
        orderId: sonOrderId,
        owner: {
          token: context.tokens.lin,
          maskedName: context.identities.lin.maskedName,
          residentRef: context.identities.lin.residentRef,
        },
      }),
    )
    const saved = context.saved().state
    expect([saved.members, saved.cart, saved.lines]).toEqual([[], [], {}])
    expect(JSON.stringify(saved)).not.toContain('**珍')

    // 张丽's own book: none of 林国栋's relatives.
    await context.store.getState().loadMembers()
    expect(context.store.getState().members.map((member) => member.maskedName)).not.toContain('**珍')

    // The son's money arrives; on show his order is queried with 林国栋's session, and never listed as 张丽's.
    await context.gateway.settlePayment(`prepay_id=${sonOrderId}`)
    await context.store.getState().resumeLines()
    const query = context.calls.filter((call) => call.operation === 'queryOrder').pop()
    expect(query?.body).toEqual({ token: context.tokens.lin, orderId: sonOrderId })
    expect(context.store.getState().lines).toEqual({})
    expect(context.store.getState().otherLines).toEqual({})
    expect(context.gateway.paidOrders()).toHaveLength(2)
  })

  test('signing out clears the family store too', async () => {
    const context = await sharedPhone(['completed', 'failed'])
    await linPaysTwo(context)
    context.switchTo(undefined)
    expect(context.store.getState().members).toEqual([])
    expect(context.store.getState().cart).toEqual([])
    expect(context.saved().state.members).toEqual([])
  })

  test('without a watcher, the next action finds the payer changed before it does anything', async () => {
    const context = await sharedPhone(['completed', 'failed'])
    await linPaysTwo(context)
    context.switchTo(context.tokens.zhang, false)
    context.store.getState().toggleInCart('anything')
    expect(context.store.getState().members).toEqual([])
    expect(context.store.getState().cart).toEqual(['anything'])
    expect(context.store.getState().payerToken).toBe(context.tokens.zhang)
  })

  test('the same payer coming back keeps their book; a relaunch under another payer starts empty', async () => {
    const context = await sharedPhone(['completed', 'failed'])
    const { son } = await linPaysTwo(context)
    context.switchTo(context.tokens.lin)
    expect(context.store.getState().members.length).toBeGreaterThan(0)
    expect(context.reopen(context.tokens.lin).getState().members.length).toBeGreaterThan(0)
    const relaunched = context.reopen(context.tokens.zhang).getState()
    expect([relaunched.members, relaunched.cart, relaunched.lines]).toEqual([[], [], {}])
    expect(Object.keys(relaunched.otherLines)).toEqual([son])
  })

  test('the same person verifying again keeps members, cart and lines under the new session; their order is continued, never a second', async () => {
    const context = await sharedPhone(['completed', 'failed'])
    const { wife, son, sonOrderId } = await linPaysTwo(context)
    const before = context.store.getState()
    const ordersBefore = context.calls.filter((call) => call.operation === 'createOrder').length

    context.switchTo(context.tokens.linAgain)
    const state = context.store.getState()
    expect([state.members, state.cart]).toEqual([before.members, before.cart])
    expect(state.lines[wife]?.receiptNo).toBe(before.lines[wife]?.receiptNo)
    expect(state.lines[son]?.bill).toEqual({
      ...before.lines[son]?.bill,
      owner: expect.objectContaining({
        token: context.tokens.linAgain,
        residentRef: context.identities.lin.residentRef,
      }),
    })
    expect(state.otherLines).toEqual({})
    expect(context.saved().state.payerToken).toBe(context.tokens.linAgain)

    // The son's money arrives: his line is paid, asked with the new session, and no order was made again.
    await context.gateway.settlePayment(`prepay_id=${sonOrderId}`)
    await context.store.getState().resumeLines()
    const query = context.calls.filter((call) => call.operation === 'queryOrder').pop()
    expect(query?.body).toEqual({ token: context.tokens.linAgain, orderId: sonOrderId })
    expect(context.store.getState().lines[son]?.receiptNo).toBeDefined()
    expect(context.calls.filter((call) => call.operation === 'createOrder')).toHaveLength(ordersBefore)
    expect(context.gateway.paidOrders()).toHaveLength(2)
  })

  test('after another payer, the first one verifying again gets their order in flight back', async () => {
    const context = await sharedPhone(['completed', 'failed'])
    const { son, sonOrderId } = await linPaysTwo(context)
    context.switchTo(context.tokens.zhang)
    context.switchTo(context.tokens.linAgain)
    const state = context.store.getState()
    expect(state.otherLines).toEqual({})
    expect(state.lines[son]?.bill).toEqual(
      expect.objectContaining({
        orderId: sonOrderId,
        owner: expect.objectContaining({ token: context.tokens.linAgain }),
      }),
    )
  })

  test('a relaunch under the same person’s new session keeps their book, cart and order in flight', async () => {
    const context = await sharedPhone(['completed', 'failed'])
    const { son, sonOrderId } = await linPaysTwo(context)
    const before = context.store.getState()
    const relaunched = context.reopen(context.tokens.linAgain).getState()
    expect([relaunched.members, relaunched.cart]).toEqual([before.members, before.cart])
    expect(relaunched.lines[son]?.bill?.orderId).toBe(sonOrderId)
    expect(relaunched.otherLines).toEqual({})
  })
})
