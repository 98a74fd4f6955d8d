/** Step 5: each payment phase in words, and what the resident can do in it. */
import { View } from '@tarojs/components'
import {
  canContinueOrder,
  type FailureReason,
  type PaymentMachineState,
} from '../../../domain/payment-machine'
import {
  maintenanceRetryLabel,
  maintenanceUntilOf,
  type GatewayError,
} from '../../../services/gateway-errors'
import type { OrderAnswer } from '../../../services/model'
import { isBusyError } from '../../../services/payment-service'
import { ActionButton } from '../../../ui/action-button'
import { PrimaryActionBar } from '../../../ui/primary-action-bar'
import type { Loadable } from '../../../ui/loadable'
import { GatewayErrorPanel, LoadingPanel, NoticePanel } from '../../../ui/status-panel'
import { busyRetryLabel } from '../copy/payment-copy'
import { useSecondsUntil } from '../hooks/use-seconds-until'

interface PaymentStatusProps {
  payment: PaymentMachineState
  /** Why creating the order failed (with a failed/gateway state). */
  error?: GatewayError
  /** The bureau is busy or under maintenance: 重试 waits until then (ms since the epoch). */
  retryAt?: number
  /** 查询该订单: what the bureau said of the open order a TRADE_LOCKED refusal named. */
  lockedOrder?: Loadable<OrderAnswer>
  onCheckAgain(): void
  onRetry(): void
  onBackToAmount(): void
  onReverify(): void
  onShowReceipt(receiptNo: string): void
  /** 继续支付: the same order's cashier again (see canContinueOrder). */
  onContinue(): void
  onQueryLockedOrder(): void
}

/** What the resident is told of an order the bureau says is unpaid after its cashier was left. */
const OPEN_ORDER_TITLE = '您有一笔待支付的订单，可继续支付（不会重复扣款）'
const OPEN_ORDER_DETAIL =
  '医保部门显示这笔订单尚未付款。点“继续支付”会再次打开同一笔订单的收银台，同一笔订单只能付款一次。如您刚才已在微信中付款，请勿再付，结果会自动更新。'

export function PaymentStatus(props: PaymentStatusProps) {
  const {
    payment,
    error,
    retryAt,
    onCheckAgain,
    onRetry,
    onBackToAmount,
    onReverify,
    onShowReceipt,
    onContinue,
  } = props
  const waitSeconds = useSecondsUntil(retryAt)
  if (canContinueOrder(payment)) {
    return (
      <View>
        <NoticePanel tone='warn' title={OPEN_ORDER_TITLE} detail={OPEN_ORDER_DETAIL} />
        <PrimaryActionBar>
          <ActionButton label='继续支付' onTap={onContinue} />
          {payment.phase === 'unknown' && (
            <ActionButton label='再次查询' kind='secondary' onTap={onCheckAgain} />
          )}
        </PrimaryActionBar>
      </View>
    )
  }
  switch (payment.phase) {
    case 'idle':
      // Only for a moment after a relaunch, before the order in flight is asked about.
      return <LoadingPanel message='正在查询缴费状态，请稍候…' />
    case 'creating':
      return <LoadingPanel message='正在创建缴费订单，请稍候…' />
    case 'awaiting-payment':
      return <LoadingPanel message='请在微信收银台完成支付' />
    case 'confirming':
      return (
        <LoadingPanel
          message={`确认中：正在向医保部门查询缴费结果，请勿重复支付${payment.queries > 0 ? `（已查询 ${payment.queries} 次）` : '…'}`}
        />
      )
    case 'paid':
      return <NoticePanel tone='ok' title='缴费成功' detail='医保部门已确认收到您的缴费，正在打开电子凭证…' />
    case 'unknown':
      return (
        <View>
          <NoticePanel
            tone='warn'
            title='确认中，请勿重复支付'
            detail='医保部门暂未返回缴费结果。如已扣款，结果通常会在几分钟内更新。请稍后点“再次查询”，或拨打 12393（医保）/ 12366（税务）咨询。'
          />
          <PrimaryActionBar>
            <ActionButton label='再次查询' onTap={onCheckAgain} />
          </PrimaryActionBar>
        </View>
      )
    case 'failed':
      if (payment.reason === 'gateway' && error) {
        if (error.kind === 'business' && error.code === 'TRADE_LOCKED')
          return <LockedByOpenOrder {...props} error={error} />
        const existingReceipt =
          error.kind === 'business' && error.code === 'ALREADY_PAID' ? error.receiptNo : undefined
        const maintenanceUntil = maintenanceUntilOf(error)
        // A busy bureau, or one under maintenance until a time: 重试 stays disabled, saying when, until then.
        const waiting = (isBusyError(error) || maintenanceUntil !== undefined) && waitSeconds > 0
        const waitLabel =
          maintenanceUntil !== undefined
            ? maintenanceRetryLabel(maintenanceUntil)
            : busyRetryLabel(waitSeconds)
        return (
          <View>
            <GatewayErrorPanel
              error={error}
              onRetry={waiting ? undefined : onRetry}
              onReverify={onReverify}
            />
            <PrimaryActionBar>
              {waiting && <ActionButton label={waitLabel} disabled onTap={onRetry} />}
              {existingReceipt && (
                <ActionButton label='查看电子凭证' onTap={() => onShowReceipt(existingReceipt)} />
              )}
              <ActionButton label='返回核对金额' kind='secondary' onTap={onBackToAmount} />
            </PrimaryActionBar>
          </View>
        )
      }
      return (
        <View>
          <NoticePanel tone='warn' {...failureNotice(payment.reason)} />
          <PrimaryActionBar>
            <ActionButton label='返回核对金额' onTap={onBackToAmount} />
          </PrimaryActionBar>
        </View>
      )
  }
}

