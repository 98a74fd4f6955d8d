/**
 * The family feature's wiring, beside the app's composition root but loaded
 * only by the family subpackage's pages, so none of it weighs on the weapp
 * main package. With the mock gateway, 家庭共济 capabilities come from the
 * mock's demonstration data; with the HTTP gateway only from the region files.
 */
import { bureauClient, faceCheck, paymentService, paymentStore } from '../../app-services'
import { env } from '../../config/env'
import { familyAidLookup } from '../../config/regions/family-aid'
import { MOCK_FAMILY_AID } from '../../gateway/mock/mock-family-aid'
import { createFamilyService } from '../../services/family-service'
import type { PhotoUploadPort } from '../../services/ports'
import { createMockPhotoUpload } from '../../platform/mock-photo-upload'
import { taroStorage } from '../../platform/storage'
import { createFamilyStore } from './store/family-store'

const isMock = env.gateway === 'mock'

/** No upload endpoint of a real bureau is known yet: a child's binding says so instead of pretending. */
const noPhotoUpload: PhotoUploadPort = { uploadHouseholdRegister: () => Promise.resolve({ ok: false, reason: 'failed' }) }

export const familyAid = familyAidLookup(isMock ? MOCK_FAMILY_AID : {})

export const familyService = createFamilyService({
  client: bureauClient,
  payments: paymentService,
  face: faceCheck,
  photo: isMock ? createMockPhotoUpload(env.mockLatencyMs) : noPhotoUpload,
})

export const familyStore = createFamilyStore({
  family: familyService,
  payments: paymentService,
  familyAid,
  identityToken: () => paymentStore.getState().identity?.token,
  storage: taroStorage,
})
