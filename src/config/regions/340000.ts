/**
 * 安徽省 — 城乡居民基本医疗保险, benefit year 2026. Grade C, so the year is marked: one
 * third-party page gives "全省统一的集中征缴期锁定在2025年10月20日至12月31日", individual 400 元
 * and fiscal subsidy at least 700 元, payments from 2026-01-01 to the end of February covered
 * from the next day and later ones after a 3-month wait.
 * The 滁州 notice (official text on a mirror [A]) agrees on the rule for January and February
 * ("自参保缴费次日起") and names 医保发〔2025〕22号; its own window opens on 10-15, and its excerpt
 * gives no amount.
 * Not sourced, so left out: assistance per group (黄山 has its own file, 341000), the newborn
 * rule and the payment capabilities.
 */
export default {
  adcode: '340000',
  name: '安徽省',
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
      window: { start: '2025-10-20', end: '2025-12-31', extendedEnd: '2026-02-28' },
      firstCoveredDay: { extended: 'next-day' },
      gradeC: true,
      subsidyRules: [],
      sources: [
        {
          document: '第三方文章：安徽2026年度城乡居民医保集中征缴期（C级）',
          url: 'https://www.ruicenter.com/?p=4313',
          grade: 'C',
        },
        {
          document: '滁州市2026年度城乡居民医保参保缴费通知（官方文本转载，引医保发〔2025〕22号）',
          url: 'http://m.shikeamc.com/2025/1014/517230.shtml',
          grade: 'A',
        },
      ],
    },
  ],
}
