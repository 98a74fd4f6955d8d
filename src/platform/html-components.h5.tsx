/**
 * H5: Taro's components drawn as plain HTML elements by React (@tarojs/components-react, Taro's
 * `h5.useHtmlComponents`), not as Stencil web components, which the app's start spent most of
 * its time setting up and rendering (issue 17). '@tarojs/components' resolves here on H5
 * (through taro-components.h5.ts).
 *
 * The app names elements with Taro's aria props (`ariaRole`, `ariaLabel`, …), which WeChat and
 * Taro's web components understand; these React components put props on the element as they
 * are, so here they become `role` and `aria-*`, and an Input's `nativeProps` (how Field names
 * and describes the <input> itself) go on the <input>.
 */
// Taro's H5 library of HTML components (a re-export of @tarojs/components-react).
import * as Html from '@tarojs/plugin-platform-h5/dist/runtime/components'
import { createElement, forwardRef, type ComponentType, type Ref } from 'react'
import { htmlAttributes, htmlImageAttributes } from './html-attributes'

export * from '@tarojs/plugin-platform-h5/dist/runtime/components'

function withHtmlAttributes<Props extends object>(
  Component: ComponentType<Props>,
  name: string,
  translate: (props: Record<string, unknown>) => Record<string, unknown> = htmlAttributes,
) {
  const Translated = forwardRef<unknown, Props>((props, ref: Ref<unknown>) =>
    createElement(Component as ComponentType<{ ref: Ref<unknown> }>, {
      ...translate(props as Record<string, unknown>),
      ref,
    }),
  )
  Translated.displayName = name
  return Translated as unknown as ComponentType<Props>
}

export const View = withHtmlAttributes(Html.View, 'View')
export const Text = withHtmlAttributes(Html.Text, 'Text')
export const Button = withHtmlAttributes(Html.Button, 'Button')
export const Image = withHtmlAttributes(Html.Image, 'Image', htmlImageAttributes)
export const Input = withHtmlAttributes(Html.Input, 'Input')
