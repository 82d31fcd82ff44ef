/*
 * The concerns feature's first-bundle part: what the shell mounts on every page and registers at
 * start-up. Keep it small (no zod, no forms); the pages are in ./pages, loaded with their routes,
 * and the outbox's banners in ./banner, loaded just after the first render.
 */
export { registerConcernMutationDefaults } from './api/create-concern'
export { useSignOutGuard, type SignOutGuard } from './outbox/sign-out-guard'
export { useUnreadReplies } from './api/unread-replies'
