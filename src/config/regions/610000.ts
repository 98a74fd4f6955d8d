/**
 * 陕西省 — 城乡居民基本医疗保险, benefit year 2026. A 陕西 city's notice (official text on a
 * mirror [A]) gives the province-wide figures: "全省2025年城乡居民医保筹资标准统一为1100元" —
 * individual 400 元, fiscal subsidy 700 元; for residents with a 陕西 户籍, 特困人员 and 孤儿
 * pay nothing, and 低保对象, 纳入监测范围的易返贫致贫人口 and 返贫致贫人口 pay 110 元.
 * Window: the notice says "2025年10月至12月25日" (so it opens on 1 October); 陕西发布 confirms
 * the 12-25 close province-wide [B]. A resident not continuously insured who pays in the
 * window waits the fixed 3 months, covered "2026年4月1日至2026年12月31日".
 * Newborns enrolled within 90 days are covered from birth; later "出生当年缴费的次月起".
 * Not modelled: the 户籍 condition of the assistance.
 * Not sourced, so left out: the 家庭共济 scope and the incentive figures.
 */
export default {
  adcode: '610000',
  name: '陕西省',
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
      individualFromNationalFloor: false,
      governmentSubsidyFen: 70000,
      window: { start: '2025-10-01', end: '2025-12-25' },
      newborn: { fromBirthWithinDays: 90, afterThat: 'next-month' },
      subsidyRules: [
        { group: 'extreme-poverty', mode: 'full' },
        { group: 'orphan', mode: 'full' },
        { group: 'de-facto-orphan', mode: 'full' },
        { group: 'minimum-living', mode: 'fixed', assistanceFen: 29000 },
        { group: 'monitored', mode: 'fixed', assistanceFen: 29000 },
        { group: 'returned-to-poverty', mode: 'fixed', assistanceFen: 29000 },
      ],
      sources: [
        {
          document: '陕西省某市2026年度城乡居民医保参保缴费通知（官方文本转载）',
          url: 'http://www.zbvacp.com/info/1072/53601.htm',
          grade: 'A',
        },
        {
          document: '陕西发布 2025-12-18：陕西城乡居民医保集中缴费期12月25日截止',
          url: 'http://m.yumqqxq.cn/c/8pB35gtiIpR',
          grade: 'B',
        },
      ],
    },
  ],
}
