/** The outbox's banners, loaded just after the shell's first render (never in the first bundle). */
export { OutboxBanner } from './outbox/outbox-banner'
