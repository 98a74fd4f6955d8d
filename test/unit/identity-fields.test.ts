import { checkIdentityFields } from '../../src/domain/identity-fields'

const TODAY = '2025-11-20'

describe('checkIdentityFields', () => {
  test('a valid name and ID give the normalised pair', () => {
    expect(checkIdentityFields(' 林晓华 ', '350102199003071234', TODAY)).toEqual({
      ok: true,
      name: '林晓华',
      id: expect.objectContaining({ value: '350102199003071234', birthDate: '1990-03-07' }),
    })
  })

  test('each failing field carries its own message, the other none', () => {
    expect(checkIdentityFields('', '350102199003071234', TODAY)).toEqual({
      ok: false,
      errors: { name: '请输入姓名', idNumber: undefined },
      id: expect.objectContaining({ birthDate: '1990-03-07' }),
    })
    expect(checkIdentityFields('林晓华', '350102199003071235', TODAY)).toEqual({
      ok: false,
      errors: { name: undefined, idNumber: '身份证号校验位不正确，请逐位核对' },
      id: undefined,
    })
  })
})
