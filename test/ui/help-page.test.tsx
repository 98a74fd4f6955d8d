import { byRole, render, screenText, tap, typeInto, waitForText } from '../support/ui-helpers'
import { useCareMode } from '../../src/features/care-mode'
import HelpPage from '../../src/packages/help/pages/faq'
import { usePageParams } from '../../src/platform/navigation'
import { createTestApp } from '../support/test-app'

jest.mock('../../src/platform/navigation', () => ({
  ...jest.createMockFromModule<object>('../../src/platform/navigation'),
  usePageParams: jest.fn(() => ({})),
}))

// 35 questions drawn as Taro web components under jsdom: slower than a step page on a loaded machine.
jest.setTimeout(20_000)

const headings = () => byRole('heading').map((heading) => (heading.textContent ?? '').trim())
const questions = () =>
  Array.from(document.querySelectorAll('.faq-question')).map((question) =>
    (question.textContent ?? '').trim(),
  )
const question = (text: string) => {
  const found = Array.from(document.querySelectorAll('.faq-question')).find((candidate) =>
    (candidate.textContent ?? '').includes(text),
  )
  if (!found) throw new Error(`No question "${text}". Questions: ${questions().join(' | ')}`)
  return found
}

beforeEach(() => {
  jest.mocked(usePageParams).mockReturnValue({})
  useCareMode.getState().setCareMode(false)
})

test('the questions are grouped by kind, in order, with the hotlines at the end', async () => {
  await render(<HelpPage />, createTestApp())
  expect(headings()).toEqual([
    '常见问题',
    '缴费标准',
    '缴费期与等待期',
    '断缴与补缴',
    '新生儿与学生',
    '家庭共济与代缴',
    '支付失败与重复缴费',
    '电子凭证',
    '退费',
    '异地与转移',
    '关怀模式',
    '咨询与服务',
    '咨询电话与服务网点',
  ])
  expect(questions().length).toBeGreaterThanOrEqual(28)
  expect(screenText()).toContain('医疗保障服务热线 12393')
  expect(screenText()).toContain('纳税缴费服务热线 12366')
  expect(screenText()).toContain('请拨打12393查询就近的服务网点')
})

test('an answer opens with the region’s own figures and its sources; the toggle says it is open', async () => {
  jest.mocked(usePageParams).mockReturnValue({ adcode: '350000' })
  await render(<HelpPage />, createTestApp())
  await waitForText('地区数字按福建省显示。')
  const toggle = question('今年个人要交多少钱？')
  expect(toggle.getAttribute('aria-expanded')).toBe('false')
  tap(toggle)
  expect(question('今年个人要交多少钱？').getAttribute('aria-expanded')).toBe('true')
  expect(screenText()).toContain('福建省2026年度个人缴费标准（每人每年）：老年人400.00元')
  expect(screenText()).toContain(
    '来源：关于做好2025年城乡居民基本医疗保障有关工作的通知（医保发〔2025〕22号）',
  )
  expect(screenText()).toContain('来源：闽政办〔2025〕3号')
  expect(screenText()).toContain('本程序尚未找到福建省线下医保服务网点及办公时间的可靠来源')
})

test('searching by a Chinese word shows only the matching questions, still under their kind', async () => {
  await render(<HelpPage />, createTestApp())
  typeInto('搜索问题', '退费')
  await waitForText('找到')
  expect(questions()).toEqual(expect.arrayContaining(['什么情况可以申请退费？▼', '退的钱会退到哪里？▼']))
  expect(questions()).not.toContain('什么是关怀模式？▼')
  expect(headings()).toContain('退费')
  expect(headings()).not.toContain('关怀模式')
})

test('searching by pinyin initials finds the word: ddq → 等待期', async () => {
  await render(<HelpPage />, createTestApp())
  typeInto('搜索问题', 'ddq')
  await waitForText('找到')
  expect(questions()).toEqual(expect.arrayContaining(['什么是待遇等待期？▼', '等待期有多长？▼']))
  expect(questions()).not.toContain('什么是关怀模式？▼')
})

test('a search that finds nothing says so and where to ask instead', async () => {
  await render(<HelpPage />, createTestApp())
  typeInto('搜索问题', '火星')
  await waitForText('没有找到与“火星”相关的问题。可以换个说法，或拨打医保服务热线12393咨询。')
  expect(questions()).toEqual([])
})

test('in care mode an opened answer tells a weapp resident how to have it read', async () => {
  useCareMode.getState().setCareMode(true)
  await render(<HelpPage />, createTestApp())
  tap(question('什么是关怀模式？'))
  expect(screenText()).toContain('小程序暂不能朗读常见问题')
})
