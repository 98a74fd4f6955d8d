import { ReceiptCheckForm } from '../../../../features/receipt-check'
import { ActionButton, PageShell } from '../../../../ui'
import { goHome } from '../../../../platform/navigation'

export default function ReceiptCheckPage() {
  return (
    <PageShell title='查验电子凭证'>
      <ReceiptCheckForm />
      <ActionButton label='返回首页' kind='secondary' onTap={goHome} />
    </PageShell>
  )
}
