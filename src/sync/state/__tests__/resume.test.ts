import { describe, expect, it } from 'vitest'
import { resumePoint, rotateFrom } from '../resume'

const repos = (...names: string[]) => names.map((relative) => ({ relative }))
const names = (list: Array<{ relative: string }>) => list.map((r) => r.relative)

describe('rotateFrom and resumePoint', () => {
  it('lists from the resume point (or the next name when it is gone) and wraps around', () => {
    const all = repos('a', 'b', 'c', 'd')
    expect(names(rotateFrom(all, undefined))).toEqual(['a', 'b', 'c', 'd'])
    expect(names(rotateFrom(all, 'c'))).toEqual(['c', 'd', 'a', 'b'])
    expect(names(rotateFrom(all, 'bb'))).toEqual(['c', 'd', 'a', 'b'])
    expect(names(rotateFrom(all, 'z'))).toEqual(['a', 'b', 'c', 'd'])
  })

  it('resumes at the first repository of this run’s order not listed', () => {
    const ordered = repos('c', 'd', 'a', 'b')
    expect(resumePoint(ordered, new Set(['b', 'a']))).toBe('a')
    expect(resumePoint(ordered, new Set())).toBeUndefined()
  })
})
