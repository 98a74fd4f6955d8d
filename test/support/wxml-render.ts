/**
 * Draws a page of the BUILT mini program the way WeChat does: its WXML, with
 * base.wxml, comp.wxml and utils.wxs, compiled by WeChat's own `wcc`
 * (miniprogram-compiler), run over the page's data (Taro's setData payload
 * merged by test/support/weapp-harness.ts). The result is the element tree a
 * phone draws, with the attributes the templates really set: what a screen
 * reader gets on weapp, not the props React was given.
 *
 * - Taro's custom wrapper (`<comp>`, used past `mini.baseLevel` template
 *   levels) is expanded by rendering comp.wxml with its properties, as WeChat
 *   does; the depth where that first happens is kept (`wrapperDepth`).
 * - The WXML runtime's warnings (e.g. "Template `tmpl_3_9` not found") are
 *   collected for each render instead of going to the console.
 * - `compileStyles` runs `wcsc` over every .wxss of the build.
 *
 * The Linux binaries lose their run bit in some installs (npm ci on CI): they
 * are given it here before the first compile.
 */
import { accessSync, chmodSync, constants, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import vm from 'node:vm'
import { wxmlToJs } from 'miniprogram-compiler'

/** An element as WeChat's WXML runtime returns it: `wx-view`, `wx-text`, `wx-input`, … */
export interface WxElement {
  tag: string
  attr: Record<string, unknown>
  children: WxChild[]
}
export type WxChild = WxElement | string

type Render = (data: Record<string, unknown>) => { children?: unknown[] }
type Gwx = (path: string) => Render | undefined

interface CompiledWxml {
  gwx: Gwx
  /** JSON.parse of the runtime's own realm: WXS reads objects of another realm as undefined. */
  parse(json: string): Record<string, unknown>
  /** What the WXML runtime warned about during the current render. */
  warnings: string[]
}

const COMPILER_DIR = dirname(require.resolve('miniprogram-compiler/package.json'))
// wcc's output for this app is ~200 KB; the package's default limit is 1 MiB.
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024

/** Gives wcc and wcsc the run bit if the install dropped it (the package's own attempt is silent). */
function ensureRunnable(): void {
  if (process.platform !== 'linux') return
  for (const tool of ['wcc', 'wcsc']) {
    const path = join(COMPILER_DIR, 'bin/linux', tool)
    try {
      accessSync(path, constants.X_OK)
    } catch {
      chmodSync(path, 0o755)
    }
  }
}

const compiled = new Map<string, CompiledWxml>()

/** Compiles every .wxml of `dist` once with wcc (throws with wcc's message if one does not compile). */
export function compileWxml(dist: string): CompiledWxml {
  const cached = compiled.get(dist)
  if (cached) return cached
  ensureRunnable()
  const code = wxmlToJs(dist, { maxBuffer: MAX_OUTPUT_BYTES })
  const warnings: string[] = []
  const record = (...args: unknown[]) => void warnings.push(args.map(String).join(' '))
  // Its own context: the runtime reads `window` and writes to `console`, and must not touch jest's globals.
  const sandbox: Record<string, unknown> = { console: { warn: record, log: record, error: record } }
  sandbox.window = sandbox
  const context = vm.createContext(sandbox)
  const factory = vm.runInContext(`(function (global) {${code}\n})`, context) as (global: object) => Gwx
  const parse = vm.runInContext('JSON.parse', context) as CompiledWxml['parse']
  const result = { gwx: factory({}), parse, warnings }
  compiled.set(dist, result)
  return result
}

/** The path of every file under `dist` whose name ends with `extension`, relative to dist. */
export function filesOf(dist: string, extension: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) return walk(path)
      return path.endsWith(extension) ? [relative(dist, path)] : []
    })
  return walk(dist).sort()
}

/**
 * Runs wcsc over every .wxss of `dist` (what WeChat DevTools does on upload).
 * Returns the files it compiled to a style function, or throws with wcsc's message.
 */
export function compileStyles(dist: string): string[] {
  ensureRunnable()
  // The package's wxssToJs hides wcsc's message behind a TypeError; its wcsc module returns it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const wcsc = require(join(COMPILER_DIR, 'src/wcsc.js')) as (
    root: string,
    files: string[],
    options: { maxBuffer: number },
  ) => Record<string, string> | Error
  const files = filesOf(dist, '.wxss').map((file) => file.slice(0, -'.wxss'.length))
  const result = wcsc(dist, files, { maxBuffer: MAX_OUTPUT_BYTES })
  if (result instanceof Error) throw result
  return Object.keys(result).filter((key) => key.endsWith('.wxss') && !key.startsWith('./'))
}

/** Renders `wxmlPath` ('pages/home/index.wxml') of `dist` over `data`, as WeChat would draw it. */
export function renderWxml(dist: string, wxmlPath: string, data: Record<string, unknown>): RenderedPage {
  const { gwx, parse, warnings } = compileWxml(dist)
  warnings.length = 0
  let wrapperDepth: number | undefined
  const render = (path: string, input: Record<string, unknown>, depth: number): WxChild[] => {
    const template = gwx(path)
    if (!template) throw new Error(`wcc compiled no ${path} in ${dist}`)
    // Plain objects of this realm (the runtime's own arrays come from its vm context).
    const page = JSON.parse(JSON.stringify(template(parse(JSON.stringify(input))))) as {
      children?: unknown[]
    }
    return (page.children ?? []).map((child) => expand(child as WxChild, depth))
  }
  const expand = (node: WxChild, depth: number): WxChild => {
    if (typeof node === 'string') return node
    if (node.tag === 'wx-comp') {
      wrapperDepth = Math.min(wrapperDepth ?? depth, depth)
      const [inner] = render('comp.wxml', { i: node.attr.i, l: node.attr.l }, depth)
      return inner ?? ''
    }
    return { tag: node.tag, attr: node.attr, children: node.children.map((c) => expand(c, depth + 1)) }
  }
  const children = render(wxmlPath, data, 1)
  return new RenderedPage({ tag: 'wx-page', attr: {}, children }, [...warnings], wrapperDepth)
}

