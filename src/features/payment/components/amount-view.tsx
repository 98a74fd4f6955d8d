/**
 * Step 4: the itemised bill in fen, the fiscal subsidy apart as information,
 * when cover starts and why a resident waits, back-years that shorten the
 * wait, the notices the bill rests on, and the notice to acknowledge before 确认支付.
 */
import { View, Text } from '@tarojs/components'
import { ariaBoolean } from '../../../ui/aria'
import { formatChineseDate } from '../../../domain/chinese-date'
import { formatYuan, type Fen } from '../../../domain/money'
import type { Quote } from '../../../domain/quote'
import {
  coverageBasis,
  repairNotice,
  waitingDetail,
  waitingFrom,
  waitingTitle,
  waitLength,
} from '../copy/coverage-copy'
import { FoldInCareMode } from '../../../ui/fold-in-care-mode'
import { useCareModeOn } from '../../../ui/care-mode-context'
import { KeepTogether } from '../../../ui/keep-together'
import { PrimaryActionBar } from '../../../ui/primary-action-bar'
import { ActionButton } from '../../../ui/action-button'
import { BackYearChooser } from './back-year-chooser'
import { InfoRows, type InfoRow } from '../../../ui/info-rows'
import { PolicySources } from './policy-sources'
import { NoticePanel } from '../../../ui/status-panel'
import { amountChangeText, busyRetryLabel, longTermCareNote } from '../copy/payment-copy'
import { maintenancePayLabel } from '../../../services/gateway-errors'
import { useSecondsUntil } from '../hooks/use-seconds-until'
import type { AmountChange } from '../store/payment-store'

interface AmountViewProps {
  quote: Quote
  regionName: string
  acknowledged: boolean
  busy: boolean
  /** The bureau answered another amount: 金额已更新, to confirm again. */
  amountChange?: AmountChange
  /** The bureau is busy (or under maintenance): 确认支付 waits until then (ms since the epoch), counting down. */
  retryAt?: number
  /** The bureau is under maintenance until this time (HH:mm): said on the waiting button instead of seconds. */
  maintenanceUntil?: string
  /** The resident cancelled in the cashier: 已取消支付，可重新支付. */
  cashierCancelled?: boolean
  /**
   * A payment already started for this bill: its result is awaited (确认中), or
   * its order may be paid on (继续支付, the same order). The button then leads
   * to that payment instead of starting another.
   */
  pending?: 'awaiting-result' | 'open-order'
  /** The amount of that payment's bill (it may be another record's, chosen before 为本人缴费 started again). */
  pendingFen?: Fen
  onShowPending?(): void
  onAcknowledge(value: boolean): void
  onChooseBackYears(backYears: number): void
  onPay(): void
}

const NOTICE_LINES = [
  '缴费成功后，费用由医保部门按规定使用，一般不予退还。',
  '请确认参保地与缴费年度无误；一年只需在一个地区缴费。',
  '缴费结果以医保部门查询结果为准，电子凭证可在“缴费记录”中查看。',
]

