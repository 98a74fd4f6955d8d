/**
 * How the app's props for Taro's components reach HTML elements on H5
 * (src/platform/html-attributes.ts): roles and names a screen reader reads.
 */
import { htmlAttributes, htmlImageAttributes } from '../../src/platform/html-attributes'

describe("Taro's props as HTML attributes", () => {
  test('ariaRole becomes role and every other aria prop its aria-* attribute', () => {
    expect(
      htmlAttributes({
        ariaRole: 'switch',
        ariaLabel: '关怀模式',
        ariaChecked: true,
        ariaValuenow: 3,
        ariaHidden: false,
        className: 'care-switch',
        onClick: undefined,
      }),
    ).toEqual({
      role: 'switch',
      'aria-label': '关怀模式',
      'aria-checked': true,
      'aria-valuenow': 3,
      'aria-hidden': false,
      className: 'care-switch',
      onClick: undefined,
    })
  })

  test("an Input's nativeProps go on the element, after its own props", () => {
    expect(
      htmlAttributes({
        nativeProps: { 'aria-label': '姓名', 'aria-invalid': 'true', 'aria-describedby': 'field-1-error' },
        ariaLabel: undefined,
        value: '林',
      }),
    ).toEqual({
      'aria-label': '姓名',
      'aria-invalid': 'true',
      'aria-describedby': 'field-1-error',
      value: '林',
    })
  })

  test("an Image's name is its picture's alt, not a label on the unnamed box around it", () => {
    const attributes = htmlImageAttributes({
      className: 'qr',
      ariaLabel: '电子凭证核验二维码',
      nativeProps: { alt: '电子凭证核验二维码' },
    })
    expect(attributes).toEqual({ className: 'qr', imgProps: { alt: '电子凭证核验二维码' } })
    expect(htmlImageAttributes({ ariaLabel: '二维码' })).toEqual({ imgProps: { alt: '二维码' } })
    // A picture nobody named is decorative: an empty alt, not a missing one.
    expect(htmlImageAttributes({ src: 'a.png' })).toEqual({ src: 'a.png', imgProps: { alt: '' } })
  })
})
