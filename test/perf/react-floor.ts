/**
 * The floor of the client stack, for `npm run perf`: React and nothing else, drawing the page's
 * final markup once, as the app draws it over its static shell. Loaded by a copy of each page
 * (its static copy plus this script), so Lighthouse measures in the same run what React alone
 * costs the tablet: loading react-dom and one render and commit of the same DOM. No router, no
 * query cache, no data, no app code: the app cannot do less than this with the stack it is built
 * on.
 */
import { createElement, startTransition, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'

/** Attributes whose React prop names differ from the HTML ones. */
const PROP_NAMES: Record<string, string> = {
  class: 'className',
  for: 'htmlFor',
  tabindex: 'tabIndex',
  value: 'defaultValue',
  checked: 'defaultChecked',
  readonly: 'readOnly',
  maxlength: 'maxLength',
  autocomplete: 'autoComplete',
  spellcheck: 'spellCheck',
}

function toStyle(element: HTMLElement | SVGElement): Record<string, string> {
  const style: Record<string, string> = {}
  for (const name of Array.from(element.style)) {
    const camel = name.startsWith('--')
      ? name
      : name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
    style[camel] = element.style.getPropertyValue(name)
  }
  return style
}

/** The DOM under a node as React elements, the same tags, attributes and text. */
function toElements(node: Node, key: number): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent
  if (!(node instanceof HTMLElement || node instanceof SVGElement)) return null
  const props: Record<string, unknown> = { key }
  for (const { name, value } of Array.from(node.attributes)) {
    if (name === 'style') props.style = toStyle(node)
    else props[PROP_NAMES[name] ?? name] = value
  }
  const children = Array.from(node.childNodes, toElements)
  return createElement(node.localName, props, ...(children.length > 0 ? children : []))
}

const root = document.getElementById('root')
if (root) {
  const page = Array.from(root.childNodes, toElements)
  // As the app does: a transition, so React draws in slices and the static markup stays until
  // the new one is committed.
  startTransition(() => createRoot(root).render(page))
}
