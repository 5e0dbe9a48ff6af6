/** The spellings every shell (CLI flags, environment, action inputs, config files) takes for a boolean, in messages. */
export const BOOLEAN_SPELLINGS = 'true or false (also yes/no, on/off, 1/0)'

const TRUE = new Set(['true', 'yes', 'on', '1'])
const FALSE = new Set(['false', 'no', 'off', '0'])

/**
 * The one boolean grammar of gcr-mirror: true/yes/on/1 and false/no/off/0, any case, surrounding
 * blanks ignored. Undefined for anything else (the caller names the option and BOOLEAN_SPELLINGS).
 */
export function parseBoolean(text: string): boolean | undefined {
  const word = text.trim().toLowerCase()
  if (TRUE.has(word)) return true
  if (FALSE.has(word)) return false
  return undefined
}
