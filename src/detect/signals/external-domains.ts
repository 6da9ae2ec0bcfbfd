import {clamp01, round, type PageContext, type Signal} from './signal.js'

/** Distinct foreign hosts at which the signal is full: link farms spread over many domains. */
const FULL_EXTERNAL_HOSTS = 4

/** Host of an absolute http(s) URL, lower case without `www.`, or `undefined`. */
export function hostOf(href: string): string | undefined {
  const match = /^\s*(?:https?:)?\/\/([^/?#:\s]+)/i.exec(href)
  if (!match) return undefined
  return match[1]!.toLowerCase().replace(/^www\./, '')
}

/**
 * Hosts of share buttons and social profiles: every article links to them, so they say nothing
 * about spam. Matched with subdomains.
 */
export const SOCIAL_HOSTS: ReadonlySet<string> = new Set([
  'facebook.com', 'fb.com', 'twitter.com', 'x.com', 't.co', 'linkedin.com', 'pinterest.com', 'reddit.com',
  'whatsapp.com', 'wa.me', 't.me', 'telegram.me', 'tumblr.com', 'instagram.com', 'youtube.com', 'youtu.be',
  'flipboard.com', 'google.com', 'vk.com', 'ok.ru', 'weibo.com', 'line.me', 'getpocket.com', 'digg.com',
  'mix.com', 'tiktok.com', 'threads.net', 'bsky.app', 'mastodon.social', 'apple.com', 'feedly.com', 'qq.com',
  'douban.com', 'naver.com', 'kakao.com', 'xing.com', 'skype.com', 'messenger.com', 'addthis.com', 'sharethis.com'
])

/** The name a host is registered under, roughly: `news.example.co.uk` → `example`. */
function brandOf(host: string): string {
  const labels = host.split('.')
  if (labels.length < 2) return host
  const last = labels[labels.length - 1]!
  const second = labels[labels.length - 2]!
  // example.co.uk, example.com.au: a short second-level label belongs to the suffix.
  if (labels.length >= 3 && last.length === 2 && second.length <= 3) return labels[labels.length - 3]!
  return second
}

/** Whether `host` is a share or social host, or a subdomain of one. */
export function isSocialHost(host: string): boolean {
  for (let dot = -1; ; ) {
    if (SOCIAL_HOSTS.has(dot < 0 ? host : host.slice(dot + 1))) return true
    dot = host.indexOf('.', dot + 1)
    if (dot < 0) return false
  }
}

/** Whether `host` is the site's own (its subdomains and sister domains of the same name) or allowed by the user. */
export function isOwnHost(host: string, page: Pick<PageContext, 'siteHosts' | 'allowDomains'>): boolean {
  if (page.siteHosts.has(host)) return true
  for (const own of page.siteHosts) if (host.endsWith('.' + own) || brandOf(host) === brandOf(own)) return true
  for (const allowed of page.allowDomains) {
    const a = allowed.toLowerCase().replace(/^www\./, '')
    if (host === a || host.endsWith('.' + a)) return true
  }
  return false
}

/** Links to other sites: how many distinct hosts, and how spread over them. */
export const externalDomains: Signal = {
  name: 'external-domains',
  group: 'form',
  weight: 0.15,
  measure({unit}, page) {
    if (unit.anchors.length === 0) return null
    const {hosts, links: external} = foreignHosts(unit.anchors, page)
    if (external === 0) return null
    const diversity = hosts.size / unit.anchors.length
    return {
      value: hosts.size,
      strength: clamp01(hosts.size / FULL_EXTERNAL_HOSTS) * clamp01(external / unit.anchors.length + 0.25),
      detail: `${external} of ${unit.anchors.length} links go to ${hosts.size} other hosts (diversity ${round(diversity)})`
    }
  }
}

/** Distinct foreign hosts (own, allowed and social hosts left out) of a unit's links. */
export function foreignHosts(anchors: ReadonlyArray<{href: string}>, page: PageContext): {hosts: Set<string>; links: number} {
  const hosts = new Set<string>()
  let links = 0
  for (const anchor of anchors) {
    const host = page.foreignHost(anchor.href)
    if (host === undefined) continue
    links++
    hosts.add(host)
  }
  return {hosts, links}
}

/**
 * `PageContext.foreignHost` for a page whose own hosts and allowed domains are these: the host of
 * a link when it goes to another site. The verdict is remembered per host, not per URL: a link
 * farm's URLs are all different but share a few hosts, and a map of 135,000 URLs (every unit's
 * signals ask) cost more per lookup than reading the host again.
 */
export function foreignHostLookup(page: Pick<PageContext, 'siteHosts' | 'allowDomains'>): (href: string) => string | undefined {
  const known = new Map<string, boolean>()
  return (href) => {
    const host = hostOf(href)
    if (host === undefined) return undefined
    let foreign = known.get(host)
    if (foreign === undefined) {
      foreign = !isOwnHost(host, page) && !isSocialHost(host)
      known.set(host, foreign)
    }
    return foreign ? host : undefined
  }
}
