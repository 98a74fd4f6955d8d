import { useStore } from 'zustand'
import { familyAidLookup, type FamilyAidLookup } from '../../../config/regions/family-aid'
import { useFamilyDeps, type FamilyDeps } from '../family-deps'
import { createFamilyStore, type FamilyActions, type FamilyStore } from '../store/family-store'

type FamilyStoreApi = ReturnType<typeof createFamilyStore>

interface Family {
  store: FamilyStoreApi
  familyAid: FamilyAidLookup
}

/** One store per set of dependencies: the app has one; each UI test mounts with its own. */
const families = new WeakMap<FamilyDeps, Family>()

function familyFor(deps: FamilyDeps): Family {
  const existing = families.get(deps)
  if (existing) return existing
  const familyAid = familyAidLookup(deps.familyAidOverlay)
  const created = { store: createFamilyStore({ ...deps, familyAid }), familyAid }
  families.set(deps, created)
  return created
}

export const familyStoreFor = (deps: FamilyDeps): FamilyStoreApi => familyFor(deps).store

export const useFamilyStoreApi = (): FamilyStoreApi => familyStoreFor(useFamilyDeps())

/** Which 家庭共济 payments an account's region allows (region files, or the mock's demonstration data). */
export const useFamilyAid = (): FamilyAidLookup => familyFor(useFamilyDeps()).familyAid

/** Select one field (or a stable value) at a time from the family store. */
export function useFamilyStore<T>(selector: (state: FamilyStore) => T): T {
  return useStore(useFamilyStoreApi(), selector)
}

/** The store's actions: stable functions, so reading them needs no subscription. */
export const useFamilyActions = (): FamilyActions => useFamilyStoreApi().getState()
