import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {describe, expect, it} from 'vitest'

/** tsx's CLI, run with this Node (no shell, no npx lookup). */
const TSX = resolve('node_modules/tsx/dist/cli.mjs')

function runExample(args: string[]): {status: number | null; stdout: string; stderr: string} {
  if (!existsSync('dist/rehype.js')) throw new Error('dist/ is missing: the examples import the built package; run `npm run build` first (npm test does)')
  const result = spawnSync(process.execPath, [TSX, ...args], {encoding: 'utf8', timeout: 120_000})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

describe('the examples', () => {
  it.each([
    ['blocks the spam page', 'examples/article-with-spam.html', 1, /^blocked: /],
    ['publishes the clean page', 'examples/clean-article.html', 0, /^published .+clean-article\.clean\.html/]
  ])('cms-plugin.ts %s', (_title, page, code, output) => {
    const out = mkdtempSync(join(tmpdir(), 'cms-'))
    const {status, stdout, stderr} = runExample(['examples/cms-plugin.ts', page, out])
    expect(stderr).toBe('')
    expect(status).toBe(code)
    expect(stdout).toMatch(output)
  })

  it('corpus-report.ts writes a CSV row per page and an SVG histogram', () => {
    const out = mkdtempSync(join(tmpdir(), 'corpus-'))
    const {status, stdout} = runExample(['examples/corpus-report.ts', 'examples', out])
    expect(status).toBe(0)
    expect(stdout).toContain('3 pages from examples')
    const csv = readFileSync(join(out, 'pages.csv'), 'utf8').trimEnd().split('\r\n')
    expect(csv[0]).toBe('id,level,score,blocks,categories,lang,chars')
    expect(csv.slice(1).map((line) => line.split(',')[0])).toEqual(['article-with-spam.html', 'article-with-spam.txt', 'clean-article.html'])
    const svg = readFileSync(join(out, 'scores.svg'), 'utf8')
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
    expect(svg.match(/<rect /g)?.length).toBe(21)
  })
})
