/**
 * Care mode and accessibility in the built H5 app, in chromium:
 * - axe-core on every page of the flow (home, consent, the form, each step,
 *   the cashier, the receipt, the records, the page a 请家人代缴 card opens),
 *   in normal mode and in care mode, where axe's AAA contrast rule (7:1) runs
 *   too: no serious or critical finding; a failure lists them;
 * - in care mode, body text computes to ≥ 23.8 px and primary buttons to
 *   ≥ 48 px high on every step (screenshots: test-results/screenshots/care-a11y-*.png);
 * - 朗读 on each of the six steps speaks its content and the amount in words
 *   through a stand-in Chinese voice, and says so where there is no voice.
 * 刘建平 (born 1960) is the resident: he also gets the 60+ offer.
 */
import type { Page } from 'playwright-core'
import { seriousFindings, type Finding } from '../support/axe'
import {
  onShow,
  screenshot,
  see,
  startH5Session,
  tap,
  turnCareModeOn,
  verifyAs,
  type H5Session,
} from '../support/h5-app'

jest.setTimeout(120_000)

const LIU = { name: '刘建平', idNumber: '350102196001011998' }

let session: H5Session
beforeAll(async () => {
  session = await startH5Session()
})
afterAll(() => session?.close())

interface Audit {
  page: string
  findings: Finding[]
}

/** What a page looks like to a care-mode reader: the smallest body text and primary button on show. */
async function careSizes(page: Page): Promise<{ bodyPx: number; primaryButtonPx: number[] }> {
  return onShow(page).evaluate((root) => {
    const visible = (element: Element) => (element as HTMLElement).offsetParent !== null
    const body = Array.from(
      root.querySelectorAll(
        '.paragraph, .row-label, .row-value, .panel-detail, .hint, .choice-detail, .field-label',
      ),
    ).filter(visible)
    const primary = Array.from(root.querySelectorAll('.btn-primary')).filter(visible)
    return {
      bodyPx: Math.min(...body.map((element) => parseFloat(getComputedStyle(element).fontSize))),
      primaryButtonPx: primary.map((element) => element.getBoundingClientRect().height),
    }
  })
}

/**
 * Walks 刘建平 through every page; at each, audits with axe and, in care mode,
 * checks sizes and takes a screenshot.
 */
async function walkAndAudit(page: Page, care: boolean): Promise<Audit[]> {
  const audits: Audit[] = []
  const audit = async (name: string) => {
    audits.push({ page: name, findings: await seriousFindings(page, { enhancedContrast: care }) })
    if (!care) return
    const sizes = await careSizes(page)
    expect({ page: name, bodyAtLeast: sizes.bodyPx >= 23.8 }).toEqual({ page: name, bodyAtLeast: true })
    for (const height of sizes.primaryButtonPx)
      expect({ page: name, buttonAtLeast48: height >= 48 }).toEqual({ page: name, buttonAtLeast48: true })
    await screenshot(page, `care-a11y-${name}`)
  }

  if (care) await turnCareModeOn(page)
  else await see(page, '为本人缴费')
  await audit('0-home')
  await tap(page, '为本人缴费')
  await see(page, '个人信息使用说明')
  await audit('1a-consent')
  await tap(page, '同意并继续')
  await onShow(page).getByLabel('姓名').fill(LIU.name)
  await onShow(page).getByLabel('身份证号').fill(LIU.idNumber)
  await audit('1b-verify')
  await tap(page, '下一步：人脸核验')
  await see(page, '信息无误，下一步')
  await audit('2-enrolment')
  await tap(page, '信息无误，下一步')
  await tap(page, '请家人代缴')
  await see(page, '代缴卡片已准备好')
  await audit('3-plan')
  await tap(page, '下一步：核对金额')
  await see(page, '缴费须知')
  await tap(page, '朗读本页')
  await see(page, '本机暂时无法朗读')
  await audit('4-amount')
  await onShow(page).getByRole('checkbox').click()
  await tap(page, '确认支付 400.00 元')
  await see(page, '微信支付（模拟收银台）')
  await audit('5-pay')
  await tap(page, '支付')
  await see(page, '城乡居民基本医疗保险缴费电子凭证', 15_000)
  await audit('6-receipt')
  await tap(page, '查看缴费记录')
  await see(page, '2026年度 · **平')
  await audit('7-records')
  return audits
}

describe.each([
  ['normal mode', false],
  ['care mode', true],
])('%s', (_mode, care) => {
  test('axe finds nothing serious or critical on any page of the flow', async () => {
    const page = await session.open()
    const audits = await walkAndAudit(page, care)
    expect(audits.map((audit) => audit.page)).toHaveLength(9)
    expect(audits.filter((audit) => audit.findings.length > 0)).toEqual([])
  })
})

