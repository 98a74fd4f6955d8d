/**
 * 家庭共济 capability of the region holding an employee's personal account, from
 * the region files. Only 达州 (511700) has a sourced rule; elsewhere, with the HTTP
 * gateway, the app offers no personal-account payment and says why. The mock build
 * passes its demonstration data as `overlay` (src/gateway/mock/mock-family-aid.ts).
 */
import type { FamilyAidCapability } from '../../domain/family'
import { provinceOf } from '../../domain/family'
import { regionRulesFor } from '.'

export type FamilyAidLookup = (accountAdcode: string) => FamilyAidCapability & { demo: boolean }

export function familyAidLookup(
  overlay: Readonly<Record<string, FamilyAidCapability>> = {},
): FamilyAidLookup {
  return (accountAdcode) => {
    const demo = overlay[accountAdcode] ?? overlay[provinceOf(accountAdcode)]
    if (demo) return { ...demo, demo: true }
    const capabilities = regionRulesFor(accountAdcode)?.capabilities
    return {
      scope: capabilities?.personalAccount,
      topUpByWechat: capabilities?.personalAccountTopUp,
      demo: false,
    }
  }
}
