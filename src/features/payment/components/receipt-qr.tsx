/**
 * The receipt's QR code, encoded by qrcode-generator as a GIF data URL (no
 * canvas, so it works on weapp and H5 alike).
 */
import { Image } from '@tarojs/components'
import qrcode from 'qrcode-generator'
import { useMemo } from 'react'

export function ReceiptQr({ payload }: { payload: string }) {
  const src = useMemo(() => {
    const code = qrcode(0, 'M')
    code.addData(payload, 'Byte')
    code.make()
    return code.createDataURL(4, 8)
  }, [payload])
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
