/** Step 1's form mounted alone, and the error shown inside one of its fields. */
import { VerifyForm } from '../../src/features/payment/components/verify-form'
import type { VerifyError } from '../../src/services/payment-service'
import { input, render } from './ui-helpers'

export const TODAY = '2025-11-20'
export type SubmitResult = { ok: true } | { ok: false; error: VerifyError }

/** The form as a demo build shows it (`faceSimulated`), or as the release build does. */
export function renderForm(
  onSubmit = jest.fn(async (): Promise<SubmitResult> => ({ ok: true })),
  faceSimulated = true,
) {
  return render(
    <VerifyForm today={TODAY} busy={false} faceSimulated={faceSimulated} onSubmit={onSubmit} />,
  ).then(() => onSubmit)
}

/** The error text shown inside the field that holds the input labelled `label`. */
export function fieldError(label: string): string {
  const field = input(label).closest('.field')
  return (field?.querySelector('.field-error')?.textContent ?? '').trim()
}
