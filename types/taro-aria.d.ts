/**
 * Taro's Babel plugin renames these literal JSX props to role / aria-* on H5
 * (babel-plugin-transform-taroapi); its component typings lack them. Other
 * aria-* attributes (aria-expanded, aria-live) are written hyphenated in JSX.
 *
 * States are the strings 'true' / 'false' (ariaBoolean in src/ui): WeChat's
 * templates write `{{i.pN||''}}`, so a boolean false would reach the screen
 * reader as an empty attribute. aria-hidden is only ever set, never false.
 */
import '@tarojs/components'

declare module '@tarojs/components/types/common' {
  interface StandardProps {
    ariaRole?: string
    ariaLabel?: string
    ariaHidden?: true
    ariaChecked?: 'true' | 'false'
    ariaSelected?: 'true' | 'false'
    'aria-expanded'?: 'true' | 'false'
    ariaValuenow?: number
    ariaValuemin?: number
    ariaValuemax?: number
    ariaValuetext?: string
    tabIndex?: number
  }
}
