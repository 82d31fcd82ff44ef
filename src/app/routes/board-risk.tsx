export { RiskThemeDetailPage as Component } from '../../features/board'
