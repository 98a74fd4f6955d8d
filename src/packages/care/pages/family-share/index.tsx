import { useCallback, useEffect, useState } from 'react'
import { FamilyWelcome, ShareOpeningProblem } from '../../../../features/family-share'
import { ActionButton, LoadingPanel, NoticePanel, PageShell, type GatewayError } from '../../../../ui'
import { usePaymentStore } from '../../../../features/payment'
import { goHome, goTo, usePageParams } from '../../../../platform/navigation'

type Opening = { status: 'loading' } | { status: 'ready' } | { status: 'error'; error: GatewayError }

export default function FamilyPage() {
  const shareToken = usePageParams('familyShare').share ?? ''
  const identity = usePaymentStore((state) => state.identity)
  const openFamilyShare = usePaymentStore((state) => state.openFamilyShare)
  const [opening, setOpening] = useState<Opening>({ status: 'loading' })

  const open = useCallback(() => {
    if (!shareToken) return
    setOpening({ status: 'loading' })
    void openFamilyShare(shareToken).then((result) =>
      setOpening(result.ok ? { status: 'ready' } : { status: 'error', error: result.error }),
    )
  }, [shareToken, openFamilyShare])

  useEffect(open, [open])

  return (
    <PageShell title='帮家人缴医保'>
      {!shareToken ? (
        <NoticePanel
          tone='warn'
          title='没有找到代缴信息'
          detail='请从家人发给您的代缴卡片进入，或请家人重新发送。'
        />
      ) : opening.status === 'error' ? (
        // Paid, revoked, expired or unknown: the true reason, and the way out below.
        <ShareOpeningProblem error={opening.error} onRetry={open} />
      ) : opening.status === 'ready' && identity ? (
        <FamilyWelcome identity={identity} onContinue={() => goTo('enrolment')} />
      ) : (
        <LoadingPanel message='正在打开代缴信息，请稍候…' />
      )}
      {opening.status !== 'ready' && <ActionButton label='返回首页' kind='secondary' onTap={goHome} />}
    </PageShell>
  )
}
