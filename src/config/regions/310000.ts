/**
 * 上海市 — resident-insurance (城乡居民) figures were not sourced, so no benefit
 * year is listed and residents here are told to pay through local channels.
 * 灵活就业人员 in employee medical insurance (职工医保), from crawled copies of the
 * official pages [A]:
 * - 10 % of a monthly base the person chooses between 60 % and 300 % of the city's
 *   average wage (上海市人社局 便民问答, 2024-03-07);
 * - from 2026-07-01 that base runs from 7546 to 37731 元/月 (便民问答, 2026-08-24;
 *   the page names no end date);
 * - a 6-month waiting period, waived for people joining within 3 months of leaving
 *   employee or resident cover (沪医保规〔2025〕7号).
 */
export default {
  adcode: '310000',
  name: '上海市',
  capabilities: {},
  years: [],
  flexibleEmployment: [
    {
      from: '2026-07-01',
      scheme: { kind: 'base-range', minBaseFen: 754600, maxBaseFen: 3773100, ratePercent: 10 },
      waitingMonths: 6,
      waitingExemption: '中断职工医保或城乡居民医保待遇后3个月内以灵活就业人员身份参保缴费的，不受等待期限制',
      sources: [
        {
          document: '上海市人社局 便民问答：灵活就业人员按什么标准缴费？（2024-03-07）',
          url: 'https://rsj.sh.gov.cn/tdjjf_17554/20200918/t0035_1393992.html',
          grade: 'A',
        },
        {
          document: '上海市人社局 便民问答：2026年7月1日起社保缴费基数上下限（2026-08-24）',
          url: 'https://rsj.sh.gov.cn/tdjjf_17554/20260824/t0035_1443297.html',
          grade: 'A',
        },
        {
          document: '沪医保规〔2025〕7号《上海市职工基本医疗保险办法实施细则》',
          url: 'https://ybj.sh.gov.cn/gfxwj/20250905/6173c838284f43c3b4d8c8d4513364ed.html',
          grade: 'A',
        },
      ],
    },
  ],
}
