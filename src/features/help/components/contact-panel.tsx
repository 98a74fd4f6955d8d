/** 咨询电话与服务网点: the two hotlines, and the region's offline points with their hours where sourced. */
import { Text, View } from '@tarojs/components'
import { HOTLINES, servicePointsFor } from '../service-points'

export function ContactPanel({ adcode, regionName }: { adcode?: string; regionName?: string }) {
  const points = servicePointsFor(adcode)
  return (
    <View className='card' ariaRole='region' ariaLabel='咨询电话与服务网点'>
      <View className='card-title' ariaRole='heading' aria-level={2}>
        <Text>咨询电话与服务网点</Text>
      </View>
      {HOTLINES.map((line) => (
        <Text key={line.number} className='contact-line'>
          {line.name} {line.number}：{line.for}
        </Text>
      ))}
      {points.map((point) => (
        <View key={point.name} className='contact-point'>
          <Text className='contact-line'>
            {point.name}：{point.address}，办公时间{point.hours}
          </Text>
          <Text className='faq-source'>来源：{point.source.document}</Text>
        </View>
      ))}
      {points.length === 0 && (
        <Text className='paragraph'>
          {regionName
            ? `本程序尚未找到${regionName}线下医保服务网点及办公时间的可靠来源，`
            : '线下医保服务网点及办公时间因地区而异，本程序尚未收录，'}
          请拨打12393查询就近的服务网点。
        </Text>
      )}
    </View>
  )
}
