/**
 * H5 build: lets the browser fetch the chunks of the page the address opens
 * while app.js downloads, instead of after app.js has run and the router has
 * asked for them (one more round trip before the first screen shows).
 *
 * It writes into index.html a small inline script with, for each page, the JS
 * and CSS files of its chunk group (their names carry content hashes, known
 * only here), and that script adds a <link rel="preload"> for each file of the
 * page in location.hash (the router is in hash mode). Webpack's own script and
 * link tags then find the files already fetched.
 */
import type { Compilation, Compiler, WebpackPluginInstance } from 'webpack'

/** Taro opens the first page of app.config.ts when the address names none. */
const DEFAULT_PAGE = 'pages/home/index'
/** The router's page modules, as Taro's entry imports them: ./pages/home/index, ./packages/x/pages/y/index. */
const PAGE_REQUEST = /^\.\/((?:pages|packages)\/[^?]+\/index)(?:\?|$)/

interface HtmlTag {
  tagName: string
  voidTag: boolean
  attributes: Record<string, string | boolean>
  innerHTML?: string
  meta: Record<string, unknown>
}

interface HtmlPluginClass {
  getHooks(compilation: Compilation): {
    alterAssetTagGroups: {
      tap(name: string, fn: (data: { headTags: HtmlTag[]; publicPath: string }) => unknown): void
    }
  }
}

function filesByPage(compilation: Compilation, publicPath: string): Record<string, string[]> {
  const pages: Record<string, string[]> = {}
  for (const group of compilation.chunkGroups) {
    for (const origin of group.origins) {
      const page = PAGE_REQUEST.exec(origin.request ?? '')?.[1]
      if (!page) continue
      const files = group.chunks.flatMap((chunk) => [...chunk.files])
      pages[page] = files.filter((file) => /\.(js|css)$/.test(file)).map((file) => `${publicPath}${file}`)
    }
  }
  return pages
}

/** The inline script: runs while the head is parsed, before app.js (deferred) runs. */
function preloadScript(pages: Record<string, string[]>): string {
  return `(function(p){var k=(location.hash.slice(2).split('?')[0])||${JSON.stringify(DEFAULT_PAGE)};(p[k]||[]).forEach(function(f){var l=document.createElement('link');l.rel='preload';l.as=/\\.css$/.test(f)?'style':'script';l.href=f;document.head.appendChild(l)})})(${JSON.stringify(pages)})`
}

export class PreloadFirstPageChunks implements WebpackPluginInstance {
  apply(compiler: Compiler): void {
    compiler.hooks.compilation.tap('PreloadFirstPageChunks', (compilation) => {
      // Taro's own html-webpack-plugin instance (one copy of the class, so its hooks are the ones it calls).
      const htmlPlugin = compiler.options.plugins.find(
        (plugin) => plugin?.constructor.name === 'HtmlWebpackPlugin',
      )?.constructor as unknown as HtmlPluginClass | undefined
      if (!htmlPlugin) return
      htmlPlugin.getHooks(compilation).alterAssetTagGroups.tap('PreloadFirstPageChunks', (data) => {
        const pages = filesByPage(compilation, data.publicPath)
        data.headTags.unshift({
          tagName: 'script',
          voidTag: false,
          attributes: {},
          innerHTML: preloadScript(pages),
          meta: { plugin: 'PreloadFirstPageChunks' },
        })
        return data
      })
    })
  }
}
