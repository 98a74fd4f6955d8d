export default definePageConfig({
  navigationBarTitleText: '添加常用缴费人',
})
