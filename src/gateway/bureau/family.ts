/**
 * 常用缴费人 and employee personal accounts. The bureau holds each payer's
 * relatives (the app keeps only opaque member tokens and masked names),
 * reviews bindings (pending → bound, or rejected with a reason, on the next
 * listing) and says whether a personal account may pay a relative's bill.
 * A binding is taken only on its evidence: under 16, the ticket of a 户口簿
 * photo this bureau received for that member and that has not been used;
 * from 16, the verifyId of that member's passed face verification (face.ts).
 */
import {
  bindingEvidenceFor,
  canAddMember,
  familyAidCheck,
  HOUSEHOLD_PHOTO_MAX_BYTES,
  householdPhotoProblem,
  provinceOf,
  RELATIONS,
  type FamilyAidRefusal,
  type HouseholdPhotoProblem,
} from '../../domain/family'
import { maskIdNumber, maskPersonName } from '../../domain/masking'
import { residentOnly, type Caller } from './access'
import type { BureauContext } from './context'
import { startVerificationFor, spendFaceVerification } from './face'
import type { FamilyBook, LedgerTx, StoredMember } from './ledger'
import { birthDateOf, type Person, type PersonRef } from './people'
import { refuse, reply, REFUSED, text, type Refusal } from './replies'

/** A payer's book, opened with the relatives the bureau already had bound. */
async function bookOf(ctx: BureauContext, tx: LedgerTx, payer: Caller): Promise<FamilyBook> {
  const existing = await tx.getFamilyBook(payer.ref)
  if (existing) return existing
  const members: StoredMember[] = []
  for (const { idNumber, relation } of payer.person.family ?? []) {
    const person = ctx.registry.refOf(idNumber)
    if (person)
      members.push({ memberToken: await ctx.newToken('mb_'), person, relation, binding: { status: 'bound' } })
  }
  const book = { payer: payer.ref, members }
  await tx.putFamilyBook(book)
  return book
}

export interface Member {
  stored: StoredMember
  person: Person
}

/** One of the payer's 常用缴费人, by member token. */
export async function memberOf(
  ctx: BureauContext,
  tx: LedgerTx,
  payer: Caller,
  memberToken: string,
): Promise<Member | undefined> {
  const stored = (await bookOf(ctx, tx, payer)).members.find((member) => member.memberToken === memberToken)
  const person = stored && ctx.registry.person(stored.person)
  return stored && person ? { stored, person } : undefined
}

/** The payer's member token for a person, if that person is in the payer's book. */
export async function memberTokenFor(
  tx: LedgerTx,
  payer: PersonRef,
  person: PersonRef,
): Promise<string | undefined> {
  return (await tx.getFamilyBook(payer))?.members.find((member) => member.person === person)?.memberToken
}

function memberWire(ctx: BureauContext, { stored, person }: Member) {
  return {
    memberToken: stored.memberToken,
    maskedName: maskPersonName(person.name),
    maskedIdNumber: maskIdNumber(person.idNumber),
    relation: stored.relation,
    binding: stored.binding,
    bindingEvidence: bindingEvidenceFor(birthDateOf(person.idNumber), ctx.today()),
  }
}

/** Members whose person the register still knows (a guest of an earlier run is not). */
function known(ctx: BureauContext, book: FamilyBook): Member[] {
  return book.members.flatMap((stored) => {
    const person = ctx.registry.person(stored.person)
    return person ? [{ stored, person }] : []
  })
}

/** Personal-account money taken or held by this payer's orders (open orders hold theirs). */
async function accountSpentBy(tx: LedgerTx, payer: PersonRef): Promise<number> {
  const orders = await tx.findOrdersByPayer(payer)
  return orders
    .filter((order) => order.status === 'NOTPAY' || order.status === 'SUCCESS')
    .reduce((total, order) => total + (order.accountFen ?? 0), 0)
}

async function account(tx: LedgerTx, payer: Caller) {
  const held = payer.person.employeeAccount
  if (!held) return { hasAccount: false as const }
  return {
    hasAccount: true as const,
    adcode: held.adcode,
    regionName: held.regionName,
    balanceFen: held.balanceFen - (await accountSpentBy(tx, payer.ref)),
  }
}

