/**
 * 北京市 — 城乡居民基本医疗保险, benefit year 2026.
 * Individual amounts (城乡老年人 460, 学生儿童 435, 劳动年龄内居民 795 元): the
 * bureau's FAQ of 2025-12-08 [B] and the 中国新闻网 wire of 2025-12-01 [B]; the same
 * wire gives the 集中参保期 2025-11-30 – 2026-02-28 and, after it, "3个月等待期满后才可享受".
 * The fiscal subsidy per category (4380 / 1755 / 2355 元) is from the same wire.
 * Full subsidy for 特困人员: 国办发〔2021〕42号 [A].
 * Grade C, so the year is marked: the tax channel accepts payments only on the 5th to the
 * 20th of each month, "每月5至20日期间的工作日15:00前" on an older third-party page, repeated
 * for 2026 by an aggregator; working days, the 15:00 close and the bank debit on the 15th are
 * not modelled.
 * Not sourced, so left out: 大学生 and 新生儿 amounts, other groups' assistance, and
 * the 家庭共济 scope (the wire says only that a 共济备案 comes first).
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
      subsidyByCategory: { elderly: 438000, 'child-student': 175500, 'working-age': 235500 },
      window: { start: '2025-11-30', end: '2026-02-28' },
      paymentCalendar: { acceptedDays: [{ firstDay: 5, lastDay: 20 }] },
      gradeC: true,
      subsidyRules: [{ group: 'extreme-poverty', mode: 'full' }],
      sources: [
        {
          document: '北京市医疗保障局 常见问题（2025-12-08）',
          url: 'https://ybj.beijing.gov.cn/2020_zwfw/2020_cjwt/202512/t20251208_4327187.html',
          grade: 'B',
        },
        {
          document: '中国新闻网 北京12月1日电（2026年度城乡居民医保集中参保，转载）',
          url: 'https://mip.alkdhj.cn/article/3027021.html',
          grade: 'B',
        },
        {
          document: '第三方网页：北京城乡居民医保缴费时间每月5至20日（往年，C级）',
          url: 'http://caolvse.com/d/1543583.html',
          grade: 'C',
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
