/*
 * Every query and mutation key of the app, in one place, so no module writes another's key out by
 * hand. Schema-free (types only): modules in the first bundle import keys from here without
 * bringing zod and the API schemas with them.
 */
export * from './concern-keys'
export * from './reference-keys'
export * from './review-keys'
export * from './session-keys'
