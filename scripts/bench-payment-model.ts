/** Bench figure: how many random payment sequences the model test runs per second. */
import fc from 'fast-check'
import { modelSteps, runModelSequence } from '../test/support/payment-model'

export async function paymentModelThroughput(sequences = 2000): Promise<void> {
  const samples = fc.sample(modelSteps, { numRuns: sequences, seed: 2026 })
  const started = performance.now()
  for (const steps of samples) await runModelSequence(steps)
  const seconds = (performance.now() - started) / 1000
  console.log(`payment model: ${Math.round(sequences / seconds)} sequences/s (${sequences} sequences in ${seconds.toFixed(2)} s)`)
}
