/**
 * Draws src/assets/share-card.png, the fixed picture of every share card
 * (src/platform/share-image.ts): 500 × 400 (WeChat's 5:4), a white card with a
 * blue cross on a light blue ground. No text and nothing about any resident:
 * without it WeChat would put a screenshot of the page on the card.
 * Run: npx tsx scripts/make-share-image.ts
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PNG } from 'pngjs'

const WIDTH = 500
const HEIGHT = 400
type Rgb = [number, number, number]
const GROUND: Rgb = [0xe8, 0xf1, 0xfb]
const CARD: Rgb = [0xff, 0xff, 0xff]
const CROSS: Rgb = [0x1f, 0x5f, 0xbf]

const inRoundedRect = (x: number, y: number, left: number, top: number, w: number, h: number, r: number) => {
  if (x < left || x >= left + w || y < top || y >= top + h) return false
  const dx = Math.max(left + r - x, 0, x - (left + w - 1 - r))
  const dy = Math.max(top + r - y, 0, y - (top + h - 1 - r))
  return dx * dx + dy * dy <= r * r
}

const colourAt = (x: number, y: number): Rgb => {
  const inCross = inRoundedRect(x, y, 215, 110, 70, 180, 12) || inRoundedRect(x, y, 160, 165, 180, 70, 12)
  if (inCross) return CROSS
  return inRoundedRect(x, y, 90, 50, 320, 300, 36) ? CARD : GROUND
}

const png = new PNG({ width: WIDTH, height: HEIGHT, colorType: 2, inputHasAlpha: false })
const pixels = Buffer.alloc(WIDTH * HEIGHT * 3)
for (let y = 0; y < HEIGHT; y++)
  for (let x = 0; x < WIDTH; x++) pixels.set(colourAt(x, y), (y * WIDTH + x) * 3)
png.data = pixels
const file = join(__dirname, '../src/assets/share-card.png')
writeFileSync(file, PNG.sync.write(png, { colorType: 2, inputHasAlpha: false, deflateLevel: 9 }))
console.log(`${file} written`)
