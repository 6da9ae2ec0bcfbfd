#!/usr/bin/env node
// Extraction quality, side by side: article-guard and Mozilla Readability on the AEB corpus
// (upstream AEB tokens) and on cwce-zh (--cjk-chars), scored by ../shared/bench (AEB metric).
//   npm run bench:quality            (builds first)
//   SHARED=/path/to/shared npm run bench:quality
//   node bench/quality.mjs --no-jsdom   skip Readability on jsdom (slow)
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync} from 'node:fs'
import {join, resolve} from 'node:path'

const shared = resolve(process.env.SHARED ?? '../shared')
const out = resolve('bench/out')
mkdirSync(out, {recursive: true})
const withJsdom = !process.argv.includes('--no-jsdom')
const corpora = [
  {name: 'aeb', dir: join(shared, 'corpora/aeb'), flags: []},
  {name: 'cwce-zh', dir: join(shared, 'corpora/cwce-zh'), flags: ['--cjk-chars']}
]
const adapters = ['article-guard', 'readability-linkedom', ...(withJsdom ? ['readability-jsdom'] : [])]

function run(args) {
  const result = spawnSync(process.execPath, args, {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
  if (result.status !== 0) {
    process.stderr.write(result.stderr)
    throw new Error(`failed: node ${args.join(' ')}`)
  }
  return result.stdout
}

const rows = []
for (const corpus of corpora) {
  if (!existsSync(corpus.dir)) {
    console.error(`skipping ${corpus.name}: ${corpus.dir} not found`)
    continue
  }
  const files = []
  for (const adapter of adapters) {
    const file = join(out, `${corpus.name}-${adapter}.json`)
    run([join(shared, 'bench/run-extractor.mjs'), corpus.dir, file, '--module', `bench/adapters/${adapter}.mjs`])
    files.push(file)
  }
  const scores = join(out, `${corpus.name}-scores.json`)
  run([join(shared, 'bench/evaluate.mjs'), join(corpus.dir, 'ground-truth.json'), ...files, ...corpus.flags, '--json', scores])
  const data = JSON.parse(readFileSync(scores, 'utf8'))
  const list = Object.values(data)
  list.forEach((r, i) => rows.push({corpus: corpus.name, extractor: adapters[i], ...r}))
}

const f = (x) => (typeof x === 'number' ? x.toFixed(3) : String(x))
console.log('| corpus | extractor | F1 | precision | recall | accuracy |')
console.log('|---|---|---|---|---|---|')
for (const r of rows) console.log(`| ${r.corpus} | ${r.extractor} | ${f(r.f1)} ± ${f(r.f1_std)} | ${f(r.precision)} | ${f(r.recall)} | ${f(r.accuracy)} |`)
