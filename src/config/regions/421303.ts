/**
 * 湖北省随州市曾都区 — 城乡居民基本医疗保险, benefit year 2023 (zengdu.gov.cn [A]):
 * individual 350 元; full subsidy for 特困人员 and 孤儿 (also for disabled people
 * unable to work, severe mental disorders and certain family-planning hardship
 * families, which this app has no group for); 低保对象 and 返贫致贫人口: government
 * 320 / individual 30; 防止返贫监测对象 175 / 175; 稳定脱贫人口 70 / 280.
 * Not sourced, so left out: the window (so no dates are quoted), the fiscal
 * subsidy, and every later benefit year.
 * Payment capabilities were not sourced.
 */
export default {
  adcode: '421303',
  name: '湖北省随州市曾都区',
  capabilities: {},
  years: [
    {
      benefitYear: 2023,
      individualStandardFen: {
        elderly: 35000,
        'child-student': 35000,
        'working-age': 35000,
        'college-student': 35000,
        newborn: 35000,
      },
      individualFromNationalFloor: false,
      subsidyRules: [
        { group: 'extreme-poverty', mode: 'full' },
        { group: 'orphan', mode: 'full' },
        { group: 'minimum-living', mode: 'fixed', assistanceFen: 32000 },
        { group: 'returned-to-poverty', mode: 'fixed', assistanceFen: 32000 },
        { group: 'monitored', mode: 'fixed', assistanceFen: 17500 },
        { group: 'stable-ex-poverty', mode: 'fixed', assistanceFen: 7000 },
      ],
      sources: [
        {
          document: '曾都区2023年度城乡居民医保集中参保缴费通知',
          url: 'https://www.zengdu.gov.cn',
          grade: 'A',
        },
      ],
    },
  ],
}
