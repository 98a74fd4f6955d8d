/** The family pages' wording: each outcome, binding state and 家庭共济 refusal says what to do next. */
import { formatChineseDate } from '../../../domain/chinese-date'
import {
  HOUSEHOLD_PHOTO_MAX_BYTES,
  RELATION_LABELS,
  type BindingEvidence,
  type BindingStatus,
  type FamilyAidRefusal,
} from '../../../domain/family'
import type { BindError, MemberOutcome } from '../../../services/family-service'
import { gatewayErrorSentence } from '../../../services/gateway-errors'
import type { FamilyMember } from '../../../services/model'
import type { FaceCheckFailure, PhotoUploadProgress } from '../../../services/ports'
import type { MemberAid } from '../store/cart-plan'

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

export function bindingDetail(
  binding: BindingStatus,
  evidence: BindingEvidence,
  aid: MemberAid = { kind: 'unknown' },
): string {
  switch (binding.status) {
    case 'bound':
      return boundDetail(aid)
    case 'pending':
      return '绑定申请已提交，医保部门审核后即可使用个人账户缴费；下次打开本页会更新状态。'
    case 'rejected':
      return `${binding.reason}。`
    case 'unbound':
      return evidence === 'household-register'
        ? '未满16周岁：绑定需上传户口簿中该亲属页面的照片。不绑定也可用微信为其缴费。'
        : '16周岁及以上：绑定需亲属本人进行人脸核验。不绑定也可用微信为其缴费。'
  }
}

/** What 已绑定 allows, by the cart's own check: a promise only where the check says yes. */
function boundDetail(aid: MemberAid): string {
  switch (aid.kind) {
    case 'ok':
      return '可使用您的职工医保个人账户为其缴费（家庭共济）。'
    case 'refused':
      return aidRefusalText(aid.reason, aid.accountRegion)
    case 'depends-on-region':
      return `您的个人账户（${aid.accountRegion}）仅可为本省参保的亲属缴费，个人账户能否使用以核对金额时为准。`
    case 'no-account':
      return '您没有职工医保个人账户，请用微信为其缴费。'
    case 'unknown':
      return '个人账户能否使用以核对金额时为准。'
  }
}

export const BIND_BUSY: Record<BindingEvidence, string> = {
  'household-register': '正在上传户口簿照片…',
  face: '请亲属本人完成人脸核验…',
}

/** The step before the camera or album opens: what to photograph, and what happens to it. */
export const PHOTO_STEP = {
  title: '上传户口簿照片',
  ask: '请拍摄或选择户口簿中该亲属的页面（印有其姓名和身份证号的一页），四角完整、字迹清晰。',
  note: `照片仅用于医保部门审核亲属关系；支持 JPG、PNG 等常见格式，不超过 ${HOUSEHOLD_PHOTO_MAX_BYTES / 1024 / 1024} MB。`,
  choose: '拍照或从相册选择',
  chooseAgain: '重新拍照或选择',
  cancel: '取消',
  cancelUpload: '取消上传',
}

export function photoProgressText(progress: PhotoUploadProgress | undefined): string {
  if (!progress) return '正在提交绑定申请…'
  return progress.stage === 'choosing'
    ? '请在相机或相册中选择户口簿照片…'
    : `正在上传户口簿照片… ${progress.percent}%`
}

/** The relative's face check did not finish on this phone: nothing was sent for review. */
const FACE_NOT_FINISHED: Record<FaceCheckFailure, string> = {
  cancelled: '人脸核验已取消，绑定未提交。请由亲属本人重新核验。',
  failed: '人脸核验未能完成（相机或网络异常），绑定未提交，请稍后重试。',
  unsupported: '当前微信版本不支持人脸核验，请升级微信后重试。不绑定也可用微信为其缴费。',
}

/** Why a binding was not submitted, and what to do. */
export function bindErrorText(error: BindError, evidence: BindingEvidence): string {
  if (error.kind === 'face') return FACE_NOT_FINISHED[error.reason]
  if (error.kind !== 'evidence') {
    // The bureau refused the request: for a binding, that is its evidence.
    if (error.kind !== 'business' || error.code !== 'NOT_PAYABLE') return gatewayErrorSentence(error)
    return evidence === 'household-register'
      ? '医保部门未受理绑定材料：未收到有效的户口簿照片，或照片已使用。请重新拍照或选择后提交。'
      : '医保部门未受理绑定材料：人脸核验结果无效，请由亲属本人重新核验。'
  }
  switch (error.reason) {
    case 'cancelled':
      return '未上传照片，绑定未提交。'
    case 'denied':
      return '无法使用相机或相册：请在微信“设置”中允许本小程序使用相机和相册后重试。'
    case 'not-image':
      return '所选文件不是照片（或无法读取），请重新拍摄或选择户口簿页面的照片。'
    case 'too-large':
      return `照片超过 ${HOUSEHOLD_PHOTO_MAX_BYTES / 1024 / 1024} MB，请重新拍摄，或选择较小的照片。`
    case 'empty':
      return '照片文件为空，请重新拍摄或选择。'
    case 'refused':
      return `医保部门未接收该照片：${error.message}。`
    case 'unavailable':
      return '暂不支持在线上传户口簿照片，请携带户口簿到医保经办机构办理绑定。不绑定也可用微信为其缴费。'
    case 'failed':
      return '材料未能提交，绑定未成功。请检查网络后重试，或到医保经办机构办理绑定。'
  }
}

export function outcomeText(outcome: MemberOutcome): { title: string; detail: string } {
  switch (outcome.kind) {
    case 'payable':
      return {
        title: `${outcome.quote.benefitYear}年度 · ${outcome.record.regionName}`,
        detail: '',
      }
    case 'fully-subsidised':
      return {
        title: '由财政代缴，无需缴费',
        detail: `${outcome.record.regionName}按规定为其全额资助参保，请勿重复缴费。`,
      }
    case 'already-paid':
      return { title: '本年度已缴费', detail: '无需重复缴费，可在缴费记录中查看电子凭证。' }
    case 'not-registered':
      return { title: '未查到参保登记', detail: '请其到户籍地或居住地的医保经办机构办理参保登记后再缴费。' }
    case 'choose-region':
      return { title: '在两地都有待缴记录', detail: '请由本人通过“为本人缴费”选择参保地后缴费。' }
    case 'unquotable':
      // A day the region takes no money: the bill is fine, the day is not.
      if (outcome.problem.kind === 'closed')
        return closedDayOutcome(outcome.record.regionName, outcome.problem)
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

/** A member's record on a day its region takes no money: when to come back, where the calendar says. */
function closedDayOutcome(
  regionName: string,
  closed: { reason: string; reopensOn?: string },
): { title: string; detail: string } {
  if (closed.reason === 'after-cutoff')
    return {
      title: '本年度缴费已截止',
      detail: `${regionName}本年度的缴费已截止，请关注下一年度集中缴费期。`,
    }
  return {
    title: '今天不在缴费日',
    detail: closed.reopensOn
      ? `${regionName}今天不受理缴费，请于${formatChineseDate(closed.reopensOn)}起再为其缴费。`
      : `${regionName}今天不受理缴费，请改日再来或拨打 12393 咨询。`,
  }
}
