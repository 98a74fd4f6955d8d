/**
 * The cart's total (always the sum of the lines shown), what comes from the
 * personal account and what by WeChat Pay, a short balance said before
 * paying, the 代他人缴费 warning to acknowledge, and 确认支付.
 */
import { View, Text } from '@tarojs/components'
import type { FundingPlan } from '../../../domain/family-cart'
import { formatYuan, type Fen } from '../../../domain/money'
import { ActionButton } from '../../../ui/action-button'
import { InfoRows, type InfoRow } from '../../../ui/info-rows'
import { NoticePanel } from '../../../ui/status-panel'
import { OWN_MONEY_WARNING } from '../copy/family-copy'
import { CheckRow } from './check-row'

interface CartSummaryProps {
  funding: FundingPlan
  lineCount: number
  balanceFen?: Fen
  /** The 家庭共济 rule shown comes from the mock's demonstration data. */
  demoRule: boolean
  acknowledged: boolean
  paying: boolean
  /** A run ended with lines unpaid: the button pays only those. */
  retry: boolean
  onAcknowledge(value: boolean): void
  onPay(): void
}

export function CartSummary(props: CartSummaryProps) {
  const { funding, lineCount, balanceFen, demoRule, acknowledged, paying, retry, onAcknowledge, onPay } =
    props
  if (lineCount === 0) return null
  const rows: InfoRow[] = []
  if (balanceFen !== undefined) rows.push({ label: '个人账户余额', value: `${formatYuan(balanceFen)} 元` })
  if (funding.ok) {
    if (funding.accountFen > 0)
      rows.push({ label: '个人账户支付', value: `${formatYuan(funding.accountFen)} 元` })
    rows.push({ label: '微信支付', value: `${formatYuan(funding.wechatFen)} 元` })
  }
  rows.push({ label: `合计（${lineCount} 人）`, value: `${formatYuan(funding.totalFen)} 元`, emphasis: true })
  const shortByTopUp =
    funding.ok && funding.lines.some((line) => line.source === 'account' && line.wechatFen > 0)
  return (
    <View>
      <View className='card'>
        <InfoRows rows={rows} />
        {/* Only the demo's mock bureau has demonstration rules: the build constant keeps this out of release. */}
        {process.env.TARO_APP_VARIANT !== 'release' && demoRule && (
          <Text className='hint'>家庭共济规则为演示数据（模拟医保系统），非真实地区政策。</Text>
        )}
      </View>
      {!funding.ok && (
        <NoticePanel
          tone='warn'
          title={`个人账户余额不足，还差 ${formatYuan(funding.shortFen)} 元`}
          detail='该地区不支持差额用微信支付。请把部分人员改为微信支付，或减少本次缴费人数。'
        />
      )}
      {shortByTopUp && (
        <NoticePanel
          tone='warn'
          title='个人账户余额不足'
          detail='余额不足的部分将用微信支付，支付时请在收银台确认差额。'
        />
      )}
      <View className='card'>
        <CheckRow
          label={OWN_MONEY_WARNING}
          checked={acknowledged}
          onToggle={() => onAcknowledge(!acknowledged)}
        />
      </View>
      {!acknowledged && <Text className='hint'>请先核对每位缴费人的信息并勾选上面的提示，再确认支付。</Text>}
      <ActionButton
        label={`${retry ? '重新支付未缴费的' : '确认支付'} ${lineCount} 人 ${formatYuan(funding.totalFen)} 元`}
        disabled={!acknowledged || !funding.ok}
        busy={paying}
        busyLabel='正在逐一缴费，请稍候…'
        onTap={onPay}
      />
    </View>
  )
}
