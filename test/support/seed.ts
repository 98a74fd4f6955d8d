/** A seeded persona of the mock bureau, by name. */
import { SEED_RESIDENTS, type SeedResident } from '../../src/gateway/mock/seed-residents'

export function seed(name: string): SeedResident {
  const resident = SEED_RESIDENTS.find((candidate) => candidate.name === name)
  if (!resident) throw new Error(`no seeded resident ${name}`)
  return resident
}

/** The ID number of a seeded persona, by name. */
export const idOf = (name: string): string => seed(name).idNumber
