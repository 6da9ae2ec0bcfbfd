import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {run} from '../../src/cli/run.js'
import {CLEAN_PAGE, memoryIo, SPAM_PAGE} from './memory-io.js'
import {makePageDir} from './page-dir.js'

/** A spam page whose text tries to break out of the report: markup, a script, an attribute quote. */
const HOSTILE_PAGE = `<!DOCTYPE html><html lang="en"><head><title>Evil "title" <script>alert(1)</script></title></head><body>
<article><h1>Local council approves the new park</h1>
<p>The council voted on Tuesday to turn the old bus depot into a park with a playground, a pond and a community garden, after two years of consultation with residents of the neighbourhood.</p>
<p>Work starts in spring and should take eighteen months, the mayor said, adding that the budget includes money for trees, benches and lighting along the paths.</p></article>
<div class="links"></pre></mark><img src=x onerror="alert(2)"><script>alert(3)</script>
<a href="http://casino-0.test/">online casino bonus</a> <a href="http://casino-1.test/">casino slots free spins</a> <a href="http://casino-2.test/">best online casino</a>
<a href="http://casino-3.test/">poker online real money</a> <a href="http://casino-4.test/">sports betting odds</a> <a href="http://casino-5.test/">online casino no deposit bonus</a>
<a href="http://casino-6.test/">slot machines jackpot</a> <a href="http://casino-7.test/">roulette online casino</a> <a href="http://casino-8.test/">baccarat casino bonus</a>
</div></body></html>`

describe('article-guard report', () => {
  it('writes a self-contained page with high marks, findings and the clean article', async () => {
    const dir = makePageDir()
    const io = memoryIo('', {cwd: dir})
    expect(await run(['report', 'spam.html', '--html', 'report.html'], io)).toBe(0)
    expect(io.err()).toMatch(/^article-guard: wrote report\.html \(high, score [01]\.\d\d, \d+ flagged blocks?\)\n$/)
    const html = readFileSync(join(dir, 'report.html'), 'utf8')
    expect(html.match(/<mark class="high"/g)?.length).toBeGreaterThanOrEqual(1)
    expect(html).toContain('id="finding-1"')
    expect(html).toContain('Clean article')
    expect(html).toContain('丹若花開紅勝火')
    // No scripts, no external assets.
    expect(html).not.toMatch(/<(?:script|link|img|iframe|object|embed)\b|\ssrc="|\shref="http|url\(/i)
    expect(html).toContain("default-src 'none'")
  })

  it('escapes everything the page brings, so none of its markup reaches the report', async () => {
    const dir = makePageDir()
    writeFileSync(join(dir, 'hostile.html'), HOSTILE_PAGE)
    const io = memoryIo('', {cwd: dir})
    await run(['report', 'hostile.html', '--html', '-'], io)
    const html = io.out()
    expect(html).not.toMatch(/<script|<img|onerror="/i)
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;')
    expect(html).toContain('&lt;/pre&gt;&lt;/mark&gt;')
    expect(html).toContain('Evil &quot;title&quot;')
    // The only pre and mark closing tags are the report's own.
    expect(html.match(/<\/pre>/g)).toHaveLength(1)
    expect(html.match(/<mark /g)?.length).toBe(html.match(/<\/mark>/g)?.length)
  })

  it.each([
    ['a missing input', ['missing.html', '--html', 'out.html'], 2],
    ['two inputs', [SPAM_PAGE, CLEAN_PAGE, '--html', 'out.html'], 2],
    ['an unwritable output', [SPAM_PAGE, '--html', '/nonexistent-dir/out.html'], 2],
    ['a spam page at --fail-on medium', [SPAM_PAGE, '--html', '-', '--fail-on', 'medium'], 1],
    ['a clean page at --fail-on low', [CLEAN_PAGE, '--html', '-', '--fail-on', 'low'], 0]
  ])('exits with the right code for %s', async (_title, argv, code) => {
    const io = memoryIo('', {cwd: process.cwd()})
    expect(await run(['report', ...argv], io)).toBe(code)
    if (code === 2) expect(io.err()).toMatch(/^article-guard: [^\n]+\n$/)
  })

  it('says so when the page has no findings', async () => {
    const io = memoryIo()
    await run(['report', CLEAN_PAGE], io)
    expect(io.out()).toContain('No flagged blocks.')
    expect(io.out()).not.toContain('<mark')
  })
})
