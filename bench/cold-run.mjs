/**
 * One cold pass of `analyze` (with `html` and `markdown` read) over the AEB pages in a fresh
 * process, timed every 60 pages: how much of a short run is JIT warm-up, and what V8 flags do to
 * it. Needs `npm run build` first (it loads `dist/`).
 *
 *   node [V8 flags] bench/cold-run.mjs [rounds]
 *
 * e.g. `node --single-threaded bench/cold-run.mjs` (compiling on the thread that runs the code,
 * as batch workers do when they fill every core) against `node bench/cold-run.mjs`.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {gunzipSync} from 'node:zlib'

const shared = process.env.SHARED ?? fileURLToPath(new URL('../../shared', import.meta.url))
const dir = `${shared}/corpora/aeb/html`
const {analyze} = await import('../dist/index.js')
const pages = readdirSync(dir)
  .filter((name) => /\.html?(\.gz)?$/.test(name))
  .sort()
  .map((name) => (name.endsWith('.gz') ? gunzipSync(readFileSync(`${dir}/${name}`)) : readFileSync(`${dir}/${name}`)))
const rounds = Number(process.argv[2] ?? 1)
/** Pages between two printed times. */
const MARK_EVERY = 60
const marks = []
const t0 = performance.now()
for (let r = 0; r < rounds; r++) {
  for (let i = 0; i < pages.length; i++) {
    const {article} = analyze(pages[i])
    void article.html
    void article.markdown
    if ((r * pages.length + i + 1) % MARK_EVERY === 0) marks.push(Math.round(performance.now() - t0))
  }
}
console.log(`${pages.length * rounds} pages in ${Math.round(performance.now() - t0)} ms; ms elapsed every ${MARK_EVERY} pages: ${marks.join(' ')}`)
