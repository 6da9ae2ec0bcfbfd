import {existsSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {chromium, type BrowserContext} from 'playwright-core'

/** The Debian Chromium that `.ci/install-browser.sh` installs. */
export const CHROMIUM = '/usr/bin/chromium'

/** Browser tests are skipped only when asked to: a missing Chromium otherwise fails them. */
export const SKIP_BROWSER = process.env['ARTICLE_GUARD_SKIP_BROWSER'] === '1'

/** Flags for a quiet, offline, throwaway headless Chromium. */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

/** A headless Chromium with a new empty profile; `close` also deletes the profile. */
export async function launchChromium(): Promise<{context: BrowserContext; close: () => Promise<void>}> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: run .ci/install-browser.sh (apt-get install chromium), ` +
        'or set ARTICLE_GUARD_SKIP_BROWSER=1 to skip the browser tests'
    )
  }
  const profile = mkdtempSync(join(tmpdir(), 'article-guard-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: {width: 1600, height: 1000}
  })
  return {
    context,
    close: async () => {
      await context.close()
      rmSync(profile, {recursive: true, force: true})
    }
  }
}
