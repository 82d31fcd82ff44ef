import { describe, expect, it } from 'vitest'
import { findingsIn } from '../../src/lib/backend/personal-data'
import { concernBody, newKey, startServer } from './harness'

describe('logs', () => {
  it('are JSON lines about requests, never holding what a concern or search said', async () => {
    const server = await startServer()
    const client = server.client()
    await client.signInAs('cllr-banbury')
    const secretTitle = 'Zebra crossing worry by Quillfeather Lane'
    const created = await client.call('POST', '/concerns', {
      body: concernBody({
        title: secretTitle,
        details: 'Unmistakable-details-text-1234567890.',
        // Whatever the personal-data detector finds in it (decision 0014), confirmed as no one's.
        personalDataOverrides: findingsIn('title', secretTitle),
      }),
      headers: { 'Idempotency-Key': newKey() },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    await client.call('GET', '/concerns?q=Quillfeather')
    await client.call('POST', '/concerns', {
      rawBody: '{"title": "Broken-json-Quillfeather',
      headers: { 'Idempotency-Key': newKey() },
    })

    const lines = server
      .logs()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(lines.length).toBeGreaterThanOrEqual(4)
    expect(lines).toContainEqual(
      expect.objectContaining({ method: 'POST', path: '/api/v1/concerns', status: 201 }),
    )
    const text = server.logs()
    for (const secret of ['Zebra', 'Quillfeather', 'Unmistakable', 'ee_session']) {
      expect(text).not.toContain(secret)
    }
  })
})
