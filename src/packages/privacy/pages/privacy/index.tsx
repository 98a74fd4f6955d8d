import { NOTICE_TITLE, PrivacyNotice, WithdrawPanel } from '../../../../features/privacy'
import { PageShell } from '../../../../ui'
import { goHome } from '../../../../platform/navigation'

export default function PrivacyPage() {
  return (
    <PageShell title={NOTICE_TITLE}>
      <PrivacyNotice />
      <WithdrawPanel onWithdrawn={goHome} />
    </PageShell>
  )
}
