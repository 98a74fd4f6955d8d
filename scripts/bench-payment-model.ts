/** Bench figure: how many random two-phone payment sequences (one bureau ledger) the model test runs per second. */
import fc from 'fast-check'
import { modelRuns, runModelSequence } from '../test/support/payment-model'

export async function paymentModelThroughput(sequences = 2000): Promise<void> {
  const samples = fc.sample(modelRuns, { numRuns: sequences, seed: 2026 })
  const started = performance.now()
  let steps = 0
  for (const { steps: sequence, randomSeed } of samples) {
    steps += sequence.length
    await runModelSequence(sequence, randomSeed)
  }
  const seconds = (performance.now() - started) / 1000
  console.log(
    `payment model (two phones, one bureau): ${Math.round(sequences / seconds)} sequences/s ` +
      `(${sequences} sequences, ${(steps / sequences).toFixed(1)} steps each, in ${seconds.toFixed(2)} s)`,
  )
}
