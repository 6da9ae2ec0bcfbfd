import {readFileSync} from 'node:fs'
import {Ajv2020} from 'ajv/dist/2020.js'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'
import {analyze} from '../../src/index.js'

// report.schema.json (repo root) describes RiskReport of src/types.ts: every report must validate,
// and every field and enum member of the types must be in the schema (and nothing more).

interface SchemaNode {
  properties?: Record<string, unknown>
  required?: string[]
  enum?: string[]
  $defs?: Record<string, SchemaNode>
}

const schema = JSON.parse(readFileSync(new URL('../../report.schema.json', import.meta.url), 'utf8')) as SchemaNode
const validate = new Ajv2020({strict: true, allErrors: true}).compile(schema)

/** Members of the interfaces and string-literal unions of src/types.ts. */
function typesOf(): {interfaces: Map<string, {names: string[]; optional: string[]}>; unions: Map<string, string[]>} {
  const file = new URL('../../src/types.ts', import.meta.url)
  const source = ts.createSourceFile('types.ts', readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true)
  const interfaces = new Map<string, {names: string[]; optional: string[]}>()
  const unions = new Map<string, string[]>()
  for (const statement of source.statements) {
    if (ts.isInterfaceDeclaration(statement)) {
      const names: string[] = []
      const optional: string[] = []
      for (const member of statement.members) {
        if (!ts.isPropertySignature(member)) continue
        const name = member.name.getText(source)
        names.push(name)
        if (member.questionToken) optional.push(name)
      }
      interfaces.set(statement.name.text, {names, optional})
    } else if (ts.isTypeAliasDeclaration(statement) && ts.isUnionTypeNode(statement.type)) {
      const literals = statement.type.types.flatMap((t) => (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? [t.literal.text] : []))
      if (literals.length === statement.type.types.length) unions.set(statement.name.text, literals)
    }
  }
  return {interfaces, unions}
}

function node(name: string): SchemaNode {
  if (name === 'RiskReport') return schema
  const def = schema.$defs?.[name]
  if (!def) throw new Error(`report.schema.json has no $defs/${name}`)
  return def
}

describe('report.schema.json', () => {
  it('validates the report of the seed page', () => {
    const html = readFileSync(new URL('../../examples/article-with-spam.html', import.meta.url), 'utf8')
    const {report} = analyze(html)
    expect(report.blocks.length).toBeGreaterThan(0)
    expect(validate(report), JSON.stringify(validate.errors, null, 2)).toBe(true)
  })

  it('validates the report of byte input and of an empty page', () => {
    for (const input of [new TextEncoder().encode('<p>Hello</p>'), '', '<html><body></body></html>']) {
      const {report} = analyze(input)
      expect(validate(report), JSON.stringify(validate.errors, null, 2)).toBe(true)
    }
  })

  it('rejects a report with a missing or unknown field', () => {
    const html = readFileSync(new URL('../../examples/article-with-spam.html', import.meta.url), 'utf8')
    const {report} = analyze(html)
    const {version: _version, ...withoutVersion} = report
    expect(validate(withoutVersion)).toBe(false)
    expect(validate({...report, extra: 1})).toBe(false)
    const block = report.blocks[0]!
    expect(validate({...report, blocks: [{...block, level: 'severe'}]})).toBe(false)
  })

  it.each(['RiskReport', 'FlaggedBlock', 'Evidence', 'Match'])('lists every field of %s, and only those', (name) => {
    const type = typesOf().interfaces.get(name)
    expect(type, `src/types.ts has no interface ${name}`).toBeDefined()
    const def = node(name)
    expect(Object.keys(def.properties ?? {}).sort()).toEqual([...type!.names].sort())
    const required = type!.names.filter((n) => !type!.optional.includes(n))
    expect([...(def.required ?? [])].sort()).toEqual(required.sort())
  })

  it.each(['Level', 'FindingKind'])('lists every member of %s', (name) => {
    const members = typesOf().unions.get(name)
    expect(members, `src/types.ts has no string union ${name}`).toBeDefined()
    expect([...(node(name).enum ?? [])].sort()).toEqual([...members!].sort())
  })

  it('has every FlaggedBlock, Match and RiskReport field as a $ref or typed property', () => {
    for (const name of ['RiskReport', 'FlaggedBlock', 'Match', 'Evidence']) {
      for (const [field, spec] of Object.entries(node(name).properties ?? {})) {
        const s = spec as {type?: unknown; $ref?: unknown; enum?: unknown}
        expect(s.type ?? s.$ref ?? s.enum, `${name}.${field} has no type`).toBeDefined()
      }
    }
  })
})
