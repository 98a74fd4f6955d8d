/** The mock bureau's member book across a reload, and the refusals it gives for 家庭共济. */
import { createMockGateway } from '../../src/gateway/mock/mock-gateway'
import { createBureauClient } from '../../src/services/bureau-client'
import { memoryStorage } from '../support/memory-storage'
import { tokenOf } from '../support/verified-order'

const options = (store: ReturnType<typeof memoryStorage>) => ({
  latencyMs: 0,
  today: () => '2025-11-20',
  benefitYear: 2026,
  storage: store,
})

test('the book survives a reload by seed index and token; the ledger holds no name or ID number', async () => {
  const store = memoryStorage()
  const gateway = createMockGateway(options(store))
  const client = createBureauClient(gateway)
  const token = await tokenOf(client, '张丽', gateway)
  const added = await client.addFamilyMember({
    token,
    name: '张小宇',
    idNumber: '360102201607153013',
    relation: 'child',
  })
  if (!added.ok) throw new Error('not added')
  const ledger = store.items.get('yibao-mock-bureau') ?? ''
  for (const raw of ['张丽', '440305198606184024', '张小宇', '360102201607153013'])
    expect(ledger).not.toContain(raw)

  const reloaded = createBureauClient(createMockGateway(options(store)))
  const listed = await reloaded.listFamilyMembers(token)
  expect(listed.ok && listed.value.members.map((member) => [member.memberToken, member.maskedName])).toEqual([
    [added.value.memberToken, '**宇'],
  ])
})

test('the personal account pays only for a bound relative, within the balance, and refuses another province', async () => {
  const gateway = createMockGateway(options(memoryStorage()))
  const client = createBureauClient(gateway)
  const token = await tokenOf(client, '林国栋', gateway)
  const members = await client.listFamilyMembers(token)
  if (!members.ok) throw new Error('no members')
  const [wife, , , brother] = members.value.members
  const order = (memberToken: string, recordId: string, accountFen: number, key: string) =>
    client.createOrder({
      token,
      memberToken,
      recordId,
      benefitYear: recordId === 'R-LGH-1' ? 2025 : 2026,
      category: 'elderly',
      amountFen: 40000,
      backYears: 0,
      idempotencyKey: key,
      accountFen,
    })
  const refusal = (result: Awaited<ReturnType<typeof order>>) =>
    result.ok ? 'ok' : result.error.kind === 'business' ? result.error.code : result.error.kind

  expect(refusal(await order(brother?.memberToken ?? '', 'R-LGH-1', 40000, 'k1'))).toBe('OUT_OF_SCOPE')
  expect(refusal(await order(wife?.memberToken ?? '', 'R-CYZ-1', 70000, 'k2'))).toBe('AMOUNT_MISMATCH')
  const paid = await order(wife?.memberToken ?? '', 'R-CYZ-1', 40000, 'k3')
  // Wholly from the account: no cashier parameters, and the order is already paid.
  expect(paid.ok && paid.value.payParams).toBeUndefined()
  const status = paid.ok ? await client.queryOrder(token, paid.value.orderId) : undefined
  expect(status?.ok && status.value.status).toBe('SUCCESS')
  const account = await client.getPersonalAccount(token)
  expect(account.ok && account.value.hasAccount && account.value.balanceFen).toBe(20000)
})

test('a child’s binding needs a photo the bureau received for that child: a made-up, reused or another member’s ticket is refused', async () => {
  const gateway = createMockGateway(options(memoryStorage()))
  const client = createBureauClient(gateway)
  const token = await tokenOf(client, '林国栋', gateway)
  const added = await client.addFamilyMember({
    token,
    name: '王小明',
    idNumber: '350203201509013455',
    relation: 'paternal-grandchild',
  })
  if (!added.ok) throw new Error('not added')
  const child = added.value.memberToken
  const bind = (ticket: string, memberToken = child) =>
    client.bindFamilyMember({ token, memberToken, evidence: 'household-register', ticket })
  const code = (result: Awaited<ReturnType<typeof bind>>) =>
    result.ok
      ? result.value.binding.status
      : result.error.kind === 'business'
        ? result.error.code
        : result.error.kind

  // A ticket no upload produced.
  expect(code(await bind('photo-1'))).toBe('NOT_PAYABLE')

  // The bureau takes a photo's size and type only; what it would not take is refused with the reason.
  const tooLarge = await gateway.receiveBindingPhoto({
    token,
    memberToken: child,
    sizeBytes: 11 * 1024 * 1024,
    contentType: 'image/jpeg',
  })
  expect(tooLarge).toEqual({ ok: false, message: expect.stringContaining('10 MB') })
  const notImage = await gateway.receiveBindingPhoto({
    token,
    memberToken: child,
    sizeBytes: 50_000,
    contentType: 'application/pdf',
  })
  expect(notImage.ok).toBe(false)

  const photo = await gateway.receiveBindingPhoto({
    token,
    memberToken: child,
    sizeBytes: 800_000,
    contentType: 'image/jpeg',
  })
  if (!photo.ok) throw new Error(`photo refused: ${photo.message}`)
  // Another member's binding cannot use it, nor another payer.
  const members = await client.listFamilyMembers(token)
  const wife = members.ok ? (members.value.members[0]?.memberToken ?? '') : ''
  expect(code(await bind(photo.ticket, wife))).toBe('NOT_PAYABLE')
  const other = await tokenOf(client, '张丽', gateway)
  expect(
    (
      await client.bindFamilyMember({
        token: other,
        memberToken: child,
        evidence: 'household-register',
        ticket: photo.ticket,
      })
    ).ok,
  ).toBe(false)

  expect(code(await bind(photo.ticket))).toBe('pending')
  // Single use: the same ticket again is refused.
  expect(code(await bind(photo.ticket))).toBe('NOT_PAYABLE')
  // The bureau's review binds on the next listing.
  const listed = await client.listFamilyMembers(token)
  expect(listed.ok && listed.value.members.find((member) => member.memberToken === child)?.binding).toEqual({
    status: 'bound',
  })
})
