/**
 * What every rule of the bureau works with: its options (ledger, register,
 * random source, dates) and the few helpers derived from them.
 */
import type { FamilyAidCapability } from '../../domain/family'
import type { BureauLedger } from './ledger'
import type { Person, Registry } from './people'
import { randomToken, type RandomBytes } from './random'

export interface BureauOptions {
  ledger: BureauLedger
  /** The people the bureau knows (seeded residents) and guests met at verification. */
  registry: Registry
  /** A cryptographic random source: every number, code and token comes from it. */
  randomBytes: RandomBytes
  /** The bureau's date, YYYY-MM-DD. */
  today: () => string
  /** The bureau's time in milliseconds since the epoch: when a face verification expires. */
  now: () => number
  /** The benefit year being collected. */
  benefitYear: number
  /** 家庭共济: whose personal account may pay whom, by province adcode (demonstration data in the mock). */
  familyAid: Readonly<Record<string, FamilyAidCapability>>
}

export interface BureauContext extends BureauOptions {
  /** The year a person's bill is for. */
  yearFor(person: Person): number
  /** The date a person's bill is dated (a persona may carry its own). */
  todayFor(person: Person): string
  /** An opaque token: the prefix and 24 random base64url characters. */
  newToken(prefix: string): Promise<string>
}

export function contextOf(options: BureauOptions): BureauContext {
  return {
    ...options,
    yearFor: (person) => person.benefitYear ?? options.benefitYear,
    todayFor: (person) => person.bureauDate ?? options.today(),
    newToken: (prefix) => randomToken(options.randomBytes, prefix),
  }
}

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}
