// The sign-in page is not exported here: its route module imports it directly, so it stays in
// its own lazily loaded chunk rather than in the first bundle with the header's hooks.
export { useSignOut, useResetDemoData } from './api/sign-out'
export { personasQuery } from './api/personas'
export { useSessionChangesFromOtherTabs } from './api/session-broadcast'
export type { SignInLocationState, SignInNotice } from './api/sign-out'
export { safeReturnTo, signInPathFor, SIGN_IN_PATH } from './return-to'
export { useSession } from '../../lib/query/session'
