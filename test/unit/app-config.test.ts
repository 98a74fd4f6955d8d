import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { ROUTES, routeOf } from '../../src/config/routes'

interface AppConfig {
  pages: string[]
  subPackages: { root: string; pages: string[] }[]
  preloadRule: Record<string, { packages: string[] }>
}

/** The config, with `pages` holding main-package and subpackage pages alike, as routes. */
async function loadAppConfig(): Promise<AppConfig> {
  // app.config.ts calls Taro's build-time global; here it only has to hand back its argument.
  Object.assign(globalThis, { defineAppConfig: (config: unknown) => config })
  const { default: config } = (await import('../../src/app.config')) as unknown as { default: AppConfig }
  const inSubPackages = config.subPackages.flatMap((sub) => sub.pages.map((page) => `${sub.root}/${page}`))
  return { ...config, pages: [...config.pages, ...inSubPackages] }
}

describe('app.config.ts', () => {
  test('lists exactly the pages of the route table, each once', async () => {
    const { pages } = await loadAppConfig()
    expect(new Set(pages).size).toBe(pages.length)
    expect([...pages].sort()).toEqual(Object.values(ROUTES).sort())
  })

  test('opens on the home page', async () => {
    const { pages } = await loadAppConfig()
    expect(pages[0]).toBe(ROUTES.home)
  })

  test('the subpackage is preloaded from home, so 朗读 clips are there on the first step', async () => {
    const { subPackages, preloadRule } = await loadAppConfig()
    expect(preloadRule[ROUTES.home]?.packages).toEqual(subPackages.map((sub) => sub.root))
  })

  test('every listed page has its component and its page config', async () => {
    const { pages } = await loadAppConfig()
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
