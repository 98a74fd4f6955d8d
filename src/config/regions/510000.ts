/**
 * 四川省 — the 大病保险 incentive of 国办发〔2024〕38号 as the province's 2025 draft
 * gives it [B]: cap 300,000 元, each step +4,000 元.
 * Nothing else for Sichuan was sourced: no individual standard (so no quote),
 * no window, no fiscal subsidy. The draft's final text should replace this.
 * Payment capabilities were not sourced.
 */
export default {
  adcode: '510000',
  name: '四川省',
  capabilities: {},
  years: [
    {
      benefitYear: 2025,
      individualStandardFen: {},
      individualFromNationalFloor: false,
      subsidyRules: [{ group: 'extreme-poverty', mode: 'full' }],
      incentive: { criticalIllnessCapFen: 30000000, stepFen: 400000 },
      sources: [
        { document: '四川省居民医保参保激励约束实施办法（2025年征求意见稿）', url: '', grade: 'B' },
        {
          document: '国办发〔2024〕38号',
          url: 'https://www.gov.cn/zhengce/content/202408/content_6965741.htm',
          grade: 'A',
        },
      ],
    },
  ],
}
