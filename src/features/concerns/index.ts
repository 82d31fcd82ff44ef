/*
 * The concerns feature's first-bundle part: what the shell mounts on every page and registers at
 * start-up. Keep it small (no zod, no forms); the pages are in ./pages, loaded with their routes.
 */
export { registerConcernMutationDefaults } from './api/create-concern'
export { OutboxBanner } from './outbox/outbox-banner'
export { useSignOutGuard, type SignOutGuard } from './outbox/sign-out-guard'
