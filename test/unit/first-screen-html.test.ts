/**
 * How the build writes the first screens into index.html (config/first-screen.ts). That the
 * copies match the app and take over without a shift is tested in the browser
 * (test/e2e/first-screen.test.ts); this checks the page the build writes.
 */
import { bootAfterFirstPaint, FIRST_SCREENS, inertMarkup, withFirstScreens } from '../../config/first-screen'

const BUILT = `<!doctype html><html><head><title>医保缴费</title><script defer="defer" src="/js/vendors.1a2b3c4d.js"></script><script defer="defer" src="/js/app.5e6f7a8b.js"></script><link href="/css/app.0a1b2c3d.css" rel="stylesheet"></head><body><div id="app"></div></body></html>`

const HOME_MARKUP =
  '<div class="page" role="main"><!----><div id="go" role="button" tabindex="0" class="btn taro-button-core"><!----><span class="taro-text">为本人缴费</span></div></div>'

describe('the first screens in index.html', () => {
  const html = withFirstScreens(BUILT, { markupByRoute: { 'pages/home/index': HOME_MARKUP } })

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
      '<div class="page" role="main"><div role="button" class="btn taro-button-core"><span class="taro-text">为本人缴费</span></div></div>',
    )
    expect(html).toContain('<div id="first-screen" aria-hidden="true"')
  })

  test('the navigation bar Taro adds before the page is kept hidden until the router shows it', () => {
    const head = html.slice(0, html.indexOf('</head>'))
    expect(head).toContain('<style>#taro-navigation-bar:not(.taro-navigation-bar-show){display:none}</style>')
  })

  test('the chooser knows which saved fields change each page', () => {
    expect(FIRST_SCREENS.map((screen) => screen.route)).toEqual(['pages/home/index', 'pages/verify/index'])
    expect(html).toContain('"pages/home/index":["identity","otherPayers","bill"]')
    expect(html).toContain('"pages/verify/index":["consent"]')
  })

  test('a page without <div id="app"> is refused, not written half', () => {
    expect(() => withFirstScreens('<html><body></body></html>', { markupByRoute: {} })).toThrow(/id="app"/)
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
