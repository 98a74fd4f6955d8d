import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fen } from '../../src/domain/money'
import {
  allClipTexts,
  clipSequence,
  flexibleComparisonScript,
  PHRASES,
  scriptText,
  stepScript,
} from '../../src/domain/read-aloud'
import { regionRulesFor } from '../../src/config/regions'
import { flexibleRulesOn } from '../../src/domain/flexible-employment'
import { STEPS } from '../../src/domain/payment-flow'

test('every step has a script that names the step', () => {
  const ordinals = ['一', '二', '三', '四', '五', '六']
  STEPS.forEach((step, index) =>
    expect(scriptText(stepScript(step, fen(40000)))).toContain(`第${ordinals[index]}步`),
  )
})

test('the amount step reads the payable amount as words, between its label and what to do next', () => {
  expect(scriptText(stepScript('amount', fen(46050)))).toBe(
    `${PHRASES['step-amount']}应缴金额四百六十元五角。${PHRASES['amount-next']}`,
  )
})

test('an unknown amount (a receipt still pending) is left out, not read as zero', () => {
  const text = scriptText(stepScript('receipt'))
  expect(text).not.toContain('零')
  expect(text).not.toContain(PHRASES['label-paid'])
})

test('on weapp an amount becomes one clip per character, between the phrase clips', () => {
  expect(clipSequence(stepScript('amount', fen(38000)))).toEqual([
    'step-amount',
    'label-payable',
    'money-4e09', // 三
    'money-767e', // 百
    'money-516b', // 八
    'money-5341', // 十
    'money-5143', // 元
    'money-6574', // 整
    'amount-next',
  ])
})

test('every clip the scripts can ask for is recorded in the care subpackage (run scripts/make-speech-clips.ts after changing a phrase)', () => {
  const clips = join(__dirname, '../../src/packages/care/clips')
  const missing = allClipTexts().filter(({ name }) => !existsSync(join(clips, `${name}.mp3`)))
  expect(missing).toEqual([])
})

describe('step 3 for 灵活就业 figures alone (issue 17 item 7)', () => {
  const flexibleScheme = (adcode: string, today: string) => {
    const rules = flexibleRulesOn(regionRulesFor(adcode)?.flexibleEmployment, today)
    if (!rules) throw new Error(`no 灵活就业 figures for ${adcode} on ${today}`)
    return rules.scheme
  }

  test('Chongqing: the comparison is read with its lowest and highest yearly tier, then where to pay', () => {
    expect(scriptText(flexibleComparisonScript(flexibleScheme('500103', '2025-11-20')))).toBe(
      `${PHRASES['step-plan-flexible']}${PHRASES['flexible-yearly-lowest']}三千零七十五元整。` +
        `${PHRASES['flexible-yearly-highest']}六千七百六十五元整。${PHRASES['flexible-next']}`,
    )
  })

  test('Shanghai: a base range is read as the lowest and highest monthly amount', () => {
    const text = scriptText(flexibleComparisonScript(flexibleScheme('310104', '2026-08-10')))
    expect(text).toContain(`${PHRASES['flexible-monthly-lowest']}七百五十四元六角。`)
    expect(text).toContain(`${PHRASES['flexible-monthly-highest']}三千七百七十三元一角。`)
  })

  test('Beijing: one fixed monthly amount is read once', () => {
    expect(clipSequence(flexibleComparisonScript(flexibleScheme('110105', '2025-11-20')))).toEqual([
      'step-plan-flexible',
      'flexible-monthly',
      ...clipSequence([{ kind: 'amount', fen: fen(58492) }]),
      'flexible-next',
    ])
  })

  test('it says resident insurance cannot be paid here, and never a step to pay', () => {
    const text = scriptText(flexibleComparisonScript(flexibleScheme('500103', '2025-11-20')))
    expect(text).toContain('第三步')
    expect(text).toContain('暂不能在本程序缴费')
    expect(text).not.toContain('下一步')
  })
})

test('free text (常见问题’s answers) is spoken as written on H5 and has no weapp clip to play', () => {
  const script = [
    { kind: 'text', text: '什么是等待期？' },
    { kind: 'amount', fen: fen(40000) },
  ] as const
  expect(scriptText(script)).toBe('什么是等待期？四百元整。')
  expect(clipSequence(script)).toEqual(clipSequence([{ kind: 'amount', fen: fen(40000) }]))
})
