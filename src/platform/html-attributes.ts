/**
 * H5: the props the app gives Taro's components, as the attributes HTML elements take
 * (html-components.h5.tsx applies them; kept apart, without React, to be tested in Node).
 */

/**
 * Taro's aria props as HTML attributes (ariaRole → role, ariaValuenow → aria-valuenow, …), and
 * `nativeProps` (what Field sets on its <input>) over them.
 */
export function htmlAttributes(props: Record<string, unknown>): Record<string, unknown> {
  const attributes: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(props)) {
    if (name === 'nativeProps') continue
    if (name === 'ariaRole') attributes.role = value
    else if (/^aria[A-Z]/.test(name)) attributes[`aria-${name.slice(4).toLowerCase()}`] = value
    else attributes[name] = value
  }
  return { ...attributes, ...(props.nativeProps as object | undefined) }
}

/**
 * An Image is a <div> around an <img>: the <img> gets the name (its alt, from ariaLabel) and the
 * `nativeProps`; a named <div> without a role is not allowed, and an <img> without alt is unnamed.
 */
export function htmlImageAttributes(props: Record<string, unknown>): Record<string, unknown> {
  const { nativeProps, ariaLabel, ...rest } = props
  const alt = typeof ariaLabel === 'string' ? ariaLabel : ''
  return { ...htmlAttributes(rest), imgProps: { alt, ...(nativeProps as object | undefined) } }
}
