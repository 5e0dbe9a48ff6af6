import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __VERSION__ = "1.0.0";

import { setTimeout } from 'node:timers/promises';

/** The fields of `landed` worth recording: a target digest that differs from `digest`, a media type, platforms. */
function landedFields(landed, digest) {
    return {
        ...(landed.targetDigest && landed.targetDigest !== digest ? { targetDigest: landed.targetDigest } : {}),
        ...(landed.mediaType ? { mediaType: landed.mediaType } : {}),
        ...(landed.platforms?.length ? { platforms: [...landed.platforms] } : {})
    };
}
/** The engine's view of a planned tag: its references and the texts made when it was planned. */
function copyJobOf(planned) {
    return {
        source: planned.source,
        target: planned.target,
        tag: planned.tag,
        digest: planned.digest,
        sourceRef: planned.sourceText,
        targetRef: planned.targetText,
        ...(planned.repair === undefined ? {} : { repair: true })
    };
}
/** The report entry of a tag, with the contract's strings made when it was mapped. */
function tagResult(tag, status, ending) {
    return {
        source: tag.sourceText,
        target: tag.targetText,
        digest: tag.digest,
        status,
        bytes: ending.bytes ?? 0,
        error: ending.error ?? null,
        ...(ending.reason ? { reason: ending.reason } : {}),
        repository: tag.relative,
        tag: tag.tag,
        durationMs: ending.durationMs,
        ...(status === 'failed' && tag.digest === null ? {} : { isNew: tag.isNew }),
        ...landedFields(ending.landed ?? {}, tag.digest),
        ...(ending.convertedFrom ? { convertedFrom: ending.convertedFrom } : {}),
        ...(ending.referrers ? { referrers: ending.referrers } : {}),
        ...(ending.cause ? { cause: ending.cause } : {})
    };
}

/**
 * The delay before attempt `attempt + 1`: the server's `Retry-After` when it gave one, else
 * exponential backoff (`backoffMs * 2^(attempt-1)`) with "equal jitter" (half fixed, half random), so
 * concurrent clients spread out; both capped by `maxDelayMs`.
 */
function retryDelay(policy, attempt, error) {
    const asked = policy.retryAfterMs?.(error);
    if (asked !== undefined)
        return Math.min(policy.maxDelayMs, asked);
    const base = Math.min(policy.maxDelayMs, policy.backoffMs * 2 ** (attempt - 1));
    return base / 2 + (policy.random ?? Math.random)() * (base / 2);
}
/**
 * Runs `operation` until it succeeds, it fails with an error the policy does not retry, the attempts
 * are spent, or `signal` aborts (during an attempt the operation sees the signal itself; during a wait
 * the wait ends at once). The one retry loop of gcr-mirror: the registry transport (one request), the
 * blob copier (one whole transfer, never repeating what the transport retried: `MirrorError.final`)
 * and the metadata publisher each pass their own policy (after go-containerregistry's
 * `transport.retry` and `remote.WithRetryBackoff`).
 */
async function retry(operation, policy) {
    for (let attempt = 1;; attempt++) {
        policy.signal?.throwIfAborted();
        try {
            return await operation(attempt);
        }
        catch (error) {
            if (attempt >= policy.attempts || policy.signal?.aborted || !policy.retryable(error))
                throw error;
            const delayMs = retryDelay(policy, attempt, error);
            policy.onRetry?.({ error, attempt, attempts: policy.attempts, delayMs });
            await setTimeout(delayMs, undefined, { signal: policy.signal }).catch(() => policy.signal?.throwIfAborted());
        }
    }
}

export { copyJobOf as c, landedFields as l, retry as r, tagResult as t };
