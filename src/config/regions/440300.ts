/**
 * 深圳市 — resident-insurance (城乡居民) amounts were not sourced (only the 2026
 * resident base of 6760 元/月 was found, not its rates), so no benefit year is listed.
 * 灵活就业人员 join employee insurance 一档 and pay 8 % of their declared monthly
 * income, kept between 60 % and 300 % of the city's average wage (深圳市人民政府令
 * 第358号 第九条); for 2026 that is 6727 to 33633 元/月, and the rate is back to 8 %
 * after the 7 % cut ended on 2025-12-31 (深圳市医疗保障局 温馨提示, 2025-12-29).
 * Both quoted verbatim with their addresses in a policy-evidence repository [B].
 */
export default {
  adcode: '440300',
  name: '广东省深圳市',
  capabilities: {},
  years: [],
  flexibleEmployment: [
    {
      from: '2026-01-01',
      to: '2026-12-31',
      scheme: { kind: 'base-range', minBaseFen: 672700, maxBaseFen: 3363300, ratePercent: 8 },
      sources: [
        {
          document: '深圳市人民政府令第358号《深圳市医疗保障办法》第九条',
          url: 'https://www.sz.gov.cn/szsrmzfxxgk/zc/gz/content/post_10826936.html',
          grade: 'B',
        },
        {
          document: '深圳市医疗保障局 温馨提示（2025-12-29）',
          url: 'https://hsa.sz.gov.cn/fzlm/znts/cnyc/content/post_12568243.html',
          grade: 'B',
        },
      ],
    },
  ],
}
