/**
 * The 60+ offer: after verification, a resident aged 60 or over is asked
 * once whether to turn care mode on. An offer, never forced; whatever the
 * answer, it is not asked again. It is told only whether the resident is of
 * that age (`reachedCareOfferAge`, decided at verification), never the birth
 * date, which the app does not keep.
 */
import { View, Text } from '@tarojs/components'
import { ActionButton } from '../../ui/action-button'
import { useCareMode } from './care-mode-store'

export function CareOffer({ reachedCareOfferAge }: { reachedCareOfferAge: boolean }) {
  const careMode = useCareMode((state) => state.careMode)
  const offerAnswered = useCareMode((state) => state.offerAnswered)
  const answerCareOffer = useCareMode((state) => state.answerCareOffer)
  if (careMode || offerAnswered || !reachedCareOfferAge) return null
  return (
    <View className='panel panel-offer' ariaRole='region' ariaLabel='关怀模式邀请'>
      <Text className='panel-title'>要不要开启关怀模式？</Text>
      <Text className='panel-detail'>
        开启后字更大、颜色对比更强，每一步都可以点“朗读本页”听一遍。以后可在首页随时关闭。
      </Text>
      <ActionButton kind='secondary' label='开启关怀模式' onTap={() => answerCareOffer(true)} />
      <ActionButton kind='secondary' label='暂不开启' onTap={() => answerCareOffer(false)} />
    </View>
  )
}
