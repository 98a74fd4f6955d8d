/**
 * Taro's Babel plugin renames these literal JSX props to role / aria-* on H5
 * (babel-plugin-transform-taroapi); its component typings lack them.
 */
import '@tarojs/components'

declare module '@tarojs/components/types/common' {
  interface StandardProps {
    ariaRole?: string
    ariaLabel?: string
    ariaHidden?: boolean
    ariaChecked?: boolean
    ariaSelected?: boolean
    tabIndex?: number
  }
}
