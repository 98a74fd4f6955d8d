/**
 * H5 build: copies what the built app renders for a first-time visitor on each first-screen page
 * (config/first-screen.ts), by opening it in chromium from the output directory. The copy is taken
 * the moment Taro shows the page, which is the moment the app takes over from it.
 */
import { readFileSync, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize } from 'node:path'
import type { AddressInfo } from 'node:net'
import { chromium } from 'playwright-core'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
}

/** The page Taro shows, once it is shown and has content. */
const SHOWN_PAGE = '.taro_page.taro_page_show'

export interface FirstScreenSnapshot {
  /** Each route's page markup: the inside of Taro's page container. */
  markupByRoute: Record<string, string>
}

/** Each route's page markup, from the app in `outputDir`. */
export async function snapshotFirstScreens(
  outputDir: string,
  routes: readonly string[],
): Promise<FirstScreenSnapshot> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/')).replace(
      /^(\.\.[/\\])+/,
      '',
    )
    let file = join(outputDir, path)
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(outputDir, 'index.html')
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    response.end(readFileSync(file))
  })
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening))
  const { port } = server.address() as AddressInfo
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  })
  try {
    const markupByRoute: Record<string, string> = {}
    for (const route of routes) {
      // A fresh profile each time: the first-time visitor, with nothing saved.
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
      const page = await context.newPage()
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      await page.goto(`http://127.0.0.1:${port}/#/${route}`)
      const shown = await page.waitForFunction(
        (selector) => {
          const element = document.querySelector(selector)
          return element && element.children.length > 0 ? element.innerHTML : undefined
        },
        SHOWN_PAGE,
        { timeout: 30_000 },
      )
      if (errors.length > 0) throw new Error(`${route} threw while rendering: ${errors.join('; ')}`)
      markupByRoute[route] = (await shown.jsonValue()) as string
      await context.close()
    }
    return { markupByRoute }
  } finally {
    await browser.close()
    await new Promise((closed) => server.close(closed))
  }
}
