/** The not-saved modal for storage.ts. weapp: bundled as usual. (H5: show-not-saved.h5.ts.) */
export { showNotSavedModal as showNotSaved } from './not-saved-modal'
