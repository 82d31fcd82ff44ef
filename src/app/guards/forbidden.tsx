import type { Role } from '../../lib/api/schemas/session'
import { ROLE_WORDS } from '../../domain/role/role-words'
import { ForbiddenPage } from '../../components/feedback/status-pages'

/**
 * The 403 page for a page meant for `role`, read by someone whose role is `viewer`. Loaded only
 * when needed (RequireRole imports it lazily): few ever see it, so its words stay out of the
 * first bundle.
 */
export function Forbidden({ role, viewer }: { role: Role; viewer: Role }) {
  return (
    <ForbiddenPage
      pageIsFor={ROLE_WORDS[role].pageIsFor}
      elsewhere={ROLE_WORDS[viewer].elsewhere}
    />
  )
}
