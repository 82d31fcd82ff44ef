import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiRequest, concernKeys, concernSchema, type Concern } from '../../../lib/api'

export interface SendMessageVariables {
  concernId: string
  text: string
  /**
   * Kept with the text it was first sent with (see message-drafts.ts), so sending the same text
   * again after a lost answer replays the first answer instead of adding the message twice.
   */
  idempotencyKey: string
}

/** POST /concerns/:id/messages: the author adds information; the answer is the whole concern. */
export async function sendMessage({
  concernId,
  text,
  idempotencyKey,
}: SendMessageVariables): Promise<Concern> {
  const response = await apiRequest(
    concernSchema,
    `/concerns/${encodeURIComponent(concernId)}/messages`,
    { method: 'POST', body: { text }, headers: { 'Idempotency-Key': idempotencyKey } },
  )
  return response.data
}

/**
 * Sends the councillor's message. It never waits offline for signal (networkMode 'always'): the
 * councillor is looking at the form, so without a connection it fails at once, says so, and the
 * text stays where it was typed (and in the draft).
 */
export function useSendMessage() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: concernKeys.addMessage(),
    mutationFn: sendMessage,
    networkMode: 'always',
    onSuccess: (concern) => {
      queryClient.setQueryData(concernKeys.detail(concern.id), concern)
      void queryClient.invalidateQueries({ queryKey: concernKeys.lists() })
    },
  })
}
