/**
 * The bureau's two-phase face verification (src/gateway/bureau/face.ts), run
 * through the in-app mock bureau: a verifyId is bound to one person (and, for
 * a relative's, to the payer who asked), is used once, expires, and opens a
 * session only when the bureau's own reading says the face passed. The ID
 * number goes in once and comes out of nothing: no answer, no ledger, no log.
 */
import { createMockGateway, type MockGateway } from '../../src/gateway/mock/mock-gateway'
import { FACE_VERIFICATION_SECONDS } from '../../src/gateway/bureau'
import { parseFaultPlan } from '../../src/gateway/mock/fault-plan'
import { createBureauClient } from '../../src/services/bureau-client'
import { memoryStorage } from '../support/memory-storage'
import { seed } from '../support/seed'
import { tokenOf } from '../support/verified-order'

const lin = seed('林晓华')

function bureau(options: { now?: () => number } = {}) {
  const storage = memoryStorage()
  const gateway = createMockGateway({
    latencyMs: 0,
    today: () => '2025-11-20',
    benefitYear: 2026,
    storage,
    now: options.now,
  })
  const client = createBureauClient(gateway)
  const start = async (name = lin.name, idNumber = seed(name).idNumber) => {
    const started = await client.startFaceVerification({ name, idNumber })
    if (!started.ok) throw new Error(`not started: ${JSON.stringify(started.error)}`)
    return started.value.verifyId
  }
  return { gateway, client, storage, start }
}

const codeOf = (result: { ok: boolean; error?: unknown }) =>
  result.ok ? 'ok' : (result.error as { code?: string; kind: string }).code

describe('a session only after the bureau reads a passed face check', () => {
  test('passed: the session is for the person the verifyId was started for', async () => {
    const { gateway, client, start } = bureau()
    const verifyId = await start()
    await gateway.completeFaceCheck(verifyId)
    const verified = await client.verifyIdentity(verifyId)
    expect(verified.ok && verified.value.maskedName).toBe('**华')
  })

  test.each([
    ['never finished', undefined, 'FACE_INCOMPLETE'],
    ['cancelled', 'cancelled', 'FACE_INCOMPLETE'],
    ['not the same person', 'failed', 'FACE_FAILED'],
  ] as const)('%s (face fault: %s): refused %s, and no session is opened', async (_case, fault, code) => {
    const { gateway, client, start, storage } = bureau()
    const verifyId = await start()
    if (fault) {
      gateway.injectFaceFault(fault)
      await gateway.completeFaceCheck(verifyId)
    }
    expect(codeOf(await client.verifyIdentity(verifyId))).toBe(code)
    expect(JSON.parse(storage.getItem('yibao-mock-bureau') ?? '{}').sessions).toEqual([])
  })
})

describe('a verifyId is used once', () => {
  test('a passed verifyId opens one session; presented again it is FACE_INVALID', async () => {
    const { gateway, client, start } = bureau()
    const verifyId = await start()
    await gateway.completeFaceCheck(verifyId)
    expect(codeOf(await client.verifyIdentity(verifyId))).toBe('ok')
    expect(codeOf(await client.verifyIdentity(verifyId))).toBe('FACE_INVALID')
  })

  test('a refused one is spent too: a face check recorded after the refusal cannot revive it', async () => {
    const { gateway, client, start } = bureau()
    const verifyId = await start()
    expect(codeOf(await client.verifyIdentity(verifyId))).toBe('FACE_INCOMPLETE')
    expect(await gateway.completeFaceCheck(verifyId)).toEqual({ finished: false, reason: 'failed' })
    expect(codeOf(await client.verifyIdentity(verifyId))).toBe('FACE_INVALID')
  })

  test('an unknown verifyId is FACE_INVALID; each start answers a new random one', async () => {
    const { client, start } = bureau()
    expect(codeOf(await client.verifyIdentity('fv_made_up_verify_id_000000'))).toBe('FACE_INVALID')
    const ids = new Set([await start(), await start(), await start()])
    expect(ids.size).toBe(3)
    for (const id of ids) expect(id).toMatch(/^fv_[A-Za-z0-9_-]{24}$/)
  })

  test('the mock fault face:reused: someone used it before the app confirms', async () => {
    const gateway = createMockGateway({
      latencyMs: 0,
      today: () => '2025-11-20',
      benefitYear: 2026,
      faults: parseFaultPlan('face:reused'),
    })
    const client = createBureauClient(gateway)
    const started = await client.startFaceVerification(lin)
    if (!started.ok) throw new Error('not started')
    expect(await gateway.completeFaceCheck(started.value.verifyId)).toEqual({ finished: true })
    expect(codeOf(await client.verifyIdentity(started.value.verifyId))).toBe('FACE_INVALID')
  })
})

describe('a verifyId expires', () => {
  test(`good for ${FACE_VERIFICATION_SECONDS} s by the bureau's clock: a second later it is FACE_EXPIRED`, async () => {
    let now = Date.parse('2025-11-20T10:00:00+08:00')
    const { gateway, client, start } = bureau({ now: () => now })
    const inTime = await start()
    const late = await start()
    await gateway.completeFaceCheck(inTime)
    await gateway.completeFaceCheck(late)
    now += FACE_VERIFICATION_SECONDS * 1000
    expect(codeOf(await client.verifyIdentity(inTime))).toBe('ok')
    now += 1000
    expect(codeOf(await client.verifyIdentity(late))).toBe('FACE_EXPIRED')
    expect(codeOf(await client.verifyIdentity(late))).toBe('FACE_INVALID')
  })
})

