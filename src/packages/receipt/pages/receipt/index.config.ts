export default definePageConfig({
  navigationBarTitleText: '电子凭证',
})