/**
 * TRADE_LOCKED: the bureau holds another open order for this bill (another
 * phone, a relative's link, a family payer). Nothing was made here. When the
 * refusal names the order, the resident may ask the bureau about it with
 * their own session: paid (that receipt), still open, or closed (pay again).
 */
function LockedByOpenOrder(props: PaymentStatusProps & { error: GatewayError & { kind: 'business' } }) {
  const { error, lockedOrder, onQueryLockedOrder, onShowReceipt, onRetry, onBackToAmount, onReverify } = props
  const answer = lockedOrder?.status === 'ready' ? lockedOrder.data : undefined
  const receiptNo = answer?.status === 'SUCCESS' ? answer.receiptNo : undefined
  const closed = answer?.status === 'CLOSED' || answer?.status === 'PAYERROR'
  // Only an order the refusal named can be asked about (a refusal without one says what it can and offers the way back).
  const canQuery =
    error.orderId !== undefined && lockedOrder?.status !== 'loading' && lockedOrder?.status !== 'error'
  return (
    <View>
      <GatewayErrorPanel error={error} />
      {lockedOrder?.status === 'loading' && <LoadingPanel message='正在查询该订单…' />}
      {lockedOrder?.status === 'error' && (
        <GatewayErrorPanel error={lockedOrder.error} onRetry={onQueryLockedOrder} onReverify={onReverify} />
      )}
      {answer && (
        <NoticePanel tone={receiptNo ? 'ok' : closed ? 'info' : 'warn'} {...lockedOrderNotice(answer)} />
      )}
      <PrimaryActionBar>
        {receiptNo ? (
          <ActionButton label='查看电子凭证' onTap={() => onShowReceipt(receiptNo)} />
        ) : closed ? (
          <ActionButton label='重新发起缴费' onTap={onRetry} />
        ) : canQuery ? (
          <ActionButton label={answer ? '再次查询该订单' : '查询该订单'} onTap={onQueryLockedOrder} />
        ) : null}
        <ActionButton label='返回核对金额' kind='secondary' onTap={onBackToAmount} />
      </PrimaryActionBar>
    </View>
  )
}

function lockedOrderNotice(answer: OrderAnswer): { title: string; detail: string } {
  switch (answer.status) {
    case 'SUCCESS':
      return answer.receiptNo
        ? { title: '该订单已缴费成功', detail: '这笔医保费已通过该订单缴纳，无需再缴。可查看电子凭证。' }
        : {
            title: '该订单已付款，凭证生成中',
            detail: '医保部门正在出具电子凭证，请稍后再次查询，无需再缴。',
          }
    case 'NOTPAY':
      return {
        title: '该订单尚未支付',
        detail:
          '这笔订单还在等待发起人付款，超时未付会由医保部门关闭。请稍后再次查询，订单关闭后即可重新发起缴费。',
      }
    case 'CLOSED':
    case 'PAYERROR':
      return { title: '该订单已关闭，未扣款', detail: '您现在可以重新发起缴费。' }
  }
}

function failureNotice(reason: FailureReason): { title: string; detail: string } {
  switch (reason) {
    case 'closed':
      return { title: '支付未完成', detail: '订单已关闭，未扣款。您可以返回重新发起缴费。' }
    case 'payment-error':
      // The bureau closed the order: the next payment makes a new one.
      return {
        title: '支付未成功，可重新支付',
        detail: '支付未成功，未扣款。请返回核对金额后重新发起缴费，或更换支付方式。',
      }
    case 'amount-changed':
      return {
        title: '金额已更新',
        detail: '医保部门核定的金额与本页不一致，未扣款。请返回核对新的金额后再确认支付。',
      }
    case 'gateway':
      return { title: '支付未完成', detail: '订单未能创建，未扣款。请返回重新发起缴费。' }
  }
}
