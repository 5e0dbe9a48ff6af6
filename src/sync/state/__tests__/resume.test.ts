import { describe, expect, it } from 'vitest'
import { passFrom, resumePoint, unfinishedRepositories } from '../resume'

const repos = (...names: string[]) => names.map((relative) => ({ relative }))
const names = (list: Array<{ relative: string }>) => list.map((r) => r.relative)

describe('passFrom, resumePoint and unfinishedRepositories', () => {
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

  it('counts a repository unfinished when unlisted or when a tag handed over got no result', () => {
    const handed = [
      { relative: 'a', sourceText: 'r/a:1' },
      { relative: 'a', sourceText: 'r/a:2' },
      { relative: 'b', sourceText: 'r/b:1' },
      { relative: 'c', sourceText: 'r/c:1' }
    ]
    expect([...unfinishedRepositories(['d'], handed, new Set(['r/a:1', 'r/b:1', 'r/c:1']))].sort()).toEqual(['a', 'd'])
    expect([...unfinishedRepositories([], handed, new Set(['r/a:1', 'r/a:2', 'r/b:1', 'r/c:1']))]).toEqual([])
  })
})
