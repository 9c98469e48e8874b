/**
 * Strict JSON syntax check that says where the first error is. JSON.parse's messages name a
 * position on some Node versions and not on others, and YAML (which we use for positions) accepts
 * comments, trailing commas and bare words that a `.json` file must not contain.
 * Returns null when the text is valid JSON, else the offset and a message.
 */
export function findJsonSyntaxError(text: string): { offset: number; message: string } | null {
  let i = 0
  const n = text.length
  const fail = (message: string, at = i) => ({ offset: at, message })
  const skipSpace = () => {
    while (i < n) {
      const c = text[i]
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++
      else break
    }
  }
  const describe = () => (i >= n ? 'the end of the file' : `"${text[i]}"`)

  // An explicit stack instead of recursion, so deep nesting cannot overflow the call stack.
  type Frame = { kind: 'array' | 'object' }
  const stack: Frame[] = []
  let expectValue = true

  while (true) {
    skipSpace()
    if (expectValue) {
      const c = text[i]
      if (c === '{' || c === '[') {
        stack.push({ kind: c === '{' ? 'object' : 'array' })
        i++
        skipSpace()
        const close = c === '{' ? '}' : ']'
        if (text[i] === close) {
          stack.pop()
          i++
          expectValue = false
          continue
        }
        if (c === '{') {
          const key = readKey()
          if (key) return key
        }
        continue
      }
      const error = readScalar()
      if (error) return error
      expectValue = false
      continue
    }
    const top = stack[stack.length - 1]
    if (!top) {
      return i < n ? fail(`unexpected ${describe()} after the JSON value`) : null
    }
    const c = text[i]
    if (c === ',') {
      i++
      if (top.kind === 'object') {
        skipSpace()
        const key = readKey()
        if (key) return key
      }
      expectValue = true
      continue
    }
    if ((c === ']' && top.kind === 'array') || (c === '}' && top.kind === 'object')) {
      stack.pop()
      i++
      continue
    }
    return fail(`expected "," or "${top.kind === 'array' ? ']' : '}'}" but found ${describe()}`)
  }

  function readKey() {
    if (text[i] !== '"')
      return fail(`expected a property name in double quotes but found ${describe()}`)
    const error = readString()
    if (error) return error
    skipSpace()
    if (text[i] !== ':') return fail(`expected ":" after the property name but found ${describe()}`)
    i++
    expectValue = true
    return null
  }

  function readScalar() {
    const c = text[i]
    if (c === '"') return readString()
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length
        return null
      }
    }
    const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
    number.lastIndex = i
    if (number.test(text) && number.lastIndex > i) {
      i = number.lastIndex
      return null
    }
    return fail(`expected a JSON value but found ${describe()}`)
  }

  function readString() {
    const start = i
    i++
    while (i < n) {
      const c = text.charCodeAt(i)
      if (c === 34) {
        i++
        return null
      }
      if (c < 0x20)
        return fail('control character inside a string (write it as an escape like \\n)')
      if (c === 92) {
        const e = text[i + 1]
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            return fail('invalid \\u escape in a string')
          i += 6
          continue
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) return fail('invalid escape in a string')
        i += 2
        continue
      }
      i++
    }
    return fail('unterminated string', start)
  }
}
