/**
 * The 户口簿 photo picker the composition root wires: Taro.chooseMedia
 * (taro-photo-picker.ts), bundled as usual on weapp. H5 loads it only when
 * the photo step asks for it (photo-picker.h5.ts).
 */
export type { PickedPhoto, PhotoPick, PhotoPicker } from './photo-pick'
export { choosePhoto } from './taro-photo-picker'

/** Called when the photo step shows. weapp: the picker is in the bundle already. */
export function preparePhotoPicker(): void {}
