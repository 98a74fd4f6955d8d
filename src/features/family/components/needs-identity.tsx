/** Family pages act for a verified payer: without one, say why and offer step 1. */
import { ActionButton } from '../../../ui/action-button'
import { NoticePanel } from '../../../ui/status-panel'

export function NeedsIdentity({ onVerify }: { onVerify(): void }) {
  return (
    <>
      <NoticePanel
        title='请先完成本人实名认证'
        detail='为家人缴费前需要核验您的身份，认证后回到首页点“为家人缴费”。'
      />
      <ActionButton label='去实名认证' onTap={onVerify} />
    </>
  )
}
