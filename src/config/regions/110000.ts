/**
 * 北京市 — 城乡居民基本医疗保险, benefit year 2026.
 * Individual amounts (城乡老年人 460, 学生儿童 435, 劳动年龄内居民 795 元): the
 * bureau's FAQ of 2025-12-08 [B]. Full subsidy for 特困人员: 国办发〔2021〕42号 [A].
 * Not sourced, so left out: the collection window (so no dates are quoted), the
 * per-capita fiscal subsidy, 大学生 and 新生儿 amounts, other groups' assistance.
 * Payment capabilities were not sourced.
 * 灵活就业人员 in employee medical insurance pay a fixed 584.92 元 a month from
 * July 2025 (京人社发〔2025〕11号, quoted verbatim with its address in a
 * policy-evidence repository [B]); the notice names no end date.
 */
export default {
  adcode: '110000',
  name: '北京市',
  capabilities: {},
  years: [
    {
      benefitYear: 2026,
      individualStandardFen: {
        elderly: 46000,
        'child-student': 43500,
        'working-age': 79500,
      },
      individualFromNationalFloor: false,
      subsidyRules: [{ group: 'extreme-poverty', mode: 'full' }],
      sources: [
        {
          document: '北京市医疗保障局 常见问题（2025-12-08）',
          url: 'https://ybj.beijing.gov.cn/2020_zwfw/2020_cjwt/202512/t20251208_4327187.html',
          grade: 'B',
        },
        {
          document: '国办发〔2021〕42号',
          url: 'https://www.gov.cn/zhengce/content/2021-11/19/content_5651446.htm',
          grade: 'A',
        },
      ],
    },
  ],
  flexibleEmployment: [
    {
      from: '2025-07-01',
      scheme: { kind: 'fixed-monthly', monthlyFen: 58492 },
      sources: [
        {
          document: '京人社发〔2025〕11号',
          url: 'https://rsj.beijing.gov.cn/xxgk/2024zcwj/202509/t20250918_4204880.html',
          grade: 'B',
        },
      ],
    },
  ],
}
