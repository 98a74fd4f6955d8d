/** H5: an answer is read by the browser's Chinese voice (Web Speech), through the 朗读 feature. */
import { ReadAloud } from '../../read-aloud'

export function FaqReadAloud({ text }: { text: string }) {
  return <ReadAloud script={[{ kind: 'text', text }]} />
}
