export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/verify/index',
    'pages/enrolment/index',
    'pages/plan/index',
    'pages/amount/index',
    'pages/pay/index',
  ],
  // Subpackages keep these pages out of the main package's 500 KB:
  // 关怀: the page a 请家人代缴 card opens, and the weapp 朗读 clips (copied to
  // packages/care/clips by config/index.ts); family: 常用缴费人, 代他人缴费 and 家庭共济.
  subPackages: [
    { root: 'packages/care', pages: ['pages/family-share/index'] },
    // The receipt and the records, with the QR encoder: fetched while the resident pays.
    { root: 'packages/receipt', pages: ['pages/receipt/index', 'pages/records/index'] },
    { root: 'packages/family', pages: ['pages/members/index', 'pages/add/index', 'pages/cart/index'] },
  ],
  // Fetch the care package early so that 朗读 has its clips on the first step.
  preloadRule: {
    'pages/home/index': { network: 'all', packages: ['packages/care'] },
    'pages/amount/index': { network: 'all', packages: ['packages/receipt'] },
  },
  // No sliding page transitions: calmer for elderly residents, and screenshots are stable.
  animation: false,
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '医保缴费',
    navigationBarTextStyle: 'black',
  },
})
