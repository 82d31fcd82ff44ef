/** The concerns feature's pages, loaded with their routes (never in the first bundle). */
export { RaiseConcernLayout, RequireStarted } from './components/raise-concern-layout'
export { StartPage } from './components/start-page'
export { CallEmergencyPage, ParticularChildPage } from './components/safeguarding-pages'
export { ConcernFormPage } from './components/concern-form-page'
export { CheckAnswersPage } from './components/check-answers-page'
export { SentPage } from './components/sent-page'
export { MyConcernsPage } from './components/my-concerns-page'
export { ConcernDetailPage } from './components/concern-detail-page'
