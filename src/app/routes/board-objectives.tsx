export { ObjectivesPage as Component } from '../../features/board'
