/**
 * Each weapp build's packages fit their budgets (the main package ≤ 430 KB in
 * the release build, ≤ 500 KB in the demo build, each subpackage ≤ 300 KB),
 * counted as `npm run bench` counts them. The builds that talk to a bureau
 * over HTTP hold none of the demo's stand-ins: no seeded resident (name or ID
 * number) and no fault plan in the release mini program (dist/weapp-release) or the H5 sandbox build
 * (dist/h5-sandbox), and no 模拟 text in the release build. (The sandbox build
 * pays through its simulated cashier sheet, which says 模拟 because it is.)
 * The markers come from the mock modules themselves, so a new persona or fault
 * is checked without editing this file. `npm run build` makes the builds;
 * WEAPP_DIST, RELEASE_DIST and SANDBOX_DIST point elsewhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { extname, join, relative } from 'node:path'
import { packageSizes, SUBPACKAGE_BUDGET, WEAPP_VARIANTS } from '../../scripts/bench-packages'
import { parseFaultPlan } from '../../src/gateway/mock/fault-plan'
import { SEED_RESIDENTS } from '../../src/gateway/mock/seed-residents'

const ROOT = join(__dirname, '../..')
const RELEASE_DIST = process.env.RELEASE_DIST ?? join(ROOT, 'dist/weapp-release')
const SANDBOX_DIST = process.env.SANDBOX_DIST ?? join(ROOT, 'dist/h5-sandbox')
const TEXT_FILES = new Set(['.js', '.json', '.wxml', '.wxss', '.wxs', '.html', '.css'])

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  )
}

/** Every name and ID number anywhere in the seed (residents, their relatives, …). */
function seededIdentities(): string[] {
  const found = new Set<string>()
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk)
    else if (value && typeof value === 'object')
      for (const [key, field] of Object.entries(value)) {
        if ((key === 'name' || key === 'idNumber') && typeof field === 'string') found.add(field)
        else walk(field)
      }
  }
  walk(SEED_RESIDENTS)
  return [...found]
}

const literalsOf = (source: string): string[] =>
  [...source.matchAll(/'([A-Za-z]{4,})'/g)].map((match) => match[1] ?? '')

/**
 * The fault plan's own words: the words of the mock's fault modules that its
 * parser takes as a fault (`notpay`, `malformed`, face faults such as `reused`)
 * and that no other module of the app uses (`timeout` is also an HTTP error),
 * and the URL flag the demo wiring reads them from (`mockFault`).
 */
function faultPlanWords(): string[] {
  const faultModules = ['src/gateway/mock/fault-plan.ts', 'src/gateway/mock/simulated-face.ts']
    .map((path) => join(ROOT, path))
    .filter((path) => existsSync(path))
  const elsewhere = filesUnder(join(ROOT, 'src'))
    .filter((path) => /\.tsx?$/.test(path) && !relative(ROOT, path).startsWith('src/gateway/mock/'))
    .map((path) => readFileSync(path, 'utf8'))
    .join('\n')
  const isFault = (word: string) => {
    const plan = parseFaultPlan(`queryOrder:${word},face:${word}`)
    const fault = plan.queryOrder?.[0]
    return (fault !== undefined && fault.kind !== 'business') || (plan.face ?? []).length > 0
  }
  const faults = faultModules
    .flatMap((path) => literalsOf(readFileSync(path, 'utf8')))
    .filter((word) => isFault(word) && !elsewhere.includes(`'${word}'`))
  const flags = [
    ...readFileSync(join(ROOT, 'src/root/demo-wiring.ts'), 'utf8').matchAll(/readDevFlag\('(\w+)'\)/g),
  ]
  return [...new Set([...faults, ...flags.map((match) => match[1] ?? '')])]
}

/** A word as a string literal in minified code, where a fault name would be. */
const quoted = (words: string[]): string[] => words.flatMap((word) => [`"${word}"`, `'${word}'`])

/** Where each marker occurs in the built files: `file: marker`. */
function occurrences(dist: string, markers: string[]): string[] {
  return filesUnder(dist)
    .filter((path) => TEXT_FILES.has(extname(path)))
    .flatMap((path) => {
      const text = readFileSync(path, 'utf8')
      return markers
        .filter((marker) => text.includes(marker))
        .map((marker) => `${relative(dist, path)}: ${marker}`)
    })
}

describe('package budgets', () => {
  const KB = 1024
  /** Each package over its budget, as `name: size`; the main package is every file outside a subpackage root. */
  const overBudget = (dist: string, mainBudget: number): string[] =>
    [...packageSizes(dist)]
      .filter(([owner, bytes]) => bytes > (owner === 'main' ? mainBudget : SUBPACKAGE_BUDGET))
      .map(([owner, bytes]) => `${owner}: ${(bytes / KB).toFixed(1)} KB`)

  test.each(WEAPP_VARIANTS.map((variant) => ({ ...variant, mainKb: variant.mainBudget / KB })))(
    'the $label build: main package within $mainKb KB, each subpackage within 300 KB',
    ({ dist, mainBudget }) => {
      expect(existsSync(join(dist, 'app.json'))).toBe(true)
      expect(overBudget(dist, mainBudget)).toEqual([])
    },
  )
})

describe('the demo stand-ins are out of the HTTP builds', () => {
  test('the markers come from the mock modules: every persona, and the fault plan words', () => {
    expect(seededIdentities()).toEqual(expect.arrayContaining(['林晓华', '350102199003071234']))
    expect(seededIdentities().length).toBeGreaterThanOrEqual(2 * SEED_RESIDENTS.length)
    expect(faultPlanWords()).toEqual(expect.arrayContaining(['notpay', 'malformed', 'mockFault']))
  })

  test('the release mini program: no seeded name or ID number, no fault plan, no 模拟', () => {
    expect(existsSync(join(RELEASE_DIST, 'app.json'))).toBe(true)
    expect(occurrences(RELEASE_DIST, [...seededIdentities(), ...quoted(faultPlanWords()), '模拟'])).toEqual(
      [],
    )
  })

  test('the H5 sandbox build: no seeded name or ID number, no fault plan', () => {
    expect(existsSync(join(SANDBOX_DIST, 'index.html'))).toBe(true)
    expect(occurrences(SANDBOX_DIST, [...seededIdentities(), ...quoted(faultPlanWords())])).toEqual([])
  })
})
