export const SIGN_IN_PATH = '/sign-in'

/**
 * Where to go after sign-in. Only a path on this site is accepted ("/…" but not "//…" or "/\…",
 * which browsers treat as another host), so a crafted sign-in link cannot send anyone elsewhere.
 */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return '/'
  }
  // Control characters (tabs, newlines) are stripped by URL parsers, turning "/\t/x" into "//x".
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) return '/'
  const path = value.split(/[?#]/, 1)[0] ?? '/'
  if (path === SIGN_IN_PATH || path.startsWith(`${SIGN_IN_PATH}/`)) return '/'
  return value
}

/** The sign-in address that brings the user back to `here` (path, query and hash) afterwards. */
export function signInPathFor(here: { pathname: string; search: string; hash: string }): string {
  const returnTo = `${here.pathname}${here.search}${here.hash}`
  if (returnTo === '/' || safeReturnTo(returnTo) === '/') return SIGN_IN_PATH
  return `${SIGN_IN_PATH}?${new URLSearchParams({ returnTo }).toString()}`
}
