import { useState, useSyncExternalStore } from 'react'
import { NotificationBanner } from '../../components/feedback/notification-banner'
import { getUpdateState, subscribeToUpdates } from './update-state'

/**
 * Offers a new version of the app once its service worker is installed and waiting. The user
 * chooses when to reload, so nothing half written is swapped away under them.
 */
export function UpdateBanner() {
  const update = useSyncExternalStore(subscribeToUpdates, getUpdateState, getUpdateState)
  const [reloading, setReloading] = useState(false)
  const [hidden, setHidden] = useState(false)
  if (!update.waiting || hidden) return null
  return (
    <NotificationBanner title="New version" role="region">
      <p className="govuk-notification-banner__heading">
        A new version of Eyes and Ears is available
      </p>
      <p className="govuk-body">
        Reload when you are ready, for example once you have sent what you are writing.
      </p>
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button"
          disabled={reloading}
          onClick={() => {
            setReloading(true)
            void update.apply()
          }}
        >
          Reload
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => setHidden(true)}
        >
          Not now
        </button>
      </div>
    </NotificationBanner>
  )
}
