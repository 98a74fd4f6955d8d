import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fen } from '../../src/domain/money'
import { allClipTexts, clipSequence, PHRASES, scriptText, stepScript } from '../../src/domain/read-aloud'
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
