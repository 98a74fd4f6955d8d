/**
 * 河北省 — 城乡居民基本医疗保险, benefit year 2026: 冀医保发〔2025〕6号 [A].
 * Individual at least 400 元 (the national floor; cities may set more), fiscal
 * subsidy at least 700 元; full subsidy for 特困人员 and 孤儿; at least 60 % for
 * 低保对象 and 防止返贫监测对象.
 * Not sourced, so left out: the collection window (so no dates are quoted) and
 * the payment capabilities.
 */
export default {
  adcode: '130000',
  name: '河北省',
  capabilities: {},
  years: [
    {
      benefitYear: 2026,
      individualStandardFen: {
        elderly: 40000,
        'child-student': 40000,
        'working-age': 40000,
        'college-student': 40000,
        newborn: 40000,
      },
      individualFromNationalFloor: true,
      governmentSubsidyFen: 70000,
      subsidyRules: [
        { group: 'extreme-poverty', mode: 'full' },
        { group: 'orphan', mode: 'full' },
        { group: 'minimum-living', mode: 'percent', percent: 60 },
        { group: 'monitored', mode: 'percent', percent: 60 },
      ],
      sources: [{ document: '冀医保发〔2025〕6号', url: '', grade: 'A' }],
    },
  ],
}
