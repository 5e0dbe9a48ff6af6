import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __VERSION__ = "1.0.0";

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Blob bytes between two collections of the young generation while tags are copied. */
const STREAMED_BYTES_PER_COLLECTION = 8 * 1024 * 1024;
/**
 * undici parses HTTP with llhttp compiled to WebAssembly; V8's optimising tier compiles that module
 * in the background on the first request, which costs ~35 MB of peak RSS and CPU for no gain in a
 * short-lived run. The baseline compiler alone is enough. Set once at start-up, before any request.
 * Node 24 no longer honours `--liftoff-only` set at run time, but does honour the budget a function
 * spends in the baseline tier before it is optimised: made unreachable, it keeps llhttp baseline-only
 * there too, as the flag on the command line does (Node 24, a 50-tag no-op rerun on loopback: ~120 ms
 * less CPU, peak RSS ~71 MB instead of ~84 MB).
 */
function wasmBaselineOnly() {
    setFlagsFromString('--liftoff-only');
    setFlagsFromString(`--wasm-tiering-budget=${2 ** 31 - 1}`);
}
/**
 * V8's garbage collector tuned for the part of a run that checks (issue 16: peak RSS under 100 MB
 * at 10,000 tags). V8 lets the young generation grow to 2 x 16 MB and the old one to about four
 * times what survived the last full GC. Checking is thousands of short requests in flight, whose
 * garbage survives a scavenge or two: a young generation kept at its start size and an old one
 * grown by half keep 10,000 HEADs at ~96 MB instead of ~131 MB. Set once at start-up.
 */
function heapForChecks() {
    setFlagsFromString('--semi-space-growth-factor=1');
    setFlagsFromString('--heap-growing-percent=50');
}
/**
 * V8's own old-generation growth again, once tags are copied: while bytes stream, an old generation
 * grown only by half means a full GC every ~150 ms (21 in a 244 MiB mirror, ~0.5 s of CPU on two
 * cores shared with the registries), for no lower peak (BENCHMARKS.md, Defaults).
 */
function heapForCopies() {
    setFlagsFromString('--heap-growing-percent=0');
}
/**
 * Paces the young generation by the bytes copied: returns the function to call with each chunk's
 * size that collects the young generation every `every` bytes. A blob's chunks are buffers outside
 * V8's heap, freed only when a collection finds their small wrappers dead; the wrappers are too small
 * to start one, so 30+ MB of spent buffers piled up between collections while copying a large layer
 * (peak RSS 105 MB; 80 MB with a young collection every 8 MiB, for no measurable CPU). `collector`
 * is asked for the collector at the first collection, so a run that copies nothing pays nothing
 * (V8's own costs a new context, ~1 ms: made callable at run time with `--expose-gc`).
 */
function youngCollections(every = STREAMED_BYTES_PER_COLLECTION, collector = v8Collector) {
    let pending = 0;
    let collect;
    return (bytes) => {
        pending += bytes;
        if (pending < every)
            return;
        pending = 0;
        collect ??= collector() ?? null;
        collect?.({ type: 'minor' });
    };
}
/** V8's `gc`, exposed now: the flag takes effect in contexts created after it. */
function v8Collector() {
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc');
    return typeof collect === 'function' ? collect : undefined;
}

export { heapForChecks, heapForCopies, wasmBaselineOnly, youngCollections };
