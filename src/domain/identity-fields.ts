/**
 * A name and an ID number typed together (step 1, adding a 常用缴费人): each
 * field checked, with the message to show beside it when it fails.
 */
import { idNumberMessage, validateIdNumber, type ValidIdNumber } from './id-number'
import { personNameMessage, validatePersonName } from './person-name'

export interface IdentityFieldErrors {
  name?: string
  idNumber?: string
}

export type IdentityFieldsResult =
  | { ok: true; name: string; id: ValidIdNumber }
  | { ok: false; errors: IdentityFieldErrors; id?: ValidIdNumber }

/** `today` (YYYY-MM-DD) bounds the birth date; a valid ID is returned even when the name fails. */
export function checkIdentityFields(name: string, idNumber: string, today: string): IdentityFieldsResult {
  const nameResult = validatePersonName(name)
  const idResult = validateIdNumber(idNumber, today)
  if (nameResult.ok && idResult.ok) return { ok: true, name: nameResult.name, id: idResult.id }
  return {
    ok: false,
    errors: {
      name: nameResult.ok ? undefined : personNameMessage(nameResult),
      idNumber: idResult.ok ? undefined : idNumberMessage(idResult),
    },
    id: idResult.ok ? idResult.id : undefined,
  }
}
