export default defineAppConfig({
  pages: ['pages/home/index'],
  // Subpackages keep these pages out of the main package (≤ 430 KB in the release build):
  // steps 1–5 each in their own (the root is the page's folder, so its route is unchanged),
  // preloaded from the page before; 关怀: the page a 请家人代缴 card opens, and the weapp 朗读
  // clips (copied to packages/care/clips by config/index.ts); family: 常用缴费人, 代他人缴费 and 家庭共济.
  subPackages: [
    { root: 'pages/verify', pages: ['index'] },
    { root: 'pages/enrolment', pages: ['index'] },
    { root: 'pages/plan', pages: ['index'] },
    { root: 'pages/amount', pages: ['index'] },
    { root: 'pages/pay', pages: ['index'] },
    { root: 'packages/care', pages: ['pages/family-share/index'] },
    // The receipt and the records, with the QR encoder: fetched while the resident pays.
    {
      root: 'packages/receipt',
      pages: ['pages/receipt/index', 'pages/records/index', 'pages/refund/index'],
    },
    { root: 'packages/family', pages: ['pages/members/index', 'pages/add/index', 'pages/cart/index'] },
    // 个人信息保护: the notice, WeChat's privacy guide and 撤回同意并清除本机数据.
    { root: 'packages/privacy', pages: ['pages/privacy/index'] },
    // 电子凭证查验: anyone may check a receipt, from the receipt page or from home.
    { root: 'packages/check', pages: ['pages/check/index'] },
    // 常见问题: the answers, their search index (minisearch) and the hotlines.
    { root: 'packages/help', pages: ['pages/faq/index'] },
  ],
  // Fetch the care package early so that 朗读 has its clips on every step, also on one opened
  // without passing home (a relaunch resumes there; WeChat skips a package already fetched);
  // each step fetches the next while the resident reads.
  preloadRule: {
    'pages/home/index': { network: 'all', packages: ['packages/care', 'pages/verify', 'pages/enrolment'] },
    'pages/verify/index': { network: 'all', packages: ['packages/care', 'pages/enrolment', 'pages/plan'] },
    'pages/enrolment/index': { network: 'all', packages: ['packages/care', 'pages/plan', 'pages/amount'] },
    'pages/plan/index': { network: 'all', packages: ['packages/care', 'pages/amount', 'pages/pay'] },
    'pages/amount/index': { network: 'all', packages: ['packages/care', 'pages/pay', 'packages/receipt'] },
    'pages/pay/index': { network: 'all', packages: ['packages/care'] },
    'packages/receipt/pages/receipt/index': { network: 'all', packages: ['packages/care'] },
  },
  // No sliding page transitions: calmer for elderly residents, and screenshots are stable.
  animation: false,
  // Inject each page's components when it is first shown, not all at launch.
  lazyCodeLoading: 'requiredComponents',
  // Copied to dist by config/index.ts: only the home page may be indexed by WeChat search.
  sitemapLocation: 'sitemap.json',
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '医保缴费',
    navigationBarTextStyle: 'black',
  },
})
