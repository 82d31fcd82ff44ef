/** What the contract projects' global setups hand to the test files (inject()). */
export interface ContractPostgres {
  /** A database on the server to connect to for CREATE and DROP DATABASE. */
  adminUrl: string
  /** The migrated database each test file copies (CREATE DATABASE … TEMPLATE). */
  template: string
  /** Every database this run creates starts with this, so the teardown can find them. */
  prefix: string
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** A tarball of a migrated PGlite data directory (dumpDataDir), loaded by each test file. */
    contractPgliteDump: string
    contractPostgres: ContractPostgres
  }
}

/** The same server, another database. */
export function databaseUrl(url: string, database: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${encodeURIComponent(database)}`
  return parsed.toString()
}

/** Names made here are [a-z0-9_] only; quoting still keeps them whole. */
export const quoteIdentifier = (name: string): string => `"${name.replaceAll('"', '""')}"`
