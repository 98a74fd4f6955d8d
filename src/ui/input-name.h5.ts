/**
 * H5: Taro puts an <Input>'s ariaLabel on its wrapper element, which would be a
 * second element named like the input; Field names the inner <input> through
 * nativeProps instead.
 */
export function inputAriaLabel(): string | undefined {
  return undefined
}
