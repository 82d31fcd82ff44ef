/**
 * Where the API lives. Unset (development, tests, the demo build) means the mock service worker
 * answers on this origin; set VITE_API_BASE_URL to point the app at a real server.
 */
const configured: unknown = import.meta.env.VITE_API_BASE_URL

export const API_BASE_URL: string =
  typeof configured === 'string' && configured.trim() !== ''
    ? configured.trim().replace(/\/+$/, '')
    : '/api/v1'

export const USES_MOCK_API: boolean = !(typeof configured === 'string' && configured.trim() !== '')
