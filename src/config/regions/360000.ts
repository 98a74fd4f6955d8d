/**
 * 江西省 — 城乡居民基本医疗保险, benefit year 2025 (ybj.jiangxi.gov.cn [B]):
 * individual 400 元, fiscal subsidy 670 元; window 2024-09-15 – 2025-02-28, outside
 * it a 3-month waiting period from the payment date; newborns enrolled within 90
 * days covered from birth, from 90 days to 1 year covered from the day after
 * payment. The 400 元 is one figure for all residents in the source.
 * The national 2025 standard: 医保发〔2024〕19号 [A]. Full subsidy for 特困人员:
 * 国办发〔2021〕42号 [A].
 * Benefit year 2026: the province's uniform individual 400 元 and fiscal subsidy 700 元, as
 * 景德镇 states them (大江新闻 / 江西日报 [B]), with the 集中征缴期 running to 2026-02-28 and
 * no wait for a resident insured in 2025. Grade C, so the year is marked: the window's start
 * (2025-10-15), cover from 1 January for payments by 12-31 and "缴费次日" in January and
 * February, and 省内就读大学生 200 元 (one reproduction of the provincial notice).
 * Not expressible or not sourced for 2026: the newborn rule (B says newborns in their first
 * three natural years do not wait "若符合资助参保相关政策"; C says they pay nothing after a
 * yearly 免缴确认), and who the 定额资助对象 paying 80 元 are.
 * Payment capabilities were not sourced.
 */
export default {
  adcode: '360000',
  name: '江西省',
  capabilities: {},
  years: [
    {
      benefitYear: 2026,
      individualStandardFen: {
        elderly: 40000,
        'child-student': 40000,
        'working-age': 40000,
        newborn: 40000,
        'college-student': 20000,
      },
      individualFromNationalFloor: false,
      governmentSubsidyFen: 70000,
      window: { start: '2025-10-15', end: '2025-12-31', extendedEnd: '2026-02-28' },
      firstCoveredDay: { extended: 'next-day' },
      gradeC: true,
      subsidyRules: [{ group: 'extreme-poverty', mode: 'full' }],
      sources: [
        {
          document: '大江新闻 / 江西日报：景德镇2026年度居民医保缴费启动（执行全省统一的筹资标准）',
          url: 'https://jx.ifeng.com/c/8ol7g3WKgy9',
          grade: 'B',
        },
        {
          document: '第三方转载：江西省2026年度城乡居民医保参保缴费通知（C级）',
          url: 'https://qunfachuanzhen.com/new/734427723505606656',
          grade: 'C',
        },
        {
          document: '国办发〔2021〕42号',
          url: 'https://www.gov.cn/zhengce/content/2021-11/19/content_5651446.htm',
          grade: 'A',
        },
      ],
    },
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
