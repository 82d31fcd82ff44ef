/** The review feature: the chair's queue, triage of one concern, and insights. */
export { WorklistPage } from './worklist/worklist-page'
export { TriagePage } from './triage/triage-page'
export { InsightsPage } from './insights/insights-page'
