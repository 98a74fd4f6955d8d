/**
 * 重庆市 — resident-insurance (城乡居民) figures were not sourced, so no benefit
 * year is listed.
 * 灵活就业人员 joining employee insurance as individuals in 2025 pay a fixed yearly
 * amount: 一档 3075 元, 二档 6765 元 (渝医保发〔2024〕47号, 政策解读), quoted
 * verbatim with its address in a policy-evidence repository [B].
 */
export default {
  adcode: '500000',
  name: '重庆市',
  capabilities: {},
  years: [],
  flexibleEmployment: [
    {
      from: '2025-01-01',
      to: '2025-12-31',
      scheme: {
        kind: 'yearly-tiers',
        tiers: [
          { label: '一档', yearlyFen: 307500 },
          { label: '二档', yearlyFen: 676500 },
        ],
      },
      sources: [
        {
          document: '渝医保发〔2024〕47号（政策解读）',
          url: 'https://ylbzj.cq.gov.cn/zwgk_535/zcjd/wzjd/202412/t20241224_14017314_wap.html',
          grade: 'B',
        },
      ],
    },
  ],
}
