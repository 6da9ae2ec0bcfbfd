import {readFileSync} from 'node:fs'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import type {BrowserContext} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildBrowserBundle} from '../../scripts/browser-bundle.mjs'
import {analyze} from '../../src/index.js'
import {launchChromium, SKIP_BROWSER} from './chromium.js'

/** Pages analysed in both runtimes. */
const PAGES = ['examples/article-with-spam.html', 'examples/article-with-spam.txt', 'examples/clean-article.html']

describe.skipIf(SKIP_BROWSER)('the core in a browser', () => {
  let bundle: {code: string; nodeImports: string[]; bytes: number}
  let server: Server
  let origin: string
  let browser: {context: BrowserContext; close: () => Promise<void>} | undefined

  beforeAll(async () => {
    bundle = await buildBrowserBundle()
    // Same-origin server: the page, the bundle and the raw input bytes.
    server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://localhost')
      if (url.pathname === '/') {
        response.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end('<!DOCTYPE html><title>article-guard</title>')
      } else if (url.pathname === '/article-guard.js') {
        response.writeHead(200, {'content-type': 'text/javascript; charset=utf-8'}).end(bundle.code)
      } else if (url.pathname === '/input' && PAGES.includes(url.searchParams.get('page') ?? '')) {
        response.writeHead(200, {'content-type': 'application/octet-stream'}).end(readFileSync(url.searchParams.get('page')!))
      } else {
        response.writeHead(404).end()
      }
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    await new Promise((resolve) => server?.close(resolve))
  })

  it('bundles src/index.ts for the browser without a single node: import', () => {
    expect(bundle.nodeImports, `the browser bundle imports Node modules:\n${bundle.nodeImports.join('\n')}`).toEqual([])
    expect(bundle.bytes).toBeGreaterThan(0)
  })

  it.each(PAGES)('gives the same result for %s in Chromium as in Node', async (page) => {
    const tab = await browser!.context.newPage()
    try {
      await tab.goto(origin + '/')
      // A string, not a function: vitest would rewrite a function's dynamic import().
      const inBrowser = await tab.evaluate<string>(`(async () => {
        const articleGuard = await import('/article-guard.js')
        const bytes = new Uint8Array(await (await fetch('/input?page=' + encodeURIComponent(${JSON.stringify(page)}))).arrayBuffer())
        return JSON.stringify(articleGuard.analyze(bytes))
      })()`)
      const inNode = JSON.stringify(analyze(readFileSync(page)))
      expect(JSON.parse(inBrowser)).toEqual(JSON.parse(inNode))
      expect(inBrowser).toBe(inNode)
    } finally {
      await tab.close()
    }
  })
})
