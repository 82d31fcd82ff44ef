export { WorklistPage as Component } from '../../features/review'
