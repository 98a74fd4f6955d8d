/**
 * Runs the BUILT mini program (dist/weapp) in Node, the way WeChat's logic
 * layer would, without WeChat DevTools:
 *
 * - every file is evaluated in one `vm` context as a CommonJS module, wrapped
 *   like WeChat's own module wrapper, which shadows browser globals (window,
 *   document, localStorage, …) with `undefined`;
 * - `wx` is fake: sync storage in memory, device/app info, navigation that is
 *   recorded and reports success, and any other API recorded instead of throwing;
 * - `App`, `Page`, `getApp` and `getCurrentPages` are stubs; a page instance
 *   gets `setData(data, cb)`, which records each payload and merges it into
 *   `this.data` by path (`root.cn.[0].v`) as WeChat does;
 * - what a page shows is its data drawn through WeChat's own WXML compiler
 *   (test/support/wxml-render.ts): texts, taps and input work on that tree;
 * - taps and input are delivered the way WeChat delivers them: to the page's
 *   `eh` handler, once for each element on the way up whose rendered
 *   template binds the event (`bindtap="eh"`), with Taro's `data-sid`.
 *
 * Only setTimeout/setInterval are given as timers (WeChat has no
 * setImmediate or MessageChannel). Errors thrown in timer callbacks and
 * console.error calls are collected, so a page that throws after its first
 * render still shows up.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'
import vm from 'node:vm'
import { renderWxml, type RenderedPage, type WxElement } from './wxml-render'

/** The weapp build under test: dist/weapp, or another output (WEAPP_DIST) when several builds are tried side by side. */
export const WEAPP_DIST = process.env.WEAPP_DIST ?? join(__dirname, '../../dist/weapp')

/** WeChat's audit limit for one setData call (JSON, UTF-8). */
export const SET_DATA_LIMIT_BYTES = 256 * 1024

export interface AppJson {
  pages: string[]
  subPackages?: { root: string; pages: string[] }[]
  subpackages?: { root: string; pages: string[] }[]
}

export interface WxCall {
  api: string
  args: unknown[]
  /** false for APIs this fake does not implement (recorded, answered with undefined). */
  known: boolean
}

export interface SetDataRecord {
  data: Record<string, unknown>
  bytes: number
}

export interface PageInstance {
  route: string
  data: Record<string, unknown>
  setData(data: Record<string, unknown>, cb?: () => void): void
  eh(event: unknown): unknown
  [member: string]: unknown
}

export interface LaunchedPage {
  route: string
  /** The page instance WeChat would hold (config + data + setData). */
  instance: PageInstance
  /** Every setData payload, in order. */
  payloads: SetDataRecord[]
  /** The page as WeChat draws it now: its data through the compiled WXML. */
  render(): RenderedPage
  /** The text drawn now, one entry per text run, in document order. */
  texts(): string[]
  largestPayloadBytes(): number
  /** Taps the innermost drawn element whose text is exactly `text`. */
  tap(text: string): Promise<void>
  /** Types into the drawn input a screen reader names `label` (its aria-label). */
  input(label: string, value: string): Promise<void>
}

export function readAppJson(dist = WEAPP_DIST): AppJson {
  const file = join(dist, 'app.json')
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: run \`npm run build:weapp\` (npx taro build --type weapp) first`)
  }
  return JSON.parse(readFileSync(file, 'utf8')) as AppJson
}

export function subPackagesOf(app: AppJson): { root: string; pages: string[] }[] {
  return app.subPackages ?? app.subpackages ?? []
}

/** Main-package and subpackage pages, as routes ('pages/home/index'). */
export function allPages(app: AppJson): string[] {
  const inSubs = subPackagesOf(app).flatMap((sub) =>
    sub.pages.map((page) => `${sub.root.replace(/\/$/, '')}/${page}`),
  )
  return [...app.pages, ...inSubs]
}

