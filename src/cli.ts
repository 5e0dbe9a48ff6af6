import { setFlagsFromString } from 'node:v8'
import { runCli } from './cli/run'

// undici parses HTTP with llhttp compiled to WebAssembly; V8's optimising tier compiles that module
// in the background on the first request, which costs ~35 MB of peak RSS and CPU for no gain in a
// short-lived CLI. The baseline compiler alone is enough.
setFlagsFromString('--liftoff-only')
// Memory (issue 16: peak RSS under 100 MB at 10,000 tags): V8 lets the young generation grow to
// 2 x 16 MB and the old one to about four times what survived the last full GC. A run's garbage is
// short-lived requests, so a young generation kept at its start size and an old one grown by half
// keep 10,000 HEADs at ~93 MB instead of ~132 MB, for ~0.5 s more CPU (BENCHMARKS.md, Defaults).
setFlagsFromString('--semi-space-growth-factor=1')
setFlagsFromString('--heap-growing-percent=50')

process.exitCode = await runCli(process.argv.slice(2))
