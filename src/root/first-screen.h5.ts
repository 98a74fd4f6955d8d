/**
 * H5: index.html may paint home or step 1 before the app's JS runs (config/first-screen.ts
 * writes it, into #first-screen). The app takes over when Taro shows its own page with content:
 * the copy goes in the same task, so no frame shows both, neither, or a jump between them.
 */
const FIRST_SCREEN_ID = 'first-screen'
/** Taro's page container once shown (@tarojs/router adds taro_page_show), with the page inside. */
const SHOWN_PAGE_WITH_CONTENT = '.taro_page.taro_page_show > *'

export function handOverFirstScreen(doc: Document = document): void {
  const firstScreen = doc.getElementById(FIRST_SCREEN_ID)
  const app = doc.getElementById('app')
  if (!firstScreen) return
  if (!app || !firstScreen.hasChildNodes()) {
    firstScreen.remove()
    return
  }
  const observer = new MutationObserver(() => {
    if (!app.querySelector(SHOWN_PAGE_WITH_CONTENT)) return
    observer.disconnect()
    firstScreen.remove()
  })
  observer.observe(app, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] })
}
