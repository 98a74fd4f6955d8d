/**
 * 电子凭证查验's one dependency, handed down by the app's providers: the
 * bureau's check, which needs no session. Only this small module sits in the
 * weapp main package; the page and the rest of the feature are in the
 * `check` subpackage.
 */
import { createContext, useContext, type ReactNode } from 'react'
import type { Result } from '../../services/gateway-errors'
import type { ReceiptCheck } from '../../services/model'

export interface ReceiptCheckDeps {
  checkReceipt(receiptNo: string, verificationCode: string): Promise<Result<ReceiptCheck>>
}

const ReceiptCheckContext = createContext<ReceiptCheckDeps | undefined>(undefined)

export function ReceiptCheckProvider({ deps, children }: { deps: ReceiptCheckDeps; children: ReactNode }) {
  return <ReceiptCheckContext.Provider value={deps}>{children}</ReceiptCheckContext.Provider>
}

export function useReceiptCheckDeps(): ReceiptCheckDeps {
  const deps = useContext(ReceiptCheckContext)
  if (!deps) throw new Error('ReceiptCheckProvider is missing: mount pages inside the app providers')
  return deps
}
