/**
 * Text shown as written, its amounts and dates each kept on one line (see
 * keep-together-runs.ts). The runs sit in one wrapper keyed by the text: when
 * the text changes the wrapper is built afresh, off the page, then put in.
 * Updating the runs in place inside Taro's H5 components (web components that
 * move their children into a slot) put a new amount before the words it follows.
 */
import { Text } from '@tarojs/components'
import { keepTogetherRuns } from './keep-together-runs'

export function KeepTogether({ text }: { text: string }) {
  return (
    <Text key={text}>
      {keepTogetherRuns(text).map((run, index) =>
        run.keep ? (
          <Text key={index} className='nowrap'>
            {run.text}
          </Text>
        ) : (
          run.text
        ),
      )}
    </Text>
  )
}
