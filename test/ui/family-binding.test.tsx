/**
 * Binding a relative under 16: the page asks for the 户口簿 photo with a clear
 * step, the resident may cancel before or while choosing, a photo the bureau
 * would not take is refused with the reason, and only an uploaded photo's
 * ticket reaches the bureau (审核中, then 已绑定 after its review). The photo
 * picker (Taro.chooseMedia) is replaced by a fake; the upload goes to the
 * app's mock bureau as in the demo build.
 */
import { act, buttonLabels, render, screenText, tap, waitForText, waitUntil } from '../support/ui-helpers'
import type * as TaroPageShown from '../support/taro-page-shown'
import { memoryStorage } from '../support/memory-storage'
import { createAppServices } from '../../src/root/app-services'
import { familyStoreFor } from '../../src/features/family/hooks/use-family-store'
import { MemberList } from '../../src/features/family'
import FamilyMembersPage from '../../src/packages/family/pages/members'
import type { PhotoPick } from '../../src/platform/photo-picker'

jest.mock('../../src/platform/navigation')
jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof TaroPageShown>('../support/taro-page-shown').taroWithPageShownOnMount(),
)

const STEP = '请拍摄或选择户口簿中该亲属的页面'
const CHILD = '**明（孙子女）'

/** A picker the test answers: each call waits for the next `answer`. */
function fakePicker() {
  const pending: Array<(pick: PhotoPick) => void> = []
  let calls = 0
  return {
    pick: () => {
      calls += 1
      return new Promise<PhotoPick>((resolve) => pending.push(resolve))
    },
    calls: () => calls,
    answer: async (pick: PhotoPick) => {
      await waitUntil(() => expect(pending.length).toBeGreaterThan(0))
      await act(async () => pending.shift()?.(pick))
    },
  }
}

const jpeg = (sizeBytes: number): PhotoPick => ({
  kind: 'picked',
  photo: { path: 'wxfile://tmp/hukou.jpg', sizeBytes, contentType: 'image/jpeg' },
})

const cardText = (): string => {
  const card = document.querySelector(`.member[aria-label="${CHILD}"]`)
  if (!card) throw new Error(`no card ${CHILD}. Screen: ${screenText()}`)
  return (card.textContent ?? '').replace(/\s+/g, ' ')
}

test('a grandchild’s binding asks for the household-register page, can be cancelled, refuses what the bureau would not take, and binds with the uploaded photo', async () => {
  const picker = fakePicker()
  const app = createAppServices({ storage: memoryStorage(), pickPhoto: picker.pick })
  const verified = await app.paymentStore.getState().verify('林国栋', '350102195308123017')
  if (!verified.ok) throw new Error('payer not verified')
  const store = familyStoreFor(app.family)
  await store.getState().loadMembers()
  await store
    .getState()
    .addMember({ name: '王小明', idNumber: '350203201509013455', relation: 'paternal-grandchild' })

  await render(<FamilyMembersPage />, app)
  await waitForText(CHILD)
  expect(cardText()).toContain('未满16周岁：绑定需上传户口簿')

  // The first tap only asks: nothing is chosen or sent yet, and 取消 leaves it unbound.
  tap('绑定亲属关系')
  await waitForText(STEP)
  expect(buttonLabels()).toEqual(expect.arrayContaining(['拍照或从相册选择', '取消']))
  expect(picker.calls()).toBe(0)
  tap('取消')
  await waitUntil(() => expect(screenText()).not.toContain(STEP))
  expect(cardText()).toContain('未绑定')

  // The picker open: the page says so and may be left; a photo chosen after that is not sent.
  tap('绑定亲属关系')
  tap('拍照或从相册选择')
  await waitForText('请在相机或相册中选择户口簿照片')
  tap('取消上传')
  await waitForText('未上传照片，绑定未提交')
  await picker.answer(jpeg(800_000))
  expect(cardText()).toContain('未绑定')
  expect(cardText()).not.toContain('审核中')

  // The resident closes the camera without a photo: told so, and may choose again.
  tap('绑定亲属关系')
  tap('重新拍照或选择')
  await waitForText('请在相机或相册中选择户口簿照片')
  await picker.answer({ kind: 'cancelled' })
  await waitForText('未上传照片，绑定未提交')
  expect(screenText()).toContain(STEP)

  // A file that is not a photo, and one too large: each refused with the reason.
  tap('重新拍照或选择')
  await picker.answer({
    kind: 'picked',
    photo: { path: 'blob:hukou', sizeBytes: 90_000, contentType: 'application/pdf' },
  })
  await waitForText('所选文件不是照片')
  tap('重新拍照或选择')
  await picker.answer(jpeg(12 * 1024 * 1024))
  await waitForText('照片超过 10 MB')
  expect(cardText()).toContain('未绑定')

  // A photo of the page: uploaded, its ticket sent with the binding: 审核中, then 已绑定 after the bureau's review.
  tap('重新拍照或选择')
  await picker.answer(jpeg(800_000))
  await waitUntil(() => expect(cardText()).toContain('审核中'))
  expect(screenText()).not.toContain(STEP)
  await act(() => store.getState().loadMembers())
  await waitUntil(() => expect(cardText()).toContain('已绑定'))
})

test('while the photo uploads the card shows how far it has got, and it can be cancelled', async () => {
  const member = {
    memberToken: 'mb_child_000000',
    maskedName: '**明',
    maskedIdNumber: '350***********3455',
    relation: 'paternal-grandchild' as const,
    binding: { status: 'unbound' as const },
    bindingEvidence: 'household-register' as const,
  }
  const onCancelBind = jest.fn()
  await render(
    <MemberList
      members={[member]}
      cart={[]}
      binding={{ [member.memberToken]: 'working' }}
      bindProgress={{ [member.memberToken]: { stage: 'uploading', percent: 60 } }}
      aid={{}}
      onToggle={() => undefined}
      onBind={() => undefined}
      onCancelBind={onCancelBind}
      onRemove={() => undefined}
    />,
  )
  await waitForText('正在上传户口簿照片… 60%')
  tap('取消上传')
  expect(onCancelBind).toHaveBeenCalledWith(member.memberToken)
})
