/**
 * A person's payment history as the bureau records it: which benefit years
 * were paid and on what day. Continuity, breaks and the incentive run are
 * derived from it rather than handed in as counts, so that a year paid late
 * still counts as covered (国办发〔2024〕38号 counts years of cover, not
 * payment dates) and the wait can count from the right day (see
 * carried-wait.ts).
 */
export interface PaidYear {
  benefitYear: number
  /** The day the payment reached the bureau, YYYY-MM-DD. */
  paidOn: string
}

export type PaymentHistory = readonly PaidYear[]

/** The latest benefit year paid before `benefitYear`, if any. */
export function lastPaidYearBefore(history: PaymentHistory, benefitYear: number): PaidYear | undefined {
  let last: PaidYear | undefined
  for (const paid of history) {
    if (paid.benefitYear < benefitYear && (!last || paid.benefitYear > last.benefitYear)) last = paid
  }
  return last
}

/**
 * Consecutive benefit years without cover just before `benefitYear`. A
 * history with no earlier year is a first enrolment: no break (the fixed wait
 * outside the window still applies).
 */
export function breakYearsBefore(history: PaymentHistory, benefitYear: number): number {
  const last = lastPaidYearBefore(history, benefitYear)
  return last ? benefitYear - 1 - last.benefitYear : 0
}

const paidYears = (history: PaymentHistory) => new Set(history.map((paid) => paid.benefitYear))

/** Paid years in an unbroken run ending with `lastYear` (0 when `lastYear` itself was not paid). */
export function runEndingWith(history: PaymentHistory, lastYear: number): number {
  const paid = paidYears(history)
  let years = 0
  while (paid.has(lastYear - years)) years += 1
  return years
}

/** Years of continuous cover just before `benefitYear` (the incentive's count). */
export function continuousYearsBefore(history: PaymentHistory, benefitYear: number): number {
  return runEndingWith(history, benefitYear - 1)
}

/** The run of paid years that ended at the last paid year: what a region that keeps credit after a break keeps. */
export function runBeforeBreak(history: PaymentHistory, benefitYear: number): number {
  const last = lastPaidYearBefore(history, benefitYear)
  return last ? runEndingWith(history, last.benefitYear) : 0
}

/** The history as the bureau would hold it before `benefitYear`: what that year's own quote saw. */
export function historyBefore(history: PaymentHistory, benefitYear: number): PaymentHistory {
  return history.filter((paid) => paid.benefitYear < benefitYear)
}
