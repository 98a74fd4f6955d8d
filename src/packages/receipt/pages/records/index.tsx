import { useEffect, useState } from 'react'
import { ActionButton, GatewayErrorPanel, LoadingPanel, NoticePanel, PageShell } from '../../../../ui'
import {
  ALL,
  filterRecords,
  RecordsFilter,
  RecordsList,
  usePaymentStore,
  useReverify,
  waitingEndReminders,
} from '../../../../features/payment'
import { ReminderOffer } from '../../../../features/reminders'
import { goTo } from '../../../../platform/navigation'

export default function RecordsPage() {
  const reverify = useReverify()
  const identity = usePaymentStore((state) => state.identity)
  const paymentRecords = usePaymentStore((state) => state.paymentRecords)
  const loadPaymentRecords = usePaymentStore((state) => state.loadPaymentRecords)
  const startForSelf = usePaymentStore((state) => state.startForSelf)
  const today = usePaymentStore((state) => state.today)()
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
            onRequestRefund={(receiptNo) => goTo('refund', { receiptNo })}
            onPayAgain={(record) => {
              // A relative's year is paid from 为家人缴费; the resident's own through the six steps afresh.
              if (record.memberToken) return goTo('familyMembers')
              startForSelf()
              goTo('enrolment')
            }}
          />
          <ReminderOffer reminders={waitingEndReminders(paymentRecords.data, today)} />
        </>
      ) : (
        <LoadingPanel message='正在查询缴费记录…' />
      )}
    </PageShell>
  )
}
