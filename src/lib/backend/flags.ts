import type { ConcernFlag, FlagCounts } from '../api/schemas'
import type { StoredConcern } from './concern-records'

/** Whether a concern carries a flag of decision 0015 (the server asks the same in SQL). */
export function hasFlag(concern: StoredConcern, flag: ConcernFlag): boolean {
  switch (flag) {
    case 'awaiting-reply':
      return concern.awaitingReply
    case 'councillor-replied':
      return concern.councillorReplied
    case 'personal-data':
      return concern.personalData.length > 0
  }
}

export const emptyFlagCounts = (): FlagCounts => ({
  awaitingReply: 0,
  councillorReplied: 0,
  personalData: 0,
})

/** Adds a concern to the page's flag counts. */
export function countFlags(counts: FlagCounts, concern: StoredConcern): void {
  if (concern.awaitingReply) counts.awaitingReply += 1
  if (concern.councillorReplied) counts.councillorReplied += 1
  if (concern.personalData.length > 0) counts.personalData += 1
}
