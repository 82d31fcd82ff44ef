import { http, HttpResponse } from 'msw'
import {
  etagOf,
  STATUS_MOVES,
  updateConcernRequestSchema,
  type Concern,
  type SessionUser,
  type UpdateConcernRequest,
} from '../../src/lib/api/schemas'
import { applyChange, canSee, concernFor, replyCount } from '../concern-records'
import { actorOf } from '../data/personas'
import { conflictingEdit, FORM_ERRORS_KEY, notFound, preconditionRequired } from '../problems'
import type { MockStore, StoredConcern } from '../store'
import {
  API,
  FieldChecks,
  param,
  requireRole,
  requireUser,
  route,
  validate,
  type GetStore,
  type RouteContext,
} from './context'

/** One concern: read it (owner or chair), change it (chair), mark its replies read (owner). */
export const concernHandlers = (getStore: GetStore) => [
  http.get(
    `${API}/concerns/:id`,
    route(getStore, (context) => {
      const user = requireUser(context.store)
      const concern = visibleConcern(context, user)
      return respond(context.store, user, concern)
    }),
  ),

  http.patch(
    `${API}/concerns/:id`,
    route(getStore, (context) => {
      const { store, request } = context
      const user = requireUser(store)
      const concern = visibleConcern(context, user)
      requireRole(user, 'chair')
      const body = context.json()
      const ifMatch = request.headers.get('If-Match')?.trim()
      if (!ifMatch) throw preconditionRequired()
      if (ifMatch !== etagOf(concern.version)) throw conflictingEdit(view(store, user, concern))

      const change = validate(updateConcernRequestSchema, body)
      checkChange(concern, change)
      applyChange(concern, { ...change, at: store.now(), actor: actorOf(user) }, store.newId)
      return respond(store, user, concern)
    }),
  ),

  http.post(
    `${API}/concerns/:id/read`,
    route(getStore, (context) => {
      const user = requireUser(context.store)
      const concern = visibleConcern(context, user)
      // Read receipts are the author's alone; to anyone else this resource does not exist.
      if (concern.author.id !== user.id) throw notFound()
      context.store.data.repliesRead[concern.id] = replyCount(concern)
      return new HttpResponse(null, { status: 204 })
    }),
  ),
]

/** 404 both for no such concern and for someone else's: ids reveal nothing. */
function visibleConcern(context: RouteContext, user: SessionUser): StoredConcern {
  const concern = context.store.findConcern(param(context, 'id'))
  if (!concern || !canSee(user, concern)) throw notFound('There is no concern with that id.')
  return concern
}

const view = (store: MockStore, user: SessionUser, concern: StoredConcern): Concern =>
  concernFor(user, concern, store.data.repliesRead[concern.id] ?? 0)

const respond = (store: MockStore, user: SessionUser, concern: StoredConcern) =>
  HttpResponse.json<Concern>(view(store, user, concern), {
    headers: { ETag: etagOf(concern.version) },
  })

const label = (status: string) => status.replace('-', ' ')

/** The rules the schema cannot know: legal moves, and what each move needs. */
function checkChange(concern: StoredConcern, change: UpdateConcernRequest): void {
  const checks = new FieldChecks()
  const { status, reply, note, referredTo, closeReason } = change
  if (status === undefined && reply === undefined && note === undefined) {
    checks.add(FORM_ERRORS_KEY, 'Choose a new status, write a reply or add a note')
  }
  if (status !== undefined) {
    if (status === concern.status) {
      checks.add('status', `The concern is already ${label(status)}`)
    } else if (!STATUS_MOVES[concern.status].includes(status)) {
      checks.add(
        'status',
        `A concern that is ${label(concern.status)} cannot be moved to ${label(status)}`,
      )
    }
  }
  if (status === 'referred' && referredTo === undefined) {
    checks.add('referredTo', 'Enter who the concern was referred to')
  }
  if (status !== 'referred' && referredTo !== undefined) {
    checks.add('referredTo', 'Only give who it was referred to when referring the concern')
  }
  if (status === 'closed' && closeReason === undefined) {
    checks.add('closeReason', 'Enter why the concern is being closed')
  }
  if (status !== 'closed' && closeReason !== undefined) {
    checks.add('closeReason', 'Only give a reason for closing when closing the concern')
  }
  checks.throwIfAny()
}
