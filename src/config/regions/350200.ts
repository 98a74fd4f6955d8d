/**
 * 厦门市 — 城乡居民基本医疗保险, benefit year 2026 (厦医保〔2025〕96号, in force 2026-01-01).
 * Individual 450 元 for every resident, unchanged; fiscal subsidy 830 元: 厦门市医疗保障局
 * news of 2025-10-23 [A]. Window 2025-10-22 – 2025-12-26: 海峡导报 / 台海网 [B].
 * Full subsidy for 特困人员: 国办发〔2021〕42号 [A].
 * Xiamen sets its own window and amount, so this file replaces the province's (350000) here;
 * the provincial rule kept is students' cover from 1 September (闽政办〔2025〕3号 [A]), which
 * the city's notice states for 连续参保的高校新生 ("2025年9月1日起").
 * Not sourced, so left out: an extended period, the newborn rule, other groups' assistance
 * and the 家庭共济 scope ("医保家庭共济账户代缴" is listed as a channel).
 */
export default {
  adcode: '350200',
  name: '福建省厦门市',
  capabilities: {},
  years: [
    {
      benefitYear: 2026,
      individualStandardFen: {
        elderly: 45000,
        'child-student': 45000,
        'working-age': 45000,
        'college-student': 45000,
        newborn: 45000,
      },
      individualFromNationalFloor: false,
      governmentSubsidyFen: 83000,
      window: { start: '2025-10-22', end: '2025-12-26' },
      schoolYearCoverFrom: '09-01',
      subsidyRules: [{ group: 'extreme-poverty', mode: 'full' }],
      sources: [
        {
          document: '厦门市医疗保障局 2026年度城乡居民医保参保缴费（厦医保〔2025〕96号）',
          url: 'https://ylbz.xm.gov.cn/zwgk/tpxw/202510/t20251023_2962144.htm',
          grade: 'A',
        },
        {
          document: '海峡导报 / 台海网 2025-11-08（集中缴费期）',
          url: 'http://m.8037eee.com/news/xmnews/ldjj/2025-11-08/2846714.html',
          grade: 'B',
        },
        { document: '闽政办〔2025〕3号', url: '', grade: 'A' },
        {
          document: '国办发〔2021〕42号',
          url: 'https://www.gov.cn/zhengce/content/2021-11/19/content_5651446.htm',
          grade: 'A',
        },
      ],
    },
  ],
}
