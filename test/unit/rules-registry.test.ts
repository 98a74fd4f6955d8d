/**
 * weapp: the root waits for a subpackage that quotes to provide the rules
 * (src/services/rules-registry.ts). Each test takes a fresh registry.
 */
import type * as Registry from '../../src/services/rules-registry'
import type { Rules } from '../../src/services/rules'

const freshRegistry = (): typeof Registry => {
  let registry: typeof Registry | undefined
  jest.isolateModules(() => {
    registry = jest.requireActual<typeof Registry>('../../src/services/rules-registry')
  })
  if (!registry) throw new Error('registry not loaded')
  return registry
}

const rulesNamed = (name: string) => (): Rules => ({ name }) as unknown as Rules

test('the root waits until a page provides the rules, then gets them', async () => {
  const registry = freshRegistry()
  let received: Registry.RulesFactory | undefined
  const waiting = registry.providedRules().then((factory) => (received = factory))
  await Promise.resolve()
  expect(received).toBeUndefined()
  const factory = rulesNamed('step 2')
  registry.provideRules(factory)
  await waiting
  expect(received).toBe(factory)
})

test('rules provided before anyone asks are there at once; a second subpackage does not replace them', async () => {
  const registry = freshRegistry()
  const first = rulesNamed('step 2')
  registry.provideRules(first)
  registry.provideRules(rulesNamed('family'))
  expect(await registry.providedRules()).toBe(first)
  expect(await registry.providedRules()).toBe(first)
})
