/** H5: a share card becomes a link to this app that the resident pastes into a chat. */
import Taro from '@tarojs/taro'

export async function copyShareLink(path: string): Promise<boolean> {
  const link = `${window.location.origin}${window.location.pathname}#${path}`
  try {
    await Taro.setClipboardData({ data: link })
    return true
  } catch {
    return false
  }
}