export function AmountView(props: AmountViewProps) {
  const {
    quote,
    regionName,
    acknowledged,
    busy,
    amountChange,
    retryAt,
    maintenanceUntil,
    cashierCancelled,
    pending,
    pendingFen,
  } = props
  const { onAcknowledge, onChooseBackYears, onPay, onShowPending } = props
  const { coverage } = quote
  const waiting = waitingDetail(coverage, quote.breakYears)
  const repair = repairNotice(quote)
  const careFen = quote.lines.find((line) => line.kind === 'long-term-care')?.amountFen
  const busySeconds = useSecondsUntil(retryAt)
  const careMode = useCareModeOn()
  return (
    <View>
      {pending && <NoticePanel tone='warn' {...pendingNotice(pending, pendingFen)} />}
      {cashierCancelled && !pending && (
        <NoticePanel
          title='已取消支付，可重新支付'
          detail='您在微信收银台取消了支付，未扣款。核对无误后，可再次点“确认支付”。'
        />
      )}
      {amountChange && <NoticePanel tone='warn' {...amountChangeText(amountChange)} />}
      {/* Why the bill already holds back-years: without them it gives no cover this year. First, never folded. */}
      {repair && <NoticePanel tone='warn' {...repair} />}
      <View className='card'>
        <Text className='card-title'>
          <KeepTogether text={`缴费明细（${quote.benefitYear}年度）`} />
        </Text>
        <FoldInCareMode label='缴费明细'>
          <InfoRows
            rows={[
              ...quote.lines.map((line) => ({
                label: line.label,
                value: `${formatYuan(line.amountFen)} 元`,
              })),
              { label: '应缴金额', value: `${formatYuan(quote.payableFen)} 元`, emphasis: true },
            ]}
          />
          {careFen !== undefined && (
            <Text className='hint'>
              <KeepTogether text={longTermCareNote(careFen)} />
            </Text>
          )}
        </FoldInCareMode>
        <View className='amount-total nowrap' ariaLabel={`应缴金额 ${formatYuan(quote.payableFen)} 元`}>
          <Text className='amount-figure'>{formatYuan(quote.payableFen)}</Text>
          <Text className='amount-unit'>元</Text>
        </View>
      </View>
      <View className='card'>
        <InfoRows rows={coverageRows(quote, regionName)} />
        {/* Care mode keeps the start date and the wait on screen; the rest is one tap away. */}
        <FoldInCareMode label='待遇详情'>
          <InfoRows rows={coverageDetailRows(quote)} />
        </FoldInCareMode>
        {quote.governmentSubsidyFen !== undefined && (
          <FoldInCareMode label='政府补助'>
            <InfoRows
              rows={[
                { label: '政府补助标准（人均）', value: `${formatYuan(quote.governmentSubsidyFen)} 元` },
              ]}
            />
            <Text className='hint'>政府补助由财政直接拨付医保基金，不需要您支付，仅供了解。</Text>
          </FoldInCareMode>
        )}
      </View>
      {/* Care mode says how long and from when; why (the policy, the years missed) is one tap away. */}
      {waiting && (
        <NoticePanel
          tone='warn'
          title={waitingTitle(coverage)}
          detail={careMode ? waitingFrom(coverage) : waiting}
        />
      )}
      {waiting && careMode && (
        <View className='care-card'>
          <FoldInCareMode label='等待期的原因'>
            <Text className='paragraph'>
              <KeepTogether text={waiting} />
            </Text>
          </FoldInCareMode>
        </View>
      )}
      {quote.warnings.includes('extended-period') && (
        <NoticePanel
          title='您在延长缴费期内缴费'
          detail={`待遇自缴费当日（${formatChineseDate(coverage.start)}）起享受，此前发生的医疗费用不在本次保障范围内。`}
        />
      )}
      <BackYearChooser
        options={quote.backYearOptions}
        chosen={quote.backYears}
        onChoose={onChooseBackYears}
      />
      {/* For information only: folded in care mode (on a card of its own), with the notices the bill rests on. */}
      <View className='care-card'>
        <FoldInCareMode label='大病保险激励和政策依据'>
          {quote.incentive && quote.incentive.increaseFen > 0 && (
            <NoticePanel
              tone='ok'
              title={`大病保险最高支付限额可提高 ${formatYuan(quote.incentive.increaseFen)} 元`}
              detail={`按连续参保和未使用医保基金的激励规定，在原限额 ${formatYuan(quote.incentive.capFen)} 元的基础上提高，仅供了解。`}
            />
          )}
          <PolicySources quote={quote} regionName={regionName} />
        </FoldInCareMode>
      </View>
      <View className='card'>
        <Text className='card-title'>缴费须知</Text>
        {NOTICE_LINES.map((line, index) => (
          <Text key={line} className='paragraph'>
            {index + 1}. {line}
          </Text>
        ))}
        <View
          className={`check ${acknowledged ? 'check-on' : ''}`}
          ariaRole='checkbox'
          ariaChecked={ariaBoolean(acknowledged)}
          tabIndex={0}
          onClick={() => onAcknowledge(!acknowledged)}
        >
          <Text className='check-box' ariaHidden>
            {acknowledged ? '☑' : '☐'}
          </Text>
          <Text>我已阅读并知晓缴费须知</Text>
        </View>
      </View>
      <PrimaryActionBar>
        {pending ? (
          <ActionButton
            label={pending === 'open-order' ? '继续支付' : '查看缴费结果'}
            onTap={() => onShowPending?.()}
          />
        ) : (
          <>
            {!acknowledged && <Text className='hint'>请先阅读并勾选缴费须知，再确认支付。</Text>}
            <ActionButton
              label={
                waitLabel(busySeconds, maintenanceUntil) ?? `确认支付 ${formatYuan(quote.payableFen)} 元`
              }
              disabled={!acknowledged || busySeconds > 0}
              busy={busy}
              busyLabel='正在发起支付…'
              onTap={onPay}
            />
          </>
        )}
      </PrimaryActionBar>
    </View>
  )
}

/** The waiting button's label while a busy or maintained bureau takes no order. */
function waitLabel(seconds: number, maintenanceUntil: string | undefined): string | undefined {
  if (seconds <= 0) return undefined
  return maintenanceUntil ? maintenancePayLabel(maintenanceUntil) : busyRetryLabel(seconds)
}

function pendingNotice(
  pending: 'awaiting-result' | 'open-order',
  amountFen: Fen | undefined,
): { title: string; detail: string } {
  const amount = amountFen === undefined ? '' : `（${formatYuan(amountFen)} 元）`
  return pending === 'open-order'
    ? {
        title: '您有一笔待支付的订单，可继续支付（不会重复扣款）',
        detail: `医保部门显示这笔订单${amount}尚未付款。继续支付会打开同一笔订单的收银台，同一笔订单只能付款一次。`,
      }
    : {
        title: '缴费结果确认中，请勿重复支付',
        detail: `您已打开过微信收银台，医保部门正在确认这笔缴费${amount}的结果。请点“查看缴费结果”。`,
      }
}

/** Where, when cover starts and how long the wait is: what a resident must check before paying. */
function coverageRows({ coverage }: Quote, regionName: string): InfoRow[] {
  return [
    { label: '参保地', value: regionName },
    { label: '待遇起始日期', value: formatChineseDate(coverage.start) },
    { label: '等待期', value: waitLength(coverage) || '无' },
  ]
}

function coverageDetailRows({ coverage }: Quote): InfoRow[] {
  return [
    {
      label: '待遇享受期',
      value: `${formatChineseDate(coverage.start)}至${formatChineseDate(coverage.end)}`,
    },
    { label: '起始依据', value: coverageBasis(coverage) },
  ]
}
