import { useId, type ReactNode, type Ref } from 'react'
import './notification-banner.scss'

interface NotificationBannerProps {
  /** 'success' is green; 'important' is the brand colour. */
  type?: 'success' | 'important'
  /** The small heading in the coloured bar; GOV.UK's own words by default. */
  title?: string
  /**
   * 'alert' is announced the moment it appears (an outcome the user is waiting for); 'region' is
   * read in page order. By default a success is an alert and anything else a region.
   */
  role?: 'alert' | 'region'
  /** An `app-` block modifier of the caller's, e.g. for a variant's colour. */
  className?: string
  /** A button that hides the banner, after the content. */
  onDismiss?: () => void
  /** For a banner that takes focus when it appears (with `focusable`). */
  ref?: Ref<HTMLDivElement>
  /** Focusable from script (tabindex -1), not in the tab order. */
  focusable?: boolean
  children: ReactNode
}

/** The GOV.UK notification banner, with any title: every banner in the app is this one. */
export function NotificationBanner({
  type = 'important',
  title,
  role,
  className,
  onDismiss,
  ref,
  focusable = false,
  children,
}: NotificationBannerProps) {
  const titleId = useId()
  const success = type === 'success'
  const classes = ['govuk-notification-banner']
  if (success) classes.push('govuk-notification-banner--success')
  if (className) classes.push(className)
  return (
    <div
      className={classes.join(' ')}
      role={role ?? (success ? 'alert' : 'region')}
      aria-labelledby={titleId}
      ref={ref}
      {...(focusable ? { tabIndex: -1 } : {})}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title ?? (success ? 'Success' : 'Important')}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        {children}
        {onDismiss && (
          <button
            type="button"
            className="govuk-button govuk-button--secondary app-notification-banner__dismiss"
            onClick={onDismiss}
          >
            Hide this message
          </button>
        )}
      </div>
    </div>
  )
}
