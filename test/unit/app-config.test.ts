import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { ROUTES, routeOf } from '../../src/config/routes'

async function loadAppConfig(): Promise<{ pages: string[] }> {
  // app.config.ts calls Taro's build-time global; here it only has to hand back its argument.
  Object.assign(globalThis, { defineAppConfig: (config: unknown) => config })
  const module = (await import('../../src/app.config')) as unknown as { default: { pages: string[] } }
  return module.default
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
