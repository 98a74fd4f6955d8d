import fc from 'fast-check'
import {
  cartTotal,
  planFunding,
  withMember,
  withoutMember,
  type CartLine,
} from '../../src/domain/family-cart'
import { fen, sumFen } from '../../src/domain/money'

const line = (memberToken: string, amountFen: number, source: CartLine['source'] = 'wechat'): CartLine => ({
  memberToken,
  amountFen: fen(amountFen),
  source,
})

const lineArb = fc.record({
  memberToken: fc.string({ minLength: 1, maxLength: 6 }),
  amountFen: fc.integer({ min: 0, max: 2_000_000 }).map(fen),
  source: fc.constantFrom('wechat' as const, 'account' as const),
})

describe('cart members', () => {
  test('(property) adding never puts a member in twice, and keeps the order of first adds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e')), (adds) => {
        const cart = adds.reduce<string[]>(withMember, [])
        expect(new Set(cart).size).toBe(cart.length)
        expect(cart).toEqual([...new Set(adds)])
      }),
    )
  })

  test('removing takes the member out and nobody else', () => {
    expect(withoutMember(['a', 'b', 'c'], 'b')).toEqual(['a', 'c'])
    expect(withoutMember(['a'], 'z')).toEqual(['a'])
  })
})

describe('cart arithmetic', () => {
  test('(property) the total is the sum of the lines; account and WeChat parts add up to it, line by line', () => {
    fc.assert(
      fc.property(
        fc.array(lineArb, { maxLength: 5 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        (lines, balance) => {
          const funding = planFunding(lines, fen(balance), true)
          expect(funding.ok).toBe(true)
          if (!funding.ok) return
          expect(funding.totalFen).toBe(lines.reduce((total, next) => total + next.amountFen, 0))
          expect(funding.totalFen).toBe(cartTotal(lines))
          expect(funding.accountFen + funding.wechatFen).toBe(funding.totalFen)
          expect(funding.accountFen).toBeLessThanOrEqual(balance)
          for (const funded of funding.lines) {
            expect(funded.accountFen + funded.wechatFen).toBe(funded.amountFen)
            if (funded.source === 'wechat') expect(funded.accountFen).toBe(0)
          }
          expect(sumFen(funding.lines.map((funded) => funded.amountFen))).toBe(funding.totalFen)
        },
      ),
    )
  })

  test('(property) without a WeChat top-up, a short balance is stated with exactly how much is missing', () => {
    fc.assert(
      fc.property(
        fc.array(lineArb, { maxLength: 5 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        (lines, balance) => {
          const fromAccount = lines
            .filter((next) => next.source === 'account')
            .reduce((total, next) => total + next.amountFen, 0)
          const funding = planFunding(lines, fen(balance), false)
          if (fromAccount > balance)
            expect(funding).toEqual({
              ok: false,
              reason: 'insufficient-balance',
              totalFen: cartTotal(lines),
              shortFen: fromAccount - balance,
            })
          else expect(funding.ok && funding.accountFen).toBe(fromAccount)
        },
      ),
    )
  })

  test('the balance pays account lines in cart order; WeChat Pay takes what it does not cover', () => {
    const funding = planFunding(
      [line('wife', 40000, 'account'), line('son', 40000, 'account'), line('brother', 40000)],
      fen(60000),
      true,
    )
    expect(funding.ok && funding.lines.map(({ accountFen, wechatFen }) => [accountFen, wechatFen])).toEqual([
      [40000, 0],
      [20000, 20000],
      [0, 40000],
    ])
  })
})