test('in care mode the 60+ offer is not made again, the amount is in large figures and its details are folded', async () => {
  const page = await session.open()
  await verifyAs(page, LIU.name, LIU.idNumber)
  await see(page, '要不要开启关怀模式？')
  await screenshot(page, 'care-a11y-offer')
  await tap(page, '开启关怀模式')
  await onShow(page).getByText('要不要开启关怀模式？').waitFor({ state: 'detached' })
  expect(await onShow(page).locator('.page.care').count()).toBe(1)

  await tap(page, '信息无误，下一步')
  await tap(page, '下一步：核对金额')
  await see(page, '缴费须知')
  const figure = onShow(page).locator('.amount-figure')
  expect(await figure.textContent()).toBe('400.00')
  expect(
    await figure.evaluate((element) => parseFloat(getComputedStyle(element).fontSize)),
  ).toBeGreaterThanOrEqual(40)
  expect(await onShow(page).getByText('个人缴费标准（老年人）').count()).toBe(0)
  const fold = onShow(page).getByRole('button', { name: '查看缴费明细' })
  expect(await fold.getAttribute('aria-expanded')).toBe('false')
  await fold.click()
  await see(page, '个人缴费标准（老年人）')
})

/**
 * Chromium headless has no voices: this stands in a Chinese one and records
 * what it is asked to say. Plain JavaScript text: a function from this file
 * would arrive in the page with the test transpiler's helpers missing.
 */
const STAND_IN_CHINESE_VOICE = `
  window.__spoken = [];
  const voice = { lang: 'zh-CN', name: 'Stand-in Mandarin', default: true, localService: true, voiceURI: 'stand-in' };
  function Utterance(text) { this.text = text; this.voice = null; this.lang = ''; this.rate = 1; this.onend = null; this.onerror = null; }
  const synth = {
    getVoices: () => [voice],
    speak: (utterance) => {
      window.__spoken.push(utterance.lang + '|' + utterance.text);
      setTimeout(() => utterance.onend && utterance.onend(), 20);
    },
    cancel: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
`

test('朗读 reads each of the six steps in Chinese, amounts in words', async () => {
  // The bureau does not answer the first order queries: the pay step stays on screen
  // (as 确认中, polling) long enough to be read; WeChat's own cashier would cover it while open.
  const page = await session.open(`?mockFault=queryOrder:timeout*3#/pages/home/index`)
  await page.addInitScript({ content: STAND_IN_CHINESE_VOICE })
  await page.reload()
  const spoken = () => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken.slice())
  /** Reads step `step` (1–6) once it is the page on show: right after a tap the previous page may still be. */
  const readAloud = async (step: number, expected: string[]) => {
    await onShow(page).locator(`[role="progressbar"][aria-valuenow="${step}"]`).waitFor()
    const before = (await spoken()).length
    await tap(page, '朗读本页')
    await page.waitForFunction(
      (count) => (window as unknown as { __spoken: string[] }).__spoken.length > count,
      before,
    )
    const said = (await spoken()).at(-1) ?? ''
    expect(said.startsWith('zh-CN|')).toBe(true)
    for (const text of expected) expect(said).toContain(text)
  }

  await see(page, '为本人缴费')
  await tap(page, '为本人缴费')
  await readAloud(1, ['第一步，实名认证'])
  await tap(page, '同意并继续')
  await onShow(page).getByLabel('姓名').fill(LIU.name)
  await onShow(page).getByLabel('身份证号').fill(LIU.idNumber)
  await tap(page, '下一步：人脸核验')
  await see(page, '信息无误，下一步')
  await readAloud(2, ['第二步，参保信息确认'])
  await tap(page, '信息无误，下一步')
  await readAloud(3, ['第三步', '个人缴费标准每年四百元整'])
  await tap(page, '下一步：核对金额')
  await readAloud(4, ['第四步，金额核对', '应缴金额四百元整'])
  await onShow(page).getByRole('checkbox').click()
  await tap(page, '确认支付 400.00 元')
  await tap(page, '支付')
  await see(page, '确认中', 20_000)
  await readAloud(5, ['第五步，支付', '应缴金额四百元整'])
  await see(page, '城乡居民基本医疗保险缴费电子凭证', 30_000)
  await readAloud(6, ['第六步，电子凭证', '已缴金额四百元整'])
  expect(await onShow(page).getByText('本机暂时无法朗读').count()).toBe(0)
  // Nothing personal is read aloud.
  expect((await spoken()).join('')).not.toMatch(/刘建平|350102|\*\*平/)
})

test('a relative opens the 请家人代缴 link and is taken to step 2 for that resident, masked', async () => {
  const page = await session.open()
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await verifyAs(page, LIU.name, LIU.idNumber)
  await tap(page, '信息无误，下一步')
  await tap(page, '请家人代缴')
  await tap(page, '复制链接发给家人')
  await see(page, '链接已复制')
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(link).toMatch(/#\/packages\/care\/pages\/family-share\/index\?share=sh_[A-Za-z0-9_-]{24}$/)
  expect(link).not.toMatch(/刘建平|350102196001011998|1998|%E5%88%98/)

  // The mock bureau lives in this document, so the relative's visit is simulated in it too.
  await page.goto(link)
  await see(page, '您的家人请您帮忙缴纳城乡居民基本医疗保险费')
  expect(await seriousFindings(page)).toEqual([])
  await screenshot(page, 'family-welcome')
  expect(await onShow(page).textContent()).toContain('350***********1998')
  await tap(page, '核对参保信息')
  await see(page, '信息无误，下一步')
})
