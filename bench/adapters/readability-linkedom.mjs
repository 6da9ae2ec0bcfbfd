// AEB adapter: Mozilla Readability on linkedom (the baseline the issue compares with).
import {parseHTML} from 'linkedom'
import {Readability} from '@mozilla/readability'

export const name = 'readability-linkedom'
export const version = '0.6.0'

export function extract(html) {
  const {document} = parseHTML(html)
  const article = new Readability(document).parse()
  return {title: article?.title ?? '', text: article?.textContent ?? ''}
}
