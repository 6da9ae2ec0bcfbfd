import {clamp01, round, type PageContext, type Signal} from './signal.js'

/** Distinct foreign hosts at which the signal is full: link farms spread over many domains. */
const FULL_EXTERNAL_HOSTS = 4

/** Host of an absolute http(s) URL, lower case without `www.`, or `undefined`. */
export function hostOf(href: string): string | undefined {
  const match = /^\s*(?:https?:)?\/\/([^/?#:\s]+)/i.exec(href)
  if (!match) return undefined
  return match[1]!.toLowerCase().replace(/^www\./, '')
}

/** Whether `host` is the site's own or allowed by the user (subdomains included). */
export function isOwnHost(host: string, page: PageContext): boolean {
  if (page.siteHosts.has(host)) return true
  for (const own of page.siteHosts) if (host.endsWith('.' + own)) return true
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
    const hosts = new Set<string>()
    let external = 0
    for (const anchor of unit.anchors) {
      const host = hostOf(anchor.href)
      if (!host || isOwnHost(host, page)) continue
      external++
      hosts.add(host)
    }
    if (external === 0) return null
    const diversity = hosts.size / unit.anchors.length
    return {
      value: hosts.size,
      strength: clamp01(hosts.size / FULL_EXTERNAL_HOSTS) * clamp01(external / unit.anchors.length + 0.25),
      detail: `${external} of ${unit.anchors.length} links go to ${hosts.size} other hosts (diversity ${round(diversity)})`
    }
  }
}
