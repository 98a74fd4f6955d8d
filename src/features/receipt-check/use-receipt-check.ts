/**
 * The 查验凭证 form: what was typed or scanned, each field's problem, and the
 * check's state. A scan fills both fields and checks at once; a tap while a
 * check runs or before the bureau's wait has passed sends nothing.
 */
import { useCallback, useRef, useState } from 'react'
import {
  normaliseReceiptInput,
  parseReceiptQr,
  receiptInputProblems,
  type ReceiptInputField,
  type ReceiptToCheck,
} from '../../domain/receipt-code'
import { scanQrCode } from '../../platform/scan-code'
import { stateAfter, type CheckState } from './check-state'
import { useReceiptCheckDeps } from './receipt-check-deps'

export const SCAN_PROBLEMS = {
  notOurs: '这不是医保缴费电子凭证的二维码。请扫描凭证上的二维码，或在下方输入凭证号和校验码。',
  unreadable: '未能识别二维码。请让二维码完整、清晰地出现在照片中再试，或在下方输入凭证号和校验码。',
} as const

export function useReceiptCheck() {
  const { checkReceipt } = useReceiptCheckDeps()
  const [input, setInput] = useState<ReceiptToCheck>({ receiptNo: '', verificationCode: '' })
  const [problems, setProblems] = useState<Partial<Record<ReceiptInputField, string>>>({})
  const [scanProblem, setScanProblem] = useState<string>()
  const [state, setState] = useState<CheckState>({ kind: 'idle' })
  const busy = useRef(false)

  const run = useCallback(
    async (typed: ReceiptToCheck) => {
      const normalised = normaliseReceiptInput(typed)
      const found = receiptInputProblems(normalised)
      setProblems(Object.fromEntries(found.map((problem) => [problem.field, problem.message])))
      if (found.length > 0 || busy.current) return
      if (state.kind === 'rate-limited' && Date.now() < state.retryAt) return
      busy.current = true
      setState({ kind: 'checking' })
      try {
        const answer = await checkReceipt(normalised.receiptNo, normalised.verificationCode)
        setState(stateAfter(answer, Date.now()))
      } finally {
        busy.current = false
      }
    },
    [checkReceipt, state],
  )

  const scan = useCallback(async () => {
    setScanProblem(undefined)
    const outcome = await scanQrCode()
    if (outcome.kind === 'cancelled') return
    const scanned = outcome.kind === 'text' ? parseReceiptQr(outcome.text) : undefined
    if (!scanned) {
      setScanProblem(outcome.kind === 'text' ? SCAN_PROBLEMS.notOurs : SCAN_PROBLEMS.unreadable)
      return
    }
    setInput(scanned)
    await run(scanned)
  }, [run])

  return {
    input,
    problems,
    scanProblem,
    state,
    setReceiptNo: (receiptNo: string) => setInput((current) => ({ ...current, receiptNo })),
    setVerificationCode: (verificationCode: string) =>
      setInput((current) => ({ ...current, verificationCode })),
    check: () => run(input),
    scan,
  }
}
