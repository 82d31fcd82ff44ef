/** The review feature: the chair's queue, triage of one concern, and insights. */
export { ReviewQueuePage } from './components/queue-page'
export { TriagePage } from './components/triage-page'
export { InsightsPage } from './components/insights-page'
export { reviewKeys } from './api/review-queries'
