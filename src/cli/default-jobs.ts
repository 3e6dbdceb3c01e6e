// How many threads a batch gets when `--jobs` is not given. A worker thread is a second V8
// isolate: it loads the library again and compiles the same code again with the optimizing
// compiler, about 1.3 s of CPU on the machines of bench/README.md before it saves any, while one
// isolate alone already keeps 1.5 cores busy (its compiler and collector run beside it). So a
// worker pays only for a batch large enough: on two cores, where the second core is the one
// isolate's helpers' own, from about 20 MB of stories (`anecdote stats`, bench/jobs.js: 15 MB
// 1.05x the time of one thread, 23 MB 0.95x, 38 MB 0.65x); on more cores, one more per 4 MiB,
// the work that takes about as long as a thread's start.

/** Input per default thread on a machine with two cores or fewer. */
export const twoCoreBytesPerThread = 20 * 1024 * 1024
/** Input per default thread on a machine with more cores. */
export const bytesPerThread = 4 * 1024 * 1024

/** The threads for `bytes` of input on `cores` cores: one, and one more per `bytesPerThread` (on two cores per `twoCoreBytesPerThread`), at most one per core. */
export function defaultJobs(cores: number, bytes: number): number {
  const per = cores <= 2 ? twoCoreBytesPerThread : bytesPerThread
  return Math.max(1, Math.min(cores, 1 + Math.floor(bytes / per)))
}
