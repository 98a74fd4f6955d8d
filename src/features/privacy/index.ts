/** 个人信息保护: consent, the notice, WeChat's privacy authorisation, and withdrawing. */
export { ConsentPanel } from './consent-panel'
export { PrivacyNotice } from './privacy-notice'
export { PrivacyPrompt } from './privacy-prompt'
export { WithdrawPanel } from './withdraw-panel'
export { NOTICE_TITLE } from './copy/privacy-notice'
