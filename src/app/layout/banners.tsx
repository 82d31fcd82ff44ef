import { OutboxBanner } from '../../features/concerns/banner'
import { UpdateBanner } from '../pwa/update-banner'

/** The banners at the top of every page: a new version to reload into, and the outbox. */
export function Banners() {
  return (
    <>
      <UpdateBanner />
      <OutboxBanner />
    </>
  )
}
