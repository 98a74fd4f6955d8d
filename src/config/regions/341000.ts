/**
 * 安徽省黄山市 — 城乡居民基本医疗保险, benefit year 2026, from the city's news site [B]:
 * individual 400 元, fiscal subsidy at least 700 元; 特困人员 and 孤儿 fully assisted;
 * "對低保對象給予定額資助345元,個人繳費55元"; 防止返贫监测对象 assisted 200 元, paying 200 元.
 * Collection "原则上在2025年底前完成": no window dates, so none are quoted.
 * Not sourced, so left out: the window, the newborn rule and the payment capabilities.
 */
export default {
  adcode: '341000',
  name: '安徽省黄山市',
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
      subsidyRules: [
        { group: 'extreme-poverty', mode: 'full' },
        { group: 'orphan', mode: 'full' },
        { group: 'minimum-living', mode: 'fixed', assistanceFen: 34500 },
        { group: 'monitored', mode: 'fixed', assistanceFen: 20000 },
      ],
      sources: [
        {
          document: '黄山新闻网：2026年度城乡居民医保参保缴费',
          url: 'http://www.001380.com/web/news/hs/content_100965.shtml',
          grade: 'B',
        },
      ],
    },
  ],
}
