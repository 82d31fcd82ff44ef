export { ReviewQueuePage as Component } from '../../features/review'
