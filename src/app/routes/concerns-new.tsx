// /concerns/new and its steps; routes.tsx picks the component for each step from here.
export {
  RaiseConcernLayout as Component,
  RequireStarted,
  StartPage,
  CallEmergencyPage,
  ParticularChildPage,
  WherePage,
  ThemePage,
  WhatPage,
  HowPage,
  ReportedPage,
  ReplyPage,
  ResumeAnswers,
  CheckAnswersPage,
  SentPage,
} from '../../features/concerns/pages'
