export default definePageConfig({
  navigationBarTitleText: '帮家人缴医保',
})