describe('a verifyId is bound to its person', () => {
  test("a resident's verifyId cannot bind a relative, nor a relative's open a session", async () => {
    const { gateway, client } = bureau()
    const payer = await tokenOf(client, '林国栋', gateway)
    const added = await client.addFamilyMember({
      token: payer,
      name: '周文静',
      idNumber: seed('周文静').idNumber,
      relation: 'sibling',
    })
    if (!added.ok) throw new Error('not added')
    const bind = (ticket: string) =>
      client.bindFamilyMember({
        token: payer,
        memberToken: added.value.memberToken,
        evidence: 'face',
        ticket,
      })

    // The payer's own face is not the relative's.
    const own = await client.startFaceVerification({ name: '林国栋', idNumber: seed('林国栋').idNumber })
    if (!own.ok) throw new Error('not started')
    await gateway.completeFaceCheck(own.value.verifyId)
    expect(codeOf(await bind(own.value.verifyId))).toBe('FACE_INVALID')

    // The relative's verifyId opens no session of theirs on this phone.
    const relative = await client.startMemberFaceVerification(payer, added.value.memberToken)
    if (!relative.ok) throw new Error('not started')
    await gateway.completeFaceCheck(relative.value.verifyId)
    expect(codeOf(await client.verifyIdentity(relative.value.verifyId))).toBe('FACE_INVALID')

    // Their own, passed, binds them: pending review.
    const again = await client.startMemberFaceVerification(payer, added.value.memberToken)
    if (!again.ok) throw new Error('not started')
    await gateway.completeFaceCheck(again.value.verifyId)
    expect(await bind(again.value.verifyId)).toEqual({ ok: true, value: { binding: { status: 'pending' } } })
  })

  test("another payer cannot use a relative's verifyId, and a child's binding has no face verification", async () => {
    const { gateway, client } = bureau()
    const payer = await tokenOf(client, '林国栋', gateway)
    const other = await tokenOf(client, '张丽', gateway)
    const sibling = await client.addFamilyMember({
      token: payer,
      name: '周文静',
      idNumber: seed('周文静').idNumber,
      relation: 'sibling',
    })
    const othersCopy = await client.addFamilyMember({
      token: other,
      name: '周文静',
      idNumber: seed('周文静').idNumber,
      relation: 'sibling',
    })
    if (!sibling.ok || !othersCopy.ok) throw new Error('not added')
    const started = await client.startMemberFaceVerification(payer, sibling.value.memberToken)
    if (!started.ok) throw new Error('not started')
    await gateway.completeFaceCheck(started.value.verifyId)
    const stolen = await client.bindFamilyMember({
      token: other,
      memberToken: othersCopy.value.memberToken,
      evidence: 'face',
      ticket: started.value.verifyId,
    })
    expect(codeOf(stolen)).toBe('FACE_INVALID')

    // 林国栋's grandchild (born 2012), under 16: a 户口簿 photo proves the relation, never a face.
    const listed = await client.listFamilyMembers(payer)
    const child = listed.ok ? listed.value.members.find((member) => member.maskedName === '**远') : undefined
    if (!child) throw new Error('no grandchild')
    expect(child.bindingEvidence).toBe('household-register')
    expect(codeOf(await client.startMemberFaceVerification(payer, child.memberToken))).toBe('NOT_PAYABLE')
  })
})

test('the ID number goes in once and is in no answer, no ledger row, no face adapter call', async () => {
  const { gateway, client, storage } = bureau()
  const answers: unknown[] = []
  const seen: string[] = []
  const started = await client.startFaceVerification(lin)
  answers.push(started)
  if (!started.ok) throw new Error('not started')
  seen.push(started.value.verifyId)
  answers.push(await gateway.completeFaceCheck(started.value.verifyId))
  answers.push(await client.verifyIdentity(started.value.verifyId))
  const everything = JSON.stringify(answers) + (storage.getItem('yibao-mock-bureau') ?? '')
  expect(everything).toContain('fv_')
  expect(everything).not.toContain(lin.idNumber)
  expect(everything).not.toContain(lin.idNumber.slice(6, 14))
  expect(everything).not.toContain(lin.name)
  expect(seen.join()).not.toContain(lin.idNumber)
})

/** What the mock fault plan's face faults do, each once, in order (the demo's ?mockFault=face:…). */
test('face faults parse from the mockFault text and play in order, then checks pass', async () => {
  const plan = parseFaultPlan('face:failed,face:cancelled*2,face:bogus,nothing:failed')
  expect(plan.face).toEqual(['failed', 'cancelled', 'cancelled'])
  const gateway: MockGateway = createMockGateway({
    latencyMs: 0,
    today: () => '2025-11-20',
    benefitYear: 2026,
    faults: plan,
  })
  const client = createBureauClient(gateway)
  const outcomes = []
  for (let n = 0; n < 4; n += 1) {
    const started = await client.startFaceVerification(lin)
    if (!started.ok) throw new Error('not started')
    outcomes.push((await gateway.completeFaceCheck(started.value.verifyId)).finished)
  }
  expect(outcomes).toEqual([true, false, false, true])
})
