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
  // 退费申请, opened from a paid record in 缴费记录.
  refund: 'packages/receipt/pages/refund/index',
  // In the care subpackage (with the weapp 朗读 clips): opened from a 请家人代缴 card.
  familyShare: 'packages/care/pages/family-share/index',
  familyMembers: 'packages/family/pages/members/index',
  familyAdd: 'packages/family/pages/add/index',
  familyCart: 'packages/family/pages/cart/index',
  // 个人信息保护: in its own subpackage, opened from step 1's consent and from home.
  privacy: 'packages/privacy/pages/privacy/index',
  // 常见问题 and the hotlines: in the help subpackage, with the search library and the answers.
  help: 'packages/help/pages/faq/index',
  // 电子凭证查验: in its own subpackage (the H5 QR reader with it), from the receipt and from home; no sign-in.
  receiptCheck: 'packages/check/pages/check/index',
} as const satisfies Record<
  | Step
  | 'home'
  | 'records'
  | 'refund'
  | 'familyShare'
  | 'familyMembers'
  | 'familyAdd'
  | 'familyCart'
  | 'privacy'
  | 'help'
  | 'receiptCheck',
  string
>

/** The weapp subpackage holding the family pages. */
export const FAMILY_PACKAGE_ROOT = 'packages/family'

export type Route = keyof typeof ROUTES

type NoParams = Record<never, never>

/** What each page reads from its URL. Personal data never goes here: only opaque tokens and numbers. */
export interface RouteParams {
  home: NoParams
  /** `next: 'family'`: opened from 为家人缴费, the payer goes on to the family pages once verified. */
  verify: { next?: 'family' }
  enrolment: NoParams
  plan: NoParams
  amount: NoParams
  pay: NoParams
  receipt: { receiptNo: string }
  records: NoParams
  /** The payment to refund, by its receipt number. */
  refund: { receiptNo: string }
  /** The bureau's opaque share token of a 请家人代缴 card. */
  familyShare: { share: string }
  familyMembers: NoParams
  familyAdd: NoParams
  familyCart: NoParams
  privacy: NoParams
  /** The region chosen on home before verification (a six-digit region code), whose figures the answers show. */
  help: { adcode?: string }
  /** Nothing: what is checked is typed or scanned on the page, never carried in a link. */
  receiptCheck: NoParams
}

/** A route's parameters as arguments: optional where the route needs none. */
export type ParamsArg<R extends Route> = NoParams extends RouteParams[R]
  ? [params?: RouteParams[R]]
  : [params: RouteParams[R]]

/** Each route's reader: what a deep link carries may be missing or anything. */
const READERS: {
  [R in Route]: (raw: Readonly<Record<string, string | undefined>>) => Partial<RouteParams[R]>
} = {
  home: () => ({}),
  verify: (raw) => (raw.next === 'family' ? { next: 'family' } : {}),
  enrolment: () => ({}),
  plan: () => ({}),
  amount: () => ({}),
  pay: () => ({}),
  receipt: (raw) => (raw.receiptNo ? { receiptNo: raw.receiptNo } : {}),
  records: () => ({}),
  refund: (raw) => (raw.receiptNo ? { receiptNo: raw.receiptNo } : {}),
  familyShare: (raw) => (raw.share ? { share: raw.share } : {}),
  familyMembers: () => ({}),
  familyAdd: () => ({}),
  familyCart: () => ({}),
  privacy: () => ({}),
  help: (raw) => (raw.adcode && /^\d{6}$/.test(raw.adcode) ? { adcode: raw.adcode } : {}),
  receiptCheck: () => ({}),
}

export function routeOf(route: Route): string {
  return `/${ROUTES[route]}`
}

/** The one builder of page URLs: the route's path and its parameters, encoded. */
export function urlOf<R extends Route>(route: R, ...[params]: ParamsArg<R>): string {
  const entries = Object.entries((params ?? {}) as Record<string, string | undefined>).filter(
    (entry): entry is [string, string] => entry[1] !== undefined,
  )
  const search = entries.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')
  return search ? `${routeOf(route)}?${search}` : routeOf(route)
}

/** The one reader of page URLs: the parameters this route knows, checked; anything else is dropped. */
export function readParams<R extends Route>(
  route: R,
  raw: Readonly<Record<string, string | undefined>>,
): Partial<RouteParams[R]> {
  return READERS[route](raw)
}
