/**
 * Issue 14 item 6: WeChat's font setting is read again each time the app
 * comes to the front, not only at launch, and its scale factor scales the
 * type (PageShell sets --text-scale, app.css multiplies every size by it).
 */
import { act, render } from '../support/ui-helpers'
import type { FontSetting } from '../../src/platform/app-base-info'
import { onAppShow, readFontSetting } from '../../src/platform/app-base-info'
import { useCareMode } from '../../src/features/care-mode'
import { createTestApp } from '../support/test-app'
import { PageShell } from '../../src/ui'
import { AppProviders } from '../../src/root/app-providers'
import { MAX_TEXT_SCALE } from '../../src/domain/care-mode-rules'

// The phone's setting, as getAppBaseInfo would report it; onAppShow's listener is kept to play a show.
const STANDARD: FontSetting = { sizePx: 17, scaleFactor: 1 }
let mockSetting: FontSetting = STANDARD
jest.mock('../../src/platform/app-base-info', () => ({
  // The store reads it once on import, before this file's variables are set: no setting then.
  readFontSetting: jest.fn((): FontSetting => mockSetting ?? {}),
  onAppShow: jest.fn(),
}))

/** The app comes to the front with the phone's font set to `next`. */
function appShownWith(next: FontSetting): void {
  mockSetting = next
  const listener = jest.mocked(onAppShow).mock.calls[0]?.[0]
  if (!listener) throw new Error('the care-mode store did not listen for the app coming to the front')
  act(() => listener())
}

beforeEach(() => {
  mockSetting = STANDARD
  useCareMode.setState({ careMode: false, choice: undefined, largeFont: false, textScale: 1 })
})

test('a font made larger while the app was in the background turns care mode on when it comes back, and back off', () => {
  expect(jest.mocked(readFontSetting)).toHaveBeenCalled()
  appShownWith({ sizePx: 22, scaleFactor: 1.3 })
  expect(useCareMode.getState()).toEqual(expect.objectContaining({ careMode: true, textScale: 1.3 }))
  appShownWith(STANDARD)
  expect(useCareMode.getState()).toEqual(expect.objectContaining({ careMode: false, textScale: 1 }))
})

test("the resident's own choice still wins over the setting read again; the type still follows it", () => {
  act(() => useCareMode.getState().setCareMode(false))
  appShownWith({ sizePx: 22, scaleFactor: 1.3 })
  expect(useCareMode.getState()).toEqual(expect.objectContaining({ careMode: false, textScale: 1.3 }))
})

test('the scale factor is kept between 1 and the most a line can hold', () => {
  appShownWith({ sizePx: 14, scaleFactor: 0.8 })
  expect(useCareMode.getState().textScale).toBe(1)
  appShownWith({ sizePx: 40, scaleFactor: 3 })
  expect(useCareMode.getState().textScale).toBe(MAX_TEXT_SCALE)
})

test("the page root carries the scale for app.css, and none at WeChat's standard size", async () => {
  const app = createTestApp()
  await render(
    <AppProviders services={app}>
      <PageShell title='测试'>内容</PageShell>
    </AppProviders>,
  )
  const main = () => document.querySelector('.page') as HTMLElement
  expect(main().style.getPropertyValue('--text-scale')).toBe('')
  appShownWith({ sizePx: 20, scaleFactor: 1.25 })
  expect(main().style.getPropertyValue('--text-scale')).toBe('1.25')
  expect(main().classList.contains('care')).toBe(true)
})
