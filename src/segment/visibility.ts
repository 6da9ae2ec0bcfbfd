import type {Element, Root} from 'hast'

/** Why an element does not show, as evidence for the report; `null` when it shows. */
export type HiddenReason =
  | 'hidden-attribute'
  | 'display-none'
  | 'visibility-hidden'
  | 'zero-font-size'
  | 'zero-opacity'
  | 'off-screen'
  | 'zero-size'
  | 'style-rule'
  | null

/**
 * Offsets beyond this many pixels (negative `left`/`top`/`text-indent`/`margin`) put content
 * off-screen on any display; legit layouts use small negative margins, hacks use -9999px.
 */
const OFF_SCREEN_PX = 999

/** Inline-style declarations that hide an element, checked in one regex pass per style value. */
const HIDING_DECLARATION =
  /(?:^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:\.0+)?(?:px|pt|em|rem|%)?\s*(?:!important\s*)?(?:;|$)|opacity\s*:\s*0(?:\.0+)?\s*(?:!important\s*)?(?:;|$)|(?:left|top|text-indent|margin-left|margin-top)\s*:\s*-(\d{1,9})(?:\.\d+)?(?:px|em|rem|pt)?|(?:height|width|max-height|max-width)\s*:\s*0(?:px)?\s*(?:!important\s*)?(?:;|$))/gi

/** Longest style attribute we inspect; a megabyte of inline CSS gains nothing over its start. */
const MAX_STYLE_LENGTH = 4096

/** Reason an element's own inline style or attributes hide it. */
export function ownHiddenReason(element: Element, rules: HidingRules | undefined): HiddenReason {
  const props = element.properties
  if (props['hidden'] !== undefined && props['hidden'] !== false && props['hidden'] !== null) return 'hidden-attribute'
  if (element.tagName === 'input' && String(props['type'] ?? '').toLowerCase() === 'hidden') return 'hidden-attribute'
  const style = props['style']
  if (typeof style === 'string' && style.length > 0) {
    const reason = styleHiddenReason(style.length > MAX_STYLE_LENGTH ? style.slice(0, MAX_STYLE_LENGTH) : style)
    if (reason) return reason
  }
  if (rules && (rules.classes.size > 0 || rules.ids.size > 0)) {
    const id = props['id']
    if (typeof id === 'string' && rules.ids.has(id)) return 'style-rule'
    const className = props['className']
    if (Array.isArray(className)) {
      for (const c of className) if (rules.classes.has(String(c))) return 'style-rule'
    }
  }
  return null
}

/** Reason an inline `style` value hides its element, or `null`. */
export function styleHiddenReason(style: string): HiddenReason {
  HIDING_DECLARATION.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = HIDING_DECLARATION.exec(style))) {
    const decl = (match[1] ?? '').toLowerCase()
    if (decl.startsWith('display')) return 'display-none'
    if (decl.startsWith('visibility')) return 'visibility-hidden'
    if (decl.startsWith('font-size')) return 'zero-font-size'
    if (decl.startsWith('opacity')) return 'zero-opacity'
    if (decl.startsWith('height') || decl.startsWith('width') || decl.startsWith('max-')) {
      // Zero size hides only together with clipped overflow.
      if (/overflow\s*:\s*hidden/i.test(style)) return 'zero-size'
      continue
    }
    const px = Number(match[2])
    if (px >= OFF_SCREEN_PX) return 'off-screen'
  }
  return null
}

/** Class names and ids that a page's own `<style>` sheets hide. */
export interface HidingRules {
  classes: Set<string>
  ids: Set<string>
}

/** Longest stylesheet we scan for hiding rules. */
const MAX_SHEET_LENGTH = 200_000

/** Longest selector list and declaration block of a simple rule that is read. */
const MAX_RULE_PART = 2000
const SIMPLE_SELECTOR = /^\s*([.#])([-\w]+)\s*$/

/**
 * Collect class and id selectors that `<style>` elements hide, from simple rules
 * `.a, #b { … display:none … }` (the form injected spam blocks use): a declaration block without
 * braces inside, of at most {@link MAX_RULE_PART} characters, and the selector text before it
 * back to the previous brace (its last {@link MAX_RULE_PART} characters). Rules nested in
 * `@media { … }` count as well. One pass from brace to brace: the regular expression this replaces,
 * `/([^{}]{1,2000})\{([^{}]{0,2000})\}/g`, retried up to 2,000 characters at each position of a
 * text without braces (1.4 s on a crafted 200 KB sheet).
 */
export function readHidingRules(styles: readonly string[]): HidingRules {
  const rules: HidingRules = {classes: new Set(), ids: new Set()}
  for (const sheet of styles) {
    const css = sheet.length > MAX_SHEET_LENGTH ? sheet.slice(0, MAX_SHEET_LENGTH) : sheet
    // `from`: just past the previous brace, where the text before the next `{` starts.
    let from = 0
    for (;;) {
      const open = nextBrace(css, from)
      if (open === -1) break
      if (css.charCodeAt(open) === 0x7d /* } */ || open === from) {
        from = open + 1
        continue
      }
      const close = nextBrace(css, open + 1)
      if (close === -1) break
      if (css.charCodeAt(close) === 0x7d && close - open - 1 <= MAX_RULE_PART) {
        const body = css.slice(open + 1, close)
        if (styleHiddenReason(body)) addSelectors(css.slice(Math.max(from, open - MAX_RULE_PART), open), rules)
        from = close + 1
      } else from = open + 1
    }
  }
  return rules
}

/** Position of the first `{` or `}` at or after `from`, or -1. */
function nextBrace(css: string, from: number): number {
  for (let i = from; i < css.length; i++) {
    const code = css.charCodeAt(i)
    if (code === 0x7b || code === 0x7d) return i
  }
  return -1
}

/** Add the simple class and id selectors of a selector list. */
function addSelectors(list: string, rules: HidingRules): void {
  for (const selector of list.split(',')) {
    const simple = SIMPLE_SELECTOR.exec(selector)
    if (!simple) continue
    if (simple[1] === '.') rules.classes.add(simple[2] ?? '')
    else rules.ids.add(simple[2] ?? '')
  }
}
