export { MyConcernsPage as Component } from '../../features/concerns/pages'