const AID_REFUSALS: Record<FamilyAidRefusal, Omit<Refusal, 'orderId'>> = {
  'not-sourced': { code: 'OUT_OF_SCOPE', message: '该地区暂不支持家庭共济' },
  'not-offered': { code: 'OUT_OF_SCOPE', message: '该地区暂不支持家庭共济' },
  'not-bound': { code: 'NOT_BOUND', message: '亲属关系未绑定' },
  'other-province': { code: 'OUT_OF_SCOPE', message: '个人账户仅可为本省参保的亲属缴费' },
}

/** Why this payer's account may not pay `accountFen` of a member's bill insured in `adcode`, if it may not. */
export async function accountRefusal(
  ctx: BureauContext,
  tx: LedgerTx,
  payer: Caller,
  member: Member,
  adcode: string,
  accountFen: number,
): Promise<Omit<Refusal, 'orderId'> | undefined> {
  const held = await account(tx, payer)
  if (!held.hasAccount) return { code: 'NOT_PAYABLE', message: '未开通职工医保个人账户' }
  const check = familyAidCheck({
    capability: ctx.familyAid[provinceOf(held.adcode)] ?? {},
    accountAdcode: held.adcode,
    memberAdcode: adcode,
    binding: member.stored.binding,
  })
  if (!check.ok) return AID_REFUSALS[check.reason]
  if (accountFen > held.balanceFen) return { code: 'INSUFFICIENT_BALANCE', message: '个人账户余额不足' }
  return undefined
}

export const familyHandlers = {
  listFamilyMembers: residentOnly(async (ctx, tx, _body, payer) => {
    const book = await bookOf(ctx, tx, payer)
    // The bureau reviews a pending binding by the time it is asked again.
    const members = known(ctx, book)
    for (const { stored, person } of members) {
      if (stored.binding.status !== 'pending') continue
      stored.binding = person.bindingRejection
        ? { status: 'rejected', reason: person.bindingRejection }
        : { status: 'bound' }
    }
    await tx.putFamilyBook(book)
    return reply({ members: members.map((member) => memberWire(ctx, member)) })
  }),

  addFamilyMember: residentOnly(async (ctx, tx, body, payer) => {
    const name = text(body.name)
    const idNumber = text(body.idNumber)
    const relation = RELATIONS.find((candidate) => candidate === body.relation)
    if (!name || !idNumber || !relation) return refuse('NOT_PAYABLE', '缺少缴费人信息')
    const book = await bookOf(ctx, tx, payer)
    if (idNumber === payer.person.idNumber) return refuse('MEMBER_IS_SELF', '不能添加本人')
    const knownRef = ctx.registry.refOf(idNumber)
    if (knownRef && book.members.some((member) => member.person === knownRef))
      return refuse('MEMBER_EXISTS', '该缴费人已存在')
    if (!canAddMember(book.members.length)) return refuse('MEMBER_LIMIT', '常用缴费人最多5人')
    const knownPerson = knownRef === undefined ? undefined : ctx.registry.person(knownRef)
    if (knownPerson && knownPerson.name !== name) return refuse('IDENTITY_MISMATCH', '姓名与身份证号不一致')
    const stored: StoredMember = {
      memberToken: await ctx.newToken('mb_'),
      person: knownRef ?? (await ctx.registry.admit({ name, idNumber })),
      relation,
      binding: { status: 'unbound' },
    }
    book.members.push(stored)
    await tx.putFamilyBook(book)
    return reply(memberWire(ctx, { stored, person: knownPerson ?? { name, idNumber } }))
  }),

  removeFamilyMember: residentOnly(async (ctx, tx, body, payer) => {
    const book = await bookOf(ctx, tx, payer)
    const index = book.members.findIndex((member) => member.memberToken === text(body.memberToken))
    if (index < 0) return REFUSED.noSuchPerson()
    book.members.splice(index, 1)
    await tx.putFamilyBook(book)
    return reply({ removed: true })
  }),

  /** Phase 1 of a relative's face verification (16 and over): the bureau holds their name and ID number. */
  startMemberFaceVerification: residentOnly(async (ctx, tx, body, payer) => {
    const member = await memberOf(ctx, tx, payer, text(body.memberToken))
    if (!member) return REFUSED.noSuchPerson()
    if (bindingEvidenceFor(birthDateOf(member.person.idNumber), ctx.today()) !== 'face')
      return refuse('NOT_PAYABLE', '该亲属未满16周岁，请上传户口簿照片')
    return startVerificationFor(ctx, tx, member.stored.person, payer.ref)
  }),

  /**
   * A binding request with its evidence ticket: pending until the bureau's
   * review. A 户口簿 photo ticket must be the one received for this member
   * (receiveBindingPhoto), and is used up by the request.
   */
  bindFamilyMember: residentOnly(async (ctx, tx, body, payer) => {
    const book = await bookOf(ctx, tx, payer)
    const stored = book.members.find((member) => member.memberToken === text(body.memberToken))
    const person = stored && ctx.registry.person(stored.person)
    const evidenceOk =
      person && body.evidence === bindingEvidenceFor(birthDateOf(person.idNumber), ctx.today())
    const ticket = text(body.ticket)
    if (!stored || !ticket || !evidenceOk) return refuse('NOT_PAYABLE', '绑定材料不符合要求')
    if (body.evidence === 'face') {
      // The relative's own face, verified for this member at this payer's request (face.ts).
      const verdict = await spendFaceVerification(ctx, tx, ticket, {
        person: stored.person,
        askedBy: payer.ref,
      })
      if ('refused' in verdict) return verdict.refused
    }
    if (body.evidence === 'household-register') {
      if (stored.photo?.ticket !== ticket)
        return refuse('NOT_PAYABLE', '未收到该亲属的户口簿照片，或照片已使用，请重新上传')
      delete stored.photo
    }
    if (stored.binding.status !== 'bound') stored.binding = { status: 'pending' }
    await tx.putFamilyBook(book)
    return reply({ binding: stored.binding })
  }),

  getPersonalAccount: residentOnly(async (_ctx, tx, _body, payer) => reply(await account(tx, payer))),
}

