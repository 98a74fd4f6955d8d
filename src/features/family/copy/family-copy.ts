/** The family pages' wording: each outcome, binding state and 家庭共济 refusal says what to do next. */
import { RELATION_LABELS, type BindingEvidence, type BindingStatus, type FamilyAidRefusal } from '../../../domain/family'
import type { MemberOutcome } from '../../../services/family-service'
import type { FamilyMember } from '../../../services/model'

/** A member as every label names them: masked names can repeat (**华), the relation tells them apart. */
export const memberLabel = (member: Pick<FamilyMember, 'maskedName' | 'relation'>): string =>
  `${member.maskedName}（${RELATION_LABELS[member.relation]}）`

export const OWN_MONEY_WARNING = '代他人缴费将从您的账户扣款，请确认人员信息'

export const BINDING_LABELS: Record<BindingStatus['status'], string> = {
  unbound: '未绑定',
  pending: '审核中',
  bound: '已绑定',
  rejected: '未通过',
}

export function bindingDetail(binding: BindingStatus, evidence: BindingEvidence): string {
  switch (binding.status) {
    case 'bound':
      return '可使用您的职工医保个人账户为其缴费（家庭共济）。'
    case 'pending':
      return '绑定申请已提交，医保部门审核后即可使用个人账户缴费；下次打开本页会更新状态。'
    case 'rejected':
      return `${binding.reason}。`
    case 'unbound':
      return evidence === 'household-register'
        ? '未满16周岁：绑定需上传户口簿（户主页和本人页）照片。不绑定也可用微信为其缴费。'
        : '16周岁及以上：绑定需亲属本人进行人脸核验。不绑定也可用微信为其缴费。'
  }
}

export const BIND_BUSY: Record<BindingEvidence, string> = {
  'household-register': '正在上传户口簿照片…',
  face: '请亲属本人完成人脸核验…',
}

export function outcomeText(outcome: MemberOutcome): { title: string; detail: string } {
  switch (outcome.kind) {
    case 'payable':
      return {
        title: `${outcome.quote.benefitYear}年度 · ${outcome.record.regionName}`,
        detail: '',
      }
    case 'fully-subsidised':
      return { title: '由财政代缴，无需缴费', detail: `${outcome.record.regionName}按规定为其全额资助参保，请勿重复缴费。` }
    case 'already-paid':
      return { title: '本年度已缴费', detail: '无需重复缴费，可在缴费记录中查看电子凭证。' }
    case 'not-registered':
      return { title: '未查到参保登记', detail: '请其到户籍地或居住地的医保经办机构办理参保登记后再缴费。' }
    case 'choose-region':
      return { title: '在两地都有待缴记录', detail: '请由本人通过“为本人缴费”选择参保地后缴费。' }
    case 'unquotable':
      return {
        title: '暂不能在线缴费',
        detail: `${outcome.record.regionName}本年度的缴费标准或缴费期暂未收录，请到当地医保经办机构缴费或拨打 12393 咨询。`,
      }
  }
}

export function aidRefusalText(reason: FamilyAidRefusal, accountRegion: string): string {
  switch (reason) {
    case 'not-sourced':
      return `您的个人账户所在地（${accountRegion}）的家庭共济规则暂未收录，本次请用微信支付。`
    case 'not-offered':
      return `${accountRegion}暂不支持用个人账户为家人缴费，请用微信支付。`
    case 'not-bound':
      return '未绑定亲属关系，不能用个人账户支付。可返回常用缴费人页绑定，或用微信支付。'
    case 'other-province':
      return '个人账户仅可为本省参保的亲属缴费，该亲属在外省参保，请用微信支付。'
  }
}
