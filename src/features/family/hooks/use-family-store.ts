import { useStore } from 'zustand'
import { familyStore } from '../family-services'
import type { FamilyActions, FamilyStore } from '../store/family-store'

/** Select one field (or a stable value) at a time from the family store. */
export function useFamilyStore<T>(selector: (state: FamilyStore) => T): T {
  return useStore(familyStore, selector)
}

/** The store's actions: stable functions, so reading them needs no subscription. */
export const familyActions = (): FamilyActions => familyStore.getState()
