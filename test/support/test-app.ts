/**
 * A fresh app for a UI test: the composition root's wiring over a memory
 * storage, so no test sees another's store, ledger or bill.
 */
import { createAppServices, type AppServices } from '../../src/root/app-services'
import { memoryStorage } from './memory-storage'

export type TestApp = AppServices

export function createTestApp(): TestApp {
  return createAppServices({ storage: memoryStorage() })
}
