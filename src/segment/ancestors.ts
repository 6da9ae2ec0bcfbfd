import type {Element} from 'hast'

/**
 * Whether `element` or one of its ancestors passes `own`, memoised per element so that asking
 * for every block of a page walks each ancestor chain once (iterative: deep trees are fine).
 */
export function inheritedFlag(
  element: Element,
  parentOf: (element: Element) => Element | undefined,
  memo: Map<Element, boolean>,
  own: (element: Element) => boolean
): boolean {
  const chain: Element[] = []
  let current: Element | undefined = element
  let result = false
  while (current) {
    const known = memo.get(current)
    if (known !== undefined) {
      result = known
      break
    }
    chain.push(current)
    if (own(current)) {
      result = true
      break
    }
    current = parentOf(current)
  }
  for (const e of chain) memo.set(e, result)
  return result
}
