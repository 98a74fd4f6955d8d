/**
 * Step 2: what the bureau holds, and the outcomes that end the flow with a next
 * step. A record that cannot be paid here says so on its card once chosen,
 * whatever else its region offers (灵活就业 figures open step 3 for comparison).
 */
import { Text, View } from '@tarojs/components'
import { CATEGORY_LABELS, SUBSIDY_GROUP_LABELS } from '../../../domain/region-rules'
import type { EnrolmentRecord } from '../../../services/model'
import type { EnrolmentOutcome } from '../../../services/payment-service'
import type { FlexibleOffer, QuoteProblem } from '../../../services/rules'
import { ActionButton } from '../../../ui/action-button'
import { PrimaryActionBar } from '../../../ui/primary-action-bar'
import { quoteProblemText, quoteProblemTitle } from '../copy/quote-problem-copy'
import { InfoRows } from '../../../ui/info-rows'
import { NoticePanel } from '../../../ui/status-panel'
import { UndatedBillRows } from './undated-bill'

interface EnrolmentViewProps {
  outcome: EnrolmentOutcome
  maskedName: string
  maskedIdNumber: string
  /** Why the record chosen last (chosenRecordId) cannot go on to step 3. */
  quoteProblem?: QuoteProblem
  chosenRecordId?: string
  /** 灵活就业 figures where the record chosen is: step 3 compares them although nothing is paid here. */
  flexibleOffer?: FlexibleOffer
  onConfirm(record: EnrolmentRecord): void
  onCompare?(): void
  onShowReceipt(receiptNo: string): void
  onHome(): void
}

export function EnrolmentView(props: EnrolmentViewProps) {
  const { outcome, onHome } = props
  switch (outcome.kind) {
    case 'not-registered':
      return (
        <View>
          <NoticePanel
            tone='warn'
            title='未查询到您的居民医保参保登记'
            detail='缴费前需要先办理参保登记。请携带身份证到户籍地或居住地的社区（村）医保服务站办理，或拨打 12393 咨询。'
          />
          <ActionButton label='返回首页' kind='secondary' onTap={onHome} />
        </View>
      )
    case 'fully-subsidised':
      return (
        <View>
          <RecordCard {...props} record={outcome.record} />
          <NoticePanel
            tone='ok'
            title='由财政代缴，无需缴费'
            detail={`您属于${SUBSIDY_GROUP_LABELS[outcome.record.subsidyGroup]}，${outcome.record.benefitYear}年度个人缴费部分由政府全额资助，医保部门会统一为您办理参保，请不要自行缴费。`}
          />
          <ActionButton label='返回首页' kind='secondary' onTap={onHome} />
        </View>
      )
    case 'already-paid':
      return (
        <View>
          <RecordCard {...props} record={outcome.record} />
          <NoticePanel
            tone='ok'
            title={`您已缴纳${outcome.record.benefitYear}年度居民医保费`}
            detail='无需重复缴费。可以查看电子凭证。'
          />
          {outcome.record.receiptNo && (
            <ActionButton
              label='查看电子凭证'
              onTap={() => props.onShowReceipt(outcome.record.receiptNo ?? '')}
            />
          )}
          <ActionButton label='返回首页' kind='secondary' onTap={onHome} />
        </View>
      )
    case 'choose-region':
      return (
        <View>
          <NoticePanel
            title='您在两个地区都有待缴费记录'
            detail='一年只需在一个地区缴费。请选择您实际居住或工作所在地的记录；另一地区的记录无需缴费，如有疑问请拨打 12393 咨询。'
          />
          {outcome.records.map((record) => (
            <RecordCard
              key={record.recordId}
              {...props}
              record={record}
              actionLabel={`在${record.regionName}缴费`}
            />
          ))}
        </View>
      )
    case 'payable':
      return <RecordCard {...props} record={outcome.record} actionLabel='信息无误，下一步' />
  }
}

function RecordCard({
  record,
  maskedName,
  maskedIdNumber,
  actionLabel,
  quoteProblem,
  chosenRecordId,
  flexibleOffer,
  onConfirm,
  onCompare,
  onHome,
}: EnrolmentViewProps & { record: EnrolmentRecord; actionLabel?: string }) {
  const problem = record.recordId === chosenRecordId ? quoteProblem : undefined
  const comparison = problem && flexibleOffer && onCompare
  return (
    <View className='card'>
      {/* First on the card: in care mode the page is not scrolled when the sticky button is tapped. */}
      {problem && (
        <NoticePanel tone='warn' title={quoteProblemTitle(problem)} detail={quoteProblemText(problem)} />
      )}
      <InfoRows
        rows={[
          { label: '参保人', value: maskedName },
          { label: '身份证号', value: maskedIdNumber },
          { label: '参保地', value: record.regionName },
          { label: '人员类别', value: CATEGORY_LABELS[record.category] },
          { label: '参保状态', value: STATUS_LABELS[record.status] },
          ...(record.breakYears
            ? [{ label: '断保情况', value: `此前连续 ${record.breakYears} 年未参保` }]
            : []),
          { label: '资助类别', value: SUBSIDY_GROUP_LABELS[record.subsidyGroup] },
          { label: '缴费年度', value: `${record.benefitYear}年度` },
        ]}
      />
      {problem?.kind === 'rule' && problem.undatedBill && <UndatedBillRows bill={problem.undatedBill} />}
      {comparison && (
        <Text className='hint'>
          如您是灵活就业人员，可以查看{flexibleOffer.regionName}以个人身份参加职工医保的缴费标准，供比较。
        </Text>
      )}
      {/* Tapping again would meet the same problem: offer the comparison, if any, and the way out instead. */}
      {actionLabel &&
        (problem ? (
          <PrimaryActionBar>
            {comparison && <ActionButton label='查看灵活就业参保标准' onTap={onCompare} />}
            <ActionButton label='返回首页' kind='secondary' onTap={onHome} />
          </PrimaryActionBar>
        ) : (
          <PrimaryActionBar>
            <ActionButton label={actionLabel} onTap={() => onConfirm(record)} />
          </PrimaryActionBar>
        ))}
    </View>
  )
}

const STATUS_LABELS: Record<EnrolmentRecord['status'], string> = {
  payable: '已参保，本年度待缴费',
  paid: '已参保，本年度已缴费',
  'fully-subsidised': '已参保，由财政代缴',
}
