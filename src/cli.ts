import { setFlagsFromString } from 'node:v8'
import { heapForChecks } from './cli/heap'
import { runCli } from './cli/run'

// undici parses HTTP with llhttp compiled to WebAssembly; V8's optimising tier compiles that module
// in the background on the first request, which costs ~35 MB of peak RSS and CPU for no gain in a
// short-lived CLI. The baseline compiler alone is enough.
setFlagsFromString('--liftoff-only')
heapForChecks()

process.exitCode = await runCli(process.argv.slice(2))
