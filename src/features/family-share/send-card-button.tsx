/** weapp: WeChat's own share sheet sends the card the page registered (useShareCard). */
import { Button } from '@tarojs/components'
import type { ShareCard } from '../../platform/share'

export function SendCardButton(_props: { card: ShareCard }) {
  return (
    <Button className='btn btn-secondary' openType='share' ariaRole='button' tabIndex={0}>
      发送给家人
    </Button>
  )
}
