/**
 * 常见问题: a search box (Chinese words or pinyin), the questions grouped by
 * kind, each opening its answer with the resident's region figures, then
 * the hotlines and service points. The region is the one given (home's
 * choice), else the one step 2 chose or found.
 */
import { Text, View } from '@tarojs/components'
import { useEffect, useMemo, useState } from 'react'
import type { RegionRules } from '../../../domain/region-rules'
import { Field } from '../../../ui/field'
import { usePaymentStore } from '../../payment'
import { FAQ_ENTRIES } from '../faq/faq-entries'
import { faqSections } from '../faq/faq-view'
import { loadRegionRules } from '../load-regions'
import { knownRegion } from '../known-region'
import { createFaqSearch } from '../search/faq-search'
import { ContactPanel } from './contact-panel'
import { FaqItem } from './faq-item'
import '../help.css'

export function HelpCentre({ adcode }: { adcode?: string }) {
  const known = usePaymentStore(knownRegion)
  const today = usePaymentStore((state) => state.today)()
  const regionCode = adcode ?? known
  const [region, setRegion] = useState<RegionRules>()
  useEffect(() => {
    if (!regionCode) return undefined
    let live = true
    void loadRegionRules().then((rulesFor) => live && setRegion(rulesFor(regionCode)))
    return () => {
      live = false
    }
  }, [regionCode])

  const search = useMemo(() => createFaqSearch(FAQ_ENTRIES), [])
  const [query, setQuery] = useState('')
  const [open, setOpen] = useState<string>()
  const found = query.trim() ? search.search(query) : undefined
  const sections = faqSections(region, today, found)

  return (
    <View>
      <Field
        label='搜索问题'
        placeholder='输入关键词或拼音首字母，如“等待期”或“ddq”'
        value={query}
        maxlength={30}
        onInput={setQuery}
      />
      {found && (
        <Text className='hint' ariaRole='status'>
          {found.length > 0
            ? `找到${found.length}个相关问题`
            : `没有找到与“${query.trim()}”相关的问题。可以换个说法，或拨打医保服务热线12393咨询。`}
        </Text>
      )}
      {region && <Text className='hint'>地区数字按{region.name}显示。</Text>}
      {sections.map((section) => (
        <View key={section.group} className='faq-group' ariaRole='region' ariaLabel={section.title}>
          <View className='faq-group-title' ariaRole='heading' aria-level={2}>
            <Text>{section.title}</Text>
          </View>
          {section.items.map((item) => (
            <FaqItem
              key={item.id}
              item={item}
              open={open === item.id}
              onToggle={() => setOpen(open === item.id ? undefined : item.id)}
            />
          ))}
        </View>
      ))}
      <ContactPanel adcode={regionCode} regionName={region?.name} />
    </View>
  )
}
