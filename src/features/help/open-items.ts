/**
 * What is still open for the resident on this phone, from what the stores
 * already hold (nothing is asked of the bureau for home): an order being
 * confirmed, 请家人代缴 links waiting for a relative, relatives not paid for
 * here, a waiting period running after payment, the bureau's maintenance.
 */
import { formatChineseDate } from '../../domain/chinese-date'
import { addDays } from '../../domain/iso-date'
import { maintenanceEndsAt } from '../../domain/maintenance-window'
import { isInFlight } from '../../domain/payment-machine'
import type { PaymentState } from '../payment'

export interface OpenItem {
  key: 'order-confirming' | 'share-waiting' | 'waiting-period' | 'family-not-paid' | 'maintenance'
  text: string
  /** The one thing to tap, where there is one. */
  action?: 'pay' | 'family'
}

type Held = Pick<
  PaymentState,
  'identity' | 'payment' | 'quote' | 'familyShare' | 'openShares' | 'maintenanceUntil'
>

/**
 * `familyNotPaidHere`: how many of the payer's 常用缴费人 have no payment made
 * in this app (the family feature's saved list), when they have any.
 */
export function openItems(state: Held, today: string, now: number, familyNotPaidHere?: number): OpenItem[] {
  const items: OpenItem[] = []
  if (state.maintenanceUntil && maintenanceEndsAt(state.maintenanceUntil, now) !== undefined)
    items.push({
      key: 'maintenance',
      text: `医保缴费系统维护中，预计${state.maintenanceUntil}结束，请在维护结束后再缴费。`,
    })
  if (!state.identity) return items
  if (isInFlight(state.payment))
    items.push({
      key: 'order-confirming',
      text: '您有一笔缴费正在确认中，结果以医保部门确认为准，请不要重复缴费。',
      action: 'pay',
    })
  const shares = waitingShares(state)
  if (shares.length > 0) {
    const lastDay = shares.map((share) => share.expiresOn).sort()[shares.length - 1] ?? ''
    items.push({
      key: 'share-waiting',
      text: `${shares.length}个请家人代缴链接等待家人支付，最晚有效至${formatChineseDate(lastDay)}。`,
    })
  }
  if (familyNotPaidHere)
    items.push({
      key: 'family-not-paid',
      text: `常用缴费人中有${familyNotPaidHere}位尚未在本程序缴费。`,
      action: 'family',
    })
  const coverage = state.payment.phase === 'paid' ? state.quote?.coverage : undefined
  if (coverage && coverage.waitingMonths > 0 && coverage.start > today)
    items.push({
      key: 'waiting-period',
      text: `等待期至${formatChineseDate(addDays(coverage.start, -1))}，${formatChineseDate(coverage.start)}起享受医保待遇。`,
    })
  return items
}

/** The bureau's list when it was read; else the link made in this session, if any. */
function waitingShares(state: Held): Array<{ expiresOn: string }> {
  if (state.openShares.status === 'ready') return state.openShares.data
  return state.familyShare.status === 'ready' ? [state.familyShare.data] : []
}
