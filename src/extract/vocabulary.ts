/**
 * Class/id vocabulary of page templates, shared by every extractor since Arc90's Readability.
 * Matched against the `class` and `id` of an element, lower-cased.
 */

/** Words of containers that hold the story. */
export const POSITIVE_NAMES =
  /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|rte|prose|detail|zhengwen|neirong|wenzhang/

/** Words of template parts around the story (navigation, promotion, community, widgets). */
export const NEGATIVE_NAMES =
  /-ad-|^ad$|^ads?[-_]|[-_]ads?$|advert|hidden|^hid$|banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|taboola|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|social|newsletter|subscribe|signup|sign-up|popular|trending|recommend|breadcrumb|crumbs|pagination|pager|cookie|consent|modal|popup|byline|author|caption|toolbar|nav|menu|login|disclaimer|copyright/

/** Words that mark an element as surely not the story, whatever its content (Readability's unlikely candidates). */
export const UNLIKELY_NAMES =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|share|cookie/

/** Words that rescue an unlikely-looking element (`main-header` may still wrap the body). */
export const MAYBE_NAMES = /and|article|body|column|content|main|mathjax|shadow|story|entry/

/** Roles of template parts. */
export const BOILERPLATE_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'complementary', 'contentinfo', 'banner', 'menu', 'menubar', 'search', 'dialog', 'alert', 'alertdialog', 'tablist', 'toolbar'
])

/**
 * Tags of template parts. Not `form`: ASP.NET pages wrap the whole page in one; forms are
 * judged by their controls instead.
 */
export const BOILERPLATE_TAGS: ReadonlySet<string> = new Set(['nav', 'aside', 'footer', 'menu'])

/** The class and id of an element as one lower-case string (`''` when it has neither). */
export function classAndId(properties: Record<string, unknown>): string {
  const className = properties['className']
  const id = properties['id']
  let out = ''
  if (Array.isArray(className)) out = className.join(' ')
  else if (typeof className === 'string') out = className
  if (typeof id === 'string' && id.length > 0) out = out ? out + ' ' + id : id
  return out.toLowerCase()
}
