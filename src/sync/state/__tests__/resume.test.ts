import { describe, expect, it } from 'vitest'
import { passFrom, resumePoint } from '../resume'

const repos = (...names: string[]) => names.map((relative) => ({ relative }))
const names = (list: Array<{ relative: string }>) => list.map((r) => r.relative)

describe('passFrom and resumePoint', () => {
  it('goes on with the pass from the resume point (or the next name when it is gone) to the end, never wrapping around', () => {
    const all = repos('a', 'b', 'c', 'd')
    expect(passFrom(all, undefined)).toEqual({ ordered: all, continues: false })
    expect(passFrom(all, 'c')).toEqual({ ordered: repos('c', 'd'), continues: true })
    expect(passFrom(all, 'bb')).toEqual({ ordered: repos('c', 'd'), continues: true })
    expect(passFrom(all, 'a')).toEqual({ ordered: all, continues: true })
    // Nothing left at or after the resume point: a new pass from the beginning.
    expect(passFrom(all, 'z')).toEqual({ ordered: all, continues: false })
    expect(names(passFrom([], 'a').ordered)).toEqual([])
  })

  it('resumes at the first repository of this run’s share not finished; none when it finished them all', () => {
    const ordered = repos('c', 'd', 'e', 'f')
    expect(resumePoint(ordered, new Set(['f', 'd']))).toBe('d')
    expect(resumePoint(ordered, new Set(['a']))).toBeUndefined()
    expect(resumePoint(ordered, new Set())).toBeUndefined()
  })
})
