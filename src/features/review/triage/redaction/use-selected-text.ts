import { useEffect, useState } from 'react'
import { selectedText, type SelectedText } from './selection'

/**
 * The text last selected in one of the concern's texts. It is kept when the selection collapses,
 * because tapping the button to remove it clears the selection on a touch screen before the button
 * hears the tap; selecting anything outside the concern's texts forgets it.
 */
export function useSelectedText(): [SelectedText | null, () => void] {
  const [selected, setSelected] = useState<SelectedText | null>(null)
  useEffect(() => {
    const onChange = () => {
      const selection = document.getSelection()
      if (!selection || selection.isCollapsed) return
      const found = selectedText(selection)
      setSelected((current) =>
        found &&
        current &&
        found.field === current.field &&
        found.eventId === current.eventId &&
        found.start === current.start &&
        found.end === current.end
          ? current
          : found,
      )
    }
    document.addEventListener('selectionchange', onChange)
    return () => document.removeEventListener('selectionchange', onChange)
  }, [])
  return [selected, () => setSelected(null)]
}
