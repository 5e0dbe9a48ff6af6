import { setFlagsFromString } from 'node:v8'

/**
 * V8's garbage collector tuned for the part of a run that checks (issue 16: peak RSS under 100 MB
 * at 10,000 tags). V8 lets the young generation grow to 2 x 16 MB and the old one to about four
 * times what survived the last full GC. Checking is thousands of short requests in flight, whose
 * garbage survives a scavenge or two: a young generation kept at its start size and an old one
 * grown by half keep 10,000 HEADs at ~96 MB instead of ~131 MB. Set once at start-up.
 */
export function heapForChecks(): void {
  setFlagsFromString('--semi-space-growth-factor=1')
  setFlagsFromString('--heap-growing-percent=50')
}

/**
 * V8's own old-generation growth again, once tags are copied: while bytes stream, an old generation
 * grown only by half means a full GC every ~150 ms (21 in a 244 MiB mirror, ~0.5 s of CPU on two
 * cores shared with the registries), for no lower peak (BENCHMARKS.md, Defaults).
 */
export function heapForCopies(): void {
  setFlagsFromString('--heap-growing-percent=0')
}
