/**
 * @tarojs/taro for page tests under jsdom. Taro's useDidShow needs a page
 * instance from Taro's router, which a mounted component does not have. A page
 * mounted in a test is the page being shown, so the callback runs once on
 * mount, as Taro runs it when the page first shows; hiding (which stops 朗读)
 * does not happen to a mounted component. Use inside a jest.mock factory.
 */
import { useEffect } from 'react'

export function taroWithPageShownOnMount(): Record<string, unknown> {
  const actual: Record<string, unknown> = jest.requireActual('@tarojs/taro')
  return {
    ...actual,
    __esModule: true,
    useDidShow(callback: () => void) {
      // eslint-disable-next-line react-hooks/exhaustive-deps
      useEffect(() => callback(), [])
    },
    useDidHide: () => undefined,
  }
}
