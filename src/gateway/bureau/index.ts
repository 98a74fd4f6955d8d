/**
 * The bureau's rules (the gateway contract, enforced) over a ledger port:
 * what the in-app mock bureau and the sandbox bureau both run.
 */
export { createBureau, type Bureau, type CreateBureauOptions } from './bureau'
export { CALLER_RATES, THIS_DEVICE, type CallerRate } from './caller-limits'
export type { BureauOptions } from './context'
export { FACE_VERIFICATION_SECONDS } from './face'
export {
  LedgerConflict,
  type BillLine,
  type BureauLedger,
  type FaceResult,
  type FaceVerification,
  type FamilyBook,
  type LedgerTx,
  type Order,
  type Receipt,
  type Refund,
  type ResidentRef,
  type Session,
  type SessionScope,
  type Share,
  type StoredMember,
} from './ledger'
export {
  createMemoryLedger,
  EMPTY_LEDGER,
  parseLedgerSnapshot,
  type LedgerSnapshot,
  type MemoryLedger,
} from './memory-ledger'
export { paidOrdersIn, type PaidOrder, type SettleOutcome } from './orders'
export { createSeedRegistry, type Person, type PersonRecord, type PersonRef, type Registry } from './people'
export type { RandomBytes } from './random'
export type { Refusal, Reply } from './replies'
export { SHARE_DAYS } from './shares'
export type { ReviewDecision, ReviewOutcome } from './refunds'
