/**
 * The aria-label an <Input> carries on its own element. weapp draws it on the
 * <input> WeChat renders (plugin-inject declares it in base.wxml); H5 names
 * the inner <input> through nativeProps instead (input-name.h5.ts).
 */
export function inputAriaLabel(label: string): string | undefined {
  return label
}
