import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __VERSION__ = "1.0.0";

/** A number and its noun, singular for one: `count(1, 'tag')` is `1 tag`, `count(3, 'repository', 'repositories')` is `3 repositories`. */
function count(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}

export { count as c };
