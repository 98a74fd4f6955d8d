/**
 * What WeChat DevTools does to the BUILT mini program on upload: every WXML
 * file compiles with WeChat's own wcc and every WXSS file with wcsc
 * (miniprogram-compiler ships both for Linux). A template or a style rule
 * that only WeChat rejects fails here, not at review.
 */
import { allPages, readAppJson, WEAPP_DIST } from '../support/weapp-harness'
import { compileStyles, compileWxml, filesOf } from '../support/wxml-render'

test('every WXML file of the build compiles with wcc, each page’s among them', () => {
  const { gwx } = compileWxml(WEAPP_DIST)
  const wxml = filesOf(WEAPP_DIST, '.wxml')
  expect(wxml).toEqual(expect.arrayContaining(['base.wxml', 'comp.wxml']))
  for (const route of allPages(readAppJson())) expect(wxml).toContain(`${route}.wxml`)
  const uncompiled = wxml.filter((file) => typeof gwx(file) !== 'function')
  expect(uncompiled).toEqual([])
})

test('every WXSS file of the build compiles with wcsc, app.wxss and each page’s style among them', () => {
  const wxss = filesOf(WEAPP_DIST, '.wxss')
  const pageStyles = allPages(readAppJson())
    .map((route) => `${route}.wxss`)
    .filter((file) => wxss.includes(file))
  // Throws with wcsc's message (file, line, column) if any .wxss does not compile.
  const compiled = compileStyles(WEAPP_DIST)
  expect(compiled).toEqual(expect.arrayContaining(['app.wxss', ...pageStyles]))
})
