/**
 * H5 build: the first screen painted from index.html, before any JS runs (issue 17).
 *
 * Taro draws nothing until its runtime, React and the page chunk have loaded and run, which on a
 * slow phone is most of the time to the first screen. So the build opens the finished app in
 * chromium, copies the markup that home and step 1 render for a first-time visitor (the app's own
 * render: the text cannot drift from it), and writes it into index.html as templates. A small
 * script in the body paints the one for the address before the app's JS starts
 * (src/root/first-screen.h5.ts removes it the moment Taro shows the real page, in the same frame).
 *
 * It paints only what the app will paint: a visitor with saved state that changes the screen
 * (care mode chosen, a verified identity, a bill, consent given: see FIRST_SCREENS) gets no first
 * screen and waits for the app as before, rather than seeing the wrong size or a card appear.
 *
 * The app's scripts start after that first paint (bootAfterFirstPaint): preloaded from the head
 * as before, run once the first screen is on screen, so their work never delays it.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { WebpackError, type Compiler, type WebpackPluginInstance } from 'webpack'
import { snapshotFirstScreens, type FirstScreenSnapshot } from './first-screen-snapshot'

export interface FirstScreen {
  /** The route, as in the address after `#/` (the router is in hash mode). */
  route: string
  /** Fields of the saved payment store (src/features/payment/store) that change what this page shows. */
  changedBy: readonly string[]
}

export const FIRST_SCREENS: readonly FirstScreen[] = [
  // Home shows the verified resident's card, a previous payer's orders, and an order in flight.
  { route: 'pages/home/index', changedBy: ['identity', 'otherPayers', 'bill'] },
  // Step 1 shows the consent panel until consent is given, the form after.
  { route: 'pages/verify/index', changedBy: ['consent'] },
]

/** Taro opens the first page of app.config.ts when the address names none. */
const DEFAULT_ROUTE = 'pages/home/index'
/** The keys the stores persist under (PAYMENT_STORE_KEY, CARE_MODE_STORE_KEY). */
const PAYMENT_KEY = 'yibao-payment'
const CARE_MODE_KEY = 'yibao-care-mode'
export const FIRST_SCREEN_ID = 'first-screen'
const templateId = (route: string) => `${FIRST_SCREEN_ID}:${route}`

/**
 * Runs in the body, before the first paint: copies the template of the address's page into
 * #first-screen, unless saved state would make the app draw something else. Taro's H5 storage
 * keeps `{"data": value}` and zustand's value is `{"state": …}`: both parsed; anything unreadable
 * counts as "would differ".
 */
function chooserScript(): string {
  const changedBy = Object.fromEntries(FIRST_SCREENS.map((screen) => [screen.route, screen.changedBy]))
  return `(function(c){var r=location.hash.slice(2).split('?')[0]||${JSON.stringify(DEFAULT_ROUTE)},t=document.getElementById(${JSON.stringify(FIRST_SCREEN_ID + ':')}+r);if(!t||!c[r])return;function s(k){var v=localStorage.getItem(k);return v?JSON.parse(JSON.parse(v).data).state||{}:{}}try{var p=s(${JSON.stringify(PAYMENT_KEY)});if(s(${JSON.stringify(CARE_MODE_KEY)}).choice===true)return;for(var i=0;i<c[r].length;i++)if(p[c[r][i]]!==undefined)return}catch(e){return}document.getElementById(${JSON.stringify(FIRST_SCREEN_ID)}).appendChild(t.content.cloneNode(true))})(${JSON.stringify(changedBy)})`
}

/**
 * What the build copied from a page, made inert for its short life: no ids (the real page has
 * them), no focus stops (a tap there would do nothing), no empty comment markers.
 */
export function inertMarkup(markup: string): string {
  return markup.replace(/<!---->/g, '').replace(/\s(?:id|tabindex|tab-index)="[^"]*"/g, '')
}

/**
 * Where the copy is painted: laid out as Taro lays out its page container (@tarojs/router's
 * `.taro_page` inside `.taro_router`), so that the page does not move or rewrap at the takeover,
 * with the same scrollbar gutter where scrollbars take room.
 */
const CONTAINER_STYLE =
  'position:relative;width:100%;height:100%;overflow-x:hidden;overflow-y:scroll;max-height:100vh'

/**
 * @tarojs/router puts its navigation bar (24 px, hidden on every page of this app) at the top of
 * the body before the page loads and classes it shown or hidden only then: in between it would
 * push the first screen down. Hidden until the router says to show it.
 */
