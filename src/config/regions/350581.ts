/**
 * 福建省泉州市石狮市 — 城乡居民基本医疗保险, benefit year 2026, from the city's notice as
 * local news reproduces it [B]: individual 400 元, fiscal subsidy at least 700 元;
 * 集中参保期 2025-10-20 – 2025-12-31; 延长参保缴费期 2026-01-01 – 02-28, "从缴费之日开始享受";
 * from 1 March a fixed 3-month wait, waived for 新生儿, 医疗救助对象 and 当年退役军人; a
 * resident not continuous since 2025 waits and repairs as 闽政办〔2025〕3号 says (the
 * engine's 国办发〔2024〕38号 rule).
 * 医疗救助对象 are 特困人员, 低保对象, 低保边缘家庭成员 and 纳入监测范围的易返贫致贫人口
 * (国办发〔2021〕42号 [A]); those groups are listed as exempt.
 * Not yet expressible: 当年退役军人 as an exempt group.
 * Students are covered from 1 September, the provincial rule of 闽政办〔2025〕3号 [A].
 * Not sourced, so left out: assistance amounts per group, the newborn rule after 90 days,
 * and the payment capabilities.
 */
export default {
  adcode: '350581',
  name: '福建省泉州市石狮市',
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
      firstCoveredDay: { extended: 'same-day' },
      schoolYearCoverFrom: '09-01',
      subsidyRules: [{ group: 'extreme-poverty', mode: 'full' }],
      waitingExemptGroups: [
        'medical-assistance',
        'extreme-poverty',
        'minimum-living',
        'near-minimum-living',
        'monitored',
      ],
      sources: [
        {
          document: '石狮市2026年度城乡居民医保参保缴费通知（本地新闻转载）',
          url: 'http://m.413629.com/shishi/news/3061205.html',
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
