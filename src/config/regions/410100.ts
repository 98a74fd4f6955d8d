/**
 * 河南省郑州市 — 城乡居民基本医疗保险, benefit year 2026 (郑医保办〔2025〕44号), as 郑州 local
 * media report it on 网易号 [B]: 普通居民（含新生儿、居住证持有人员）400 元, 在本市就读的全日制
 * 大中专学生 390 元. Assistance, "免申即享", the best one applying when several do: 特困人员
 * and 孤儿 pay nothing; 低保对象 and the three kinds of 防止返贫监测对象 (脱贫不稳定户, 边缘易致贫户,
 * 突发严重困难户) pay 20 元; 丧失劳动能力残疾人, 低保边缘 and 困境儿童 pay 80 元.
 * Not yet expressible: a fixed amount the person pays rather than a fixed assistance, so a
 * 低保 student at 390 元 is quoted 10 元 (390 − 380) where the notice's 20 元 may be meant;
 * 丧失劳动能力残疾人 as a group (this app's 重度残疾人 is not the same). 脱贫享受政策户 (20 元)
 * is not this app's 稳定脱贫人口 and is left out.
 * The window's end (2025-12-31) is known; its start is not, so no dates are quoted.
 * Not sourced, so left out: the fiscal subsidy, the newborn rule and the 家庭共济 scope
 * (the 河南税务 module "职工个人账户代缴居民医保费" is named on a grade-C page only).
 */
export default {
  adcode: '410100',
  name: '河南省郑州市',
  capabilities: {},
  years: [
    {
      benefitYear: 2026,
      individualStandardFen: {
        elderly: 40000,
        'working-age': 40000,
        'child-student': 40000,
        newborn: 40000,
        'college-student': 39000,
      },
      individualFromNationalFloor: false,
      subsidyRules: [
        { group: 'extreme-poverty', mode: 'full' },
        { group: 'orphan', mode: 'full' },
        { group: 'minimum-living', mode: 'fixed', assistanceFen: 38000 },
        { group: 'monitored', mode: 'fixed', assistanceFen: 38000 },
        { group: 'near-minimum-living', mode: 'fixed', assistanceFen: 32000 },
        { group: 'distressed-child', mode: 'fixed', assistanceFen: 32000 },
      ],
      sources: [
        {
          document: '郑州2026年度城乡居民医保缴费（郑医保办〔2025〕44号，本地媒体 网易号转载）',
          url: 'https://www.163.com/dy/article/KCG6D52S0550B6IS.html',
          grade: 'B',
        },
      ],
    },
  ],
}
