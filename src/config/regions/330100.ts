/**
 * 浙江省杭州市（市区）— 城乡居民基本医疗保险, benefit year 2026. Grade C, so the year is
 * marked: a third-party page reproducing the city's notice gives 少儿医保 340 元 (政府补助 750 元);
 * 大学生 130 元 if born before 2008-01-01 (including 长护险 30 元), 100 元 if born later; other
 * residents choose 一档 800 元 or 二档 700 元, each including 长护险 30 元; 持证人员 (一二级残疾证,
 * 特困, 低保, 低保边缘) and 困境儿童 "由政府全额补助"; a 网易号 mirror gives the collection
 * period 2025-10-20 – 2025-12-25.
 * The 大学生 split is by birth date; as age bands on 1 January 2026 it puts a student born on
 * 2008-01-01 (18 that day) at 130 元 instead of 100 元.
 * Not expressible or not sourced: the 长护险 part of the 大学生 130 元 (bands carry no LTC part),
 * 收养人员 and 优抚对象 as groups, newborns (少儿医保 covers children; no newborn rule was
 * read), the late-payment rule ("缴费月起的第三个自然月", seen for 2023 only), the capabilities.
 */
export default {
  adcode: '330100',
  name: '浙江省杭州市',
  capabilities: {},
  years: [
    {
      benefitYear: 2026,
      individualStandardFen: { 'child-student': 34000 },
      individualFromNationalFloor: false,
      subsidyByCategory: { 'child-student': 75000 },
      tiers: [
        { id: 'tier-1', label: '一档', individualFen: { elderly: 80000, 'working-age': 80000 } },
        { id: 'tier-2', label: '二档', individualFen: { elderly: 70000, 'working-age': 70000 } },
      ],
      ageBands: [
        {
          id: 'college-born-before-2008',
          label: '2008年1月1日前出生的大学生',
          minAge: 18,
          individualFen: 13000,
          categories: ['college-student'],
        },
        {
          id: 'college-born-2008-on',
          label: '2008年1月1日及以后出生的大学生',
          minAge: 0,
          maxAge: 17,
          individualFen: 10000,
          categories: ['college-student'],
        },
      ],
      longTermCareFen: { elderly: 3000, 'working-age': 3000 },
      window: { start: '2025-10-20', end: '2025-12-25' },
      gradeC: true,
      subsidyRules: [
        { group: 'extreme-poverty', mode: 'full' },
        { group: 'minimum-living', mode: 'full' },
        { group: 'near-minimum-living', mode: 'full' },
        { group: 'severe-disability', mode: 'full' },
        { group: 'distressed-child', mode: 'full' },
      ],
      sources: [
        {
          document: '第三方转载：杭州市区2026年度城乡居民医保缴费标准（C级）',
          url: 'http://bm.manmankan.com/hangzhou/202510/28188.shtml',
          grade: 'C',
        },
        {
          document: '网易号转载：杭州2026年度城乡居民医保集中参保期（C级）',
          url: 'http://www.infqj.cn/dy/article/KCD238LP051492LM.html',
          grade: 'C',
        },
      ],
    },
  ],
}
