/**
 * 到期提醒: opt-in only. Nothing is asked before the resident taps; a build
 * without WeChat template ids (the demo) says reminders are unavailable; what
 * the adapter is given carries dates and plain words only.
 */
import { buttonLabels, render, screenText, tap, waitForText } from '../support/ui-helpers'
import { ReminderOffer } from '../../src/features/reminders'
import { waitingEndsReminder, windowClosingReminder } from '../../src/domain/reminders'
import * as reminders from '../../src/platform/reminders'
import HomePage from '../../src/pages/home'
import { createTestApp } from '../support/test-app'
import { enrolmentRecord } from '../support/enrolment-record'
import type * as TaroPageShown from '../support/taro-page-shown'
import type * as RemindersModule from '../../src/platform/reminders'

jest.mock('../../src/platform/reminders', () => {
  const actual = jest.requireActual<typeof RemindersModule>('../../src/platform/reminders')
  return {
    ...actual,
    remindersAvailable: jest.fn(actual.remindersAvailable),
    requestReminders: jest.fn(actual.requestReminders),
  }
})

// Home reads the family's saved list each time it is shown (useDidShow): shown once, on mount, here.
jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof TaroPageShown>('../support/taro-page-shown').taroWithPageShownOnMount(),
)

jest.mock('../../src/platform/navigation', () => ({
  ...jest.createMockFromModule<object>('../../src/platform/navigation'),
  usePageParams: () => ({}),
}))

const WAITING = waitingEndsReminder(2026, '2026-06-01', '2026-03-02')!
const WINDOW = windowClosingReminder(2026, '2025-12-31', '2025-11-20')!

beforeEach(() => {
  // Each test starts on this build's own adapter (no template ids); a test may stand in another answer.
  const actual = jest.requireActual<typeof RemindersModule>('../../src/platform/reminders')
  jest.mocked(reminders.remindersAvailable).mockReset().mockImplementation(actual.remindersAvailable)
  jest.mocked(reminders.requestReminders).mockReset().mockImplementation(actual.requestReminders)
})

test('a build without template ids (the demo) says WeChat reminders are unavailable, with the dates to note', async () => {
  await render(<ReminderOffer reminders={[WAITING]} />)
  expect(screenText()).toContain('医保等待期结束：2026年6月1日起享受待遇（2026年6月1日提醒）')
  expect(screenText()).toContain('本版本暂未开通微信提醒')
  expect(buttonLabels()).not.toContain('开启微信提醒')
})

test('opt-in: nothing is asked until 开启微信提醒 is tapped; then the adapter gets the words and dates only', async () => {
  jest.mocked(reminders.remindersAvailable).mockReturnValue(true)
  jest.mocked(reminders.requestReminders).mockResolvedValue('subscribed')
  await render(<ReminderOffer reminders={[WINDOW, WAITING]} />)
  expect(screenText()).toContain('医保缴费提醒：2026年度缴费期2025年12月31日结束（2025年12月24日提醒）')
  expect(reminders.requestReminders).not.toHaveBeenCalled()
  tap('开启微信提醒')
  await waitForText('已开启提醒')
  const [entries] = jest.mocked(reminders.requestReminders).mock.calls[0] ?? []
  expect(entries?.map((entry) => entry.reminder)).toEqual([WINDOW, WAITING])
  expect(JSON.stringify(entries)).not.toMatch(/\*\*|元|\d{17}[\dX]/)
})

test('declined: said plainly, and it can be asked again', async () => {
  jest.mocked(reminders.remindersAvailable).mockReturnValue(true)
  jest.mocked(reminders.requestReminders).mockResolvedValue('declined')
  await render(<ReminderOffer reminders={[WAITING]} />)
  tap('开启微信提醒')
  await waitForText('您未允许提醒')
  expect(buttonLabels()).toContain('开启微信提醒')
})

test('no reminder to offer: nothing is shown', async () => {
  await render(<ReminderOffer reminders={[]} />)
  expect(screenText()).toBe('')
})

describe('on home, while the collection period is open', () => {
  // The mock bureau's date in UI tests is 2025-11-20, inside Fujian's 2026 window (to 31 December).
  test('home offers the reminder 7 days before the window closes; this build says WeChat reminders are unavailable', async () => {
    const app = createTestApp()
    app.paymentStore.setState({
      identity: { token: 'tk_lin', maskedName: '**华', maskedIdNumber: '350***********0012' },
      record: enrolmentRecord({ adcode: '350102' }),
    })
    await render(<HomePage />, app)
    await waitForText('医保缴费提醒：2026年度缴费期2025年12月31日结束（2025年12月24日提醒）')
    expect(screenText()).toContain('本版本暂未开通微信提醒')
  })
})
