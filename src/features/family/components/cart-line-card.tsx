/**
 * One member of the cart: what their check found, the amount in fen when
 * payable, how it is funded (WeChat Pay with the payer's own money, or the
 * personal account when 家庭共济 allows it, else why not), the tier of their
 * bill where their region has tiers (the payer chooses it, as on step 3), and
 * their payment's own outcome once paying starts.
 */
import { View, Text } from '@tarojs/components'
import type { FundingSource } from '../../../domain/family-cart'
import { formatYuan } from '../../../domain/money'
import { PlanOptions } from '../../payment'
import { describeGatewayError, gatewayErrorSentence } from '../../../services/gateway-errors'
import { ActionButton } from '../../../ui/action-button'
import { KeepTogether } from '../../../ui/keep-together'
import { LoadingPanel } from '../../../ui/status-panel'
import { aidRefusalText, memberLabel, outcomeText } from '../copy/family-copy'
import type { CartLineView } from '../store/cart-plan'
import { ChoiceRow } from './check-row'
import '../family.css'

interface CartLineCardProps {
  view: CartLineView
  accountRegion?: string
  /** Paying has started or ended for this cart: funding is fixed, each line shows its outcome. */
  locked: boolean
  onSource(source: FundingSource): void
  onChooseTier(tierId: string): void
  onRetryCheck(): void
  onCheckAgain(): void
  onShowReceipt(receiptNo: string): void
}

export function CartLineCard({
  view,
  accountRegion,
  locked,
  onSource,
  onChooseTier,
  onRetryCheck,
  onCheckAgain,
  onShowReceipt,
}: CartLineCardProps) {
  const { member, check, amountFen, aid, source, line } = view
  const name = memberLabel(member)
  return (
    <View className='card cart-line' ariaLabel={name}>
      <View className='row row-emphasis'>
        <Text className='row-label'>{name}</Text>
        {amountFen !== undefined && (
          <Text className='row-value'>
            <KeepTogether text={`${formatYuan(amountFen)} 元`} />
          </Text>
        )}
      </View>
      {check.status === 'loading' || check.status === 'idle' ? (
        <LoadingPanel message='正在查询参保信息和应缴金额…' />
      ) : check.status === 'error' ? (
        <View>
          <Text className='form-error' ariaRole='alert'>
            {describeGatewayError(check.error).title}：{describeGatewayError(check.error).detail}
          </Text>
          <ActionButton label='重新查询' kind='secondary' onTap={onRetryCheck} />
        </View>
      ) : (
        <View>
          <Text className='paragraph'>
            <KeepTogether text={outcomeText(check.data).title} />
          </Text>
          {outcomeText(check.data).detail && (
            <Text className='hint'>
              <KeepTogether text={outcomeText(check.data).detail} />
            </Text>
          )}
        </View>
      )}
      <LineTiers view={view} locked={locked} onChooseTier={onChooseTier} />
      {amountFen !== undefined && !line.receiptNo && !locked && (
        <View ariaRole='radiogroup' ariaLabel={`${name}的支付方式`}>
          <ChoiceRow
            title='微信支付（本人资金代缴）'
            selected={source === 'wechat'}
            onChoose={() => onSource('wechat')}
          />
          {aid?.ok ? (
            <ChoiceRow
              title='职工医保个人账户（家庭共济）'
              selected={source === 'account'}
              onChoose={() => onSource('account')}
            />
          ) : (
            aid && (
              <Text className='hint'>
                <KeepTogether text={aidRefusalText(aid.reason, accountRegion ?? '')} />
              </Text>
            )
          )}
        </View>
      )}
      <LineOutcome view={view} onCheckAgain={onCheckAgain} onShowReceipt={onShowReceipt} />
    </View>
  )
}

/** The region's tiers for this member's bill, side by side; once ordered, only the tier it was ordered at. */
function LineTiers({
  view,
  locked,
  onChooseTier,
}: Pick<CartLineCardProps, 'view' | 'locked' | 'onChooseTier'>) {
  const { check, line } = view
  const quote = check.status === 'ready' && check.data.kind === 'payable' ? check.data.quote : undefined
  const tiers = quote?.planOptions.filter((option) => option.kind === 'tier') ?? []
  if (!quote || tiers.length === 0 || line.receiptNo) return null
  if (locked || line.bill?.orderId) {
    const chosen = tiers.find((tier) => tier.chosen)
    return chosen ? <Text className='hint'>缴费档次：{chosen.label}</Text> : null
  }
  return (
    <PlanOptions
      options={tiers}
      benefitYear={quote.benefitYear}
      longTermCareFen={quote.lines.find((item) => item.kind === 'long-term-care')?.amountFen}
      groupLabel={`${memberLabel(view.member)}的缴费档次`}
      onChooseTier={onChooseTier}
    />
  )
}

function LineOutcome({
  view,
  onCheckAgain,
  onShowReceipt,
}: Pick<CartLineCardProps, 'view' | 'onCheckAgain' | 'onShowReceipt'>) {
  const { line, source } = view
  const receiptNo = line.receiptNo
  if (receiptNo) {
    return (
      <View className='line-status line-paid'>
        <Text className='panel-title'>✓ 已缴费</Text>
        <Text className='hint'>凭证号 {receiptNo}</Text>
        <ActionButton
          label={`查看${memberLabel(view.member)}的电子凭证`}
          kind='secondary'
          onTap={() => onShowReceipt(receiptNo)}
        />
      </View>
    )
  }
  const { payment } = line
  switch (payment.phase) {
    case 'creating':
      return <LoadingPanel message='正在创建缴费订单…' />
    case 'awaiting-payment':
      return (
        <LoadingPanel message={source === 'account' ? '正在从个人账户扣款…' : '请在微信收银台完成支付'} />
      )
    case 'confirming':
      return <LoadingPanel message='确认中：正在向医保部门查询缴费结果，请勿重复支付…' />
    case 'unknown':
      return (
        <View className='line-status line-unpaid'>
          <Text className='panel-title'>确认中，请勿重复支付</Text>
          <Text className='hint'>医保部门暂未返回结果，如已扣款通常几分钟内更新。</Text>
          <ActionButton label='再次查询' kind='secondary' onTap={onCheckAgain} />
        </View>
      )
    case 'failed':
      return (
        <View className='line-status line-unpaid'>
          <Text className='panel-title'>✗ 未缴费</Text>
          <Text className='hint'>
            <KeepTogether text={failureText(view)} />
          </Text>
        </View>
      )
    default:
      return line.bill?.orderId ? (
        <View className='line-status line-unpaid'>
          <Text className='panel-title'>✗ 未缴费</Text>
          <Text className='hint'>支付已取消，未扣款。</Text>
        </View>
      ) : null
  }
}

function failureText({ line }: CartLineView): string {
  if (line.payment.phase !== 'failed') return ''
  if (line.payment.reason === 'closed') return '订单已超时关闭，未扣款。'
  if (line.payment.reason === 'payment-error') return '支付未成功，未扣款，可重新支付。'
  if (line.payment.reason === 'amount-changed') return '金额已更新，未扣款。请核对新的金额后重新确认支付。'
  if (!line.paymentError) return '订单未能创建，未扣款。'
  return gatewayErrorSentence(line.paymentError)
}
