/**
 * The people the bureau knows (its population register) and the references
 * the ledger keeps instead of them. The ledger never holds a name or an ID
 * number: it holds a `PersonRef`, which only the register turns back into a
 * person. Seeded residents are `seed:<index>` (their place in the seed list,
 * which is only ever appended to); anyone else met at a verification is a
 * guest, `guest:<random>`, known to this register for as long as it runs.
 */
import type { Relation } from '../../domain/family'
import { ageOn } from '../../domain/iso-date'
import type { PaidYear } from '../../domain/payment-history'
import type { Category, SubsidyGroup } from '../../domain/region-rules'
import { randomToken, type RandomBytes } from './random'

/** One region's enrolment of a person (参保记录). */
export interface PersonRecord {
  recordId: string
  adcode: string
  regionName: string
  category: Category
  subsidyGroup: SubsidyGroup
  /** Already paid for the benefit year being collected. */
  paid?: { receiptNo: string; amountFen: number; paidAt: string; coverageStart: string }
  breakYears?: number
  continuousYears?: number
  birthDate?: string
  inSchool?: boolean
  /**
   * The benefit years paid, each with the day it was paid (a year paid after its first day was paid
   * late). Only years and dates: the rules derive breaks and waits from them.
   */
  history?: PaidYear[]
}

export interface Person {
  name: string
  idNumber: string
  /** Absent: the person has never registered for resident insurance. */
  records?: PersonRecord[]
  /** Receipts for this person are issued a while after payment (the bureau lags). */
  receiptLagQueries?: number
  /** This person's bill is dated here instead of the bureau's usual date (a persona for a date rule). */
  bureauDate?: string
  /** The benefit year this person's bill is for, when not the one the bureau collects (a region whose figures stop earlier). */
  benefitYear?: number
  /** An employee's medical-insurance personal account (家庭共济 pays from it). */
  employeeAccount?: { adcode: string; regionName: string; balanceFen: number }
  /** Relatives the bureau already holds for this person, bound before this app: by ID number. */
  family?: Array<{ idNumber: string; relation: Relation }>
  /** Binding a relationship to this person is refused, with this reason, after review. */
  bindingRejection?: string
}

/** Who a ledger row is about: `seed:<index>` or `guest:<random>`, never a name or ID number. */
export type PersonRef = string

export interface Registry {
  /** The reference of the person with this ID number, if the bureau knows them. */
  refOf(idNumber: string): PersonRef | undefined
  person(ref: PersonRef): Person | undefined
  /** Someone the register does not hold, met at a verification: known from now on, for this run only. */
  admit(person: { name: string; idNumber: string }): Promise<PersonRef>
}

/** A register of the seeded residents, plus the guests met while it runs (kept in memory, never stored). */
export function createSeedRegistry(seeds: readonly Person[], randomBytes: RandomBytes): Registry {
  const guests = new Map<PersonRef, Person>()
  const guestRefs = new Map<string, PersonRef>()
  const seedIndex = new Map(seeds.map((person, index) => [person.idNumber, index]))

  function refOf(idNumber: string): PersonRef | undefined {
    const index = seedIndex.get(idNumber)
    return index === undefined ? guestRefs.get(idNumber) : `seed:${index}`
  }

  return {
    refOf,
    person(ref) {
      const seeded = /^seed:(\d+)$/.exec(ref)
      return seeded ? seeds[Number(seeded[1])] : guests.get(ref)
    },
    async admit({ name, idNumber }) {
      const known = refOf(idNumber)
      if (known) return known
      const ref = await randomToken(randomBytes, 'guest:')
      guests.set(ref, { name, idNumber })
      guestRefs.set(idNumber, ref)
      return ref
    },
  }
}

export const birthDateOf = (idNumber: string): string =>
  `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`

/** Whole years of age on the benefit year's first day: what an age-band standard goes by, never the birth date itself. */
export const ageOnFirstDayOf = (idNumber: string, benefitYear: number): number =>
  ageOn(birthDateOf(idNumber), `${benefitYear}-01-01`)
