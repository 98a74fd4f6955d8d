/**
 * 朗读本页 wired to the app's speaker: Web Speech on H5, recorded clips on
 * weapp (platform/speech*.ts). Step pages put it first in their PageShell;
 * home has none, so none of this loads with the home page (config/index.ts
 * keeps it in the `steps` chunk).
 */
import type { SpeechScript } from '../../domain/read-aloud'
import { createSpeech } from '../../platform/speech'
import { ReadAloudButton } from './read-aloud-button'

const speech = createSpeech()

export function ReadAloud({ script }: { script: SpeechScript }) {
  return <ReadAloudButton script={script} speech={speech} />
}
