import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {RANKED_CANDIDATES, Context, scoreCandidates, type ExtractFlags} from '../../src/extract/score.js'
import {parseHtml} from '../../src/parse/parse.js'
import {segment} from '../../src/segment/blocks.js'

const FIXTURES = join(import.meta.dirname, '../fixtures')
const pages = readdirSync(FIXTURES, {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('encoding-'))
  .map((entry) => entry.name)
  .filter((name) => readdirSync(join(FIXTURES, name)).includes('input.html'))

const FLAGS: ExtractFlags[] = [
  {stripUnlikely: true, weightClasses: true, cleanConditionally: true},
  {stripUnlikely: false, weightClasses: false, cleanConditionally: false}
]

describe('scoreCandidates', () => {
  it.each(pages)('ranks the best containers of %s as a full sort would', (name) => {
    const html = readFileSync(join(FIXTURES, name, 'input.html'), 'utf8')
    const segmentation = segment(parseHtml(html), html)
    const context = new Context(segmentation)
    for (const flags of FLAGS) {
      const {scores, ranking} = scoreCandidates(segmentation, context, new Set(), flags)
      const sorted = [...scores.keys()].sort((a, b) => scores.get(b)! - scores.get(a)! || context.info.get(a)!.order - context.info.get(b)!.order)
      expect(ranking).toEqual(sorted.slice(0, RANKED_CANDIDATES))
    }
  })
})
