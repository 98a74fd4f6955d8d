/**
 * The family cart's arithmetic, in integer fen: each member at most once, the
 * total always the sum of the lines, and how a bill is funded when some lines
 * are paid from the employee personal account (家庭共济) and the rest, or the
 * part the balance does not cover, by WeChat Pay.
 */
import { fen, sumFen, type Fen } from './money'

/** Adds a member to the cart once; a second add changes nothing. */
export function withMember(members: readonly string[], memberToken: string): string[] {
  return members.includes(memberToken) ? [...members] : [...members, memberToken]
}

export const withoutMember = (members: readonly string[], memberToken: string): string[] =>
  members.filter((candidate) => candidate !== memberToken)

export type FundingSource = 'wechat' | 'account'

export interface CartLine {
  memberToken: string
  amountFen: Fen
  source: FundingSource
}

export interface FundedLine extends CartLine {
  /** Taken from the personal account. */
  accountFen: Fen
  /** Paid by WeChat Pay: the whole line, or what the balance did not cover. */
  wechatFen: Fen
}

export type FundingPlan =
  | { ok: true; lines: FundedLine[]; totalFen: Fen; accountFen: Fen; wechatFen: Fen }
  /** The balance does not cover the account lines and the region allows no WeChat top-up. */
  | { ok: false; reason: 'insufficient-balance'; totalFen: Fen; shortFen: Fen }

export const cartTotal = (lines: readonly CartLine[]): Fen => sumFen(lines.map((line) => line.amountFen))

/**
 * Account lines draw on the balance in cart order. When it runs out, a region
 * that allows it has WeChat Pay take the rest of each line; otherwise the plan
 * says by how much the balance is short, before anything is paid.
 */
export function planFunding(
  lines: readonly CartLine[],
  balanceFen: Fen,
  topUpByWechat: boolean,
): FundingPlan {
  const totalFen = cartTotal(lines)
  const fromAccount = sumFen(lines.filter((line) => line.source === 'account').map((line) => line.amountFen))
  if (fromAccount > balanceFen && !topUpByWechat) {
    return { ok: false, reason: 'insufficient-balance', totalFen, shortFen: fen(fromAccount - balanceFen) }
  }
  let left: number = balanceFen
  const funded = lines.map((line): FundedLine => {
    const accountFen = line.source === 'account' ? Math.min(left, line.amountFen) : 0
    left -= accountFen
    return { ...line, accountFen: fen(accountFen), wechatFen: fen(line.amountFen - accountFen) }
  })
  return {
    ok: true,
    lines: funded,
    totalFen,
    accountFen: sumFen(funded.map((line) => line.accountFen)),
    wechatFen: sumFen(funded.map((line) => line.wechatFen)),
  }
}