const PHOTO_REFUSALS: Record<HouseholdPhotoProblem, string> = {
  'not-image': '户口簿照片须为 JPG、PNG、HEIC 或 WebP 图片',
  empty: '照片文件为空，请重新拍摄或选择',
  'too-large': `照片不能超过 ${HOUSEHOLD_PHOTO_MAX_BYTES / 1024 / 1024} MB`,
}

/**
 * A 户口簿 photo for a member's binding: its size and type are checked and
 * kept (never the image), and a single-use ticket names it; a newer photo
 * replaces an unused one. Not an operation of the contract: the demo has no
 * upload endpoint, and the mock photo upload calls this directly.
 */
export const receiveBindingPhoto = residentOnly(async (ctx, tx, body, payer) => {
  const book = await bookOf(ctx, tx, payer)
  const stored = book.members.find((member) => member.memberToken === text(body.memberToken))
  const person = stored && ctx.registry.person(stored.person)
  if (!stored || !person) return REFUSED.noSuchPerson()
  if (bindingEvidenceFor(birthDateOf(person.idNumber), ctx.today()) !== 'household-register') {
    return refuse('NOT_PAYABLE', '该亲属已满16周岁，请由其本人进行人脸核验')
  }
  const photo = {
    sizeBytes: typeof body.sizeBytes === 'number' ? body.sizeBytes : 0,
    contentType: text(body.contentType),
  }
  const problem = householdPhotoProblem(photo)
  if (problem) return refuse('NOT_PAYABLE', PHOTO_REFUSALS[problem])
  const ticket = await ctx.newToken('hr_')
  stored.photo = { ticket, ...photo, receivedOn: ctx.today() }
  await tx.putFamilyBook(book)
  return reply({ ticket })
})
