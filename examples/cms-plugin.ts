/**
 * A CMS publishing hook: parse the submitted page with rehype, let article-guard replace it with
 * the clean article, store that, and refuse to publish when the page carries high-risk spam.
 *
 *   npx tsx examples/cms-plugin.ts <page.html> [out-dir]
 *
 * Prints "published <file>" and exits 0, or prints "blocked: …" and exits 1.
 */
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {basename, join} from 'node:path'
import {toHtml} from 'hast-util-to-html'
import rehypeParse from 'rehype-parse'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import {VFile} from 'vfile'
import rehypeArticleGuard from 'article-guard/rehype'

/** Level at which the hook refuses to publish. */
const BLOCK_LEVEL = 'high'

const [input, outDir = mkdtempSync(join(tmpdir(), 'cms-'))] = process.argv.slice(2)
if (input === undefined) {
  console.error('usage: cms-plugin.ts <page.html> [out-dir]')
  process.exit(2)
}

const file = new VFile({path: input, value: readFileSync(input, 'utf8')})
const processor = unified().use(rehypeParse).use(rehypeArticleGuard, {removeLevel: 'medium'}).use(rehypeStringify)
const output = await processor.process(file)
const guard = output.data.articleGuard
if (guard === undefined) throw new Error('article-guard did not run')

if (guard.report.level === BLOCK_LEVEL) {
  console.log(`blocked: ${input} is ${guard.report.level} risk (score ${guard.report.score.toFixed(2)})`)
  for (const message of output.messages) console.log(`  ${message.place ? `${message.line}:${message.column}` : '-'} ${message.reason}`)
  process.exitCode = 1
} else {
  mkdirSync(outDir, {recursive: true})
  const target = join(outDir, basename(input).replace(/\.html?$/i, '') + '.clean.html')
  // The title is the page's text: escape it (the article body is already sanitized HTML).
  const heading = toHtml({type: 'element', tagName: 'h1', properties: {}, children: [{type: 'text', value: guard.article.title}]})
  writeFileSync(target, `${heading}\n${String(output)}\n`)
  console.log(`published ${target} (${guard.article.text.length} characters, ${guard.report.level} risk, ${output.messages.length} messages)`)
}
