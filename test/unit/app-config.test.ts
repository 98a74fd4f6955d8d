import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FAMILY_PACKAGE_ROOT, ROUTES, routeOf } from '../../src/config/routes'
import { STEPS } from '../../src/domain/payment-flow'

interface AppConfig {
  pages: string[]
  subPackages?: Array<{ root: string; pages: string[] }>
  preloadRule?: Record<string, { packages: string[] }>
}

async function loadAppConfig(): Promise<AppConfig> {
  // app.config.ts calls Taro's build-time global; here it only has to hand back its argument.
  Object.assign(globalThis, { defineAppConfig: (config: unknown) => config })
  const module = (await import('../../src/app.config')) as unknown as { default: AppConfig }
  return module.default
}

/** Main-package and subpackage pages as routes. */
const routesOf = (config: AppConfig): string[] => [
  ...config.pages,
  ...(config.subPackages ?? []).flatMap((sub) => sub.pages.map((page) => `${sub.root}/${page}`)),
]

describe('app.config.ts', () => {
  test('lists exactly the pages of the route table, each once', async () => {
    const pages = routesOf(await loadAppConfig())
    expect(new Set(pages).size).toBe(pages.length)
    expect([...pages].sort()).toEqual(Object.values(ROUTES).sort())
  })

  test('opens on the home page', async () => {
    const { pages } = await loadAppConfig()
    expect(pages[0]).toBe(ROUTES.home)
  })

  test('the care subpackage is preloaded from home and from every step, so 朗读 has its clips wherever the app opens', async () => {
    const { preloadRule } = await loadAppConfig()
    for (const page of [ROUTES.home, ...STEPS.map((step) => ROUTES[step])]) {
      expect([page, preloadRule?.[page]?.packages]).toEqual([page, expect.arrayContaining(['packages/care'])])
    }
  })

  test('the family pages are in the family subpackage, not the main package', async () => {
    const config = await loadAppConfig()
    const family = [ROUTES.familyMembers, ROUTES.familyAdd, ROUTES.familyCart]
    expect(config.pages.filter((page) => (family as string[]).includes(page))).toEqual([])
    expect(routesOf(config)).toEqual(expect.arrayContaining(family))
    expect(family.every((route) => route.startsWith(`${FAMILY_PACKAGE_ROOT}/`))).toBe(true)
  })

  test('every listed page has its component and its page config', async () => {
    const pages = routesOf(await loadAppConfig())
    for (const page of pages) {
      expect(existsSync(join(__dirname, '../../src', `${page}.tsx`))).toBe(true)
      expect(existsSync(join(__dirname, '../../src', `${page}.config.ts`))).toBe(true)
    }
  })
})

describe('routeOf', () => {
  test('gives the absolute path Taro navigates to', () => {
    expect(routeOf('amount')).toBe('/pages/amount/index')
    expect(routeOf('home')).toBe('/pages/home/index')
  })
})

describe('pull-down refresh', () => {
  // config/index.ts leaves Taro's pull-to-refresh element out of the H5 app.js: a page enabling
  // pull-down refresh would get no refresh there.
  test('no page and not the app window enables it', async () => {
    const config = (await loadAppConfig()) as AppConfig & { window?: { enablePullDownRefresh?: boolean } }
    expect(config.window?.enablePullDownRefresh).not.toBe(true)
    for (const route of routesOf(config)) {
      const pageConfig = readFileSync(join(__dirname, '../../src', `${route}.config.ts`), 'utf8')
      expect([route, /enablePullDownRefresh:\s*true/.test(pageConfig)]).toEqual([route, false])
    }
  })
})
