/**
 * How the build writes the first screens into index.html (config/first-screen.ts). That the
 * copies match the app and take over without a shift is tested in the browser
 * (test/e2e/first-screen.test.ts); this checks the page the build writes.
 */
import { bootAfterFirstPaint, FIRST_SCREENS, inertMarkup, withFirstScreens } from '../../config/first-screen'

const BUILT = `<!doctype html><html><head><title>医保缴费</title><script defer="defer" src="/js/vendors.1a2b3c4d.js"></script><script defer="defer" src="/js/app.5e6f7a8b.js"></script><link href="/css/app.0a1b2c3d.css" rel="stylesheet"></head><body><div id="app"></div></body></html>`

const HOME_MARKUP =
  '<taro-view-core role="main" class="page"><!----><taro-button-core id="go" role="button" tab-index="0" class="btn" tabindex="0"><!---->为本人缴费</taro-button-core></taro-view-core>'

describe('the first screens in index.html', () => {
  const html = withFirstScreens(BUILT, {
    markupByRoute: { 'pages/home/index': HOME_MARKUP },
    componentRules: [
      'taro-view-core{display:block}',
      '@media (max-width: 400px){.btn taro-text-core.sc-taro-text-core-h{color:red}}',
    ],
  })

  test('each page is a template, before the app, with the chooser between them', () => {
    const body = html.slice(html.indexOf('<body>'))
    const template = body.indexOf('<template id="first-screen:pages/home/index">')
    const container = body.indexOf('<div id="first-screen"')
    const chooser = body.indexOf('<script>', container)
    expect(template).toBeGreaterThan(-1)
    expect(template).toBeLessThan(container)
    expect(container).toBeLessThan(chooser)
    expect(chooser).toBeLessThan(body.indexOf('<div id="app"></div>'))
  })

  test('the copy is inert: no ids the real page has, no focus stops, hidden from screen readers', () => {
    expect(inertMarkup(HOME_MARKUP)).toBe(
      '<first-screen-view role="main" class="page"><first-screen-button role="button" class="btn">为本人缴费</first-screen-button></first-screen-view>',
    )
    expect(html).toContain('<div id="first-screen" aria-hidden="true"')
  })

  test("the copy names none of Taro's elements, which the app's start would upgrade and render again", () => {
    const body = html.slice(html.indexOf('<body>'))
    expect(body).not.toMatch(/taro-[a-z-]+-core/)
    expect(inertMarkup('<taro-checkbox-group-core class="sc-taro-checkbox-group-core-h">')).toBe(
      '<first-screen-checkbox-group class="sc-first-screen-checkbox-group-h">',
    )
  })

  test("the rules that style Taro's elements are in the head, renamed as the copy, with the navigation bar kept hidden", () => {
    const head = html.slice(0, html.indexOf('</head>'))
    expect(head).toContain(
      '<style>first-screen-view{display:block}@media (max-width: 400px){.btn first-screen-text.sc-first-screen-text-h{color:red}}',
    )
    expect(head).toContain('#taro-navigation-bar:not(.taro-navigation-bar-show){display:none}')
  })

  test('the chooser knows which saved fields change each page', () => {
    expect(FIRST_SCREENS.map((screen) => screen.route)).toEqual(['pages/home/index', 'pages/verify/index'])
    expect(html).toContain('"pages/home/index":["identity","otherPayers","bill"]')
    expect(html).toContain('"pages/verify/index":["consent"]')
  })

  test('a page without <div id="app"> is refused, not written half', () => {
    expect(() =>
      withFirstScreens('<html><body></body></html>', { markupByRoute: {}, componentRules: [] }),
    ).toThrow(/id="app"/)
  })
})

describe('the app starting after the first paint', () => {
  const html = bootAfterFirstPaint(BUILT)

  test('no script blocks the parse: each is preloaded from the head instead, in order', () => {
    expect(html).not.toContain('<script defer')
    const head = html.slice(0, html.indexOf('</head>'))
    expect(head.indexOf('<link rel="preload" as="script" href="/js/vendors.1a2b3c4d.js">')).toBeGreaterThan(
      -1,
    )
    expect(head.indexOf('href="/js/vendors.1a2b3c4d.js"')).toBeLessThan(
      head.indexOf('href="/js/app.5e6f7a8b.js"'),
    )
  })

  test('a script at the end of the body starts them in order, after the first contentful paint', () => {
    const starter = html.slice(html.lastIndexOf('<script>'), html.indexOf('</body>'))
    expect(starter).toContain('["/js/vendors.1a2b3c4d.js","/js/app.5e6f7a8b.js"]')
    expect(starter).toContain('first-contentful-paint')
    expect(starter).toContain('async=false')
  })

  test('a page without deferred scripts is left as it is', () => {
    expect(bootAfterFirstPaint('<html><head></head><body></body></html>')).toBe(
      '<html><head></head><body></body></html>',
    )
  })
})
