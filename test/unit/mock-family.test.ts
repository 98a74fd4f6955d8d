/** The mock bureau's member book across a reload, and the refusals it gives for 家庭共济. */
import { createMockGateway } from '../../src/gateway/mock/mock-gateway'
import { createBureauClient } from '../../src/services/bureau-client'

function storage() {
  const items = new Map<string, string>()
  return { items, getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) }
}

const options = (store: ReturnType<typeof storage>) => ({ latencyMs: 0, today: () => '2025-11-20', benefitYear: 2026, storage: store })

test('the book survives a reload by seed index and token; the ledger holds no name or ID number', async () => {
  const store = storage()
  const client = createBureauClient(createMockGateway(options(store)))
  const payer = await client.verifyIdentity({ name: '张丽', idNumber: '440305198606184024', faceTicket: 'f' })
  if (!payer.ok) throw new Error('not verified')
  const added = await client.addFamilyMember({ token: payer.value.token, name: '张小宇', idNumber: '360102201607153013', relation: 'child' })
  if (!added.ok) throw new Error('not added')
  const ledger = store.items.get('yibao-mock-bureau') ?? ''
  for (const raw of ['张丽', '440305198606184024', '张小宇', '360102201607153013']) expect(ledger).not.toContain(raw)

  const reloaded = createBureauClient(createMockGateway(options(store)))
  const listed = await reloaded.listFamilyMembers(payer.value.token)
  expect(listed.ok && listed.value.members.map((member) => [member.memberToken, member.maskedName])).toEqual([[added.value.memberToken, '**宇']])
})

test('the personal account pays only for a bound relative, within the balance, and refuses another province', async () => {
  const client = createBureauClient(createMockGateway(options(storage())))
  const payer = await client.verifyIdentity({ name: '林国栋', idNumber: '350102195308123017', faceTicket: 'f' })
  if (!payer.ok) throw new Error('not verified')
  const token = payer.value.token
  const members = await client.listFamilyMembers(token)
  if (!members.ok) throw new Error('no members')
  const [wife, , , brother] = members.value.members
  const order = (memberToken: string, recordId: string, accountFen: number, key: string) =>
    client.createOrder({ token, memberToken, recordId, benefitYear: recordId === 'R-LGH-1' ? 2025 : 2026, category: 'elderly', amountFen: 40000, backYears: 0, idempotencyKey: key, accountFen })
  const refusal = (result: Awaited<ReturnType<typeof order>>) => (result.ok ? 'ok' : result.error.kind === 'business' ? result.error.code : result.error.kind)

  expect(refusal(await order(brother?.memberToken ?? '', 'R-LGH-1', 40000, 'k1'))).toBe('OUT_OF_SCOPE')
  expect(refusal(await order(wife?.memberToken ?? '', 'R-CYZ-1', 70000, 'k2'))).toBe('AMOUNT_MISMATCH')
  const paid = await order(wife?.memberToken ?? '', 'R-CYZ-1', 40000, 'k3')
  // Wholly from the account: no cashier parameters, and the order is already paid.
  expect(paid.ok && paid.value.payParams).toBeUndefined()
  const status = paid.ok ? await client.queryOrder(paid.value.orderId) : undefined
  expect(status?.ok && status.value.status).toBe('SUCCESS')
  const account = await client.getPersonalAccount(token)
  expect(account.ok && account.value.hasAccount && account.value.balanceFen).toBe(20000)
})
