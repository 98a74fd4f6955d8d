/**
 * 常用缴费人 and 家庭共济 as rules: who may be added (the eight kinds of near
 * relative, at most five people), which binding evidence a relative gives, and
 * whether the employee personal account may pay for a relative's bill.
 * Sources (shared/facts/policy.md): near relatives, Sichuan FAQ 2025 [A]; five
 * members, 国家医保服务平台 亲情账户 [A]; evidence by age [C], so the mock uses it
 * as a demonstration, not as any region's rule.
 */
import { ageOn } from './iso-date'

export const RELATIONS = [
  'spouse',
  'parent',
  'child',
  'sibling',
  'paternal-grandparent',
  'maternal-grandparent',
  'paternal-grandchild',
  'maternal-grandchild',
] as const
export type Relation = (typeof RELATIONS)[number]

export const RELATION_LABELS: Record<Relation, string> = {
  spouse: '配偶',
  parent: '父母',
  child: '子女',
  sibling: '兄弟姐妹',
  'paternal-grandparent': '祖父母',
  'maternal-grandparent': '外祖父母',
  'paternal-grandchild': '孙子女',
  'maternal-grandchild': '外孙子女',
}

export const MAX_FAMILY_MEMBERS = 5

export const canAddMember = (memberCount: number): boolean => memberCount < MAX_FAMILY_MEMBERS

/**
 * A relation the two birth dates contradict is almost always a slip of the
 * finger (父母 chosen for a child): elders are born before the payer, the
 * younger generations after. Spouses and siblings may be of any age.
 */
export type RelationProblem = 'elder-born-later' | 'younger-born-earlier'

export function relationProblem(
  relation: Relation,
  payerBirthDate: string,
  memberBirthDate: string,
): RelationProblem | undefined {
  const elder =
    relation === 'parent' || relation === 'paternal-grandparent' || relation === 'maternal-grandparent'
  const younger =
    relation === 'child' || relation === 'paternal-grandchild' || relation === 'maternal-grandchild'
  if (elder && memberBirthDate >= payerBirthDate) return 'elder-born-later'
  if (younger && memberBirthDate <= payerBirthDate) return 'younger-born-earlier'
  return undefined
}

export const RELATION_PROBLEM_MESSAGES: Record<RelationProblem, string> = {
  'elder-born-later': '所选关系为长辈，但其出生日期晚于您，请核对关系或身份证号',
  'younger-born-earlier': '所选关系为晚辈，但其出生日期早于您，请核对关系或身份证号',
}

/** How a relationship is proven when it is bound: a child's 户口簿 photo, else the relative's own face. */
export const BINDING_EVIDENCE = ['household-register', 'face'] as const
export type BindingEvidence = (typeof BINDING_EVIDENCE)[number]

export const FACE_CHECK_FROM_AGE = 16

export function bindingEvidenceFor(memberBirthDate: string, today: string): BindingEvidence {
  return ageOn(memberBirthDate, today) < FACE_CHECK_FROM_AGE ? 'household-register' : 'face'
}

/**
 * The 户口簿 photo a child's binding is proven with, as the bureau takes it: a
 * camera or album image (JPEG, PNG, HEIC/HEIF or WebP) of at most 10 MB. These
 * limits are the mock bureau's demonstration values, not any region's rule;
 * the app checks them before uploading and the bureau checks them again.
 */
export const HOUSEHOLD_PHOTO_TYPES = [
  'image/jpeg',
  'image/png',
  'image/heic',
  'image/heif',
  'image/webp',
] as const
export const HOUSEHOLD_PHOTO_MAX_BYTES = 10 * 1024 * 1024

export type HouseholdPhotoProblem = 'not-image' | 'too-large' | 'empty'

export function householdPhotoProblem(photo: {
  sizeBytes: number
  contentType: string
}): HouseholdPhotoProblem | undefined {
  if (!(HOUSEHOLD_PHOTO_TYPES as readonly string[]).includes(photo.contentType.toLowerCase()))
    return 'not-image'
  if (!(photo.sizeBytes > 0)) return 'empty'
  if (photo.sizeBytes > HOUSEHOLD_PHOTO_MAX_BYTES) return 'too-large'
  return undefined
}

/** The bureau's word on a relationship for 家庭共济. */
export type BindingStatus =
  { status: 'unbound' } | { status: 'pending' } | { status: 'bound' } | { status: 'rejected'; reason: string }

/**
 * What the account's region lets the personal account pay for: relatives
 * insured in the same province, anywhere, or nobody; `undefined` when the
 * region's rule is not known (not sourced), which is not the same as "no".
 */
export interface FamilyAidCapability {
  scope?: 'same-province' | 'nationwide' | 'none'
  /** The part the balance does not cover may be paid by WeChat Pay. */
  topUpByWechat?: boolean
}

export type FamilyAidRefusal = 'not-sourced' | 'not-offered' | 'not-bound' | 'other-province'

export type FamilyAidCheck = { ok: true } | { ok: false; reason: FamilyAidRefusal }

export function familyAidCheck(input: {
  capability: FamilyAidCapability
  accountAdcode: string
  memberAdcode: string
  binding: BindingStatus
}): FamilyAidCheck {
  const outlook = familyAidOutlook(input)
  // The region is given, so the outlook is never `depends-on-region` here.
  return outlook.ok === 'depends-on-region' ? { ok: false, reason: 'other-province' } : outlook
}

/**
 * The same check before the relative's insured region is known (the members
 * page lists relatives before any bill is asked for): where the rule depends
 * on the province, the answer waits for the bill (`depends-on-region`).
 */
export type FamilyAidOutlook = FamilyAidCheck | { ok: 'depends-on-region' }

export function familyAidOutlook(input: {
  capability: FamilyAidCapability
  accountAdcode: string
  memberAdcode?: string
  binding: BindingStatus
}): FamilyAidOutlook {
  const { capability, accountAdcode, memberAdcode, binding } = input
  if (capability.scope === undefined) return { ok: false, reason: 'not-sourced' }
  if (capability.scope === 'none') return { ok: false, reason: 'not-offered' }
  if (binding.status !== 'bound') return { ok: false, reason: 'not-bound' }
  if (capability.scope === 'same-province') {
    if (memberAdcode === undefined) return { ok: 'depends-on-region' }
    if (provinceOf(accountAdcode) !== provinceOf(memberAdcode)) return { ok: false, reason: 'other-province' }
  }
  return { ok: true }
}

export const provinceOf = (adcode: string): string => `${adcode.slice(0, 2)}0000`
