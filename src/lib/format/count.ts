/**
 * A whole number as people in the UK write it: 20,000. The same as
 * `n.toLocaleString('en-GB')` for whole numbers, without `Intl`: the first locale-aware call on a
 * page makes the browser load its locale data, 20–45 ms on a 2-core machine and four times that
 * on the slow tablet Lighthouse simulates, and the schemas' messages format their limits as their
 * modules load, inside the first screen's longest task.
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-GB')
  const digits = String(Math.abs(n))
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ',')
  return n < 0 ? `-${grouped}` : grouped
}
