/** What `bench/matcher.ts` times, as one module: bundled by esbuild as tsup bundles `dist/`. */
export {getMatcher} from '../../src/detect/matcher.js'
export {normalizeInto, normalizeText, ViewBuffer} from '../../src/detect/normalize.js'
