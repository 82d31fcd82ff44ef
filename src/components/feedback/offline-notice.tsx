import { lastUpdatedWords } from './offline'

/**
 * Says that the page shows what was saved on this device, because there is no signal, and when it
 * was last brought up to date: "You're offline – last updated 14:32". A status, read out politely
 * when it appears; it goes by itself once the page has refreshed with the signal back.
 */
export function OfflineNotice({ lastUpdated }: { lastUpdated: number }) {
  return (
    <div className="govuk-inset-text" role="status">
      <strong>You're offline – last updated {lastUpdatedWords(lastUpdated)}</strong>. This page will
      update by itself when you are back online.
    </div>
  )
}
