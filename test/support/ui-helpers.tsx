/**
 * Shared helpers for the ui project: mount a React element with
 * @tarojs/test-utils-react, read what a resident would see, tap and type.
 * Import this module first in every ui test: it imports @tarojs/taro before
 * the test utils, which breaks their circular import (see the toolchain notes).
 */
import '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { fireEvent, waitFor } from '@tarojs/test-utils-react/dist/pure'
import { act, type ReactElement } from 'react'
import { useCareMode } from '../../src/features/care-mode'
import { AppProviders } from '../../src/root/app-providers'
import { CareModeContext } from '../../src/ui'
import type { TestApp } from './test-app'

/** React's own act, for updates the test causes outside a tap (a store action, a cashier request). */
export { act }

// test-utils-react 0.1.1 wraps renders and events in react-dom/test-utils' act,
// which React 18.3 reports as deprecated on every suite; that line is noise here.
const reportError = console.error.bind(console)
console.error = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].includes('ReactDOMTestUtils.act')) return
  reportError(...args)
}

let mounted: TestUtils[] = []

afterEach(() => {
  mounted.forEach((utils) => utils.unmout())
  mounted = []
  document.body.innerHTML = ''
})

/** Care mode as the app's providers pass it down, for components mounted without an app. */
const useCareModeOn = (): boolean => useCareMode((state) => state.careMode)

function CareModeOnly({ children }: { children: ReactElement }) {
  return <CareModeContext.Provider value={useCareModeOn}>{children}</CareModeContext.Provider>
}

/**
 * Mounts `ui` as a Taro page would be, and waits for the web components to
 * render. Pages need `app` (a fresh one per test: test/support/test-app.ts).
 */
export async function render(ui: ReactElement, app?: TestApp): Promise<TestUtils> {
  const utils = new TestUtils()
  const Harness = () =>
    app ? <AppProviders services={app}>{ui}</AppProviders> : <CareModeOnly>{ui}</CareModeOnly>
  // What a page loads on mount (a store action over the mock gateway) settles
  // while mount waits for a frame, outside act; as testing-library's waitFor
  // does, let React schedule those updates itself instead of warning.
  const global = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }
  const actEnvironment = global.IS_REACT_ACT_ENVIRONMENT
  global.IS_REACT_ACT_ENVIRONMENT = false
  try {
    await utils.mount(Harness)
  } finally {
    global.IS_REACT_ACT_ENVIRONMENT = actEnvironment
  }
  mounted.push(utils)
  return utils
}

/** Everything on screen as one string, whitespace collapsed. */
export function screenText(): string {
  return (document.body.textContent ?? '').replace(/\s+/g, ' ').trim()
}

/**
 * Retries `assertion` (up to 1 s) until it stops throwing. test-utils-dom's
 * waitFor only retries a callback whose promise rejects: a callback that throws
 * synchronously is never called again, hence the async wrapper.
 */
export async function waitUntil(assertion: () => void): Promise<void> {
  await waitFor(async () => assertion())
}

/** Waits until `text` is on screen; the error shows what was there instead. */
export async function waitForText(text: string): Promise<void> {
  await waitUntil(() => {
    if (!screenText().includes(text)) throw new Error(`"${text}" is not on screen. Screen: ${screenText()}`)
  })
}

/** The labels of the buttons on screen, in order. */
export function buttonLabels(): string[] {
  return Array.from(document.querySelectorAll('taro-button-core')).map((button) =>
    (button.textContent ?? '').trim(),
  )
}

export function button(label: string): Element {
  const found = Array.from(document.querySelectorAll('taro-button-core')).find(
    (candidate) => (candidate.textContent ?? '').trim() === label,
  )
  if (!found) throw new Error(`No button "${label}". Buttons: ${buttonLabels().join(' | ')}`)
  return found
}

/** A tap, as a resident's finger on H5 produces a click. */
export function tap(target: Element | string): void {
  fireEvent(
    typeof target === 'string' ? button(target) : target,
    new MouseEvent('click', { bubbles: true, cancelable: true }),
  )
}

/** The native <input> inside the Taro Input labelled `label` (aria-label via nativeProps). */
export function input(label: string): HTMLInputElement {
  const found = document.querySelector<HTMLInputElement>(`taro-input-core input[aria-label="${label}"]`)
  if (!found) throw new Error(`No input labelled "${label}"`)
  return found
}

/**
 * Types into a Taro Input: the component reads `event.target.value` from the
 * inner <input>'s native input event and emits its own `input` event with
 * `detail.value`, which reaches the page's onInput.
 */
export function typeInto(label: string, value: string): void {
  const field = input(label)
  field.value = value
  fireEvent(field, new Event('input', { bubbles: true }))
}

/** Elements with an ARIA role; Taro writes `ariaRole` as `role` on H5 builds and as `aria-role` under jest. */
export function byRole(role: string): Element[] {
  return Array.from(document.querySelectorAll(`[role="${role}"], [aria-role="${role}"]`))
}

/** The one element with `role` on screen. */
export function theOnly(role: string): Element {
  const found = byRole(role)
  if (found.length !== 1 || !found[0])
    throw new Error(`Expected one element with role "${role}", found ${found.length}`)
  return found[0]
}

/** The value shown in the label/value row labelled `label` (InfoRows). */
export function rowValue(label: string): string {
  const row = Array.from(document.querySelectorAll('.row')).find(
    (candidate) => (candidate.querySelector('.row-label')?.textContent ?? '').trim() === label,
  )
  if (!row) throw new Error(`No row "${label}". Screen: ${screenText()}`)
  return (row.querySelector('.row-value')?.textContent ?? '').trim()
}
