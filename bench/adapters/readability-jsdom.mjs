// AEB adapter: Mozilla Readability on jsdom.
import {JSDOM, VirtualConsole} from 'jsdom'
import {Readability} from '@mozilla/readability'

export const name = 'readability-jsdom'
export const version = '0.6.0'

export function extract(html) {
  const virtualConsole = new VirtualConsole()
  const dom = new JSDOM(html, {virtualConsole})
  const article = new Readability(dom.window.document).parse()
  return {title: article?.title ?? '', text: article?.textContent ?? ''}
}
