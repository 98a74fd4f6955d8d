/**
 * 保存为图片: the receipt as a picture (weapp: into the album; H5: a PNG
 * download) with the masked names, amount, year, number, code and QR code.
 * A refused album permission is said, with the way to turn it on.
 */
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { receiptDrawing } from '../../../domain/receipt-image'
import { receiptQrPayload } from '../../../domain/receipt-code'
import {
  CAN_OPEN_SETTINGS,
  openPermissionSettings,
  SAVE_IMAGE_LABEL,
  SAVED_MESSAGE,
  saveReceiptImage,
  type SaveImageOutcome,
} from '../../../platform/save-image'
import type { Receipt } from '../../../services/model'
import { ActionButton } from '../../../ui'
import { qrModules } from './receipt-qr'

export function SaveReceiptImage({ receipt }: { receipt: Receipt }) {
  const [saving, setSaving] = useState(false)
  const [outcome, setOutcome] = useState<SaveImageOutcome>()

  async function save() {
    setSaving(true)
    setOutcome(undefined)
    try {
      const drawing = receiptDrawing(
        receipt,
        qrModules(receiptQrPayload(receipt.receiptNo, receipt.verificationCode)),
      )
      setOutcome(await saveReceiptImage(drawing, receipt.receiptNo))
    } finally {
      setSaving(false)
    }
  }

  return (
    <View className='save-image'>
      <ActionButton
        label={SAVE_IMAGE_LABEL}
        kind='secondary'
        busy={saving}
        busyLabel='正在生成图片…'
        onTap={() => void save()}
      />
      {outcome?.kind === 'saved' && (
        <Text className='hint' ariaRole='status'>
          {SAVED_MESSAGE}图片中的姓名已隐去部分，不含身份证号。
        </Text>
      )}
      {outcome?.kind === 'denied' && (
        <View ariaRole='alert'>
          <Text className='field-error'>
            未获得保存到相册的权限。请在设置中允许“添加到相册”后再保存，也可以截屏保存本页。
          </Text>
          {CAN_OPEN_SETTINGS && (
            <ActionButton label='去设置' kind='secondary' onTap={openPermissionSettings} />
          )}
        </View>
      )}
      {outcome?.kind === 'failed' && (
        <Text className='field-error' ariaRole='alert'>
          图片未能生成，请稍后再试，或截屏保存本页。
        </Text>
      )}
    </View>
  )
}
