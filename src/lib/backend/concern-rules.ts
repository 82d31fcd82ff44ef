import {
  OTHER_THEME_ID,
  STATUS_MOVES,
  type CreateConcernRequest,
  type UpdateConcernRequest,
} from '../api/schemas'
import type { StoredConcern } from './concern-records'
import { FORM_ERRORS_KEY } from './problems'
import { findObjective, findRiskTheme } from './seed/board-content'
import { findDivision } from './seed/divisions'
import { FieldChecks } from './validation'

// The checks a schema cannot make, shared by every back end so they answer alike.

/** Ids must name things that exist, and a sub-theme must belong to the chosen theme. */
export function checkReferences(input: CreateConcernRequest): void {
  const checks = new FieldChecks()
  if (!findDivision(input.divisionId)) checks.add('divisionId', 'Choose a division from the list')
  const theme = findRiskTheme(input.themeId)
  if (!theme && input.themeId !== OTHER_THEME_ID) {
    checks.add('themeId', 'Choose a risk theme from the list')
  }
  if (input.subThemeId !== null && !theme?.subThemes.some((s) => s.id === input.subThemeId)) {
    checks.add('subThemeId', 'Choose a sub-theme of the chosen risk theme')
  }
  if (input.objectiveId !== null && !findObjective(input.objectiveId)) {
    checks.add('objectiveId', 'Choose an objective from the list')
  }
  checks.throwIfAny()
}

const label = (status: string) => status.replace('-', ' ')

/** The rules the schema cannot know: legal moves, and what each move needs. */
export function checkChange(
  concern: Pick<StoredConcern, 'status'>,
  change: UpdateConcernRequest,
): void {
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
