// Development loop for the extractor: runs parse → segment → select over a corpus directly from
// src/ (no build) and writes predictions in AEB format for ../shared/bench/evaluate.mjs.
//   npx tsx bench/tune.ts ../shared/corpora/aeb bench/out/tune-aeb.json
import {readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {gunzipSync} from 'node:zlib'
import {join} from 'node:path'
import {parseHtml} from '../src/parse/parse.js'
import {segment} from '../src/segment/blocks.js'
import {selectArticle} from '../src/extract/article.js'

const [dir = '../shared/corpora/aeb', out = 'bench/out/tune.json', only] = process.argv.slice(2)
const preds: Record<string, {articleBody: string}> = {}
for (const file of readdirSync(join(dir, 'html'))) {
  const id = file.split('.')[0]!
  if (only && id !== only) continue
  const raw = readFileSync(join(dir, 'html', file))
  const html = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8')
  const seg = segment(parseHtml(html), html)
  const sel = selectArticle(seg, new Set(), '')
  preds[id] = {articleBody: sel.kept.map((b) => b.text).join('\n\n')}
  if (only) {
    for (const b of seg.blocks) console.log(sel.dropped.get(b) ?? 'KEEP', b.owner.tagName, JSON.stringify(b.text.slice(0, 100)))
  }
}
writeFileSync(out, JSON.stringify(preds))
