/**
 * Milliseconds on the monotonic clock, for how long a build took. process.hrtime, not the global
 * `performance`: its first use loads perf_hooks, ~1 ms of every start (CPU profile).
 */
export const nowMs = (): number => Number(process.hrtime.bigint()) / 1e6;
