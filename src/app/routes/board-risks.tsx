export { RiskThemesPage as Component } from '../../features/board'
