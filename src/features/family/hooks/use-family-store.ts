import { useStore } from 'zustand'
import { useFamilyDeps, type FamilyDeps } from '../family-deps'
import { createFamilyStore, type FamilyActions, type FamilyStore } from '../store/family-store'

type FamilyStoreApi = ReturnType<typeof createFamilyStore>

/** One store per set of dependencies: the app has one; each UI test mounts with its own. */
const stores = new WeakMap<FamilyDeps, FamilyStoreApi>()

export function familyStoreFor(deps: FamilyDeps): FamilyStoreApi {
  const existing = stores.get(deps)
  if (existing) return existing
  const created = createFamilyStore(deps)
  stores.set(deps, created)
  return created
}

export const useFamilyStoreApi = (): FamilyStoreApi => familyStoreFor(useFamilyDeps())

/** Select one field (or a stable value) at a time from the family store. */
export function useFamilyStore<T>(selector: (state: FamilyStore) => T): T {
  return useStore(useFamilyStoreApi(), selector)
}

/** The store's actions: stable functions, so reading them needs no subscription. */
export const useFamilyActions = (): FamilyActions => useFamilyStoreApi().getState()
