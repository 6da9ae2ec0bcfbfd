// Development loop for the extractor: runs analyze() from src/ (no build) over a corpus and writes
// predictions in AEB format for ../shared/bench/evaluate.mjs; `--levels` also prints pages whose
// risk level reaches medium.
//   npx tsx bench/tune.ts ../shared/corpora/aeb bench/out/tune-aeb.json [--levels]
import {readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {gunzipSync} from 'node:zlib'
import {join} from 'node:path'
import {analyze} from '../src/index.js'

const args = process.argv.slice(2)
const [dir = '../shared/corpora/aeb', out = 'bench/out/tune.json'] = args.filter((a) => !a.startsWith('--'))
const preds: Record<string, {articleBody: string}> = {}
for (const file of readdirSync(join(dir, 'html'))) {
  const id = file.split('.')[0]!
  const raw = readFileSync(join(dir, 'html', file))
  const html = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8')
  const {article, report} = analyze(html)
  preds[id] = {articleBody: article.text}
  if (args.includes('--levels') && (report.level === 'medium' || report.level === 'high')) {
    const top = [...report.blocks].sort((a, b) => b.score - a.score)[0]!
    console.log(report.level, id.slice(0, 16), top.kind, top.score, JSON.stringify(top.text.slice(0, 90)))
    console.log('    ', top.reasons.map((r) => `${r.signal}=${r.value}(${r.weight})`).join(' '))
  }
}
writeFileSync(out, JSON.stringify(preds))
