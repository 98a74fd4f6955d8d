/**
 * The documents the answers rest on, as the fact files name them
 * (/work/shared/facts: policy.md, regions-2026.md). An empty url: the
 * document was read through a quoting notice, not at an address of its own.
 * Answers about how this app works cite the app itself.
 */
export interface FaqSource {
  document: string
  url: string
}

export const SOURCES = {
  longTermMechanism: {
    document: '国务院办公厅关于健全基本医疗保险参保长效机制的指导意见（国办发〔2024〕38号）',
    url: 'https://www.gov.cn/zhengce/content/202408/content_6965741.htm',
  },
  residentNotice2025: {
    document: '关于做好2025年城乡居民基本医疗保障有关工作的通知（医保发〔2025〕22号）',
    url: '',
  },
  residentNotice2024: {
    document: '医保发〔2024〕19号（2025年度居民医保筹资标准）',
    url: 'https://www.nhsa.gov.cn/art/2024/8/26/art_105_13634.html',
  },
  assistedEnrolment: {
    document: '国务院办公厅关于健全重特大疾病医疗保险和救助制度的意见（国办发〔2021〕42号）',
    url: 'https://www.gov.cn/zhengce/content/2021-11/19/content_5651446.htm',
  },
  shaanxi2026: {
    document: '陕西省2026年度城乡居民医保参保缴费通知（政府通知原文转载）',
    url: 'http://www.zbvacp.com/info/1072/53601.htm',
  },
  sichuanNearRelatives: {
    document: '四川省医疗保障局问答：职工医保个人账户为近亲属缴纳居民医保',
    url: 'https://ylbzj.sc.gov.cn/scsybj/nc030603/2025/7/4/30cd35203b134f4eac35d0c21f108564.shtml',
  },
  nationalPlatformFamily: { document: '国家医保服务平台“亲情账户”说明', url: '' },
  payForOthers: { document: '粤医保、粤税通缴费流程（本人缴费、代他人缴费）', url: '' },
  hotlines: { document: '全国医疗保障服务热线12393、纳税缴费服务热线12366', url: '' },
  app: { document: '本程序的缴费规则与操作说明', url: '' },
} as const satisfies Record<string, FaqSource>
