/**
 * 上海市 — 城乡居民基本医疗保险, benefit year 2026. Grade C, so the year is marked: by age,
 * "70周岁以上人员,个人缴费标准从每人每年655元调整为700元", 60–69 周岁 870 元, 19–59 周岁 1040 元;
 * 中小学生和婴幼儿 and 大学生 400 元 (one aggregator page); a 网易号 article gives the close,
 * "至2025年12月25日结束", and "断缴人员将会有3个月以上的等待期".
 * Left out: the window (its start is 11-07 on one page and the notice is dated 11-11 on the
 * other, so no dates are quoted), assistance per group (低保边缘 60+ paying 120 元 is a 2025
 * figure) and the 家庭共济 scope.
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
  years: [
    {
      benefitYear: 2026,
      individualStandardFen: { 'child-student': 40000, 'college-student': 40000, newborn: 40000 },
      individualFromNationalFloor: false,
      ageBands: [
        { id: 'age-70-plus', label: '70周岁以上', minAge: 70, individualFen: 70000 },
        { id: 'age-60-69', label: '60至69周岁', minAge: 60, maxAge: 69, individualFen: 87000 },
        { id: 'age-19-59', label: '19至59周岁', minAge: 19, maxAge: 59, individualFen: 104000 },
      ],
      gradeC: true,
      subsidyRules: [],
      sources: [
        {
          document: '买购网：上海2026年度城乡居民医保个人缴费标准（C级）',
          url: 'https://www.maigoo.com/news/652372.html',
          grade: 'C',
        },
        {
          document: '网易号：上海2026年度城乡居民医保缴费至2025年12月25日（C级）',
          url: 'https://www.163.com/dy/article/KE875PF90556DF0Q.html',
          grade: 'C',
        },
      ],
    },
  ],
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
