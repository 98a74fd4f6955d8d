/**
 * 个人信息保护 in the stores: consent to one version of the notice at a time,
 * 撤回同意并清除本机数据 (every key the app saved goes, the mock bureau's
 * ledger stays: it stands in for the bureau's server), and a storage that
 * fails to write, which must not fail what the resident is doing.
 */
import { consentOutdated, hasCurrentConsent, PRIVACY_NOTICE_VERSION } from '../../src/domain/consent'
import { selectConsentCurrent } from '../../src/features/payment/store/payment-store'
import { BUREAU_STAND_IN_KEY, guardWrites, removeResidentData } from '../../src/platform/key-value-storage'
import { memoryStorage } from '../support/memory-storage'
import { aDayOfUse, phoneWithFamily } from '../support/phone-with-family'
import { chooseAndAcknowledge, loadPayableRecord } from '../support/verified-order'

describe('consent to a version of the notice', () => {
  test('only the current version counts; an earlier one is outdated, none is neither', () => {
    const at = '2026-11-28T03:00:00.000Z'
    expect(hasCurrentConsent({ version: PRIVACY_NOTICE_VERSION, acceptedAt: at })).toBe(true)
    expect(hasCurrentConsent({ version: PRIVACY_NOTICE_VERSION - 1, acceptedAt: at })).toBe(false)
    expect(consentOutdated({ version: PRIVACY_NOTICE_VERSION - 1, acceptedAt: at })).toBe(true)
    expect([hasCurrentConsent(undefined), consentOutdated(undefined)]).toEqual([false, false])
  })

  test('agreeing saves the version and the time; declining saves nothing', () => {
    const phone = phoneWithFamily()
    const before = Date.now()
    phone.payment.getState().giveConsent(true)
    const consent = phone.payment.getState().consent
    expect(consent?.version).toBe(PRIVACY_NOTICE_VERSION)
    expect(Date.parse(consent?.acceptedAt ?? '')).toBeGreaterThanOrEqual(before)
    expect(selectConsentCurrent(phone.payment.getState())).toBe(true)
    expect(JSON.parse(phone.storage.getItem('yibao-payment') ?? '{}').state.consent).toEqual(consent)

    phone.payment.getState().giveConsent(false)
    expect(phone.payment.getState().consent).toBeUndefined()
    expect(selectConsentCurrent(phone.payment.getState())).toBe(false)
  })
})

