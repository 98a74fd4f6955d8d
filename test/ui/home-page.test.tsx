import '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import HomePage from '../../src/pages/home'

test('home offers paying for oneself and the payment records', async () => {
  const testUtils = new TestUtils()
  await testUtils.mount(HomePage, { props: {} })
  await testUtils.queries.waitForQuerySelector('.btn')
  const text = document.body.textContent ?? ''
  expect(text).toContain('为本人缴费')
  expect(text).toContain('缴费记录')
})
