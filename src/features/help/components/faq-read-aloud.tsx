/**
 * weapp: 朗读 plays recorded clips, and the answers (with each region's
 * figures) have none: a clip per answer would not fit the help subpackage's
 * 300 KB budget. The resident is told what works instead.
 */
import { Text } from '@tarojs/components'

export function FaqReadAloud(_props: { text: string }) {
  return (
    <Text className='hint' ariaRole='note'>
      小程序暂不能朗读常见问题。您可以打开手机自带的读屏功能，或拨打医保服务热线12393咨询。
    </Text>
  )
}
