/**
 * A step's main action (and the hint that goes with it). In care mode the
 * large type makes a step several screens tall: the bar then stays at the
 * bottom of the screen while the page scrolls (position: sticky in app.css),
 * so 确认支付 and 下一步 are never reachable only by scrolling. In normal mode it
 * sits where it is written.
 */
import { View } from '@tarojs/components'
import type { ReactNode } from 'react'

export function PrimaryActionBar({ children }: { children: ReactNode }) {
  return <View className='action-bar'>{children}</View>
}
