export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/verify/index',
    'pages/enrolment/index',
    'pages/plan/index',
    'pages/amount/index',
    'pages/pay/index',
    'pages/receipt/index',
    'pages/records/index',
  ],
  // 常用缴费人, 代他人缴费 and 家庭共济: loaded when first opened, outside the main package's 500 KB.
  subPackages: [{ root: 'family', pages: ['pages/members/index', 'pages/add/index', 'pages/cart/index'] }],
  // No sliding page transitions: calmer for elderly residents, and screenshots are stable.
  animation: false,
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '医保缴费',
    navigationBarTextStyle: 'black',
  },
})