// Browser globals that WeChat's module wrapper passes as undefined parameters.
const SHADOWED = [
  'window',
  'document',
  'frames',
  'self',
  'location',
  'navigator',
  'localStorage',
  'history',
  'XMLHttpRequest',
  'WebSocket',
  'alert',
  'confirm',
  'prompt',
]
// Navigation: recorded, reports success; `follow()` carries it out.
const NAVIGATION = ['navigateTo', 'redirectTo', 'reLaunch', 'switchTab', 'navigateBack']
// APIs the app or Taro may call, recorded only. They must be own keys of `wx`:
// Taro's processApis builds Taro.X from Object.keys(wx).
const RECORDED = [
  'request',
  'requestPayment',
  'showToast',
  'showModal',
  'showLoading',
  'hideLoading',
  'previewImage',
  'setNavigationBarTitle',
  'setClipboardData',
  'vibrateShort',
  'startFacialRecognitionVerify',
  'login',
  'getSetting',
  'createSelectorQuery',
  'getUpdateManager',
  'setInnerAudioOption',
  'getStorage',
  'setStorage',
  'removeStorage',
  'getSystemInfo',
  'pageScrollTo',
  // 查验凭证: WeChat's scanner; 保存为图片: the settings page where the album permission is given.
  'scanCode',
  'openSetting',
]

type Timer = ReturnType<typeof setTimeout>

export class WeappHarness {
  readonly app: AppJson
  readonly calls: WxCall[] = []
  readonly errors: unknown[] = []
  readonly consoleErrors: unknown[][] = []
  readonly storage = new Map<string, unknown>()
  /** The src of every audio clip played, in order (wx.createInnerAudioContext). */
  readonly audioPlayed: string[] = []
  /** Every text drawn on an offscreen canvas (保存为图片), in order. */
  readonly drawnTexts: string[] = []
  /** What wx.saveImageToPhotosAlbum meets: the resident gives the album permission, or has refused it. */
  albumPermission: 'granted' | 'denied' = 'granted'
  /** The page stack, top last (what getCurrentPages returns). */
  readonly stack: LaunchedPage[] = []
  private readonly context: vm.Context
  private readonly modules = new Map<string, { exports: unknown }>()
  private readonly pageConfigs = new Map<string, Record<string, unknown>>()
  private readonly pendingTimeouts = new Set<Timer>()
  private appInstance: Record<string, unknown> | undefined
  /** wx.onAppShow listeners: WeChat calls them with App.onShow, at launch and on each return to the foreground. */
  private readonly appShowListeners = new Set<(options: unknown) => void>()
  private loadingRoute = ''
  private followed = 0

  /**
   * `appBaseInfo`: what wx.getAppBaseInfo reports beyond the defaults, e.g. a large fontSizeSetting.
   * `saved`: what an earlier session left in storage, there before app.js runs (it reads storage at load).
   */
  constructor(
    private readonly dist = WEAPP_DIST,
    private appBaseInfo: Record<string, unknown> = {},
    saved: Record<string, unknown> = {},
  ) {
    for (const [key, value] of Object.entries(saved)) this.storage.set(key, value)
    this.app = readAppJson(dist)
    this.context = vm.createContext(this.globals())
    this.require('app.js')
    if (!this.appInstance) throw new Error('app.js did not call App()')
    // WeChat launches the app before the first page loads.
    const launch = { path: this.app.pages[0], query: {}, scene: 1001 }
    call(this.appInstance, 'onLaunch', launch)
    this.showApp(launch)
  }

  /**
   * The resident comes back to the app (after changing WeChat's font, say): wx.getAppBaseInfo
   * now reports `appBaseInfo` too; App.onShow, the onAppShow listeners and the top page's onShow run.
   */
  async returnToForeground(appBaseInfo: Record<string, unknown> = {}): Promise<void> {
    this.appBaseInfo = { ...this.appBaseInfo, ...appBaseInfo }
    const top = this.stack.at(-1)
    this.showApp({ path: top?.route ?? this.app.pages[0], query: {}, scene: 1001 })
    if (top) call(top.instance, 'onShow')
    await this.settle()
  }

  private showApp(options: unknown): void {
    if (this.appInstance) call(this.appInstance, 'onShow', options)
    this.appShowListeners.forEach((listener) => listener(options))
  }

