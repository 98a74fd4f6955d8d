/**
 * What WeChat's review and performance audit read in the release mini program
 * (dist/weapp-release, or RELEASE_DIST): lazy component injection, a sitemap
 * that keeps a resident's pages out of WeChat search, minified packages, a base
 * library new enough for wx.requestFacialVerify, an appid, and the fixed
 * share-card picture in the package.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import { ROUTES } from '../../src/config/routes'
import { SHARE_CARD_IMAGE } from '../../src/platform/share-card'

const RELEASE_DIST = process.env.RELEASE_DIST ?? join(__dirname, '../../dist/weapp-release')
const readJson = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(RELEASE_DIST, file), 'utf8')) as Record<string, unknown>

interface SitemapRule {
  action: 'allow' | 'disallow'
  page: string
}

/** WeChat applies the rule that names the page over the `*` rule. */
function indexed(rules: SitemapRule[], page: string): boolean {
  const rule = rules.find((candidate) => candidate.page === page) ?? rules.find((c) => c.page === '*')
  return rule?.action !== 'disallow'
}

/** `3.8.12` → comparable numbers. */
const versionParts = (version: string): number[] => version.split('.').map(Number)
const atLeast = (version: string, minimum: string): boolean => {
  const [a, b] = [versionParts(version), versionParts(minimum)]
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0)
  return true
}

describe('the release mini program as WeChat reads it', () => {
  test('app.json injects components lazily and names the sitemap', () => {
    const app = readJson('app.json')
    expect(app.lazyCodeLoading).toBe('requiredComponents')
    expect(existsSync(join(RELEASE_DIST, String(app.sitemapLocation)))).toBe(true)
  })

  test('only the home page may be indexed: no step, receipt, records, family or share page', () => {
    const { rules } = readJson('sitemap.json') as { rules: SitemapRule[] }
    const { home, ...personal } = ROUTES
    expect(indexed(rules, home)).toBe(true)
    expect(Object.values(personal).filter((page) => indexed(rules, page))).toEqual([])
  })

  test('project.config.json: minified code, WXML and WXSS, a base library with wx.requestFacialVerify, an appid', () => {
    const project = readJson('project.config.json') as {
      appid?: string
      libVersion?: string
      setting?: Record<string, unknown>
    }
    expect(project.setting).toMatchObject({ minified: true, minifyWXML: true, minifyWXSS: true })
    expect(atLeast(project.libVersion ?? '0', '3.8.12')).toBe(true)
    // The committed fallback; a developer's own appid comes from project.private.config.json.
    expect(project.appid).toBe('touristappid')
  })

  test('the share-card picture is in the main package: a small 5:4 PNG', () => {
    const file = join(RELEASE_DIST, SHARE_CARD_IMAGE)
    const png = PNG.sync.read(readFileSync(file))
    expect(png.width * 4).toBe(png.height * 5)
    expect(readFileSync(file).length).toBeLessThan(8 * 1024)
  })
})
