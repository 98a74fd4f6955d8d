/** The kinds of question, in the order the help page lists them. */
export const FAQ_GROUPS = [
  'standard',
  'window',
  'gap',
  'newborn-student',
  'family',
  'payment',
  'receipt',
  'refund',
  'move',
  'care',
  'contact',
] as const

export type FaqGroup = (typeof FAQ_GROUPS)[number]

export const FAQ_GROUP_TITLES: Record<FaqGroup, string> = {
  standard: '缴费标准',
  window: '缴费期与等待期',
  gap: '断缴与补缴',
  'newborn-student': '新生儿与学生',
  family: '家庭共济与代缴',
  payment: '支付失败与重复缴费',
  receipt: '电子凭证',
  refund: '退费',
  move: '异地与转移',
  care: '关怀模式',
  contact: '咨询与服务',
}