const NAVIGATION_BAR_UNTIL_SHOWN = '#taro-navigation-bar:not(.taro-navigation-bar-show){display:none}'

/**
 * index.html with each page's markup as a template, the chooser, and #first-screen before #app.
 * The copy is made of plain HTML elements (Taro's components drawn by React,
 * src/platform/html-components.h5.tsx), styled by the app's CSS file from the head.
 */
export function withFirstScreens(html: string, snapshot: FirstScreenSnapshot): string {
  const appDiv = '<div id="app"></div>'
  if (!html.includes(appDiv)) throw new Error('index.html has no <div id="app"></div> to paint before')
  const styles = `<style>${NAVIGATION_BAR_UNTIL_SHOWN}</style>`
  const templates = Object.entries(snapshot.markupByRoute)
    .map(([route, markup]) => `<template id="${templateId(route)}">${inertMarkup(markup)}</template>`)
    .join('')
  // aria-hidden: a screen reader meets the page once, in the app, not this copy first.
  const firstScreen = `<div id="${FIRST_SCREEN_ID}" aria-hidden="true" style="${CONTAINER_STYLE}"></div>`
  return html
    .replace('</head>', `${styles}</head>`)
    .replace(appDiv, `${templates}${firstScreen}<script>${chooserScript()}</script>${appDiv}`)
}

const DEFERRED_SCRIPT = /<script defer="defer" src="([^"]+)"><\/script>/g

/**
 * The app's deferred scripts, preloaded from the head instead and started, in their order, once
 * the browser has reported the first screen's paint (the `first-contentful-paint` entry): before
 * that, Chrome may not yet have counted it as the largest paint, and the app replacing it soon
 * after would make the app's own paint the one that counts. With no first screen painted they
 * start at once. A hidden tab paints nothing: there, when the tab is hidden, or after 3 s
 * whatever happens, they start anyway.
 */
export function bootAfterFirstPaint(html: string): string {
  const sources = [...html.matchAll(DEFERRED_SCRIPT)].map((match) => match[1] as string)
  if (sources.length === 0) return html
  const preloads = sources.map((src) => `<link rel="preload" as="script" href="${src}">`).join('')
  const start = `(function(f){var d=0,e=document.getElementById(${JSON.stringify(FIRST_SCREEN_ID)});function go(){if(d)return;d=1;f.forEach(function(u){var s=document.createElement('script');s.src=u;s.async=false;document.head.appendChild(s)})}if(!e||!e.hasChildNodes()||document.visibilityState==='hidden')return go();document.addEventListener('visibilitychange',go);setTimeout(go,3000);try{new PerformanceObserver(function(l,o){if(l.getEntriesByName('first-contentful-paint').length){o.disconnect();setTimeout(go,0)}}).observe({type:'paint',buffered:true})}catch(x){go()}})(${JSON.stringify(sources)})`
  return html
    .replace(DEFERRED_SCRIPT, '')
    .replace('</head>', `${preloads}</head>`)
    .replace('</body>', `<script>${start}</script></body>`)
}

/**
 * Writes the first screens into the built index.html in `outputDir`, and starts the app's scripts
 * after the first paint. Without chromium (CHROMIUM_PATH, else /usr/bin/chromium) the screens are
 * left out (the app then paints as before) and the reason is returned.
 */
export async function writeFirstScreens(outputDir: string): Promise<{ leftOut?: string }> {
  const indexFile = join(outputDir, 'index.html')
  const html = readFileSync(indexFile, 'utf8')
  let snapshot: FirstScreenSnapshot | undefined
  let leftOut: string | undefined
  try {
    snapshot = await snapshotFirstScreens(
      outputDir,
      FIRST_SCREENS.map((screen) => screen.route),
    )
  } catch (error) {
    leftOut = String(error)
  }
  writeFileSync(indexFile, bootAfterFirstPaint(snapshot ? withFirstScreens(html, snapshot) : html))
  return { leftOut }
}

/** The H5 production build's last step: writeFirstScreens on the emitted files. */
export class FirstScreenPlugin implements WebpackPluginInstance {
  apply(compiler: Compiler): void {
    compiler.hooks.afterEmit.tapPromise('FirstScreenPlugin', async (compilation) => {
      const { leftOut } = await writeFirstScreens(compilation.outputOptions.path ?? '')
      if (leftOut) {
        compilation.warnings.push(
          new WebpackError(`First screens left out of index.html (the app paints them itself): ${leftOut}`),
        )
      }
    })
  }
}
