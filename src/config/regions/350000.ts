/**
 * 福建省 — 城乡居民基本医疗保险, benefit year 2026.
 * Window, extended period (cover from the payment date) and the students'
 * school-year cover from 1 September: 闽政办〔2025〕3号 [A]. The province adopts the
 * national floors for 2026 (individual at least 400 元, fiscal subsidy 700 元),
 * as quoted in 冀医保发〔2025〕6号 from the national notice [A].
 * Full subsidy for 特困人员: 国办发〔2021〕42号 [A]. Fixed amounts for other
 * groups, the exemption list, the newborn rule after 90 days and incentive
 * figures were not found for Fujian and are left out.
 * Payment capabilities: WeChat Pay is what this app offers here; 家庭共济,
 * instalments and offline confirmation were not sourced.
 */
export default {
  adcode: '350000',
  name: '福建省',
  capabilities: { wechatPay: true },
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
      window: { start: '2025-09-01', end: '2025-12-31', extendedEnd: '2026-02-28' },
      schoolYearCoverFrom: '09-01',
      subsidyRules: [{ group: 'extreme-poverty', mode: 'full' }],
      sources: [
        { document: '闽政办〔2025〕3号', url: '', grade: 'A' },
        { document: '冀医保发〔2025〕6号（转引国家2026年度居民医保筹资标准）', url: '', grade: 'A' },
        {
          document: '国办发〔2021〕42号',
          url: 'https://www.gov.cn/zhengce/content/2021-11/19/content_5651446.htm',
          grade: 'A',
        },
        {
          document: '国办发〔2024〕38号',
          url: 'https://www.gov.cn/zhengce/content/202408/content_6965741.htm',
          grade: 'A',
        },
      ],
    },
  ],
}
