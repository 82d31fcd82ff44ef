export * from './common'
export * from './session'
export * from './board'
export * from './concerns'
