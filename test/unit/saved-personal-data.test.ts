/**
 * Everything the app writes to storage during a day's use, read back as a
 * stolen phone would give it away: no name, no ID number, no birth date in any
 * usual spelling, and nothing from which an ID number could be rebuilt. The
 * flow covers the payment store (a resident's own bill, a newborn's choice),
 * the family store (members added by name and ID, a cart paid) and the demo's
 * mock bureau ledger on the same storage.
 */
import { createPaymentStore } from '../../src/features/payment/store/payment-store'
import { createMockGateway } from '../../src/gateway/mock/mock-gateway'
import { loadRules } from '../../src/root/load-rules'
import { createBureauClient } from '../../src/services/bureau-client'
import { createPaymentService } from '../../src/services/payment-service'
import { aDayOfUse, phoneWithFamily } from '../support/phone-with-family'
import { birthDateSpellings, personalDataIn, rebuiltIdNumbers } from '../support/personal-data-scan'
import { seed } from '../support/seed'
import { simulatedFace } from '../support/simulated-face'

const PEOPLE = ['林国栋', '陈玉珍', '王小明', '林晓华', '林小满'].map(seed)

describe('what the app writes to storage', () => {
  test('gives away no name, ID number or birth date, and rebuilds no ID number, at any moment of a day of use', async () => {
    const phone = phoneWithFamily()
    await aDayOfUse(phone)
    const everything = phone.written.join('\n')
    expect(phone.written.length).toBeGreaterThan(20)
    for (const person of PEOPLE)
      expect([person.name, personalDataIn(everything, person)]).toEqual([person.name, []])
  })

  test('what is saved still brings the newborn back to step 2, which asks the bureau again', async () => {
    const phone = phoneWithFamily()
    await aDayOfUse(phone)
    // The app again over the same storage (the bureau is not reached: only what was saved counts).
    const bureau = createMockGateway({ latencyMs: 0, today: () => '2025-11-20', benefitYear: 2026 })
    const restarted = createPaymentStore(
      createPaymentService({
        client: createBureauClient({ send: () => Promise.resolve({ kind: 'network' }) }),
        payment: { requestPayment: () => Promise.resolve('cancelled') },
        face: simulatedFace(bureau),
        clock: { today: () => '2025-11-20', sleep: () => Promise.resolve() },
        loadRules: () => loadRules(() => '2025-11-20'),
      }),
      phone.storage,
    )
    expect(restarted.getState().identity?.maskedName).toBe('**满')
    expect(restarted.getState().flow.reached).toBe('enrolment')
    expect(restarted.getState().record).toBeUndefined()
  })
})

describe('the scan itself', () => {
  const lin = seed('林晓华')

  test('finds each usual spelling of the birth date', () => {
    expect(birthDateSpellings(lin.idNumber)).toEqual(
      expect.arrayContaining(['19900307', '1990-03-07', '1990/3/7', '1990年3月7日', '1990年03月07日']),
    )
    for (const spelling of birthDateSpellings(lin.idNumber))
      expect(personalDataIn(`{"note":"${spelling}"}`, lin)).toContain(`the birth date as ${spelling}`)
  })

  test('rebuilds the ID number from the masked ID, the region code and the birth date, as saved before version 4', () => {
    const savedBefore = JSON.stringify({
      identity: { maskedIdNumber: '350***********1234', birthDate: '1990-03-07' },
      record: { adcode: '350102' },
    })
    expect(rebuiltIdNumbers(savedBefore)).toEqual(new Set([lin.idNumber]))
    expect(rebuiltIdNumbers(savedBefore.replace('1990-03-07', ''))).toEqual(new Set())
  })
})
