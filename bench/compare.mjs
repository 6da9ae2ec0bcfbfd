// Per-page F1 difference between two prediction files (development aid).
//   node bench/compare.mjs <ground-truth.json> <before.json> <after.json> [--cjk-chars]
import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
const shared = resolve(process.env.SHARED ?? '../shared')
const {pageTpFpFn, tokenizerFor, precisionScore, recallScore} = await import(`${shared}/bench/lib/aeb-metric.mjs`)
const [truthPath, a, b] = process.argv.slice(2)
const tok = tokenizerFor(process.argv.includes('--cjk-chars') ? 'cjk' : 'word')
const truth = JSON.parse(readFileSync(truthPath, 'utf8'))
const A = JSON.parse(readFileSync(a, 'utf8'))
const B = JSON.parse(readFileSync(b, 'utf8'))
const f1 = (t, p) => {
  const [tp, fp, fn] = pageTpFpFn(t, p, 4, tok)
  const pr = precisionScore(tp, fp, fn), rc = recallScore(tp, fp, fn)
  return {f: pr + rc ? (2 * pr * rc) / (pr + rc) : 0, pr, rc}
}
const rows = []
for (const id of Object.keys(truth)) {
  const x = f1(truth[id].articleBody, A[id]?.articleBody ?? '')
  const y = f1(truth[id].articleBody, B[id]?.articleBody ?? '')
  if (Math.abs(x.f - y.f) > 0.001) rows.push({id, d: y.f - x.f, x, y})
}
rows.sort((p, q) => p.d - q.d)
for (const r of rows) console.log(r.d.toFixed(3).padStart(7), r.id.slice(0, 16), `F ${r.x.f.toFixed(3)}→${r.y.f.toFixed(3)}  P ${r.x.pr.toFixed(3)}→${r.y.pr.toFixed(3)}  R ${r.x.rc.toFixed(3)}→${r.y.rc.toFixed(3)}`, truth[r.id].url ?? '')
