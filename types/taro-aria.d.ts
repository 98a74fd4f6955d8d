/**
 * Taro's Babel plugin renames these literal JSX props to role / aria-* on H5
 * (babel-plugin-transform-taroapi); its component typings lack them. Other
 * aria-* attributes (aria-expanded, aria-live) are written hyphenated in JSX.
 */
import '@tarojs/components'

declare module '@tarojs/components/types/common' {
  interface StandardProps {
    ariaRole?: string
    ariaLabel?: string
    ariaHidden?: boolean
    ariaChecked?: boolean
    ariaSelected?: boolean
    ariaValuenow?: number
    ariaValuemin?: number
    ariaValuemax?: number
    ariaValuetext?: string
    tabIndex?: number
  }
}
