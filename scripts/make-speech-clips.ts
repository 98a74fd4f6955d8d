/**
 * `npx tsx scripts/make-speech-clips.ts`: synthesises the weapp 朗读 clips
 * (src/packages/care/clips/*.mp3) from the phrases and money characters in
 * src/domain/read-aloud.ts, offline, with espeak-ng's Mandarin voice (cmn)
 * and lame (mono, 8 kbit/s, 8 kHz: telephone quality: small enough for the subpackage).
 * Needs the Debian packages espeak-ng and lame. Run it again whenever a
 * phrase changes; a unit test checks that every clip exists.
 *
 * These are synthetic, robotic-sounding stand-ins: record a human voice
 * with the same file names before release.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { allClipTexts } from '../src/domain/read-aloud'

const CLIPS = join(__dirname, '../src/packages/care/clips')
// Words a minute: a little slower than espeak-ng's 175 for elderly listeners.
const SPEED = '150'

mkdirSync(CLIPS, { recursive: true })
const work = mkdtempSync(join(tmpdir(), 'clips-'))
const wanted = new Set<string>()
try {
  for (const { name, text } of allClipTexts()) {
    const wav = join(work, `${name}.wav`)
    execFileSync('espeak-ng', ['-v', 'cmn', '-s', SPEED, '-w', wav, text])
    execFileSync('lame', [
      '--silent',
      '-m',
      'm',
      '-b',
      '8',
      '--resample',
      '8',
      wav,
      join(CLIPS, `${name}.mp3`),
    ])
    wanted.add(`${name}.mp3`)
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}
// Clips of phrases that no longer exist would only weigh down the subpackage.
for (const file of readdirSync(CLIPS)) if (!wanted.has(file)) rmSync(join(CLIPS, file))
const total = readdirSync(CLIPS).reduce((sum, file) => sum + statSync(join(CLIPS, file)).size, 0)
console.log(`${wanted.size} clips, ${(total / 1024).toFixed(1)} KB in ${CLIPS}`)
