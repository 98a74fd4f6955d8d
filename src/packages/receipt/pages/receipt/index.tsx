import { useEffect } from 'react'
import { ActionButton, GatewayErrorPanel, LoadingPanel, NoticePanel, PageShell } from '../../../../ui'
import { ReadAloud } from '../../../../features/read-aloud'
import { stepScript } from '../../../../domain/read-aloud'
import { ReceiptView, selectReceipt, usePaymentStore, useReverify } from '../../../../features/payment'
import { goHome, goTo, usePageParams } from '../../../../platform/navigation'

export default function ReceiptPage() {
  const reverify = useReverify()
  const receiptNo = usePageParams('receipt').receiptNo ?? ''
  const identity = usePaymentStore((state) => state.identity)
  const receipt = usePaymentStore(selectReceipt(receiptNo))
  const loadReceipt = usePaymentStore((state) => state.loadReceipt)
  const paidFen =
    receipt.status === 'ready' && receipt.data.status === 'issued'
      ? receipt.data.receipt.amountFen
      : undefined

  useEffect(() => {
    if (receiptNo) void loadReceipt(receiptNo)
  }, [receiptNo, loadReceipt])

  return (
    <PageShell step='receipt'>
      <ReadAloud script={stepScript('receipt', paidFen)} />
      {!identity || !receiptNo ? (
        <NoticePanel title='未找到电子凭证' detail='请先完成实名认证，再到“缴费记录”中查看。' />
      ) : receipt.status === 'error' ? (
        <GatewayErrorPanel
          error={receipt.error}
          onRetry={() => void loadReceipt(receiptNo)}
          onReverify={reverify}
        />
      ) : receipt.status === 'ready' ? (
        <ReceiptView response={receipt.data} onRefresh={() => void loadReceipt(receiptNo)} />
      ) : (
        <LoadingPanel message='正在获取电子凭证…' />
      )}
      <ActionButton label='查看缴费记录' kind='secondary' onTap={() => goTo('records')} />
      <ActionButton label='查验凭证' kind='secondary' onTap={() => goTo('receiptCheck')} />
      <ActionButton label='返回首页' kind='secondary' onTap={goHome} />
    </PageShell>
  )
}
