/** A labelled text input with its error below, named for screen readers. */
import { View, Text, Input } from '@tarojs/components'

interface FieldProps {
  label: string
  placeholder: string
  value: string
  error?: string
  type?: 'text' | 'idcard' | 'digit'
  maxlength: number
  onInput(value: string): void
}

export function Field({ label, placeholder, value, error, type = 'text', maxlength, onInput }: FieldProps) {
  return (
    <View className={`field ${error ? 'field-invalid' : ''}`}>
      <Text className='field-label'>{label}</Text>
      <Input
        className='field-input'
        type={type}
        value={value}
        placeholder={placeholder}
        maxlength={maxlength}
        nativeProps={{ 'aria-label': label, 'aria-invalid': error ? 'true' : 'false' }}
        onInput={(event) => onInput(event.detail.value)}
      />
      {error && (
        <Text className='field-error' ariaRole='alert'>
          {error}
        </Text>
      )}
    </View>
  )
}
