/**
 * The H5 photo picker is not in the first load: the photo step fetches it when
 * it shows. A browser opens the file input chooseMedia clicks only within the
 * resident's tap, so once prepared, a tap must reach Taro.chooseMedia at once,
 * with nothing awaited first.
 */
import type * as H5PhotoPicker from '../../src/platform/photo-picker.h5'

const mockChooseMedia = jest.fn()
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: { chooseMedia: (...args: unknown[]) => mockChooseMedia(...args) },
}))

type H5Picker = typeof H5PhotoPicker

async function freshPicker(): Promise<H5Picker> {
  let picker: H5Picker | undefined
  await jest.isolateModulesAsync(async () => {
    picker = await import('../../src/platform/photo-picker.h5')
  })
  if (!picker) throw new Error('photo-picker.h5 did not load')
  return picker
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))
const JPEG = { tempFilePath: 'blob:photo', size: 120_000, fileType: 'image/jpeg' }

beforeEach(() => {
  mockChooseMedia.mockReset()
  mockChooseMedia.mockResolvedValue({ tempFiles: [JPEG] })
})

test('once the photo step has prepared it, a tap calls chooseMedia before anything is awaited', async () => {
  const { choosePhoto, preparePhotoPicker } = await freshPicker()
  preparePhotoPicker()
  await settle()
  const picking = choosePhoto()
  expect(mockChooseMedia).toHaveBeenCalledTimes(1)
  await expect(picking).resolves.toEqual({
    kind: 'picked',
    photo: { path: 'blob:photo', sizeBytes: 120_000, contentType: 'image/jpeg' },
  })
})

test('a tap before the picker has loaded waits for it, then picks', async () => {
  const { choosePhoto } = await freshPicker()
  const picking = choosePhoto()
  expect(mockChooseMedia).not.toHaveBeenCalled()
  await expect(picking).resolves.toMatchObject({ kind: 'picked' })
  expect(mockChooseMedia).toHaveBeenCalledTimes(1)
})
