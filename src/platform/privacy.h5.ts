/**
 * H5: no WeChat privacy authorisation. The app's own consent (consent panel,
 * 个人信息保护 page) is the whole of it: nothing is held, nothing to agree to
 * for the platform, and the guide is our own page.
 */
import type { PrivacyRequest } from './privacy'

export type { PrivacyRequest }

export const PRIVACY_AGREE_OPEN_TYPE: 'agreePrivacyAuthorization' | undefined = undefined

export const needsPrivacyAuthorization = (): Promise<boolean> => Promise.resolve(false)

export function onPrivacyAuthorizationNeeded(_listener: (request: PrivacyRequest) => void): void {}

export const canOpenPrivacyContract = false

export const openPrivacyContract = (): Promise<boolean> => Promise.resolve(false)
