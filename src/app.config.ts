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
  // No sliding page transitions: calmer for elderly residents, and screenshots are stable.
  animation: false,
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '医保缴费',
    navigationBarTextStyle: 'black',
  },
})
