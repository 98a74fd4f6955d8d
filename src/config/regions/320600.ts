/**
 * 江苏省南通市 — 城乡居民基本医疗保险, benefit year 2026, from the city's notice as 江海晚报
 * reports it (2025-11-20 [B]): 老年居民 and 成年居民 620 元, 18岁以下未成年人 530 元,
 * 大中专（含中职）学生 330 元, each including the 长期护理（照护）保险 part; the
 * individual share of 医疗救助对象, 原建档立卡低收入人口 and 重残1–2级 "由政府全额补助";
 * 集中缴费期 from 2025-11-19 to 2025-12-28; outside it a waiting period.
 * 医疗救助对象 are 特困人员, 低保对象, 低保边缘家庭成员 and 纳入监测范围的易返贫致贫人口
 * (国办发〔2021〕42号 [A]); the fiscal subsidy per category: 1140 / 1150 / 1350 元.
 * Not yet expressible: the students' own window through their schools (2025-09-01 – 12-25),
 * and 中职 pupils under 18 paying the students' 330 元 rather than 530 元.
 * Left out: the LTC part as its own line (30 元 for students on a grade-C page only; not
 * sourced for the others).
 * Not sourced, so left out: the 家庭共济 scope (the 江苏医保云 module is named, not who may
 * be paid for across cities), the newborn rule.
 */
export default {
  adcode: '320600',
  name: '江苏省南通市',
  capabilities: {},
  years: [
    {
      benefitYear: 2026,
      individualStandardFen: {
        elderly: 62000,
        'working-age': 62000,
        'child-student': 53000,
        'college-student': 33000,
        newborn: 53000,
      },
      individualFromNationalFloor: false,
      subsidyByCategory: {
        elderly: 114000,
        'working-age': 114000,
        'child-student': 115000,
        newborn: 115000,
        'college-student': 135000,
      },
      window: { start: '2025-11-19', end: '2025-12-28' },
      subsidyRules: [
        { group: 'medical-assistance', mode: 'full' },
        { group: 'extreme-poverty', mode: 'full' },
        { group: 'minimum-living', mode: 'full' },
        { group: 'near-minimum-living', mode: 'full' },
        { group: 'monitored', mode: 'full' },
        { group: 'low-income', mode: 'full' },
        { group: 'severe-disability', mode: 'full' },
      ],
      sources: [
        {
          document: '江海晚报 2025-11-20：南通市2026年度城乡居民医保集中缴费',
          url: 'https://www.ntrb.com.cn/content/2025-11/20/content_36776826.htm',
          grade: 'B',
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
