/**
 * 河北省 — 城乡居民基本医疗保险, benefit year 2026: 冀医保发〔2025〕6号 [A].
 * Individual at least 400 元 (the national floor; cities may set more), fiscal
 * subsidy at least 700 元; full subsidy for 特困人员 and 孤儿; at least 60 % for
 * 低保对象 and 防止返贫监测对象.
 * Window (河北省医疗保障局 as quoted by a news site [B]): 2025-10-20 – 2025-12-31 covers
 * from 1 January; 2026-01-01 – 02-28 "自缴费到账之日起"; not insured in 2025, or paying from
 * 1 March: after the waiting period.
 * Left out: the channels' calendar (1st–25th in September to November, 1st–28th in
 * December), seen only on one grade-C page whose address was not kept whole and on an
 * aggregator known to invent figures.
 * Not sourced, so left out: the 家庭共济 scope ("医保个人账户共济" is listed as a channel).
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
      window: { start: '2025-10-20', end: '2025-12-31', extendedEnd: '2026-02-28' },
      firstCoveredDay: { extended: 'funds-arrival' },
      subsidyRules: [
        { group: 'extreme-poverty', mode: 'full' },
        { group: 'orphan', mode: 'full' },
        { group: 'minimum-living', mode: 'percent', percent: 60 },
        { group: 'monitored', mode: 'percent', percent: 60 },
      ],
      sources: [
        {
          document: '冀医保发〔2025〕6号',
          url: 'https://www.renqiu.gov.cn/renqiu/ybjbmwj/202510/6d90754638a248cba655e94ea518a3bb.shtml',
          grade: 'A',
        },
        {
          document: '河北省医疗保障局 2026年度居民医保集中缴费（新闻网站转述）',
          url: 'http://zhlife.eeju.com/zh/2025/1022/55886.html',
          grade: 'B',
        },
      ],
    },
  ],
}
