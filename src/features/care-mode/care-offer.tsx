/**
 * The 60+ offer: after verification, a resident aged 60 or over is asked
 * once whether to turn care mode on. An offer, never forced; whatever the
 * answer, it is not asked again.
 */
import { View, Text } from '@tarojs/components'
import { qualifiesForCareOffer } from '../../domain/care-mode-rules'
import { ActionButton } from '../../ui/action-button'
import { useCareMode } from './care-mode-store'

export function CareOffer({ birthDate, today }: { birthDate?: string; today: string }) {
  const careMode = useCareMode((state) => state.careMode)
  const offerAnswered = useCareMode((state) => state.offerAnswered)
  const answerCareOffer = useCareMode((state) => state.answerCareOffer)
  if (careMode || offerAnswered || !birthDate || !qualifiesForCareOffer(birthDate, today)) return null
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
