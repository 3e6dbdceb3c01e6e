// How many threads a batch gets without `--jobs`.
import {describe, expect, it} from 'vitest'
import {defaultJobs} from '../../src/cli/default-jobs.js'

const mib = 1024 * 1024

describe('defaultJobs', () => {
  it('keeps a batch under 20 MiB in one thread on two cores, and gives it two from there', () => {
    expect(defaultJobs(2, 0)).toBe(1)
    expect(defaultJobs(2, 1.5 * mib)).toBe(1)
    expect(defaultJobs(2, 20 * mib - 1)).toBe(1)
    expect(defaultJobs(2, 20 * mib)).toBe(2)
    expect(defaultJobs(2, 1024 * mib)).toBe(2)
  })

  it('gives one thread per 4 MiB on more cores, up to the number of cores', () => {
    expect(defaultJobs(8, 256 * 1024)).toBe(1)
    expect(defaultJobs(8, 4 * mib - 1)).toBe(1)
    expect(defaultJobs(8, 4 * mib)).toBe(2)
    expect(defaultJobs(8, 9 * mib)).toBe(3)
    expect(defaultJobs(8, 1024 * mib)).toBe(8)
  })

  it('never gives more threads than cores, nor fewer than one', () => {
    expect(defaultJobs(1, 1024 * mib)).toBe(1)
    expect(defaultJobs(0, 1024 * mib)).toBe(1)
  })
})
