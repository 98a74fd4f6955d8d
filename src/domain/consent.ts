/**
 * 个人信息保护: the resident's consent is to one version of the notice, at a
 * time. When the notice changes what is collected, why, who receives it or how
 * long it is kept, its version goes up and every resident is asked again.
 */
export interface Consent {
  /** The version of the notice agreed to. */
  version: number
  /** When, as an ISO 8601 instant. */
  acceptedAt: string
}

/**
 * The notice the app shows now (src/features/privacy/copy/privacy-notice.ts).
 * 1 was the consent before it had a version (a yes/no that named only 姓名,
 * 身份证号 and the face check); 2 names the 户口簿 photo, the payment records
 * and who receives what, and can be withdrawn; 3 says the phone also keeps
 * the bureau's random reference to the resident (residentRef), by which a
 * resident verifying again finds their own bill; 4 names the 退费申请's reason
 * and note, sent to and kept by the bureau.
 */
export const PRIVACY_NOTICE_VERSION = 4

export const consentNow = (nowMs: number, version = PRIVACY_NOTICE_VERSION): Consent => ({
  version,
  acceptedAt: new Date(nowMs).toISOString(),
})

export const hasCurrentConsent = (consent: Consent | undefined, version = PRIVACY_NOTICE_VERSION): boolean =>
  consent?.version === version

/** Agreed to an earlier notice: the resident is told it changed, not asked as if for the first time. */
export const consentOutdated = (consent: Consent | undefined, version = PRIVACY_NOTICE_VERSION): boolean =>
  consent !== undefined && consent.version !== version
