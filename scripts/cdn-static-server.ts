/**
 * Serves a built H5 app the way a CDN would, for the Lighthouse bench: every
 * text file compressed ahead of time (brotli, else gzip, by the request's
 * Accept-Encoding), file names with a content hash cached for a year
 * (immutable), everything else (index.html) revalidated on each load.
 * Unlike test/support/static-server.ts, it reads the whole build into memory
 * at start: restart it after a rebuild.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createServer, type IncomingMessage } from 'node:http'
import { extname, join, relative, sep } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { listenOnLoopback, type RunningServer } from '../test/support/static-server'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.mp3': 'audio/mpeg',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json'])
/** `app.3f9a1c2e.js`: the build names each JS and CSS file by its content (config/index.ts, h5.output). */
const HASHED_NAME = /\.[0-9a-f]{8,}\.[a-z0-9]+$/
const IMMUTABLE = 'public, max-age=31536000, immutable'

interface Asset {
  type: string
  cacheControl: string
  raw: Buffer
  br?: Buffer
  gzip?: Buffer
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  )
}

function loadAsset(file: string): Asset {
  const raw = readFileSync(file)
  const extension = extname(file)
  const asset: Asset = {
    type: TYPES[extension] ?? 'application/octet-stream',
    cacheControl: HASHED_NAME.test(file) ? IMMUTABLE : 'no-cache',
    raw,
  }
  if (COMPRESSIBLE.has(extension)) {
    asset.br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
    asset.gzip = gzipSync(raw, { level: 9 })
  }
  return asset
}

function pickEncoding(request: IncomingMessage, asset: Asset): ['br' | 'gzip', Buffer] | undefined {
  const accepted = String(request.headers['accept-encoding'] ?? '')
  if (asset.br && /\bbr\b/.test(accepted)) return ['br', asset.br]
  if (asset.gzip && /\bgzip\b/.test(accepted)) return ['gzip', asset.gzip]
  return undefined
}

/** Serves `root` on 127.0.0.1 (port 0 picks a free one); unknown paths get index.html (hash router). */
export function serveLikeCdn(root: string, port = 0): Promise<RunningServer> {
  const assets = new Map<string, Asset>()
  for (const file of filesUnder(root)) {
    if (file.endsWith('.LICENSE.txt')) continue
    assets.set(`/${relative(root, file).split(sep).join('/')}`, loadAsset(file))
  }
  const index = assets.get('/index.html')
  if (!index) throw new Error(`${root}/index.html is missing: build the H5 app first`)
  const server = createServer((request, response) => {
    const path = decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/')
    const asset = assets.get(path) ?? index
    const encoded = pickEncoding(request, asset)
    response.writeHead(200, {
      'content-type': asset.type,
      'cache-control': asset.cacheControl,
      vary: 'accept-encoding',
      ...(encoded ? { 'content-encoding': encoded[0] } : {}),
      'content-length': (encoded ? encoded[1] : asset.raw).length,
    })
    response.end(request.method === 'HEAD' ? undefined : encoded ? encoded[1] : asset.raw)
  })
  return listenOnLoopback(server, port)
}
