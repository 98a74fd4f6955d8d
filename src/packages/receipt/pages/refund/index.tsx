import { useEffect } from 'react'
import { ActionButton, GatewayErrorPanel, LoadingPanel, NoticePanel, PageShell } from '../../../../ui'
import { RefundForm, usePaymentStore, useReverify } from '../../../../features/payment'
import { goTo, usePageParams } from '../../../../platform/navigation'

export default function RefundPage() {
  const reverify = useReverify()
  const receiptNo = usePageParams('refund').receiptNo ?? ''
  const identity = usePaymentStore((state) => state.identity)
  const paymentRecords = usePaymentStore((state) => state.paymentRecords)
  const loadPaymentRecords = usePaymentStore((state) => state.loadPaymentRecords)
  const request = usePaymentStore((state) => state.refundRequest)
  const requestRefund = usePaymentStore((state) => state.requestRefund)
  const record =
    paymentRecords.status === 'ready'
      ? paymentRecords.data.find((candidate) => candidate.receiptNo === receiptNo)
      : undefined

  useEffect(() => {
    if (identity && paymentRecords.status === 'idle') void loadPaymentRecords()
  }, [identity, paymentRecords.status, loadPaymentRecords])

  return (
    <PageShell title='申请退费'>
      {!identity ? (
        <>
          <NoticePanel title='请先完成实名认证' detail='为保护您的资金安全，申请退费前需要核验身份。' />
          <ActionButton label='去实名认证' onTap={() => goTo('verify')} />
        </>
      ) : paymentRecords.status === 'error' ? (
        <GatewayErrorPanel
          error={paymentRecords.error}
          onRetry={() => void loadPaymentRecords()}
          onReverify={reverify}
        />
      ) : record ? (
        <RefundForm
          record={record}
          request={request}
          onSubmit={(reason, note) => void requestRefund(receiptNo, reason, note)}
        />
      ) : paymentRecords.status === 'ready' ? (
        <NoticePanel title='未找到该笔缴费' detail='请回到“缴费记录”，从要退费的那笔缴费进入。' />
      ) : (
        <LoadingPanel message='正在查询缴费记录…' />
      )}
      <ActionButton label='返回缴费记录' kind='secondary' onTap={() => goTo('records')} />
    </PageShell>
  )
}
