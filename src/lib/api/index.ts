export * from './api-error'
export * from './client'
export * from './schemas'
export * from './reference-queries'
