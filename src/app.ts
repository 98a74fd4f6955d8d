import { type PropsWithChildren } from 'react'
import { useCareMode } from './features/care-mode/care-mode-store'
import { readFontSizeSetting } from './platform/app-base-info'
import './app.css'

// A large WeChat font turns care mode on from the first page, unless the resident chose otherwise.
useCareMode.getState().applyFontSetting(readFontSizeSetting())

function App({ children }: PropsWithChildren) {
  return children
}

export default App
