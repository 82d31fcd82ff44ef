import type { MiddlewareHandler } from 'hono'
import { crossSiteRefused, unsupportedMediaType } from '../../src/lib/backend/problems'
import { isJsonMediaType } from '../../src/lib/backend/validation'
import type { AppEnv } from './env'
import { isHttps, publicOrigin } from './request'

/**
 * The built index.html loads only same-origin scripts and stylesheets, so no inline script is
 * needed or allowed. React sets style attributes through the DOM (allowed by style-src 'self').
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

export const securityHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next()
  const headers = c.res.headers
  headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY)
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Referrer-Policy', 'no-referrer')
  headers.set('X-Frame-Options', 'DENY')
  headers.set('Cross-Origin-Opener-Policy', 'same-origin')
  headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()')
  if (isHttps(c)) headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * CSRF: a browser says where a request comes from. An unsafe request that says another site
 * (Sec-Fetch-Site, or an Origin other than ours) is refused; clients that are not browsers send
 * neither and are judged by their session alone. hono/csrf looks only at form posts, hence this.
 */
export const refuseCrossSite: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (UNSAFE.has(c.req.method)) {
    const site = c.req.header('Sec-Fetch-Site')
    if (site !== undefined && site !== 'same-origin' && site !== 'none') throw crossSiteRefused()
    const origin = c.req.header('Origin')
    if (origin !== undefined && origin !== publicOrigin(c)) throw crossSiteRefused()
  }
  await next()
}

/** Bodies are JSON or nothing: a form post or plain text (what a forged form sends) is a 415. */
export const requireJsonBodies: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (UNSAFE.has(c.req.method) && hasBody(c.req.raw)) {
    if (!isJsonMediaType(c.req.header('Content-Type') ?? null)) throw unsupportedMediaType()
  }
  await next()
}

/**
 * HTTP/1.1 says a request has a body by Content-Length or Transfer-Encoding, nothing else. (The
 * Node adapter gives every DELETE a body stream, so request.body cannot tell: a browser's
 * sign-out, a DELETE with no Content-Length, would otherwise be refused.)
 */
function hasBody(request: Request): boolean {
  const length = request.headers.get('Content-Length')
  if (length !== null) return Number(length) > 0
  return request.headers.has('Transfer-Encoding')
}

/** API answers are personal: never stored by a browser or a proxy. */
export const noStore: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next()
  c.res.headers.set('Cache-Control', 'no-store')
}
