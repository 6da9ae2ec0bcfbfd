/**
 * Class/id vocabulary of page templates, shared by every extractor since Arc90's Readability.
 * Matched against the `class` and `id` of an element, lower-cased.
 */

/** Words of containers that hold the story. */
export const POSITIVE_NAMES =
  /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|rte|prose|detail|zhengwen|neirong|wenzhang/

/** Words of template parts around the story (navigation, promotion, community, widgets). */
export const NEGATIVE_NAMES =
  /-ad-|^ad$|^ads?[-_]|[-_]ads?$|advert|hidden|^hid$|banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|taboola|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|social|newsletter|subscribe|signup|sign-up|popular|trending|recommend|breadcrumb|crumbs|pagination|pager|cookie|consent|modal|popup|byline|author|caption|toolbar|nav|menu|login|disclaimer|copyright|carousel|swiper|slider|recirc|most-?read|more-stories|up-?next|read-?next|read-?more|gallery|slideshow/

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

/**
 * Longest class list read, in characters. Real class lists are at most a few hundred characters;
 * a longer one is generated junk (or an attack), and every scoring attempt runs the name
 * expressions over it: a 200 KB `class` made scoring the slowest stage of its page.
 */
const MAX_CLASS_CHARS = 1000

/** The class and id of an element as one lower-case string (`''` when it has neither), each cut at {@link MAX_CLASS_CHARS}. */
export function classAndId(properties: Record<string, unknown>): string {
  const className = properties['className']
  const id = properties['id']
  let out = ''
  if (Array.isArray(className)) {
    for (const name of className) {
      if (out.length >= MAX_CLASS_CHARS) break
      out = out ? out + ' ' + String(name) : String(name)
    }
  } else if (typeof className === 'string') out = className
  if (out.length > MAX_CLASS_CHARS) out = out.slice(0, MAX_CLASS_CHARS)
  const idText = typeof id === 'string' ? id.slice(0, MAX_CLASS_CHARS) : ''
  if (idText.length > 0) out = out ? out + ' ' + idText : idText
  return out.toLowerCase()
}

/**
 * Headings of recirculation parts (links to other stories) in the languages of the corpora and of
 * the users: the part they head is not the story.
 */
export const RECIRCULATION_HEADING =
  /^(?:most (?:read|popular|viewed|shared|commented)|related(?: stories| articles| content| posts| news| coverage| links)?|more (?:from|stories|on|news|in|to read|like this)|you (?:may|might) (?:also )?(?:like|enjoy)|recommended(?: for you| stories| reading)?|read (?:more|next|also)|also read|trending(?: now| stories)?|popular(?: now| stories)?|up next|what to read next|top stories|latest (?:news|stories)|around the web|sponsored|leia também|veja também|lea también|mehr zum thema|à lire aussi|lire aussi|相关阅读|相關閱讀|推荐阅读|推薦閱讀|相关新闻|相關新聞|相关文章|相關文章|热门|熱門|猜你喜欢|延伸阅读|延伸閱讀|更多新闻|關聯記事|関連記事|인기 ?기사|관련 ?기사)(?:\s|:|$)/i