// Roles WeChat's native components have without an aria-role.
const IMPLICIT_ROLES: Record<string, string> = {
  'wx-button': 'button',
  'wx-input': 'textbox',
  'wx-textarea': 'textbox',
  'wx-switch': 'switch',
  'wx-checkbox': 'checkbox',
  'wx-radio': 'radio',
  'wx-slider': 'slider',
  'wx-image': 'img',
  'wx-navigator': 'link',
}

const isElement = (child: WxChild): child is WxElement => typeof child !== 'string'
// The templates write attributes in camelCase (ariaChecked); the resident's screen reader reads aria-checked.
const toAriaName = (key: string) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)

/** A rendered page and the questions a test asks of it. */
export class RenderedPage {
  private readonly parents = new Map<WxElement, WxElement>()

  constructor(
    readonly root: WxElement,
    /** The WXML runtime's warnings while drawing it: a missing template means nodes not drawn. */
    readonly warnings: string[],
    /** Element depth at which Taro's custom wrapper took over (deeper than mini.baseLevel), if it did. */
    readonly wrapperDepth: number | undefined,
  ) {
    const link = (element: WxElement) =>
      element.children.filter(isElement).forEach((child) => (this.parents.set(child, element), link(child)))
    link(root)
  }

  /** Every element below the page, in document order. */
  elements(): WxElement[] {
    const out: WxElement[] = []
    const walk = (element: WxElement) =>
      element.children.filter(isElement).forEach((child) => (out.push(child), walk(child)))
    walk(this.root)
    return out
  }

  /** The deepest nesting of elements below the page. */
  depth(): number {
    const below = (element: WxElement): number =>
      Math.max(0, ...element.children.filter(isElement).map((child) => 1 + below(child)))
    return below(this.root)
  }

  /** The text drawn, one entry per text run, in document order. */
  texts(): string[] {
    const out: string[] = []
    const walk = (element: WxElement) =>
      element.children.forEach((child) => (isElement(child) ? walk(child) : out.push(child)))
    walk(this.root)
    return out
  }

  textOf(element: WxElement): string {
    return element.children.map((child) => (isElement(child) ? this.textOf(child) : child)).join('')
  }

  /** Elements whose whole text is `text`, innermost first. */
  byText(text: string): WxElement[] {
    return this.postOrder().filter((element) => this.textOf(element).trim() === text)
  }

  /** The aria-* attributes as the element carries them (values as strings; '' is an empty attribute). */
  aria(element: WxElement): Record<string, string> {
    return Object.fromEntries(
      Object.entries(element.attr)
        .filter(([key]) => key.startsWith('aria'))
        .map(([key, value]) => [toAriaName(key), String(value)]),
    )
  }

  /** Its aria-role, or the role of the native component. */
  roleOf(element: WxElement): string | undefined {
    return this.aria(element)['aria-role'] || IMPLICIT_ROLES[element.tag]
  }

  hidden(element: WxElement): boolean {
    const chain = [element, ...this.ancestorsOf(element)]
    return chain.some((e) => this.aria(e)['aria-hidden'] === 'true')
  }

  /** What a screen reader names it: its aria-label, else the text it holds that is not aria-hidden. */
  nameOf(element: WxElement): string {
    const label = this.aria(element)['aria-label']
    if (label) return label
    const visible = (e: WxElement): string =>
      this.aria(e)['aria-hidden'] === 'true'
        ? ''
        : e.children.map((child) => (isElement(child) ? visible(child) : child)).join('')
    return visible(element).trim()
  }

  /** Elements with this role that a screen reader reaches, optionally with this name. */
  byRole(role: string, name?: string): WxElement[] {
    return this.elements().filter(
      (element) =>
        this.roleOf(element) === role &&
        !this.hidden(element) &&
        (name === undefined || this.nameOf(element) === name),
    )
  }

  /** The one element with this role and name; throws if there is none or more than one. */
  getByRole(role: string, name: string): WxElement {
    const found = this.byRole(role, name)
    if (found.length !== 1) throw new Error(`${found.length} elements with role ${role} named "${name}"`)
    return found[0] as WxElement
  }

  /** Elements carrying class `className`. */
  byClass(className: string): WxElement[] {
    return this.elements().filter((element) =>
      String(element.attr.class ?? '')
        .split(/\s+/)
        .includes(className),
    )
  }

  /** The element's parent, grandparent, … up to (not including) the page. */
  ancestorsOf(element: WxElement): WxElement[] {
    const out: WxElement[] = []
    for (let up = this.parents.get(element); up && up !== this.root; up = this.parents.get(up)) out.push(up)
    return out
  }

  private postOrder(): WxElement[] {
    const out: WxElement[] = []
    const walk = (element: WxElement) => {
      element.children.filter(isElement).forEach(walk)
      if (element !== this.root) out.push(element)
    }
    walk(this.root)
    return out
  }
}
