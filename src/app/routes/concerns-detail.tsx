export { ConcernDetailPage as Component } from '../../features/concerns/pages'
