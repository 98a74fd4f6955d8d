/**
 * H5: Taro's modal code loads only if a write ever fails (a full or private-mode
 * localStorage), not with the first screen: storage.ts is part of every launch.
 */
export function showNotSaved(title: string, content: string): Promise<void> {
  return import('./not-saved-modal').then((module) => module.showNotSavedModal(title, content))
}
