import { useEffect, useState } from 'react'
import { ActionButton, GatewayErrorPanel, LoadingPanel, NoticePanel, PageShell } from '../../../../ui'
import {
  ALL,
  filterRecords,
  RecordsFilter,
  RecordsList,
  usePaymentStore,
  useReverify,
} from '../../../../features/payment'
import { goTo } from '../../../../platform/navigation'

export default function RecordsPage() {
  const reverify = useReverify()
  const identity = usePaymentStore((state) => state.identity)
  const paymentRecords = usePaymentStore((state) => state.paymentRecords)
  const loadPaymentRecords = usePaymentStore((state) => state.loadPaymentRecords)
  const [member, setMember] = useState(ALL)

  useEffect(() => {
    if (identity) void loadPaymentRecords()
  }, [identity, loadPaymentRecords])

  return (
    <PageShell title='缴费记录'>
      {!identity ? (
        <>
          <NoticePanel title='请先完成实名认证' detail='为保护您的信息，查看缴费记录前需要核验身份。' />
          <ActionButton label='去实名认证' onTap={() => goTo('verify')} />
        </>
      ) : paymentRecords.status === 'error' ? (
        <GatewayErrorPanel
          error={paymentRecords.error}
          onRetry={() => void loadPaymentRecords()}
          onReverify={reverify}
        />
      ) : paymentRecords.status === 'ready' ? (
        <>
          <RecordsFilter records={paymentRecords.data} chosen={member} onChoose={setMember} />
          <RecordsList
            records={filterRecords(paymentRecords.data, member)}
            onOpen={(receiptNo) => goTo('receipt', { receiptNo })}
          />
        </>
      ) : (
        <LoadingPanel message='正在查询缴费记录…' />
      )}
    </PageShell>
  )
}
