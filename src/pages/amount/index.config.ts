export default definePageConfig({
  navigationBarTitleText: '金额核对',
})
