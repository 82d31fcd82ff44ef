import { useId, type ReactNode } from 'react'

interface NotificationBannerProps {
  /** 'success' is announced straight away (role alert); 'important' is read in page order. */
  type?: 'success' | 'important'
  children: ReactNode
}

/** The GOV.UK notification banner. */
export function NotificationBanner({ type = 'important', children }: NotificationBannerProps) {
  const titleId = useId()
  const success = type === 'success'
  return (
    <div
      className={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`}
      role={success ? 'alert' : 'region'}
      aria-labelledby={titleId}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {success ? 'Success' : 'Important'}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">{children}</div>
    </div>
  )
}
