/**
 * Every page's frame: care-mode styling, the step's title and its progress,
 * all inside the page's main landmark, so that nothing a page shows lies
 * outside a landmark (axe: landmark-one-main, region). What a page lays over
 * itself (the simulated cashier sheet, a dialog) is rendered among its children,
 * inside the landmark too. Taro keeps earlier pages mounted but display:none,
 * so the page on show has the only main a screen reader meets.
 */
import { View, Text } from '@tarojs/components'
import type { CSSProperties, ReactNode } from 'react'
import { STEPS, STEP_TITLES, stepIndex, type Step } from '../domain/payment-flow'
import { useCareModeOn, useTextScale } from './care-mode-context'

interface PageShellProps {
  step?: Step
  title?: string
  children: ReactNode
}

export function PageShell({ step, title, children }: PageShellProps) {
  const careMode = useCareModeOn()
  const textScale = useTextScale()
  const heading = title ?? (step ? STEP_TITLES[step] : '')
  return (
    <View className={`page ${careMode ? 'care' : ''}`} style={scaleStyle(textScale)} ariaRole='main'>
      {step && <StepProgress step={step} />}
      <View className='page-title' ariaRole='heading' aria-level={1}>
        <Text>{heading}</Text>
      </View>
      {children}
    </View>
  )
}

/** app.css sizes the type by --text-scale (WeChat's font setting); unset, it is 1. */
function scaleStyle(textScale: number): CSSProperties | undefined {
  return textScale === 1 ? undefined : ({ '--text-scale': String(textScale) } as CSSProperties)
}

function StepProgress({ step }: { step: Step }) {
  const current = stepIndex(step) + 1
  return (
    // A progressbar: screen readers say its value text, 第 3 步，共 6 步.
    <View
      className='progress'
      ariaRole='progressbar'
      ariaLabel='缴费进度'
      ariaValuemin={1}
      ariaValuemax={STEPS.length}
      ariaValuenow={current}
      ariaValuetext={`第 ${current} 步，共 ${STEPS.length} 步：${STEP_TITLES[step]}`}
    >
      <Text className='progress-text'>
        第 {current} 步 / 共 {STEPS.length} 步
      </Text>
      <View className='progress-bar' ariaHidden>
        {STEPS.map((candidate, index) => (
          <View key={candidate} className={`progress-dot ${index < current ? 'done' : ''}`} />
        ))}
      </View>
    </View>
  )
}
