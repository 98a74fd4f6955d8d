/**
 * 江西省 — 城乡居民基本医疗保险, benefit year 2025 (ybj.jiangxi.gov.cn [B]):
 * individual 400 元, fiscal subsidy 670 元; window 2024-09-15 – 2025-02-28, outside
 * it a 3-month waiting period from the payment date; newborns enrolled within 90
 * days covered from birth, from 90 days to 1 year covered from the day after
 * payment. The 400 元 is one figure for all residents in the source.
 * The national 2025 standard: 医保发〔2024〕19号 [A]. Full subsidy for 特困人员:
 * 国办发〔2021〕42号 [A]. Benefit year 2026 was not sourced for Jiangxi.
 * Payment capabilities were not sourced.
 */
export default {
  adcode: '360000',
  name: '江西省',
  capabilities: {},
  years: [
    {
      benefitYear: 2025,
      individualStandardFen: {
        elderly: 40000,
        'child-student': 40000,
        'working-age': 40000,
        'college-student': 40000,
        newborn: 40000,
      },
      individualFromNationalFloor: false,
      governmentSubsidyFen: 67000,
      window: { start: '2024-09-15', end: '2025-02-28' },
      newborn: { fromBirthWithinDays: 90, afterThat: 'day-after-payment' },
      subsidyRules: [{ group: 'extreme-poverty', mode: 'full' }],
      sources: [
        { document: '江西省医疗保障局 居民医保参保缴费问答', url: 'https://ybj.jiangxi.gov.cn', grade: 'B' },
        {
          document: '医保发〔2024〕19号',
          url: 'https://www.nhsa.gov.cn/art/2024/8/26/art_105_13634.html',
          grade: 'A',
        },
        {
          document: '国办发〔2021〕42号',
          url: 'https://www.gov.cn/zhengce/content/2021-11/19/content_5651446.htm',
          grade: 'A',
        },
      ],
    },
  ],
}
