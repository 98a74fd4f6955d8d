export default definePageConfig({
  navigationBarTitleText: '险种档次选择',
  // 请家人代缴 sends its card through this page's share.
  enableShareAppMessage: true,
})