describe('撤回同意并清除本机数据', () => {
  test('after a day of use, every key the app saved is gone but the bureau stand-in’s ledger', async () => {
    const phone = phoneWithFamily()
    await aDayOfUse(phone)
    expect([...phone.storage.items.keys()].sort()).toEqual(
      [BUREAU_STAND_IN_KEY, 'yibao-family', 'yibao-payment'].sort(),
    )

    expect(phone.payment.getState().withdrawConsent()).toEqual({ ok: true })
    expect([...phone.storage.items.keys()]).toEqual([BUREAU_STAND_IN_KEY])
    const payment = phone.payment.getState()
    expect([payment.consent, payment.identity, payment.flow.reached, payment.record, payment.bill]).toEqual([
      undefined,
      undefined,
      'verify',
      undefined,
      undefined,
    ])
    expect(payment.reachedCareOfferAge).toBe(false)
    // The family store in memory let go of the payer's relatives with the identity.
    expect([phone.family.getState().members, phone.family.getState().cart]).toEqual([[], []])
  })

  test('the bureau still knows the payments: verifying again finds the bill paid', async () => {
    const phone = phoneWithFamily()
    await aDayOfUse(phone)
    phone.payment.getState().withdrawConsent()
    await phone.verify('林晓华')
    await phone.payment.getState().loadEnrolment()
    const enrolment = phone.payment.getState().enrolment
    expect(enrolment.status === 'ready' && enrolment.data.kind).toBe('already-paid')
  })

  test('is refused while a payment may be moving money, and nothing is cleared', async () => {
    const phone = phoneWithFamily()
    await phone.verify('林晓华')
    const record = await loadPayableRecord(phone.payment)
    if (!record) throw new Error('no payable record')
    chooseAndAcknowledge(phone.payment, record)
    // The cashier stays open: the money may move at any moment.
    let closeCashier: (callback: 'completed') => void = () => undefined
    phone.callbacks.push(new Promise((resolve) => (closeCashier = resolve)))
    const paying = phone.payment.getState().pay()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(phone.payment.getState().payment.phase).toBe('awaiting-payment')
    const keys = [...phone.storage.items.keys()].sort()

    expect(phone.payment.getState().withdrawConsent()).toEqual({ ok: false, reason: 'payment-in-flight' })
    expect([...phone.storage.items.keys()].sort()).toEqual(keys)
    expect(phone.payment.getState().identity?.maskedName).toBe('**华')
    closeCashier('completed')
    await paying
    expect(phone.payment.getState().payment.phase).toBe('paid')
    expect(phone.payment.getState().withdrawConsent()).toEqual({ ok: true })
  })

  test('is refused while a family cart line’s cashier is open, even by a store that never saw the family pages', async () => {
    const phone = phoneWithFamily()
    await phone.verify('林国栋')
    await phone.family.getState().loadMembers()
    const wife = phone.family.getState().members.find((member) => member.relation === 'spouse')
    if (!wife) throw new Error('no spouse in the book')
    phone.family.getState().toggleInCart(wife.memberToken)
    await phone.family.getState().checkCart()
    phone.family.getState().setAcknowledged(true)
    let closeCashier: (callback: 'completed') => void = () => undefined
    phone.callbacks.push(new Promise((resolve) => (closeCashier = resolve)))
    const paying = phone.family.getState().payCart()
    await new Promise((resolve) => setTimeout(resolve, 0))

    // The payment store has nothing of its own in flight: the family's saved line is what stops it.
    expect(phone.payment.getState().payment.phase).toBe('idle')
    expect(phone.payment.getState().withdrawConsent()).toEqual({ ok: false, reason: 'payment-in-flight' })
    expect(phone.storage.getItem('yibao-family')).toContain('"moneyMayHaveMoved":true')
    closeCashier('completed')
    await paying
    expect(phone.payment.getState().withdrawConsent()).toEqual({ ok: true })
  })

  test('clears only the app’s own keys', () => {
    const storage = memoryStorage()
    for (const key of [
      'yibao-payment',
      'yibao-family',
      'yibao-care-mode',
      'yibao-later-feature',
      BUREAU_STAND_IN_KEY,
      'another-app',
    ])
      storage.setItem(key, '{}')
    expect(removeResidentData(storage).sort()).toEqual([
      'yibao-care-mode',
      'yibao-family',
      'yibao-later-feature',
      'yibao-payment',
    ])
    expect([...storage.items.keys()].sort()).toEqual(['another-app', BUREAU_STAND_IN_KEY])
  })
})

describe('a storage that cannot be written (a full phone)', () => {
  const fullPhone = () => {
    const failedKeys: string[] = []
    const phone = phoneWithFamily((storage) =>
      guardWrites(
        {
          ...storage,
          setItem: () => {
            throw new Error('setStorageSync:fail exceed storage max size 10MB')
          },
        },
        (key) => failedKeys.push(key),
      ),
    )
    return { phone, failedKeys }
  }

  test('verifying and paying still work from memory, and each failed key is reported', async () => {
    const { phone, failedKeys } = fullPhone()
    await phone.verify('林晓华')
    const record = await loadPayableRecord(phone.payment)
    if (!record) throw new Error('no payable record')
    chooseAndAcknowledge(phone.payment, record)
    phone.callbacks.push('completed')
    await phone.payment.getState().pay()
    expect(phone.payment.getState().payment.phase).toBe('paid')
    expect(phone.storage.items.size).toBe(0)
    expect(new Set(failedKeys)).toEqual(new Set(['yibao-payment', 'yibao-family', BUREAU_STAND_IN_KEY]))
  })

  test('without the guard the same write fails the action itself', async () => {
    const storage = memoryStorage()
    const throwing = {
      ...storage,
      setItem: () => {
        throw new Error('setStorageSync:fail exceed storage max size 10MB')
      },
    }
    const phone = phoneWithFamily(() => throwing)
    expect(() => phone.payment.getState().giveConsent(true)).toThrow('exceed storage max size')
  })
})
