/** What home's panel says of the collection period: the dates as the region files source them, or that they are not sourced. */
import { formatChineseDate } from '../../../domain/chinese-date'
import type { PaymentDayStatus } from '../../../domain/payment-calendar'
import type { CollectionStatus } from '../collection-status'

export const HOTLINE_ADVICE = '如有疑问，请拨打医保服务热线12393。'

export function collectionText(status: CollectionStatus): string {
  switch (status.kind) {
    case 'open': {
      const name = status.period === 'window' ? '集中缴费期' : '延长缴费期'
      const end = formatChineseDate(status.end)
      return status.daysLeft === 0
        ? `${status.benefitYear}年度${name}今天（${end}）截止。`
        : `${status.benefitYear}年度${name}至${end}，还剩${status.daysLeft}天。`
    }
    case 'upcoming':
      return `${status.benefitYear}年度集中缴费期${formatChineseDate(status.start)}开始，还有${status.daysUntil}天。`
    case 'ended':
      return `${status.benefitYear}年度缴费期已于${formatChineseDate(status.end)}结束。现在缴费，需经过等待期才能享受医保待遇。`
    case 'window-unknown':
      return `${status.benefitYear}年度缴费期的起止日期尚未找到可靠来源，本程序暂不显示日期。${HOTLINE_ADVICE}`
    case 'no-years':
      return `暂无该地区的缴费标准。${HOTLINE_ADVICE}`
  }
}

/** Whether money is taken today (the region's payment calendar); nothing when the period text already says it. */
export function paymentDayText(status: PaymentDayStatus): string | undefined {
  if (status.open) return '今天可以缴费。'
  const reopens = status.reopensOn ? `，${formatChineseDate(status.reopensOn)}起可以缴费` : ''
  switch (status.reason) {
    case 'calendar':
      return `今天不是本地缴费渠道的受理日${reopens}。`
    case 'maintenance':
      return `今天本地缴费渠道维护，暂停受理${reopens}。`
    case 'after-cutoff':
      return '本年度已停止收费。'
    case 'before-window':
      return undefined
  }
}
