export default definePageConfig({
  navigationBarTitleText: '为家人缴费',
})