  /** Navigation calls (navigateTo, redirectTo, …) with their url, in order. */
  navigations(): { api: string; url: string }[] {
    return this.calls
      .filter((c) => NAVIGATION.includes(c.api))
      .map((c) => ({ api: c.api, url: String((c.args[0] as { url?: string } | undefined)?.url ?? '') }))
  }

  /** Opens a page on top, as WeChat does: run its module, then onLoad(query), onShow, onReady. */
  async launch(route: string, query: Record<string, string> = {}): Promise<LaunchedPage> {
    this.loadingRoute = route
    this.require(`${route}.js`)
    const config = this.pageConfigs.get(route)
    if (!config) throw new Error(`${route}.js did not call Page()`)
    const page = this.createPage(route, config)
    this.stack.push(page)
    call(page.instance, 'onLoad', query)
    call(page.instance, 'onShow')
    call(page.instance, 'onReady')
    await this.settle()
    return page
  }

  /** Carries out the navigation calls not yet followed; returns the page on top. */
  async follow(): Promise<LaunchedPage | undefined> {
    for (const { api, url } of this.navigations().slice(this.followed)) {
      this.followed += 1
      const [path = '', search = ''] = url.replace(/^\//, '').split('?')
      const query = Object.fromEntries(new URLSearchParams(search))
      const top = this.stack.at(-1)
      if (api === 'navigateBack') {
        await this.back()
        continue
      }
      if (api === 'navigateTo') {
        if (top) call(top.instance, 'onHide')
      } else {
        // redirectTo replaces the top page; reLaunch and switchTab empty the stack.
        const closing = api === 'redirectTo' ? [top] : [...this.stack].reverse()
        closing.forEach((page) => page && this.close(page))
      }
      await this.launch(path, query)
    }
    await this.settle()
    return this.stack.at(-1)
  }

  /** The resident presses Back: the top page is unloaded and the one below shown. */
  async back(): Promise<LaunchedPage | undefined> {
    const top = this.stack.at(-1)
    if (top) this.close(top)
    const below = this.stack.at(-1)
    if (below) call(below.instance, 'onShow')
    await this.settle()
    return below
  }

  /**
   * Waits until the bundle has no timeout pending (React's work loop, Taro's
   * setTimeout-scheduled setData, the mock gateway's latency), at most `maxMs`.
   */
  async settle(maxMs = 5_000): Promise<void> {
    const started = Date.now()
    do await new Promise((resolve) => setTimeout(resolve, 10))
    while (this.pendingTimeouts.size > 0 && Date.now() - started < maxMs)
  }

  private close(page: LaunchedPage): void {
    call(page.instance, 'onUnload')
    this.stack.splice(this.stack.indexOf(page), 1)
  }

  private createPage(route: string, config: Record<string, unknown>): LaunchedPage {
    const payloads: SetDataRecord[] = []
    // WeChat copies the config onto the instance and deep-copies its data.
    const instance = { ...config, route, __route__: route, options: {} } as unknown as PageInstance
    instance.data = JSON.parse(JSON.stringify(config.data ?? {})) as Record<string, unknown>
    instance.setData = (data, cb) => {
      const json = JSON.stringify(data)
      payloads.push({
        data: JSON.parse(json) as Record<string, unknown>,
        bytes: Buffer.byteLength(json, 'utf8'),
      })
      for (const [path, value] of Object.entries(data)) setPath(instance.data, path, value)
      if (cb) void Promise.resolve().then(cb)
    }
    const render = () => renderWxml(this.dist, `${route}.wxml`, instance.data)
    // Delivers an event as WeChat would: to `eh` at each element from the target up whose template binds it
    // (bubbling events only: input goes to the input itself).
    const fire = async (drawn: RenderedPage, target: WxElement, type: string, detail: object) => {
      const chain = type === 'tap' ? [target, ...drawn.ancestorsOf(target)] : [target]
      for (const element of chain.filter((e) => bindsEvent(e, type)))
        instance.eh({
          type,
          timeStamp: Date.now(),
          target: domTarget(target),
          currentTarget: domTarget(element),
          detail,
        })
      await this.settle()
    }
    return {
      route,
      instance,
      payloads,
      render,
      texts: () => render().texts(),
      largestPayloadBytes: () => Math.max(0, ...payloads.map((p) => p.bytes)),
      tap: async (text) => {
        const drawn = render()
        const target = drawn
          .byText(text)
          .find((e) => [e, ...drawn.ancestorsOf(e)].some((up) => bindsEvent(up, 'tap')))
        if (!target) throw new Error(`${route}: no drawn element with the text "${text}" handles a tap`)
        await fire(drawn, target, 'tap', { x: 0, y: 0 })
      },
      input: async (label, value) => {
        const drawn = render()
        const [target] = drawn.byRole('textbox', label).filter((e) => bindsEvent(e, 'input'))
        if (!target) throw new Error(`${route}: no drawn input has the aria-label "${label}"`)
        await fire(drawn, target, 'input', { value, cursor: value.length, keyCode: 0 })
      },
    }
  }

  /** A tiny CommonJS loader over dist/weapp, with WeChat's module wrapper. */
  private require(file: string): unknown {
    const path = normalize(file.endsWith('.js') ? file : `${file}.js`)
    const cached = this.modules.get(path)
    if (cached) return cached.exports
    const module = { exports: {} as unknown }
    this.modules.set(path, module)
    const source = readFileSync(join(this.dist, path), 'utf8')
    const wrapped = `(function (require, module, exports, ${SHADOWED.join(', ')}) {${source}\n})`
    const fn = vm.runInContext(wrapped, this.context, { filename: join(this.dist, path) }) as (
      ...args: unknown[]
    ) => void
    const localRequire = (request: string) =>
      this.require(relative(this.dist, join(this.dist, dirname(path), request)))
    fn.call(module.exports, localRequire, module, module.exports)
    return module.exports
  }

  /**
   * An InnerAudioContext that "plays" a clip by checking that its file is in
   * the build (an absolute src is relative to dist/weapp), then ends it, or
   * reports an error for a missing file, as WeChat does.
   */
  private fakeAudio() {
    const listeners = {
      ended: new Set<() => void>(),
      error: new Set<() => void>(),
      stop: new Set<() => void>(),
    }
    const emit = (type: keyof typeof listeners) => listeners[type].forEach((listener) => listener())
    const on = (type: keyof typeof listeners) => (listener: () => void) => void listeners[type].add(listener)
    const off = (type: keyof typeof listeners) => (listener: () => void) =>
      void listeners[type].delete(listener)
    // The bundle's own (tracked) timers, so that settle() waits for a whole sequence of clips.
    const later = (fn: () => void) =>
      (this.context as { setTimeout: (fn: () => void, ms: number) => unknown }).setTimeout(fn, 1)
    const audio = {
      src: '',
      onEnded: on('ended'),
      offEnded: off('ended'),
      onError: on('error'),
      offError: off('error'),
      onStop: on('stop'),
      offStop: off('stop'),
      play: () => {
        this.audioPlayed.push(audio.src)
        const exists = existsSync(join(this.dist, audio.src))
        later(() => emit(exists ? 'ended' : 'error'))
      },
      stop: () => later(() => emit('stop')),
      destroy: () => Object.values(listeners).forEach((set) => set.clear()),
    }
    return audio
  }

  private globals(): Record<string, unknown> {
    const record = (api: string, args: unknown[], known: boolean) =>
      void this.calls.push({ api, args, known })
    const safely =
      (fn: (...args: unknown[]) => void) =>
      (...args: unknown[]) => {
        try {
          fn(...args)
        } catch (error) {
          this.errors.push(error)
        }
      }
    type Callbacks = { success?(r: unknown): void; fail?(r: unknown): void; complete?(r: unknown): void }
    /** Answers an asynchronous API as WeChat does: success or fail, then complete, after the call returns. */
    const answer = (options: Callbacks, succeeded: boolean, res: unknown) =>
      void Promise.resolve().then(
        safely(() => ((succeeded ? options.success : options.fail)?.(res), options.complete?.(res))),
      )
    const storage = this.storage
    const appBaseInfo = {
      SDKVersion: '3.8.0',
      language: 'zh_CN',
      version: '8.0.50',
      theme: 'light',
      fontSizeSetting: 16,
      fontSizeScaleFactor: 1,
    }
    const windowInfo = {
      pixelRatio: 3,
      screenWidth: 390,
      screenHeight: 844,
      windowWidth: 390,
      windowHeight: 763,
      statusBarHeight: 47,
    }
    const deviceInfo = { brand: 'iPhone', model: 'iPhone 14', system: 'iOS 17.0', platform: 'ios' }
    const wx: Record<string, unknown> = {
      getStorageSync: (key: string) => (
        record('getStorageSync', [key], true),
        storage.has(key) ? storage.get(key) : ''
      ),
      setStorageSync: (key: string, value: unknown) => (
        record('setStorageSync', [key, value], true),
        void storage.set(key, value)
      ),
      removeStorageSync: (key: string) => (
        record('removeStorageSync', [key], true),
        void storage.delete(key)
      ),
      getAppBaseInfo: () => ({ ...appBaseInfo, ...this.appBaseInfo }),
      createInnerAudioContext: () => (record('createInnerAudioContext', [], true), this.fakeAudio()),
      getWindowInfo: () => ({ ...windowInfo }),
      getDeviceInfo: () => ({ ...deviceInfo }),
      getSystemInfoSync: () => ({ ...appBaseInfo, ...windowInfo, ...deviceInfo }),
      canIUse: () => true,
      // WeChat's cryptographic source (base library 2.15.0+): the runtime has no global crypto.
      getRandomValues: (options: { length: number; success?(r: { randomValues: ArrayBuffer }): void }) => {
        const bytes = randomBytes(options.length)
        const randomValues = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
        void Promise.resolve().then(safely(() => options.success?.({ randomValues })))
      },
      nextTick: (cb: () => void) => void Promise.resolve().then(safely(cb)),
      // 保存为图片: an offscreen 2D canvas that keeps the texts drawn, its file, and the album.
      createOffscreenCanvas: (options: { width?: number; height?: number }) => {
        record('createOffscreenCanvas', [options], true)
        const drawn = this.drawnTexts
        const context = new Proxy<Record<string, unknown>>(
          { fillText: (text: string) => void drawn.push(text) },
          {
            get: (target, key) => (key in target ? target[key as string] : () => undefined),
            set: () => true,
          },
        )
        return { width: options.width, height: options.height, getContext: () => context }
      },
      canvasToTempFilePath: (options: Callbacks) => {
        record('canvasToTempFilePath', [options], true)
        answer(options, true, { tempFilePath: 'wxfile://tmp/receipt.png', errMsg: 'canvasToTempFilePath:ok' })
      },
      saveImageToPhotosAlbum: (options: Callbacks) => {
        record('saveImageToPhotosAlbum', [options], true)
        const granted = this.albumPermission === 'granted'
        answer(options, granted, {
          errMsg: granted ? 'saveImageToPhotosAlbum:ok' : 'saveImageToPhotosAlbum:fail auth deny',
        })
      },
      onAppShow: (listener: (options: unknown) => void) => void this.appShowListeners.add(listener),
      offAppShow: (listener: (options: unknown) => void) => void this.appShowListeners.delete(listener),
    }
    for (const api of NAVIGATION) {
      wx[api] = (options: { success?(r: unknown): void; complete?(r: unknown): void } = {}) => {
        record(api, [options], true)
        const res = { errMsg: `${api}:ok` }
        void Promise.resolve().then(safely(() => (options.success?.(res), options.complete?.(res))))
      }
    }
    for (const api of RECORDED) wx[api] = (...args: unknown[]) => record(api, args, false)
    // Anything else the runtime reaches for directly on `wx` is recorded rather than throwing.
    const wxProxy = new Proxy(wx, {
      get: (target, key) =>
        typeof key !== 'string' || key in target || key === 'webpackJsonp'
          ? Reflect.get(target, key)
          : (...args: unknown[]) => record(key, args, false),
    })
    const setTimeoutTracked = (fn: (...a: unknown[]) => void, ms?: number, ...rest: unknown[]) => {
      const handle: Timer = setTimeout(() => {
        this.pendingTimeouts.delete(handle)
        safely(fn)(...rest)
      }, ms)
      this.pendingTimeouts.add(handle)
      return handle
    }
    return {
      wx: wxProxy,
      App: (config: Record<string, unknown>) => void (this.appInstance = config),
      Page: (config: Record<string, unknown>) => void this.pageConfigs.set(this.loadingRoute, config),
      Component: (config: unknown) => record('Component', [config], true),
      Behavior: (config: unknown) => config,
      getApp: () => this.appInstance,
      getCurrentPages: () => this.stack.map((page) => page.instance),
      console: {
        log: noop,
        info: noop,
        debug: noop,
        warn: noop,
        error: (...args: unknown[]) => this.consoleErrors.push(args),
      },
      setTimeout: setTimeoutTracked,
      clearTimeout: (handle: Timer) => (this.pendingTimeouts.delete(handle), clearTimeout(handle)),
      setInterval: (fn: (...a: unknown[]) => void, ms?: number) => setInterval(safely(fn), ms),
      clearInterval,
    }
  }
}

const noop = () => undefined

/** What WeChat puts in event.target / currentTarget: the element's id and its data-sid. */
function domTarget(element: WxElement) {
  return { id: element.attr.id, dataset: { sid: element.attr['data-sid'] } }
}

/** Whether the element's template hands `type` events to the page (bindtap="eh", catchtap="eh"). */
function bindsEvent(element: WxElement, type: string): boolean {
  return element.attr[`bind${type}`] === 'eh' || element.attr[`catch${type}`] === 'eh'
}

/** setData keys are paths: 'root.cn.[2].v', 'root.cn[0]', 'root'. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = (path.match(/[^.[\]]+|\[\d+\]/g) ?? []).map((k) =>
    k.startsWith('[') ? Number(k.slice(1, -1)) : k,
  )
  let node = target as Record<string | number, unknown>
  keys.forEach((key, index) => {
    if (index === keys.length - 1) {
      node[key] = value
      return
    }
    if (typeof node[key] !== 'object' || node[key] === null)
      node[key] = typeof keys[index + 1] === 'number' ? [] : {}
    node = node[key] as Record<string | number, unknown>
  })
}

function call(target: Record<string, unknown>, name: string, ...args: unknown[]): void {
  const fn = target[name]
  if (typeof fn === 'function') fn.apply(target, args)
}

/** The resident the mock gateway knows and can pay for (see src/gateway/mock/seed-residents.ts). */
export const SEEDED_RESIDENT = { name: '林晓华', idNumber: '350102199003071234' }

/**
 * This app's walk, as a resident taps it on a phone: home → verify → … →
 * receipt → records. Returns each page as it was when left (last one on top).
 */
export async function walkToReceipt(harness: WeappHarness): Promise<LaunchedPage[]> {
  const visited: LaunchedPage[] = []
  const next = async () => {
    const page = await harness.follow()
    if (!page) throw new Error('no page after navigation')
    visited.push(page)
    return page
  }
  let page = await harness.launch('pages/home/index')
  visited.push(page)
  await page.tap('为本人缴费')
  page = await next() // verify
  await page.tap('同意并继续')
  await page.input('姓名', SEEDED_RESIDENT.name)
  await page.input('身份证号', SEEDED_RESIDENT.idNumber)
  await page.tap('下一步：人脸核验')
  page = await next() // enrolment
  await page.tap('信息无误，下一步')
  page = await next() // plan
  await page.tap('下一步：核对金额')
  page = await next() // amount
  await page.tap('我已阅读并知晓缴费须知')
  await page.tap('确认支付 400.00 元')
  page = await next() // pay, with the mock cashier sheet
  await page.tap('支付')
  page = await next() // receipt
  await page.tap('查看缴费记录')
  await next() // records
  return visited
}
