// AEB adapter for article-guard (the built package in dist/).
import {analyze} from '../../dist/index.js'

export const name = 'article-guard'
export const version = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))).version

export function extract(html) {
  const {article} = analyze(html)
  return {title: article.title, text: article.text}
}
