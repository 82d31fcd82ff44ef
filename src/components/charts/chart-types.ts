/** One bar: what it is and how many. */
export interface CountBar {
  label: string
  count: number
}

/** 'horizontal': a row per bar, labels on the left (categories); 'vertical': columns (months). */
export type BarLayout = 'horizontal' | 'vertical'
