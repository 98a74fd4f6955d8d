/**
 * MOCK DATA, NOT POLICY. No region's 家庭共济 rule (who the personal account may
 * pay for, whether WeChat Pay may top up a short balance) was sourced, so the
 * region files leave it out. The mock bureau and the mock build use this so
 * that 家庭共济 can be shown end to end: Fujian accounts pay for relatives insured
 * in Fujian (the common "same province" shape, shared/facts/policy.md [B]), with
 * a WeChat top-up. The app marks it as demonstration data on screen.
 */
import type { FamilyAidCapability } from '../../domain/family'

export const MOCK_FAMILY_AID: Readonly<Record<string, FamilyAidCapability>> = {
  '350000': { scope: 'same-province', topUpByWechat: true },
}
