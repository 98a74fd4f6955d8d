/**
 * The family feature's dependencies, handed down by the app's providers. Only
 * this small module is needed in the weapp main package: the store itself is
 * built from these on a family page's first use (hooks/use-family-store.ts),
 * inside the family subpackage.
 */
import { createContext, useContext, type ReactNode } from 'react'
import type { FamilyAidCapability } from '../../domain/family'
import type { FamilyStoreDeps } from './store/family-store'

export type FamilyDeps = Omit<FamilyStoreDeps, 'familyAid'> & {
  /**
   * 家庭共济 capabilities that override the region files: the mock bureau's
   * demonstration data, or none. The lookup over the region files is built in
   * the family subpackage, so the region files stay out of the first load.
   */
  familyAidOverlay: Readonly<Record<string, FamilyAidCapability>>
}

const FamilyDepsContext = createContext<FamilyDeps | undefined>(undefined)

export function FamilyProvider({ deps, children }: { deps: FamilyDeps; children: ReactNode }) {
  return <FamilyDepsContext.Provider value={deps}>{children}</FamilyDepsContext.Provider>
}

export function useFamilyDeps(): FamilyDeps {
  const deps = useContext(FamilyDepsContext)
  if (!deps) throw new Error('FamilyProvider is missing: mount pages inside the app providers')
  return deps
}
