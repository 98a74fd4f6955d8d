/**
 * A labelled text input with its error below, named for screen readers: the
 * input points at its error (and at its limit note) with aria-describedby.
 * `limitNote` is said once the value fills `maxlength`, so text cut off at the
 * limit (a paste, an IME phrase) is never cut silently.
 */
import { View, Text, Input } from '@tarojs/components'
import { useId } from 'react'
import { inputAriaLabel } from './input-name'

interface FieldProps {
  label: string
  placeholder: string
  value: string
  error?: string
  type?: 'text' | 'idcard' | 'digit'
  maxlength: number
  limitNote?: string
  onInput(value: string): void
}

export function Field({
  label,
  placeholder,
  value,
  error,
  type = 'text',
  maxlength,
  limitNote,
  onInput,
}: FieldProps) {
  // React's ids look like ":r1:"; kept to letters and digits so that any selector or WXML id takes them.
  const id = `field-${useId().replace(/[^A-Za-z0-9]/g, '')}`
  const errorId = `${id}-error`
  const noteId = `${id}-limit`
  const atLimit = limitNote !== undefined && value.length >= maxlength
  const describedBy = [error ? errorId : '', atLimit ? noteId : ''].filter(Boolean).join(' ')
  return (
    <View className={`field ${error ? 'field-invalid' : ''}`}>
      <Text className='field-label'>{label}</Text>
      <Input
        className='field-input'
        type={type}
        value={value}
        placeholder={placeholder}
        maxlength={maxlength}
        ariaLabel={inputAriaLabel(label)}
        nativeProps={{
          'aria-label': label,
          'aria-invalid': error ? 'true' : 'false',
          ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        }}
        onInput={(event) => onInput(event.detail.value)}
      />
      {atLimit && (
        <Text id={noteId} className='hint field-limit'>
          {limitNote}
        </Text>
      )}
      {error && (
        <Text id={errorId} className='field-error' ariaRole='alert'>
          {error}
        </Text>
      )}
    </View>
  )
}
