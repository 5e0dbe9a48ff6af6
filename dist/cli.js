#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __VERSION__ = "1.0.0";

import module$1 from 'node:module';

module$1.enableCompileCache?.();
const [{ heapForChecks, wasmBaselineOnly }, { runCli }] = await Promise.all([import('./chunks/cli-heap.js'), import('./chunks/cli-run.js').then(function (n) { return n.h; })]);
// V8 tuned for a run (src/util/heap.ts); the action's entry, src/index.ts, does the same.
wasmBaselineOnly();
heapForChecks();
process.exitCode = await runCli(process.argv.slice(2));
