import { act, buttonLabels, render, screenText, tap, waitForText } from '../support/ui-helpers'
import { fen } from '../../src/domain/money'
import { stepScript, type SpeechScript } from '../../src/domain/read-aloud'
import { CareOffer } from '../../src/features/care-mode/care-offer'
import { useCareMode } from '../../src/features/care-mode/care-mode-store'
import { ShareCardPanel } from '../../src/features/family-share/share-card-panel'
import { ReadAloudButton } from '../../src/features/read-aloud/read-aloud-button'
import type { SpeechOutcome, SpeechPort } from '../../src/services/ports'

// Taro's page hooks need a page from Taro's router; a mounted component has none.
jest.mock('@tarojs/taro', () => ({
  ...jest.requireActual('@tarojs/taro'),
  __esModule: true,
  useDidHide: () => undefined,
}))

const OFFER_TITLE = '要不要开启关怀模式？'

beforeEach(() => {
  useCareMode.setState({ careMode: false, choice: undefined, largeFont: false, offerAnswered: false })
})

describe('the 60+ care-mode offer', () => {
  test('appears for a resident of 65, can be declined, and does not come back', async () => {
    const first = await render(<CareOffer reachedCareOfferAge />)
    expect(screenText()).toContain(OFFER_TITLE)
    tap('暂不开启')
    expect(screenText()).not.toContain(OFFER_TITLE)
    expect(useCareMode.getState().careMode).toBe(false)
    first.unmout()

    await render(<CareOffer reachedCareOfferAge />)
    expect(screenText()).not.toContain(OFFER_TITLE)
  })

  test('accepting turns care mode on as the resident’s own choice', async () => {
    await render(<CareOffer reachedCareOfferAge />)
    tap('开启关怀模式')
    expect(useCareMode.getState()).toEqual(
      expect.objectContaining({ careMode: true, choice: true, offerAnswered: true }),
    )
    expect(screenText()).not.toContain(OFFER_TITLE)
  })

  test('is not made under 60 (nor to a relative, who is not told the age), or when care mode is already on', async () => {
    await render(<CareOffer reachedCareOfferAge={false} />)
    expect(screenText()).not.toContain(OFFER_TITLE)
    act(() => useCareMode.getState().setCareMode(true))
    await render(<CareOffer reachedCareOfferAge />)
    expect(screenText()).not.toContain(OFFER_TITLE)
  })
})

describe('请家人代缴 panel', () => {
  test('offers the card first, then shows it without any personal data', async () => {
    const onCreate = jest.fn()
    const first = await render(<ShareCardPanel share={{ status: 'idle' }} onCreate={onCreate} />)
    tap('请家人代缴')
    expect(onCreate).toHaveBeenCalledTimes(1)
    first.unmout()

    await render(
      <ShareCardPanel
        share={{ status: 'ready', data: { shareToken: 'sh_abcdefghjkmnpqrs2345', expiresOn: '2025-11-27' } }}
        onCreate={onCreate}
      />,
    )
    const text = screenText()
    expect(text).toContain('请帮我缴纳城乡居民医保费')
    expect(text).toContain('有效期至 2025年11月27日')
    expect(buttonLabels()).toContain('发送给家人')
    expect(text).not.toMatch(/\*\*|\d{17}[\dX]|刘建平/)
  })
})

/** A speech port that answers each reading with the next scripted outcome, when told to. */
function fakeSpeech(outcomes: SpeechOutcome[]) {
  const spoken: SpeechScript[] = []
  let finish: ((outcome: SpeechOutcome) => void) | undefined
  const port: SpeechPort = {
    speak(script) {
      spoken.push(script)
      return new Promise((resolve) => (finish = resolve))
    },
    stop: jest.fn(() => finish?.('stopped')),
  }
  const end = async () => act(async () => finish?.(outcomes.shift() ?? 'done'))
  return { port, spoken, end }
}

describe('朗读本页', () => {
  test('reads the step’s script, offers to stop while reading, and is ready again afterwards', async () => {
    const speech = fakeSpeech(['done'])
    const script = stepScript('amount', fen(40000))
    await render(<ReadAloudButton script={script} speech={speech.port} />)
    tap('朗读本页')
    expect(speech.spoken).toEqual([script])
    await waitForText('停止朗读')
    await speech.end()
    await waitForText('朗读本页')
  })

  test('where the device cannot speak Chinese, it says so and what to do instead', async () => {
    const speech = fakeSpeech(['unavailable'])
    await render(<ReadAloudButton script={stepScript('verify')} speech={speech.port} />)
    tap('朗读本页')
    await speech.end()
    await waitForText('本机暂时无法朗读')
    expect(screenText()).toContain('读屏功能')
  })

  test('the stop button stops the reading', async () => {
    const speech = fakeSpeech([])
    await render(<ReadAloudButton script={stepScript('pay', fen(40000))} speech={speech.port} />)
    tap('朗读本页')
    await waitForText('停止朗读')
    tap('停止朗读')
    expect(speech.port.stop).toHaveBeenCalled()
    await waitForText('朗读本页')
  })
})
