/**
 * The sheet of a simulated cashier, bound to it here so that only the demo and
 * sandbox wirings import the sheet: a release bundle holds neither.
 */
import { createElement, type ComponentType } from 'react'
import { CashierSheet } from '../features/payment'
import type { SimulatedCashier } from '../services/ports'

export function withSheet(cashier: SimulatedCashier): { cashier: SimulatedCashier; Sheet: ComponentType } {
  return { cashier, Sheet: () => createElement(CashierSheet, { cashier }) }
}
