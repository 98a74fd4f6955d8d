/**
 * 请家人代缴, after the enrolment is confirmed: the resident makes a card that
 * lets a relative open this bill and pay with the relative's own WeChat Pay,
 * and sees the links still open, each of which they can revoke. The links
 * come from the payment store (the bureau's list for the verified resident),
 * asked afresh whenever the panel appears: a relative may have paid meanwhile.
 */
import { View } from '@tarojs/components'
import { useEffect } from 'react'
import type { ShareToken } from '../../services/model'
import type { Loadable } from '../../ui/loadable'
import { usePaymentStore } from '../payment'
import { OpenShareList } from './open-share-list'
import { ShareCardPanel } from './share-card-panel'

interface FamilySharePanelProps {
  share: Loadable<ShareToken>
  onCreate(): void
}

export function FamilySharePanel({ share, onCreate }: FamilySharePanelProps) {
  const identityToken = usePaymentStore((state) => state.identity?.token)
  const openShares = usePaymentStore((state) => state.openShares)
  const revocation = usePaymentStore((state) => state.shareRevocation)
  const loadOpenShares = usePaymentStore((state) => state.loadOpenShares)
  const revokeShare = usePaymentStore((state) => state.revokeShare)

  useEffect(() => {
    if (identityToken) void loadOpenShares()
  }, [identityToken, loadOpenShares])

  return (
    <View>
      <ShareCardPanel share={share} onCreate={onCreate} />
      <OpenShareList
        shares={openShares}
        revocation={revocation}
        currentShareToken={share.status === 'ready' ? share.data.shareToken : undefined}
        cardMade={share.status === 'ready'}
        onRevoke={(shareToken) => void revokeShare(shareToken)}
        onReload={() => void loadOpenShares()}
      />
    </View>
  )
}
