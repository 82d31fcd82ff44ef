export * from './app'
export * from './browser'
export * from './mock-api'
