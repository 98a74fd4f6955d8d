/**
 * 四川省成都市 — 城乡居民基本医疗保险, benefit year 2026, from one 网易号 article mirrored
 * elsewhere [B]: "个人缴费标准分为每人每年400元和每人每年550元两档" for adults; 学生儿童
 * (含大学生) 400 元; "财政补助标准为每人每年740元"; the 城乡居民长期护理保险 is collected
 * with it (its fiscal part 30 元 for adults, 10 元 for students).
 * The adult tiers are offered side by side, 400 元 first (the source names neither 一档 nor 二档).
 * Left out: the LTC part as its own line (the individual LTC amount is cut off in the source,
 * so whether the 400 / 550 include it is not known).
 * Not sourced, so left out: the window (so no dates are quoted), the assisted groups, the
 * newborn rule and the payment capabilities.
 */
export default {
  adcode: '510100',
  name: '四川省成都市',
  capabilities: {},
  years: [
    {
      benefitYear: 2026,
      individualStandardFen: {
        'child-student': 40000,
        'college-student': 40000,
      },
      individualFromNationalFloor: false,
      governmentSubsidyFen: 74000,
      tiers: [
        { id: 'yuan-400', label: '每人每年400元档', individualFen: { elderly: 40000, 'working-age': 40000 } },
        { id: 'yuan-550', label: '每人每年550元档', individualFen: { elderly: 55000, 'working-age': 55000 } },
      ],
      subsidyRules: [],
      sources: [
        {
          document: '成都市2026年度城乡居民基本医疗保险筹资标准（网易号文章转载）',
          url: 'http://m.admirer.cn/dy/article/KCLES0LI0514DUSA.html',
          grade: 'B',
        },
      ],
    },
  ],
}
