/** 到期提醒 (opt-in): what pages may use. */
export { ReminderOffer } from './reminder-offer'
