/**
 * The mock bureau's 常用缴费人 book and employee accounts. The bureau holds each
 * payer's relatives (the app keeps only opaque member tokens and masked
 * names), reviews bindings (pending → bound, or rejected with a reason, on the
 * next listing) and says whether a personal account may pay a relative's bill.
 */
import {
  bindingEvidenceFor,
  canAddMember,
  familyAidCheck,
  RELATIONS,
  type BindingStatus,
  type FamilyAidRefusal,
  type Relation,
} from '../../domain/family'
import { maskIdNumber, maskPersonName } from '../../domain/masking'
import { MOCK_FAMILY_AID } from './mock-family-aid'
import { SEED_RESIDENTS, type SeedResident } from './seed-residents'

export interface MockMember {
  memberToken: string
  person: SeedResident
  relation: Relation
  binding: BindingStatus
}

/** What the ledger keeps of a member: seed indexes, never a name or ID number. */
export interface SavedMember {
  payer: number
  person: number
  memberToken: string
  relation: Relation
  binding: BindingStatus
}

export interface SavedFamily {
  payers: number[]
  members: SavedMember[]
}

type Refusal = { code: string; message: string }

export interface MockFamilyDeps {
  nextId(prefix: string): string
  /** The bureau's date for age rules (which binding evidence). */
  today(): string
  /** Personal-account money taken or held by this payer's orders (unpaid orders hold theirs). */
  accountSpentBy(payer: SeedResident): number
}

const idOf = (person: SeedResident) => person.idNumber
const birthDateOf = (idNumber: string) => `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`

