/**
 * 四川省达州市 — 城乡居民基本医疗保险, benefit year 2026, from the city government's notice
 * [A]: "个人缴费标准不变,每人每年400元;财政补助标准提高30元,达到每人每年700元"; 特困人员,
 * 孤儿 and 重度残疾人 pay nothing; "低保对象、符合条件的防止返贫监测对象个人缴费部分资助标准为
 * 300元/人/年"; 集中办理时间 2025-10-20 – 2026-02-28. The same notice lets an employee's
 * personal account pay "为本省范围内参保的近亲属代缴" (家庭共济 within Sichuan), as the
 * provincial bureau's Q&A also says [A].
 * Not sourced, so left out: how cover starts for a payment in January or February inside
 * the 集中办理时间 (the engine counts it from the payment date), the newborn rule, and
 * whether WeChat Pay may top up a short personal-account balance.
 */
export default {
  adcode: '511700',
  name: '四川省达州市',
  capabilities: { personalAccount: 'same-province' },
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
      window: { start: '2025-10-20', end: '2026-02-28' },
      subsidyRules: [
        { group: 'extreme-poverty', mode: 'full' },
        { group: 'orphan', mode: 'full' },
        { group: 'severe-disability', mode: 'full' },
        { group: 'minimum-living', mode: 'fixed', assistanceFen: 30000 },
        { group: 'monitored', mode: 'fixed', assistanceFen: 30000 },
      ],
      sources: [
        {
          document: '达州市人民政府 2026年度城乡居民基本医疗保险参保缴费',
          url: 'https://www.dazhou.gov.cn/news-show-267015.html',
          grade: 'A',
        },
        {
          document: '四川省医疗保障局 问答：职工医保个人账户为近亲属缴纳居民医保',
          url: 'https://ylbzj.sc.gov.cn/scsybj/nc030603/2025/7/4/30cd35203b134f4eac35d0c21f108564.shtml',
          grade: 'A',
        },
      ],
    },
  ],
}
