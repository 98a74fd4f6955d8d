/**
 * An on/off state for aria-checked, aria-expanded and the like, as the string
 * a screen reader reads. WeChat's templates write `{{i.pN||''}}`, which turns a
 * boolean false into an empty attribute: on weapp only 'false' says "off".
 */
export function ariaBoolean(on: boolean): 'true' | 'false' {
  return on ? 'true' : 'false'
}
