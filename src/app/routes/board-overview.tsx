export { OverviewPage as Component } from '../../features/board'
