import {describe, expect, it} from 'vitest'
import {globToRegExp, isGlob, splitGlob} from '../../src/cli/glob.js'

describe('glob matching', () => {
  it.each([
    ['*.html', 'a.html', true],
    ['*.html', 'dir/a.html', false],
    ['**/*.html', 'a.html', true],
    ['**/*.html', 'x/y/z/a.html', true],
    ['**/*.html', 'x/y/a.htm', false],
    ['a/**/b.txt', 'a/b.txt', true],
    ['a/**/b.txt', 'a/x/y/b.txt', true],
    ['a/**', 'a/x/y/b.txt', true],
    ['page-?.htm', 'page-1.htm', true],
    ['page-?.htm', 'page-12.htm', false],
    ['[ab].html', 'b.html', true],
    ['[!ab].html', 'b.html', false],
    ['{a,b}.html', 'a.html', true],
    ['{a,b}.html', 'c.html', false],
    ['a+b (1).html', 'a+b (1).html', true],
    ['*.html.gz', 'x.html.gz', true]
  ])('matches %s against %s: %s', (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected)
  })

  it.each([
    ['content/**/*.html', {base: 'content', rest: '**/*.html'}],
    ['*.html', {base: '.', rest: '*.html'}],
    ['a/b/c?.txt', {base: 'a/b', rest: 'c?.txt'}],
    ['/abs/dir/*.htm', {base: '/abs/dir', rest: '*.htm'}]
  ])('splits %s into the directory to walk and the pattern', (glob, expected) => {
    expect(splitGlob(glob)).toEqual(expected)
  })

  it.each([
    ['page.html', false],
    ['*.html', true],
    ['a/{b,c}', true],
    ['file?.txt', true]
  ])('tells whether %s is a glob: %s', (arg, expected) => {
    expect(isGlob(arg)).toBe(expected)
  })
})
