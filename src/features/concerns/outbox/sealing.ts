import { hashKey, type QueryClient } from '@tanstack/react-query'
import { apiRequest } from '../../../lib/api/client'
import { concernKeys } from '../../../lib/api/keys'
import { outboxKeySchema } from '../../../lib/api/schemas/session'
import { SEALED_OUTBOX_KEY_PREFIX } from '../../../lib/query/client-state'
import type { CreateConcernVariables } from '../api/create-concern'
import { isUnsaved, markSealed } from './durability'

/*
 * Concerns a councillor keeps on the tablet at sign-out, "locked": each queued concern's
 * variables, AES-GCM encrypted under the key the server gives only to that councillor, in
 * localStorage under `eyes-and-ears.sealed-outbox.<random>` as base64url(iv ‖ ciphertext). No
 * user id or text is readable. At that councillor's next sign-in (with signal) each opens with
 * their key and goes back in the queue under the same idempotency key, so it is stored once;
 * anyone else's key fails to open it, and it is left alone. Loaded only when needed.
 *
 * The sealed payload is { v: 1, variables: CreateConcernVariables }: changing the variables
 * needs a migration here (see CreateConcernVariables).
 */

const CREATE = hashKey(concernKeys.create())
const IV_BYTES = 12

export async function fetchOutboxKey(): Promise<CryptoKey> {
  const { data } = await apiRequest(outboxKeySchema, '/session/outbox-key')
  return crypto.subtle.importKey('raw', fromBase64url(data.key), 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ])
}

/** The user's concerns still to be sent, from the queue in memory. */
function queuedBy(queryClient: QueryClient, userId: string): CreateConcernVariables[] {
  const found = new Map<string, CreateConcernVariables>()
  for (const mutation of queryClient.getMutationCache().getAll()) {
    const key = mutation.options.mutationKey
    const variables = mutation.state.variables as CreateConcernVariables | undefined
    if (key === undefined || hashKey(key) !== CREATE || mutation.state.status !== 'pending') {
      continue
    }
    if (variables?.authorId === userId) found.set(variables.idempotencyKey, variables)
  }
  return [...found.values()]
}

/**
 * Locks every concern the user has waiting and writes it to storage. Throws if any could not be
 * written (storage full): then none is kept, and the sign-out should not go ahead as "kept".
 */
export async function sealQueued(
  queryClient: QueryClient,
  userId: string,
  key: CryptoKey,
): Promise<number> {
  const queued = queuedBy(queryClient, userId)
  const sealed = await Promise.all(queued.map((variables) => seal(key, variables)))
  const written: string[] = []
  try {
    for (const blob of sealed) {
      const name = `${SEALED_OUTBOX_KEY_PREFIX}${crypto.randomUUID()}`
      window.localStorage.setItem(name, blob)
      written.push(name)
    }
  } catch (error) {
    for (const name of written) window.localStorage.removeItem(name)
    throw error
  }
  // A request still on its way when the queue is cleared must not hand its answers back to a
  // readable draft after sign-out: the locked copy is the one that counts.
  for (const variables of queued) markSealed(variables.idempotencyKey)
  return queued.length
}

async function seal(key: CryptoKey, variables: CreateConcernVariables): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES))
  const plain = new TextEncoder().encode(JSON.stringify({ v: 1, variables }))
  const cipher = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain))
  const blob = new Uint8Array(iv.length + cipher.length)
  blob.set(iv)
  blob.set(cipher, iv.length)
  return toBase64url(blob)
}

async function open(key: CryptoKey, blob: string): Promise<CreateConcernVariables | null> {
  try {
    const bytes = fromBase64url(blob)
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes.slice(0, IV_BYTES) },
      key,
      bytes.slice(IV_BYTES),
    )
    const payload: unknown = JSON.parse(new TextDecoder().decode(plain))
    return variablesOf(payload)
  } catch {
    // Someone else's (the key does not fit), or damaged: not ours to open or to delete.
    return null
  }
}

function variablesOf(payload: unknown): CreateConcernVariables | null {
  if (typeof payload !== 'object' || payload === null || !('variables' in payload)) return null
  const { variables } = payload as { variables: Partial<CreateConcernVariables> }
  return typeof variables.idempotencyKey === 'string' &&
    typeof variables.authorId === 'string' &&
    typeof variables.request === 'object' &&
    variables.request !== null
    ? (variables as CreateConcernVariables)
    : null
}

/** Whether anything sealed is on this device (anyone's): cheap, needs no key. */
export function hasSealed(): boolean {
  return sealedNames().length > 0
}

function sealedNames(): string[] {
  try {
    const store = window.localStorage
    return Array.from({ length: store.length }, (_, index) => store.key(index)).filter(
      (name): name is string => name?.startsWith(SEALED_OUTBOX_KEY_PREFIX) === true,
    )
  } catch {
    return []
  }
}

let opening: Promise<number> | null = null

/**
 * Puts the user's kept concerns back in the queue, each under its own idempotency key, and
 * removes a sealed copy once the queued one is saved on the device (or already queued). Returns
 * how many were put back. One run at a time.
 */
export function unsealKept(queryClient: QueryClient, userId: string, key: CryptoKey) {
  opening ??= unsealAll(queryClient, userId, key).finally(() => {
    opening = null
  })
  return opening
}

async function unsealAll(queryClient: QueryClient, userId: string, key: CryptoKey) {
  let restored = 0
  for (const name of sealedNames()) {
    const blob = window.localStorage.getItem(name)
    const variables = blob === null ? null : await open(key, blob)
    if (!variables || variables.authorId !== userId) continue
    const already = queuedBy(queryClient, userId).some(
      (queued) => queued.idempotencyKey === variables.idempotencyKey,
    )
    if (!already) {
      const mutation = queryClient
        .getMutationCache()
        .build(queryClient, { mutationKey: concernKeys.create() })
      // Its outcome shows in the outbox banner, as for any queued concern.
      mutation.execute(variables).catch(() => undefined)
      restored += 1
    }
    // Queued and (synchronously) saved; if storage refused it, the sealed copy stays too.
    if (!isUnsaved(variables.idempotencyKey)) window.localStorage.removeItem(name)
  }
  return restored
}

function toBase64url(bytes: Uint8Array): string {
  let text = ''
  for (const byte of bytes) text += String.fromCharCode(byte)
  return btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
}

function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'))
  return Uint8Array.from(binary, (char) => char.charCodeAt(0))
}
