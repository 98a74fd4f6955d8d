/**
 * The receipt's QR code, encoded by qrcode-generator as a GIF data URL (no
 * canvas, so it works on weapp and H5 alike); its modules for the saved picture.
 */
import { Image } from '@tarojs/components'
import qrcode from 'qrcode-generator'
import { useMemo } from 'react'

function encode(payload: string) {
  const code = qrcode(0, 'M')
  code.addData(payload, 'Byte')
  code.make()
  return code
}

/** Each module of the code, dark or light, row by row (保存为图片 paints them). */
export function qrModules(payload: string): boolean[][] {
  const code = encode(payload)
  const count = code.getModuleCount()
  return Array.from({ length: count }, (_, row) =>
    Array.from({ length: count }, (__, column) => code.isDark(row, column)),
  )
}

export function ReceiptQr({ payload }: { payload: string }) {
  const src = useMemo(() => encode(payload).createDataURL(4, 8), [payload])
  return (
    <Image
      className='qr'
      src={src}
      mode='aspectFit'
      nativeProps={{ alt: '电子凭证核验二维码' }}
      ariaLabel='电子凭证核验二维码'
    />
  )
}
