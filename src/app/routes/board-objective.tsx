export { ObjectiveDetailPage as Component } from '../../features/board'
