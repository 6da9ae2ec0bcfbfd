/**
 * Same results before and after a speed change: write what `analyze` returns for every page of
 * the corpora and every test fixture, or compare a run with one written before.
 *
 *   npx tsx bench/outputs.ts --write bench/out/outputs.json      # before the change
 *   npx tsx bench/outputs.ts --compare bench/out/outputs.json    # after it: exit 1 on any difference
 *
 * Each page is kept as a SHA-256 of its full JSON result (article with `html` and `markdown` read,
 * and the report), so a compare names every page whose output changed in any byte. `--show NAME`
 * prints one page's full result, to see what changed.
 */
import {createHash} from 'node:crypto'
import {readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {analyze} from '../src/analyze.js'
import {loadCorpus} from './lib/corpus.js'
import {argValue} from './lib/env.js'
import {FIXTURES_DIR} from '../tests/fixtures/lib/fixtures.js'

const writePath = argValue('--write')
const comparePath = argValue('--compare')
const show = argValue('--show')
if (!writePath && !comparePath && !show) {
  console.error('usage: tsx bench/outputs.ts --write FILE | --compare FILE | --show NAME')
  process.exit(2)
}

/** Every input, by a stable name: corpus pages and fixture inputs. */
function inputs(): Array<{name: string; html: string}> {
  const out: Array<{name: string; html: string}> = []
  for (const corpus of ['aeb', 'cwce-zh'] as const) for (const page of loadCorpus(corpus)) out.push({name: `${corpus}/${page.name}`, html: page.html})
  for (const name of readdirSync(FIXTURES_DIR).sort()) {
    let html: string
    try {
      html = readFileSync(join(FIXTURES_DIR, name, 'input.html'), 'utf8')
    } catch {
      continue
    }
    out.push({name: `fixtures/${name}`, html})
  }
  return out
}

function resultJson(html: string): string {
  const result = analyze(html)
  return JSON.stringify({article: {...result.article, html: result.article.html, markdown: result.article.markdown}, report: result.report})
}

const hashes: Record<string, string> = {}
for (const {name, html} of inputs()) {
  if (show !== undefined && name !== show) continue
  const json = resultJson(html)
  if (show !== undefined) console.log(JSON.stringify(JSON.parse(json), null, 2))
  hashes[name] = createHash('sha256').update(json).digest('hex')
}

if (writePath) {
  writeFileSync(writePath, JSON.stringify(hashes, null, 1) + '\n')
  console.log(`wrote ${Object.keys(hashes).length} results to ${writePath}`)
}
if (comparePath) {
  const before = JSON.parse(readFileSync(comparePath, 'utf8')) as Record<string, string>
  const changed = Object.keys(hashes).filter((name) => before[name] !== hashes[name])
  const missing = Object.keys(before).filter((name) => !(name in hashes))
  for (const name of changed) console.log(`changed: ${name}`)
  for (const name of missing) console.log(`missing: ${name}`)
  console.log(`${Object.keys(hashes).length} results, ${changed.length} changed, ${missing.length} missing`)
  process.exitCode = changed.length + missing.length > 0 ? 1 : 0
}
