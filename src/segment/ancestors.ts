import type {Element} from 'hast'

/**
 * The nearest ancestor-or-self of `element` for which `own` gives a value, or `null`, memoised
 * per element so that asking for every block of a page walks each ancestor chain once
 * (iterative: deep trees are fine).
 */
export function nearestAncestor<T>(
  element: Element,
  parentOf: (element: Element) => Element | undefined,
  memo: Map<Element, T | null>,
  own: (element: Element) => T | null
): T | null {
  const chain: Element[] = []
  let current: Element | undefined = element
  let found: T | null = null
  while (current) {
    const known = memo.get(current)
    if (known !== undefined) {
      found = known
      break
    }
    chain.push(current)
    const value = own(current)
    if (value !== null) {
      found = value
      break
    }
    current = parentOf(current)
  }
  for (const e of chain) memo.set(e, found)
  return found
}
