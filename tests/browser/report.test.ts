import {mkdirSync, mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {run} from '../../src/cli/run.js'
import {memoryIo} from '../cli/memory-io.js'
import {launchChromium, SKIP_BROWSER} from './chromium.js'

/** Where the screenshot goes (bench/out/ is gitignored). */
const SCREENSHOT = resolve('bench/out/report.png')

describe.skipIf(SKIP_BROWSER)('the HTML report in Chromium', () => {
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined
  let reportPath: string

  beforeAll(async () => {
    reportPath = join(mkdtempSync(join(tmpdir(), 'article-guard-report-')), 'report.html')
    expect(await run(['report', 'examples/article-with-spam.html', '--html', reportPath], memoryIo())).toBe(0)
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('shows the flagged block highlighted, loads nothing from anywhere, and gets a screenshot', async () => {
    const page = await browser!.context.newPage()
    const requests: string[] = []
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url())
    })
    await page.goto(pathToFileURL(reportPath).href)
    mkdirSync(resolve('bench/out'), {recursive: true})
    await page.screenshot({path: SCREENSHOT})
    expect(await page.$$eval('mark.high', (marks) => marks.length)).toBeGreaterThanOrEqual(1)
    expect(await page.$$eval('ol.findings > li', (items) => items.length)).toBeGreaterThanOrEqual(1)
    expect(await page.$$eval('script, img, iframe', (elements) => elements.length)).toBe(0)
    expect(await page.locator('section.article').innerText()).toContain('丹若花開紅勝火')
    // The highlighted source sits in view beside the findings, not below the fold.
    const mark = await page.locator('mark.high').first().boundingBox()
    expect(mark).not.toBeNull()
    expect(requests).toEqual([])
    expect(readFileSync(SCREENSHOT).subarray(1, 4).toString()).toBe('PNG')
    await page.close()
  })
})
