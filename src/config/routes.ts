/** The one route table. app.config.ts lists exactly these pages, main and subpackage (a test checks it). */
import type { Step } from '../domain/payment-flow'

export const ROUTES = {
  home: 'pages/home/index',
  verify: 'pages/verify/index',
  enrolment: 'pages/enrolment/index',
  plan: 'pages/plan/index',
  amount: 'pages/amount/index',
  pay: 'pages/pay/index',
  receipt: 'pages/receipt/index',
  records: 'pages/records/index',
  // In the care subpackage (with the weapp 朗读 clips): opened from a 请家人代缴 card.
  family: 'packages/care/pages/family/index',
} as const satisfies Record<Step | 'home' | 'records' | 'family', string>

export type Route = keyof typeof ROUTES

export function routeOf(route: Route): string {
  return `/${ROUTES[route]}`
}
