/**
 * weapp package sizes of each built variant against their budgets: the demo
 * build (dist/weapp, main ≤ 500 KB: it carries the mock bureau) and the release
 * build (dist/weapp-release, main ≤ 430 KB); every subpackage ≤ 300 KB (WeChat's
 * limits are 2 MB each, 20 MB in all: ours are tighter, for start-up time).
 * Part of `npm run bench`; alone: `npm run bench:packages`.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { readAppJson, subPackagesOf, WEAPP_DIST } from '../test/support/weapp-harness'

const KB = 1024
export const SUBPACKAGE_BUDGET = 300 * KB

export interface WeappVariant {
  label: string
  dist: string
  mainBudget: number
}

// WEAPP_DIST and RELEASE_DIST measure builds elsewhere (as the weapp tests do).
export const WEAPP_VARIANTS: WeappVariant[] = [
  { label: 'demo', dist: WEAPP_DIST, mainBudget: 500 * KB },
  {
    label: 'release',
    dist: process.env.RELEASE_DIST ?? join(__dirname, '../dist/weapp-release'),
    mainBudget: 430 * KB,
  },
]

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  )
}

/** Bytes per package: `main` and each subpackage root of app.json. */
export function packageSizes(dist: string): Map<string, number> {
  const roots = subPackagesOf(readAppJson(dist)).map((sub) => sub.root.replace(/\/$/, ''))
  const sizes = new Map<string, number>([['main', 0], ...roots.map((root): [string, number] => [root, 0])])
  for (const file of filesUnder(dist)) {
    const path = relative(dist, file).split(sep).join('/')
    const owner = roots.find((root) => path.startsWith(`${root}/`)) ?? 'main'
    sizes.set(owner, (sizes.get(owner) ?? 0) + statSync(file).size)
  }
  return sizes
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`
const verdict = (bytes: number, budget: number) =>
  `${kb(bytes)} (budget ${budget / KB} KB) ${bytes <= budget ? 'OK' : 'OVER'}`

/** Prints each variant's packages; false if a build is missing or a package is over budget. */
export function weappPackageSizes(variants: WeappVariant[] = WEAPP_VARIANTS): boolean {
  let withinBudget = true
  for (const { label, dist, mainBudget } of variants) {
    if (!existsSync(join(dist, 'app.json'))) {
      console.error(`weapp ${label}: ${dist} is not built`)
      withinBudget = false
      continue
    }
    for (const [owner, bytes] of packageSizes(dist)) {
      const budget = owner === 'main' ? mainBudget : SUBPACKAGE_BUDGET
      withinBudget &&= bytes <= budget
      console.log(
        `weapp ${label} ${owner === 'main' ? 'main package' : `subpackage ${owner}`}: ${verdict(bytes, budget)}`,
      )
    }
  }
  return withinBudget
}

if (require.main === module) {
  if (!weappPackageSizes()) process.exitCode = 1
}
