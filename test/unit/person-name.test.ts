import { PERSON_NAME_MESSAGES, validatePersonName, type PersonNameError } from '../../src/domain/person-name'
import { SEED_RESIDENTS } from '../../src/gateway/mock/seed-residents'

const errorOf = (raw: string): PersonNameError | 'ok' => {
  const result = validatePersonName(raw)
  return result.ok ? 'ok' : result.error
}

describe('validatePersonName', () => {
  test.each(SEED_RESIDENTS.map((resident) => [resident.name]))(
    'accepts the seeded name %s unchanged',
    (name) => {
      expect(validatePersonName(name)).toEqual({ ok: true, name })
    },
  )

  test('counts a character beyond the BMP as one: 林𠀀 has two characters', () => {
    expect('林𠀀'.length).toBe(3)
    expect(validatePersonName('林𠀀')).toEqual({ ok: true, name: '林𠀀' })
    // A single rare character is one character, too short for a name.
    expect(errorOf('𠀀')).toBe('length')
  })

  test('accepts 30 rare characters and rejects 31', () => {
    expect(errorOf('𠀀'.repeat(30))).toBe('ok')
    expect(errorOf('𠀀'.repeat(31))).toBe('length')
    expect(errorOf('张'.repeat(31))).toBe('length')
  })

  test('rejects a single character', () => {
    expect(errorOf('张')).toBe('length')
  })

  test.each([
    '买买提•艾力',
    '买买提・艾力',
    '买买提‧艾力',
    '买买提∙艾力',
    '买买提⋅艾力',
    '买买提．艾力',
    '买买提.艾力',
    '买买提·艾力',
  ])('normalises the dot in %s to the middle dot', (raw) => {
    expect(validatePersonName(raw)).toEqual({ ok: true, name: '买买提·艾力' })
  })

  test('removes spaces typed inside the name', () => {
    expect(validatePersonName(' 张 三 ')).toEqual({ ok: true, name: '张三' })
  })

  test.each([
    ['·艾力', 'dot-position'],
    ['买买提·', 'dot-position'],
    ['买买提··艾力', 'dot-position'],
    ['买买提•·艾力', 'dot-position'],
    ['.艾力', 'dot-position'],
  ] as const)('rejects %s: the dot is at the start, the end or doubled', (raw, error) => {
    expect(errorOf(raw)).toBe(error)
  })

  test.each(['Li Wei', '张3', '张三a', '张-三', '김민준', 'たなか'])(
    'rejects %s: only Han characters and the dot',
    (raw) => {
      expect(errorOf(raw)).toBe('characters')
    },
  )

  test.each(['', '   ', '\t'])('rejects the empty input %j', (raw) => {
    expect(errorOf(raw)).toBe('empty')
  })

  test('has a Chinese message for every error', () => {
    const errors: PersonNameError[] = ['empty', 'length', 'characters', 'dot-position']
    for (const error of errors) expect(PERSON_NAME_MESSAGES[error]).toMatch(/姓名|间隔号/)
  })
})
