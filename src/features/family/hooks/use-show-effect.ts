/**
 * Runs `callback` when the page first renders and each time it is shown again.
 * Taro H5 did not report the first show of these subpackage pages (loaded
 * lazily) in chromium, so mounting counts as the first show; the store actions
 * called here ignore a call while the same one is running, so a first show
 * that is reported too does no harm.
 */
import { useDidShow } from '@tarojs/taro'
import { useEffect, useRef } from 'react'

export function useShowEffect(callback: () => void): void {
  const latest = useRef(callback)
  latest.current = callback
  useEffect(() => latest.current(), [])
  useDidShow(() => latest.current())
}
