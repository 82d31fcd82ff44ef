export { InsightsPage as Component } from '../../features/review'
