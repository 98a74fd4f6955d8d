/** Personal data is shown masked after entry: on every screen, receipt and record. */

/** '11010519491231002X' → '110***********002X' */
export function maskIdNumber(id: string): string {
  if (id.length < 8) return '*'.repeat(id.length)
  return `${id.slice(0, 3)}${'*'.repeat(id.length - 7)}${id.slice(-4)}`
}

/** '张三' → '*三'; '欧阳娜娜' → '***娜'; counts characters beyond the BMP as one. */
export function maskPersonName(name: string): string {
  const chars = Array.from(name)
  if (chars.length <= 1) return '*'
  return `${'*'.repeat(chars.length - 1)}${chars[chars.length - 1] ?? ''}`
}
