export default definePageConfig({
  navigationBarTitleText: '查验凭证',
})
