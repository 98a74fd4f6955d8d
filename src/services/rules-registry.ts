/**
 * weapp: where the contribution rules come from. The rules engine and the
 * region files are bundled into the subpackages whose pages quote (steps 2–5,
 * the family pages), not into the main package (≤ 430 KB in the release
 * build): each such page hands them over here as its code loads, and the
 * payment service's first rulesReady() waits for that (src/root/load-rules.weapp.ts).
 * H5 loads them as a chunk instead (load-rules.h5.ts).
 */
import type { Rules } from './rules'

export type RulesFactory = (today: () => string) => Rules

let provided: RulesFactory | undefined
const waiting: Array<(factory: RulesFactory) => void> = []

/** Each subpackage that quotes carries the same rules: the first to load provides them, the others are ignored. */
export function provideRules(factory: RulesFactory): void {
  if (provided) return
  provided = factory
  for (const resolve of waiting.splice(0)) resolve(factory)
}

export function providedRules(): Promise<RulesFactory> {
  return provided ? Promise.resolve(provided) : new Promise((resolve) => waiting.push(resolve))
}
