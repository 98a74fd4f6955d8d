/**
 * H5: Taro's chooseMedia brings its action sheet and a user-agent parser
 * (@tarojs/taro-h5's getDeviceInfo), about 25 KB minified, and only a child's
 * binding on the family pages uses it, so it is not in the first load. The
 * photo step fetches it when it shows (preparePhotoPicker): the file input
 * chooseMedia clicks opens only within the resident's tap, so by the time of
 * the tap the picker must be there to call at once, with no download between.
 */
import type { PhotoPicker } from './photo-pick'
import type * as TaroPhotoPicker from './taro-photo-picker'

export type { PickedPhoto, PhotoPick, PhotoPicker } from './photo-pick'

let loading: Promise<typeof TaroPhotoPicker> | undefined
let loaded: typeof TaroPhotoPicker | undefined

function loadPicker(): Promise<typeof TaroPhotoPicker> {
  loading ??= import('./taro-photo-picker').then(
    (picker) => (loaded = picker),
    (error: unknown) => {
      // Offline, say: the next photo step or tap tries again.
      loading = undefined
      throw error
    },
  )
  return loading
}

export function preparePhotoPicker(): void {
  loadPicker().catch(() => undefined)
}

export const choosePhoto: PhotoPicker = () =>
  loaded
    ? loaded.choosePhoto()
    : // Tapped before the download ended: the picker opens if the browser still counts it as the tap.
      loadPicker().then(
        (picker) => picker.choosePhoto(),
        () => ({ kind: 'failed' }) as const,
      )
