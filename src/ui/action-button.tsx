/**
 * A button screen readers see as one (Taro's H5 Button renders without a role),
 * with a busy state that blocks repeated taps and says what is happening.
 */
import { Button } from '@tarojs/components'
import { KeepTogether } from './keep-together'

interface ActionButtonProps {
  label: string
  onTap(): void
  kind?: 'primary' | 'secondary'
  disabled?: boolean
  busyLabel?: string
  busy?: boolean
}

export function ActionButton({
  label,
  onTap,
  kind = 'primary',
  disabled = false,
  busy = false,
  busyLabel,
}: ActionButtonProps) {
  const inactive = disabled || busy
  return (
    <Button
      className={`btn btn-${kind} ${inactive ? 'btn-inactive' : ''}`}
      ariaRole='button'
      tabIndex={0}
      disabled={inactive || undefined}
      onClick={() => {
        if (!inactive) onTap()
      }}
    >
      <KeepTogether text={busy ? (busyLabel ?? '请稍候…') : label} />
    </Button>
  )
}
