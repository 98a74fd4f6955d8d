import { HelpCentre } from '../../../../features/help'
import { PageShell } from '../../../../ui'
import { usePageParams } from '../../../../platform/navigation'

export default function HelpPage() {
  const { adcode } = usePageParams('help')
  return (
    <PageShell title='常见问题'>
      <HelpCentre adcode={adcode} />
    </PageShell>
  )
}
