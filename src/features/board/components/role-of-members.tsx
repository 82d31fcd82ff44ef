import { Link } from 'react-router'
import { raiseConcernHref, ROLE_OF_MEMBERS } from '../role-of-members'
import { SourceNote } from './source-note'

/** Para 11: why councillors are here, and the way to act on it. */
export function RoleOfMembers({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <section className="app-board-role" aria-labelledby="app-role-heading">
      <Heading id="app-role-heading" className="app-board-role__heading">
        Your role as a councillor
      </Heading>
      <figure className="app-board-role__figure">
        <blockquote className="app-board-role__quote">
          <p>‘{ROLE_OF_MEMBERS.quote}’</p>
        </blockquote>
        <figcaption className="app-board-role__attribution">
          {ROLE_OF_MEMBERS.attribution} (Role of Members)
        </figcaption>
      </figure>
      <SourceNote paragraph={ROLE_OF_MEMBERS.sourceParagraph} />
      <p className="app-board-role__action">
        <Link
          className="govuk-button app-board-role__button"
          to={raiseConcernHref()}
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
