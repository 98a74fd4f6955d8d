import { buttonLabels, render, screenText, tap } from './ui-helpers'
import HomePage from '../../src/pages/home'
import { createTestApp } from '../support/test-app'

test('home offers paying for oneself and the payment records, and a care-mode switch that says its state', async () => {
  await render(<HomePage />, createTestApp())
  expect(buttonLabels()).toEqual(expect.arrayContaining(['为本人缴费', '缴费记录']))
  expect(screenText()).toContain('已关闭')
  const careSwitch = document.querySelector('[aria-label="关怀模式"]')
  if (!careSwitch) throw new Error('care-mode switch missing')
  tap(careSwitch)
  expect(screenText()).toContain('已开启')
})
