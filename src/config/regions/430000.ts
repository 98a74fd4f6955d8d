/**
 * 湖南省 — 城乡居民基本医疗保险, benefit year 2026. Grade C, so the year is marked: one 网易号
 * article citing "湖南省7部门联合发通知": individual 400 元, fiscal subsidy 700 元; 特困人员,
 * 重度残疾人, 孤儿 and 事实无人抚养儿童 pay nothing; 低保对象 pay 200 元 ("政府补一半");
 * collection from September 2025 (so from 09-01) to 2026-01-31; after that the full 1100 元
 * (individual plus subsidy) and a 3-month wait; "断保超4年等待期至少6个月" (the national rule).
 * Not yet expressible: a newborn's birth year free when a parent is insured (the parent
 * condition, and the days within which a newborn is covered from birth, are not sourced).
 * Not sourced, so left out: the other groups behind "低保等", and the payment capabilities.
 */
export default {
  adcode: '430000',
  name: '湖南省',
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
      window: { start: '2025-09-01', end: '2026-01-31' },
      latePrice: { from: '2026-02-01', mode: 'plus-subsidy' },
      gradeC: true,
      subsidyRules: [
        { group: 'extreme-poverty', mode: 'full' },
        { group: 'severe-disability', mode: 'full' },
        { group: 'orphan', mode: 'full' },
        { group: 'de-facto-orphan', mode: 'full' },
        { group: 'minimum-living', mode: 'percent', percent: 50 },
      ],
      sources: [
        {
          document: '网易号：2026年湖南居民医保个人缴400元（引湖南省7部门联合通知，C级）',
          url: 'https://m.163.com/dy/article/KBFUH9V10556D0DR.html',
          grade: 'C',
        },
      ],
    },
  ],
}
