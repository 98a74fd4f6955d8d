/**
 * The one route table. app.config.ts lists exactly these pages (a test checks it):
 * the family pages in the `family` subpackage, which keeps them out of the weapp main package.
 */
import type { Step } from '../domain/payment-flow'

export const ROUTES = {
  home: 'pages/home/index',
  verify: 'pages/verify/index',
  enrolment: 'pages/enrolment/index',
  plan: 'pages/plan/index',
  amount: 'pages/amount/index',
  pay: 'pages/pay/index',
  // In the receipt subpackage (the QR encoder with them), preloaded from the pay step.
  receipt: 'packages/receipt/pages/receipt/index',
  records: 'packages/receipt/pages/records/index',
  // In the care subpackage (with the weapp 朗读 clips): opened from a 请家人代缴 card.
  familyShare: 'packages/care/pages/family-share/index',
  familyMembers: 'packages/family/pages/members/index',
  familyAdd: 'packages/family/pages/add/index',
  familyCart: 'packages/family/pages/cart/index',
} as const satisfies Record<Step | 'home' | 'records' | 'familyShare' | 'familyMembers' | 'familyAdd' | 'familyCart', string>

/** The weapp subpackage holding the family pages. */
export const FAMILY_PACKAGE_ROOT = 'packages/family'

export type Route = keyof typeof ROUTES

export function routeOf(route: Route): string {
  return `/${ROUTES[route]}`
}
