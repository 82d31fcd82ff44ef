/** The concerns feature's pages, loaded with their routes (never in the first bundle). */
export { RaiseConcernLayout, RequireStarted } from './raise/raise-concern-layout'
export { StartPage } from './raise/start-page'
export { CallEmergencyPage, ParticularChildPage } from './raise/safeguarding-pages'
export { ConcernFormPage } from './raise/concern-form-page'
export { CheckAnswersPage } from './raise/check-answers-page'
export { SentPage } from './raise/sent-page'
export { MyConcernsPage } from './mine/my-concerns-page'
export { ConcernDetailPage } from './mine/concern-detail-page'
