/** The one route table. app.config.ts lists exactly these pages (a test checks it). */
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
} as const satisfies Record<Step | 'home' | 'records', string>

export type Route = keyof typeof ROUTES

export function routeOf(route: Route): string {
  return `/${ROUTES[route]}`
}
