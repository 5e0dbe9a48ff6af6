/** One challenge of a `WWW-Authenticate` header: its scheme (lowercased) and parameters. */
export interface Challenge {
  scheme: string
  params: Record<string, string>
}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+/

/**
 * Parses a `WWW-Authenticate` header (RFC 7235): one or more challenges, each a scheme followed by
 * `name=value` or `name="quoted \"value\""` parameters separated by commas. Parameter names are
 * lowercased. Unparseable tails are ignored rather than thrown: a registry's odd header must not
 * break a run that may not need auth at all.
 */
export function parseWwwAuthenticate(header: string): Challenge[] {
  const challenges: Challenge[] = []
  let rest = header.trim()
  let current: Challenge | undefined
  while (rest.length > 0) {
    rest = rest.replace(/^[\s,]+/, '')
    const name = TOKEN.exec(rest)?.[0]
    if (!name) break
    const afterName = rest.slice(name.length).replace(/^\s*/, '')
    if (current && afterName.startsWith('=')) {
      const [value, tail] = readValue(afterName.slice(1).replace(/^\s*/, ''))
      current.params[name.toLowerCase()] = value
      rest = tail
      continue
    }
    current = { scheme: name.toLowerCase(), params: {} }
    challenges.push(current)
    rest = afterName
  }
  return challenges
}

/** Reads a token or quoted string; returns it and the text after it. */
function readValue(text: string): [string, string] {
  if (!text.startsWith('"')) {
    const token = /^[^\s,]*/.exec(text)![0]
    return [token, text.slice(token.length)]
  }
  let value = ''
  for (let i = 1; i < text.length; i++) {
    const char = text[i]
    if (char === '\\' && i + 1 < text.length) value += text[++i]
    else if (char === '"') return [value, text.slice(i + 1)]
    else value += char
  }
  return [value, '']
}
