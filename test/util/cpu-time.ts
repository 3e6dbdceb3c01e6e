// Runaway bounds in tests measure CPU time of the test process, not wall-clock time, which other
// processes on a busy shared machine stretch (at a load of 15 on 2 cores, the pathological test
// took 189 s of wall clock for 45 s of CPU).

/** Milliseconds of CPU time (user and system) this process has used. */
export function cpuTime(): number {
  const {user, system} = process.cpuUsage()
  return (user + system) / 1000
}
