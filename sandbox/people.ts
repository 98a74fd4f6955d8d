/**
 * Whom the sandbox bureau knows: the same seeded residents as the in-app mock
 * (src/gateway/mock/seed-residents.ts, `seed:<n>`), and, when asked for, a
 * number of synthetic load-test residents (`load:<n>`), each with one payable
 * Fuzhou Gulou record (R-LOAD-<n>, 400.00 元). Load residents get their own
 * reference space, so the seed list can grow without a stored `seed:<n>`
 * naming someone else. Test data: valid check digits, not real people.
 */
import { checkCharacter } from '../src/domain/id-number'
import {
  createSeedRegistry,
  type Person,
  type PersonRef,
  type RandomBytes,
  type Registry,
} from '../src/gateway/bureau'
import { SEED_RESIDENTS } from '../src/gateway/mock/seed-residents'

export const MAX_LOAD_RESIDENTS = 900

/** The n-th load-test resident (0-based): born 1985-01-01, sequence 100 + n. */
export function loadResident(index: number): Person {
  const first17 = `35010219850101${String(100 + index).padStart(3, '0')}`
  return {
    name: `压测居民${index + 1}`,
    idNumber: `${first17}${checkCharacter(first17)}`,
    records: [
      {
        recordId: `R-LOAD-${index + 1}`,
        adcode: '350102',
        regionName: '福建省福州市鼓楼区',
        category: 'working-age',
        subsidyGroup: 'none',
      },
    ],
  }
}

export function loadResidents(count: number): Person[] {
  if (!Number.isInteger(count) || count < 0 || count > MAX_LOAD_RESIDENTS) {
    throw new Error(`load residents: 0 to ${MAX_LOAD_RESIDENTS}`)
  }
  return Array.from({ length: count }, (_, index) => loadResident(index))
}

/** The seed register with the load residents beside it. */
export function createSandboxRegistry(
  randomBytes: RandomBytes,
  loadCount = 0,
): { registry: Registry; seeds: readonly Person[] } {
  const seeds = createSeedRegistry(SEED_RESIDENTS, randomBytes)
  const load = loadResidents(loadCount)
  const loadIndex = new Map(load.map((person, index) => [person.idNumber, index]))
  const registry: Registry = {
    refOf: (idNumber) => {
      const index = loadIndex.get(idNumber)
      return index === undefined ? seeds.refOf(idNumber) : `load:${index}`
    },
    person(ref: PersonRef) {
      const loaded = /^load:(\d+)$/.exec(ref)
      return loaded ? load[Number(loaded[1])] : seeds.person(ref)
    },
    admit: (person) => {
      const index = loadIndex.get(person.idNumber)
      return index === undefined ? seeds.admit(person) : Promise.resolve(`load:${index}`)
    },
  }
  return { registry, seeds: SEED_RESIDENTS }
}