export function createMockFamily(deps: MockFamilyDeps) {
  const books = new Map<string, MockMember[]>()

  /** A payer's book, opened with the relatives the bureau already had bound. */
  function bookOf(payer: SeedResident): MockMember[] {
    const existing = books.get(idOf(payer))
    if (existing) return existing
    const book: MockMember[] = (payer.family ?? []).flatMap(({ idNumber, relation }) => {
      const person = SEED_RESIDENTS.find((candidate) => candidate.idNumber === idNumber)
      return person ? [{ memberToken: deps.nextId('mb_'), person, relation, binding: { status: 'bound' as const } }] : []
    })
    books.set(idOf(payer), book)
    return book
  }

  const memberWire = (member: MockMember) => ({
    memberToken: member.memberToken,
    maskedName: maskPersonName(member.person.name),
    maskedIdNumber: maskIdNumber(member.person.idNumber),
    relation: member.relation,
    binding: member.binding,
    bindingEvidence: bindingEvidenceFor(birthDateOf(member.person.idNumber), deps.today()),
  })

  function list(payer: SeedResident) {
    const book = bookOf(payer)
    // The bureau reviews a pending binding by the time it is asked again.
    for (const member of book) {
      if (member.binding.status !== 'pending') continue
      member.binding = member.person.bindingRejection
        ? { status: 'rejected', reason: member.person.bindingRejection }
        : { status: 'bound' }
    }
    return { members: book.map(memberWire) }
  }

  function add(payer: SeedResident, body: Record<string, unknown>): { ok: true; data: unknown } | { ok: false; error: Refusal } {
    const name = typeof body.name === 'string' ? body.name : ''
    const idNumber = typeof body.idNumber === 'string' ? body.idNumber : ''
    const relation = RELATIONS.find((candidate) => candidate === body.relation)
    if (!name || !idNumber || !relation) return { ok: false, error: { code: 'UNKNOWN', message: '缺少缴费人信息' } }
    const book = bookOf(payer)
    if (idNumber === payer.idNumber) return { ok: false, error: { code: 'MEMBER_IS_SELF', message: '不能添加本人' } }
    if (book.some((member) => member.person.idNumber === idNumber)) {
      return { ok: false, error: { code: 'MEMBER_EXISTS', message: '该缴费人已存在' } }
    }
    if (!canAddMember(book.length)) return { ok: false, error: { code: 'MEMBER_LIMIT', message: '常用缴费人最多5人' } }
    const seeded = SEED_RESIDENTS.find((candidate) => candidate.idNumber === idNumber)
    if (seeded && seeded.name !== name) return { ok: false, error: { code: 'IDENTITY_MISMATCH', message: '姓名与身份证号不一致' } }
    const member: MockMember = {
      memberToken: deps.nextId('mb_'),
      person: seeded ?? { name, idNumber },
      relation,
      binding: { status: 'unbound' },
    }
    book.push(member)
    return { ok: true, data: memberWire(member) }
  }

  function remove(payer: SeedResident, memberToken: string): boolean {
    const book = bookOf(payer)
    const index = book.findIndex((member) => member.memberToken === memberToken)
    if (index >= 0) book.splice(index, 1)
    return index >= 0
  }

  /** A binding request with its evidence ticket: pending until the bureau's review. */
  function bind(payer: SeedResident, memberToken: string, evidence: unknown, ticket: unknown): BindingStatus | undefined {
    const member = memberOf(payer, memberToken)
    if (!member || !ticket) return undefined
    if (evidence !== bindingEvidenceFor(birthDateOf(member.person.idNumber), deps.today())) return undefined
    if (member.binding.status !== 'bound') member.binding = { status: 'pending' }
    return member.binding
  }

  const memberOf = (payer: SeedResident, memberToken: string): MockMember | undefined =>
    bookOf(payer).find((member) => member.memberToken === memberToken)

  const tokenFor = (payer: SeedResident, person: SeedResident): string | undefined =>
    books.get(idOf(payer))?.find((member) => member.person.idNumber === person.idNumber)?.memberToken

  function account(payer: SeedResident) {
    const held = payer.employeeAccount
    if (!held) return { hasAccount: false as const }
    return {
      hasAccount: true as const,
      adcode: held.adcode,
      regionName: held.regionName,
      balanceFen: held.balanceFen - deps.accountSpentBy(payer),
    }
  }

  /** Whether this payer's account may pay `accountFen` of a member's bill insured in `adcode`. */
  function accountRefusal(payer: SeedResident, member: MockMember, adcode: string, accountFen: number): Refusal | undefined {
    const held = account(payer)
    if (!held.hasAccount) return { code: 'NOT_PAYABLE', message: '未开通职工医保个人账户' }
    const province = `${held.adcode.slice(0, 2)}0000`
    const check = familyAidCheck({
      capability: MOCK_FAMILY_AID[province] ?? {},
      accountAdcode: held.adcode,
      memberAdcode: adcode,
      binding: member.binding,
    })
    if (!check.ok) return REFUSALS[check.reason]
    if (accountFen > held.balanceFen) return { code: 'INSUFFICIENT_BALANCE', message: '个人账户余额不足' }
    return undefined
  }

  /** Seeded payers' books (an emptied book too, so the bureau's first relatives do not come back). */
  function save(seedIndex: (resident: SeedResident) => number): SavedFamily {
    const payers: number[] = []
    const members: SavedMember[] = []
    for (const [payerId, book] of books) {
      const payer = SEED_RESIDENTS.findIndex((resident) => resident.idNumber === payerId)
      if (payer < 0) continue
      payers.push(payer)
      for (const member of book) {
        const person = seedIndex(member.person)
        if (person >= 0) members.push({ ...member, payer, person })
      }
    }
    return { payers, members }
  }

  function restore(saved: SavedFamily) {
    for (const index of saved.payers) {
      const payer = SEED_RESIDENTS[index]
      if (payer) books.set(idOf(payer), [])
    }
    for (const { payer: payerIndex, person: personIndex, ...member } of saved.members) {
      const payer = SEED_RESIDENTS[payerIndex]
      const person = SEED_RESIDENTS[personIndex]
      if (payer && person) books.get(idOf(payer))?.push({ ...member, person })
    }
  }

  return { list, add, remove, bind, memberOf, tokenFor, account, accountRefusal, save, restore }
}

const REFUSALS: Record<FamilyAidRefusal, Refusal> = {
  'not-sourced': { code: 'OUT_OF_SCOPE', message: '该地区暂不支持家庭共济' },
  'not-offered': { code: 'OUT_OF_SCOPE', message: '该地区暂不支持家庭共济' },
  'not-bound': { code: 'NOT_BOUND', message: '亲属关系未绑定' },
  'other-province': { code: 'OUT_OF_SCOPE', message: '个人账户仅可为本省参保的亲属缴费' },
}
