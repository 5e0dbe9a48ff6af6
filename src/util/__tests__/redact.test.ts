import { describe, expect, it } from 'vitest'
import { addCredentials, addSecret, onSecret, redact, redactedJson } from '../redact'
import { forDisplay, printable, printableLines, quoted } from '../printable'

describe('redact', () => {
  it('replaces every registered secret, its URL-encoded form and the base64 user:pass of credentials', () => {
    addCredentials({ username: 'alice', password: 'p@ss word!9' })
    const basic = Buffer.from('alice:p@ss word!9').toString('base64')
    expect(redact(`got p@ss word!9 and ${encodeURIComponent('p@ss word!9')} and ${basic} and ${basic.replace(/=+$/, '')}, "${basic}"`)).toBe(
      'got *** and *** and *** and ***, "***"'
    )
  })

  it('replaces tokens registered later, and tells listeners of old and new secrets', () => {
    const told: string[] = []
    addSecret('first-token-1')
    onSecret((s) => told.push(s))
    addSecret('second-token-2')
    expect(told).toEqual(expect.arrayContaining(['first-token-1', 'second-token-2']))
    expect(redact('a first-token-1 b second-token-2.')).toBe('a *** b ***.')
    expect(redact('?token=first-token-1&x=-second-token-2-')).toBe('?token=***&x=-***-')
  })

  it('leaves short secrets out of the search, so words stay readable', () => {
    addSecret('abc')
    expect(redact('abc def')).toBe('abc def')
  })

  it('blanks credentials by their shape: Authorization values, JWTs, URL user info, signing query parameters', () => {
    expect(redact('echo: Basic dXNlcjpwYXNzd29yZA== and Bearer abc.def-123')).toBe('echo: Basic *** and Bearer ***')
    expect(redact('needs basic authentication; Bearer tokens')).toBe('needs basic authentication; Bearer tokens')
    expect(redact('token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig_nature here')).toBe('token *** here')
    expect(redact('proxy http://bob:hunter2@proxy:3128 down')).toBe('proxy http://***@proxy:3128 down')
    expect(redact('https://s3/x?X-Amz-Signature=abc123&X-Amz-Credential=AKIA/1&n=2')).toBe('https://s3/x?X-Amz-Signature=***&X-Amz-Credential=***&n=2')
  })

  it('redacts every string of a JSON document, keeping it valid', () => {
    addSecret('json"secret')
    const text = redactedJson({ error: 'refused json"secret', n: 1 })
    expect(JSON.parse(text)).toEqual({ error: 'refused ***', n: 1 })
  })
})

describe('printable', () => {
  it('escapes C0 and C1 controls, DEL, line separators and bidi overrides', () => {
    expect(printable('v1\u001b[2J\r\u0007\n\u009b\u007f\u202e\u2028ok\tx')).toBe('v1\\x1b[2J\\x0d\\x07\\x0a\\x9b\\x7f\\u{202e}\\u{2028}ok\tx')
  })

  it('keeps newlines where text has lines on purpose', () => {
    expect(printableLines('a\nb\u001bc')).toBe('a\nb\\x1bc')
    addSecret('display-secret')
    expect(forDisplay('x display-secret\n\u001b[2J')).toBe('x ***\n\\x1b[2J')
  })

  it('quotes a value on one line, cut to a length', () => {
    expect(quoted('a\nb')).toBe('"a\\x0ab"')
    expect(quoted('x'.repeat(100), 10)).toBe(`"${'x'.repeat(10)}…"`)
  })
})
