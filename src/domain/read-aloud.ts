/**
 * What 朗读 says on each step: fixed phrases and amounts. Phrases are fixed so
 * that weapp can play a recorded clip for each (no text-to-speech there); an
 * amount is read as Chinese words, which on weapp are played one clip per
 * character (三 百 八 十 元 整). H5 speaks the same script as text.
 */
import { flexibleOptions, type FlexibleScheme } from './flexible-employment'
import type { Fen } from './money'
import { fenToChineseWords, MONEY_WORD_CHARACTERS } from './money-words'
import type { Step } from './payment-flow'

export const PHRASES = {
  'step-verify':
    '第一步，实名认证。请先阅读个人信息使用说明并同意，然后输入身份证上的姓名和十八位身份证号，再点下一步进行人脸核验。',
  'step-enrolment':
    '第二步，参保信息确认。请核对参保人、参保地和缴费年度。信息无误，请点“信息无误，下一步”。',
  'step-plan': '第三步，险种档次选择。已为您选好城乡居民基本医疗保险。',
  'step-plan-flexible':
    '第三步，灵活就业人员参保标准，供比较。您的城乡居民医保暂不能在本程序缴费。以灵活就业人员身份参加职工医保的缴费标准如下。',
  'step-amount': '第四步，金额核对。',
  'step-pay': '第五步，支付。',
  'step-receipt': '第六步，电子凭证。',
  'label-standard': '个人缴费标准每年',
  'label-payable': '应缴金额',
  'label-paid': '已缴金额',
  'plan-next': '请点“下一步：核对金额”。',
  'amount-next': '请阅读缴费须知并勾选，然后点“确认支付”。',
  'pay-next': '请在微信收银台完成支付。缴费结果以医保部门确认为准，请不要重复支付。',
  'receipt-next': '电子凭证的凭证号和校验码显示在屏幕上，也可以在缴费记录中查看。',
  'flexible-monthly': '每月缴纳',
  'flexible-monthly-lowest': '每月最低缴纳',
  'flexible-yearly': '每年缴纳',
  'flexible-yearly-lowest': '每年最低一档缴纳',
  'flexible-yearly-highest': '最高一档缴纳',
  'flexible-monthly-highest': '最高缴纳',
  'flexible-next':
    '本程序只办理城乡居民医保缴费。如需以灵活就业人员身份参保，请通过当地医保或税务部门办理，也可以拨打一二三九三咨询。',
} as const

export type PhraseId = keyof typeof PHRASES

/**
 * `text`: free text (常见问题's answers, with a region's figures): H5 speaks it;
 * weapp has no clip for it, so only H5 offers to read such a script.
 */
export type SpeechSegment =
  { kind: 'phrase'; id: PhraseId } | { kind: 'amount'; fen: Fen } | { kind: 'text'; text: string }
export type SpeechScript = readonly SpeechSegment[]

const phrase = (id: PhraseId): SpeechSegment => ({ kind: 'phrase', id })

const STEP_SCRIPTS: Record<Step, { intro: PhraseId; label?: PhraseId; next?: PhraseId }> = {
  verify: { intro: 'step-verify' },
  enrolment: { intro: 'step-enrolment' },
  plan: { intro: 'step-plan', label: 'label-standard', next: 'plan-next' },
  amount: { intro: 'step-amount', label: 'label-payable', next: 'amount-next' },
  pay: { intro: 'step-pay', label: 'label-payable', next: 'pay-next' },
  receipt: { intro: 'step-receipt', label: 'label-paid', next: 'receipt-next' },
}

/** The step's key content; its amount when the step has one and it is known. */
export function stepScript(step: Step, amount?: Fen): SpeechScript {
  const { intro, label, next } = STEP_SCRIPTS[step]
  const spokenAmount: SpeechSegment[] =
    label && amount !== undefined ? [phrase(label), { kind: 'amount', fen: amount }] : []
  return [phrase(intro), ...spokenAmount, ...(next ? [phrase(next)] : [])]
}

/**
 * Step 3 when resident insurance cannot be paid here and the region publishes
 * what flexible workers pay (灵活就业): the comparison, read as its lowest and
 * highest amounts (a tier's own name comes from a region file, so no clip can
 * be recorded for it), then where to pay it.
 */
export function flexibleComparisonScript(scheme: FlexibleScheme): SpeechScript {
  return [phrase('step-plan-flexible'), ...flexibleAmounts(scheme), phrase('flexible-next')]
}

function flexibleAmounts(scheme: FlexibleScheme): SpeechSegment[] {
  const monthly = scheme.kind !== 'yearly-tiers'
  const amounts = flexibleOptions(scheme)
    .map((option) => (monthly ? (option.monthlyFen ?? option.yearlyFen) : option.yearlyFen))
    .sort((a, b) => a - b)
  const lowest = amounts[0]
  const highest = amounts[amounts.length - 1]
  if (lowest === undefined || highest === undefined) return []
  const amount = (value: Fen): SpeechSegment => ({ kind: 'amount', fen: value })
  if (lowest === highest) return [phrase(monthly ? 'flexible-monthly' : 'flexible-yearly'), amount(lowest)]
  return monthly
    ? [phrase('flexible-monthly-lowest'), amount(lowest), phrase('flexible-monthly-highest'), amount(highest)]
    : [phrase('flexible-yearly-lowest'), amount(lowest), phrase('flexible-yearly-highest'), amount(highest)]
}

/** The script as one text, for a speech synthesiser. */
export function scriptText(script: SpeechScript): string {
  return script
    .map((segment) =>
      segment.kind === 'phrase'
        ? PHRASES[segment.id]
        : segment.kind === 'text'
          ? segment.text
          : `${fenToChineseWords(segment.fen)}。`,
    )
    .join('')
}

/** File names (without extension) of the clip for each money-word character: ASCII, as package paths must be. */
export const MONEY_CLIP_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  MONEY_WORD_CHARACTERS.map((char) => [char, `money-${char.codePointAt(0)?.toString(16) ?? ''}`]),
)

/** The clips to play in order: one per phrase, one per character of an amount. */
export function clipSequence(script: SpeechScript): string[] {
  return script.flatMap((segment) =>
    segment.kind === 'phrase'
      ? [segment.id]
      : segment.kind === 'text'
        ? []
        : Array.from(fenToChineseWords(segment.fen)).map((char) => MONEY_CLIP_NAMES[char] ?? ''),
  )
}

/** Every clip a weapp build must carry: the phrases and the money characters. */
export function allClipTexts(): Array<{ name: string; text: string }> {
  return [
    ...Object.entries(PHRASES).map(([name, text]) => ({ name, text })),
    ...MONEY_WORD_CHARACTERS.map((char) => ({ name: MONEY_CLIP_NAMES[char] ?? '', text: char })),
  ]
}
