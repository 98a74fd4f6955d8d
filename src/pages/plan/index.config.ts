export default definePageConfig({
  navigationBarTitleText: '险种档次选择',
})
