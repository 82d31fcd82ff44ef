/** The board feature: the overview, objectives and risk themes pages. */
export { OverviewPage } from './components/overview-page'
export { ObjectivesPage } from './components/objectives-page'
export { ObjectiveDetailPage } from './components/objective-detail-page'
export { RiskThemesPage } from './components/risk-themes-page'
export { RiskThemeDetailPage } from './components/risk-theme-detail-page'
