/**
 * Money is integer fen (分) everywhere. 元 strings are converted by parsing
 * their digits, never by floating-point arithmetic.
 */
export type Fen = number & { readonly __brand: 'Fen' }

export function fen(value: number): Fen {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`金额必须是整数分：${value}`)
  }
  return value as Fen
}

const YUAN_PATTERN = /^(-)?(\d{1,13})(?:\.(\d{1,2}))?$/

/** '400' | '400.5' | '400.05' → fen; anything else → null. */
export function parseYuan(text: string): Fen | null {
  const match = YUAN_PATTERN.exec(text.trim())
  if (!match) return null
  const [, sign, whole = '0', fraction = ''] = match
  const magnitude = Number(whole) * 100 + Number(fraction.padEnd(2, '0'))
  return fen(sign ? -magnitude : magnitude)
}

/** 40000 → '400.00'; -150 → '-1.50'. */
export function formatYuan(amount: Fen): string {
  const sign = amount < 0 ? '-' : ''
  const magnitude = Math.abs(amount)
  const whole = Math.floor(magnitude / 100)
  const cents = String(magnitude % 100).padStart(2, '0')
  return `${sign}${whole}.${cents}`
}

export function sumFen(amounts: readonly Fen[]): Fen {
  return fen(amounts.reduce<number>((total, amount) => total + amount, 0))
}

export const ZERO_FEN: Fen = fen(0)
