import { Link } from 'react-router'
import { ROLE_WORDS } from '../../../domain/role/role-words'
import { RAISE_CONCERN_HREF, ROLE_OF_MEMBERS } from '../role-of-members'
import { sourceText } from '../source'

/**
 * The overview's main action, on the first screen of a tablet held either way: for a councillor,
 * para 11 (why they are here) and "Raise a concern"; for the chair, "Review concerns".
 */
export function MainAction({ role }: { role: 'councillor' | 'chair' }) {
  return role === 'chair' ? <ChairAction /> : <RoleOfMembers />
}

/** Para 11: why councillors are here, and the way to act on it. */
function RoleOfMembers() {
  return (
    <section className="app-board-role" aria-labelledby="app-role-heading">
      <h2 id="app-role-heading" className="app-board-role__heading">
        Your role as a councillor
      </h2>
      <figure className="app-board-role__figure">
        <blockquote className="app-board-role__quote">
          <p>‘{ROLE_OF_MEMBERS.quote}’</p>
        </blockquote>
        <figcaption className="app-board-role__attribution">
          {ROLE_OF_MEMBERS.attribution}.{' '}
          <span className="app-board-role__source">
            {sourceText(ROLE_OF_MEMBERS.sourceParagraph)} (Role of Members)
          </span>
        </figcaption>
      </figure>
      <p className="app-board-role__action">
        <Link
          className="govuk-button app-board-role__button"
          to={RAISE_CONCERN_HREF}
          draggable={false}
        >
          Raise a concern
        </Link>
      </p>
      <p className="app-board-role__hint">
        For patterns and places in your division, not a referral: if a particular child is at risk,
        the concern form first tells you who to call.
      </p>
    </section>
  )
}

/** The chair's way in: the concerns councillors have raised, waiting for review. */
function ChairAction() {
  return (
    <section className="app-board-role" aria-labelledby="app-role-heading">
      <h2 id="app-role-heading" className="app-board-role__heading">
        Concerns from councillors
      </h2>
      <p className="app-board-role__text">{ROLE_WORDS.chair.elsewhere.says}</p>
      <p className="app-board-role__action">
        <Link className="govuk-button app-board-role__button" to="/review" draggable={false}>
          Review concerns
        </Link>
      </p>
    </section>
  )
}
