import { ageOn } from '../../src/domain/iso-date'
import {
  bindingEvidenceFor,
  canAddMember,
  familyAidCheck,
  MAX_FAMILY_MEMBERS,
  RELATION_LABELS,
  RELATIONS,
  relationProblem,
  type BindingStatus,
} from '../../src/domain/family'

describe('relationships', () => {
  test('the eight kinds of near relative, each with its Chinese name', () => {
    expect(RELATIONS).toHaveLength(8)
    expect(Object.values(RELATION_LABELS)).toEqual([
      '配偶',
      '父母',
      '子女',
      '兄弟姐妹',
      '祖父母',
      '外祖父母',
      '孙子女',
      '外孙子女',
    ])
  })

  const PAYER = '1986-06-18'
  test.each([
    ['parent', '1958-02-11', undefined],
    ['parent', '1990-01-01', 'elder-born-later'],
    ['paternal-grandparent', '1986-06-18', 'elder-born-later'],
    ['maternal-grandparent', '1930-05-05', undefined],
    ['child', '2016-07-15', undefined],
    ['child', '1960-09-23', 'younger-born-earlier'],
    ['paternal-grandchild', '1986-06-18', 'younger-born-earlier'],
    ['maternal-grandchild', '2020-01-01', undefined],
    ['spouse', '1950-01-01', undefined],
    ['spouse', '2000-01-01', undefined],
    ['sibling', '1990-03-03', undefined],
    ['sibling', '1980-03-03', undefined],
  ] as const)('%s born %s: %s', (relation, memberBirthDate, expected) => {
    expect(relationProblem(relation, PAYER, memberBirthDate)).toBe(expected)
  })
})

describe('the five-member limit', () => {
  test('a sixth member cannot be added', () => {
    expect(MAX_FAMILY_MEMBERS).toBe(5)
    expect([0, 1, 2, 3, 4].every(canAddMember)).toBe(true)
    expect(canAddMember(5)).toBe(false)
    expect(canAddMember(6)).toBe(false)
  })
})

describe('binding evidence', () => {
  test('a household-register photo under 16, the relative’s face from the 16th birthday', () => {
    expect(bindingEvidenceFor('2009-11-21', '2025-11-20')).toBe('household-register')
    expect(bindingEvidenceFor('2009-11-20', '2025-11-20')).toBe('face')
    expect(bindingEvidenceFor('2016-07-15', '2025-11-20')).toBe('household-register')
    expect(bindingEvidenceFor('1958-02-11', '2025-11-20')).toBe('face')
  })

  test('age counts whole years, a 29 February birthday included', () => {
    expect(ageOn('2008-02-29', '2024-02-28')).toBe(15)
    expect(ageOn('2008-02-29', '2024-02-29')).toBe(16)
  })
})

describe('家庭共济 scope', () => {
  const bound: BindingStatus = { status: 'bound' }
  const check = (overrides: Partial<Parameters<typeof familyAidCheck>[0]>) =>
    familyAidCheck({
      capability: { scope: 'same-province' },
      accountAdcode: '350102',
      memberAdcode: '350203',
      binding: bound,
      ...overrides,
    })

  test('a bound relative insured in the same province may be paid from the account', () => {
    expect(check({})).toEqual({ ok: true })
  })

  test('another province is out of scope where the rule is same-province, in scope where nationwide', () => {
    expect(check({ memberAdcode: '360102' })).toEqual({ ok: false, reason: 'other-province' })
    expect(check({ memberAdcode: '360102', capability: { scope: 'nationwide' } })).toEqual({ ok: true })
  })

  test.each<BindingStatus>([
    { status: 'unbound' },
    { status: 'pending' },
    { status: 'rejected', reason: '未查到亲属关系' },
  ])('a relationship that is %o is not enough', (binding) => {
    expect(check({ binding })).toEqual({ ok: false, reason: 'not-bound' })
  })

  test('a region whose rule was not sourced is said to be unknown, not refused', () => {
    expect(check({ capability: {} })).toEqual({ ok: false, reason: 'not-sourced' })
    expect(check({ capability: { scope: 'none' } })).toEqual({ ok: false, reason: 'not-offered' })
  })
})
