import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __VERSION__ = "1.0.0";

import { i as info, w as warning, e as error, j as summary } from './index-core.js';
import { k as escape, o as isAllowed, p as formatAllowedSource, A as ACTION_WORDS } from './index-summary.js';
import { d as withinDeadline, O as describeStop } from './index-targets.js';
import { U as UsageError, e as errorMessage } from './index-redact.js';
import { r as readRegularFile } from './index-proxy-env.js';
import { q as quoted, p as printable, e as parseImageRef, a as formatImageRef, I as IMAGE_REF_FORMS, f as forDisplay } from './index-image-ref.js';
import 'os';
import 'crypto';
import 'fs';
import 'path';
import 'http';
import 'https';
import './index-proxy-agent.js';
import 'net';
import 'tls';
import 'events';
import 'assert';
import 'util';
import './index-_commonjsHelpers.js';
import 'node:module';
import './index-exec.js';
import 'string_decoder';
import 'child_process';
import 'timers';
import 'node:crypto';
import 'node:fs';
import 'node:os';
import 'node:path';
import './index-dispatcher.js';
import 'node:tls';
import './index-count.js';
import 'node:fs/promises';
import './index-index.js';
import 'node:stream';
import 'node:events';
import 'node:stream/promises';
import 'node:zlib';
import 'node:timers/promises';

/** The longest one call of an answer may take, retries included (undici alone waits 300 s for an answer's headers). */
const ISSUE_CALL_TIMEOUT_MS = 30_000;
/**
 * A call of an answer GitHub did not answer within {@link ISSUE_CALL_TIMEOUT_MS}. Named `AbortError`
 * as fetch's aborts are: Octokit passes such an error on as it is, where it would wrap any other in
 * an error of status 500 that its retry plugin sends again, on a signal already aborted.
 */
class NoAnswerError extends Error {
    name = 'AbortError';
}
/** Sends one call under its own time limit (a timer, not AbortSignal.timeout: see deadlineSignal); `what` names it in the error. */
function bounded(what, send) {
    const seconds = ISSUE_CALL_TIMEOUT_MS / 1000;
    return withinDeadline(ISSUE_CALL_TIMEOUT_MS, [], (signal) => send({ signal }), () => new NoAnswerError(`GitHub did not answer ${what} within ${seconds} s`));
}
/**
 * Answers an issue through the REST API: a comment (POST /repos/{owner}/{repo}/issues/{n}/comments),
 * the label (POST .../labels), the other outcome's label removed (DELETE .../labels/{name}), and the
 * issue closed as completed (PATCH .../issues/{n}). The workflow needs `issues: write`. Each call
 * is bounded by {@link ISSUE_CALL_TIMEOUT_MS} (a NoAnswerError past it); the first that fails ends the answer.
 */
async function answerIssue(client, repository, number, answer) {
    const issue = { ...repository, issue_number: number };
    await bounded('the comment', (request) => client.rest.issues.createComment({ ...issue, body: answer.body, request }));
    const { label } = answer;
    if (label)
        await bounded('the label', (request) => client.rest.issues.addLabels({ ...issue, labels: [label], request }));
    for (const name of answer.unlabel) {
        await bounded('the label removal', (request) => client.rest.issues.removeLabel({ ...issue, name, request })).catch((error) => {
            // Taken off since the event fired: nothing to do.
            if (error.status !== 404)
                throw error;
        });
    }
    if (answer.close)
        await bounded('the closing', (request) => client.rest.issues.update({ ...issue, state: 'closed', state_reason: 'completed', request }));
}

/**
 * The image references a request names, taken from untrusted text (an issue body, a
 * `workflow_dispatch` input) without interpreting it: only lines are cut out here; whether a line
 * is a reference is decided by `parseImageRef` alone (see screen-request.ts).
 */
/** The largest request read (UTF-8 bytes); a larger one is refused whole, unread. */
const MAX_BODY_BYTES = 64 * 1024;
/** The key of the JSON that hub-mirror repositories' issue templates use: `{"hub-mirror": ["nginx:1.25", ...]}`. */
const HUB_MIRROR_KEY = 'hub-mirror';
/** An opening or closing code fence: three or more backticks or tildes, indented at most three spaces. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/**
 * The candidates of a request's text, found in this order:
 * 1. the whole text is a `{"hub-mirror": [...]}` JSON object: its strings;
 * 2. else, when the text has fenced code blocks: the lines inside them (a block holding hub-mirror JSON gives its strings);
 * 3. else every line.
 * Lines are trimmed; empty lines, `#` lines (comments, markdown headings), `<!-- -->` comments, a leading
 * list marker (`-`, `*`, `+`, `1.`), one pair of backticks around the entry and a trailing ` # comment` are dropped.
 */
function extractCandidates(body) {
    const bytes = Buffer.byteLength(body, 'utf8');
    if (bytes > MAX_BODY_BYTES) {
        return { candidates: [], ignoredKeys: [], refusal: `the request is ${Math.ceil(bytes / 1024)} KiB; at most ${MAX_BODY_BYTES / 1024} KiB is read` };
    }
    const text = body.replace(/\r\n?/g, '\n');
    const whole = hubMirrorJson(text);
    if (whole)
        return whole;
    const blocks = fencedBlocks(text);
    if (blocks.length === 0)
        return { candidates: entries(text.replace(/<!--[\s\S]*?(?:-->|$)/g, '')), ignoredKeys: [] };
    const found = { candidates: [], ignoredKeys: [] };
    for (const block of blocks) {
        const part = hubMirrorJson(block) ?? { candidates: entries(block), ignoredKeys: [] };
        if (part.refusal)
            return part;
        found.candidates.push(...part.candidates);
        found.ignoredKeys.push(...part.ignoredKeys);
    }
    return found;
}
/** The entries of lines of text (see {@link extractCandidates}). */
function entries(text) {
    return text
        .split('\n')
        .map((line) => {
        const entry = line.trim().replace(/^(?:[-*+]|\d{1,3}[.)])\s+/, '');
        // A fixed-length search, not `\s+#.*$`: a line of many spaces would make that quadratic.
        const comment = entry.search(/\s#/);
        return (comment < 0 ? entry : entry.slice(0, comment)).trim().replace(/^`([^`]*)`$/, '$1');
    })
        .filter((line) => line !== '' && !line.startsWith('#'));
}
/** The contents of the fenced code blocks of a markdown text (an unclosed fence runs to the end, as in CommonMark). */
function fencedBlocks(text) {
    const blocks = [];
    let open;
    for (const line of text.split('\n')) {
        const fence = FENCE.exec(line)?.[1];
        if (!open) {
            if (fence)
                open = { char: fence[0], length: fence.length, lines: [] };
        }
        else if (fence && fence[0] === open.char && fence.length >= open.length && line.trim() === fence) {
            blocks.push(open.lines.join('\n'));
            open = undefined;
        }
        else {
            open.lines.push(line);
        }
    }
    if (open)
        blocks.push(open.lines.join('\n'));
    return blocks;
}
/**
 * A `{"hub-mirror": [...]}` request: its strings (anything else in the list is kept as text, to be
 * refused by name), and its other keys that hold a value. Undefined when the text is not a JSON object;
 * a refusal when it starts like one but does not parse or has no `hub-mirror` list.
 */
function hubMirrorJson(text) {
    const trimmed = text.trim();
    if (!trimmed.startsWith('{'))
        return undefined;
    let value;
    try {
        value = JSON.parse(trimmed);
    }
    catch {
        return { candidates: [], ignoredKeys: [], refusal: 'the request starts with { but is not valid JSON (a trailing comma?); nothing of it was read' };
    }
    const list = value !== null && typeof value === 'object' && !Array.isArray(value) ? value[HUB_MIRROR_KEY] : undefined;
    if (!Array.isArray(list))
        return { candidates: [], ignoredKeys: [], refusal: `the JSON request has no "${HUB_MIRROR_KEY}" list of images` };
    const ignoredKeys = Object.entries(value)
        .filter(([key, held]) => key !== HUB_MIRROR_KEY && held !== '' && held !== null && !(Array.isArray(held) && held.length === 0))
        .map(([key]) => key);
    const candidates = list.map((entry) => (typeof entry === 'string' ? entry.trim() : JSON.stringify(entry))).filter((entry) => entry !== '');
    return { candidates, ignoredKeys };
}

/** The `issues` activity types that carry a request. */
const REQUEST_ACTIONS = ['opened', 'edited', 'reopened'];
/** The largest event payload read: far above any real one (GitHub caps an issue body at 65,536 characters). */
const MAX_EVENT_BYTES = 8 * 1024 * 1024;
const WANTED = `an issues event (${REQUEST_ACTIONS.join(', ')}) or workflow_dispatch with an images input`;
const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
/**
 * Reads the event that started the run from `GITHUB_EVENT_NAME` and the payload file at
 * `GITHUB_EVENT_PATH` (read as a file: nothing of it ever reaches a shell). Throws a UsageError for
 * an event that cannot carry a request, or a payload that is not GitHub's.
 */
async function readRequestEvent(env) {
    const name = env.GITHUB_EVENT_NAME ?? '';
    if (name !== 'issues' && name !== 'workflow_dispatch') {
        throw new UsageError(`images-from issue: the workflow runs on ${name ? quoted(name) : 'no event (GITHUB_EVENT_NAME is empty)'}; expected ${WANTED}`);
    }
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        throw new UsageError('images-from issue: GITHUB_EVENT_PATH is empty; the runner sets it to the event payload');
    let payload;
    try {
        const bytes = await readRegularFile(path);
        if (bytes.length > MAX_EVENT_BYTES)
            throw new Error(`larger than ${MAX_EVENT_BYTES / 1024 / 1024} MiB`);
        payload = JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new UsageError(`images-from issue: the event payload ${quoted(path)} cannot be read (${error.message})`);
    }
    if (!isObject(payload))
        throw new UsageError(`images-from issue: the event payload ${quoted(path)} is not a JSON object`);
    return name === 'issues' ? issueEvent(payload) : dispatchEvent(payload);
}
function issueEvent(payload) {
    const action = typeof payload.action === 'string' ? payload.action : '';
    const issue = payload.issue;
    const number = isObject(issue) ? issue.number : undefined;
    if (!isObject(issue) || typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) {
        throw new UsageError('images-from issue: the issues event payload has no issue number');
    }
    if (!REQUEST_ACTIONS.includes(action))
        return { kind: 'nothing', why: `issue #${number} was ${quoted(action, 20)}, which asks for nothing` };
    if (issue.state === 'closed')
        return { kind: 'nothing', why: `issue #${number} is closed; reopen it to ask again` };
    // An edit of the title alone changes no request; GitHub names what changed.
    if (action === 'edited' && isObject(payload.changes) && !('body' in payload.changes)) {
        return { kind: 'nothing', why: `issue #${number}: only its title changed` };
    }
    const labels = Array.isArray(issue.labels) ? issue.labels.flatMap((label) => (isObject(label) && typeof label.name === 'string' ? [label.name] : [])) : [];
    return { kind: 'issue', issue: { number, action, body: typeof issue.body === 'string' ? issue.body : '', labels } };
}
function dispatchEvent(payload) {
    const images = isObject(payload.inputs) ? payload.inputs.images : undefined;
    if (typeof images !== 'string')
        throw new UsageError('images-from issue: the workflow_dispatch run has no images input; declare one under on.workflow_dispatch.inputs');
    return { kind: 'dispatch', images };
}

/** Refused entries listed by name; the rest are counted (a reply stays far below GitHub's 65,536 characters). */
const MAX_REFUSED_SHOWN = 20;
/** Marks our comments, for anyone (or any later run) looking for them. */
const REPLY_MARKER = '<!-- gcr-mirror: mirror request -->';
/**
 * Text in a reply that came from a request, a registry or a run: secrets redacted, control
 * characters (line breaks too: a blank line would end the HTML table) escaped, HTML escaped, and set in `<code>`, where GitHub turns no `@mention`, `#123`,
 * URL or emoji shortcode into anything (and markdown inside an HTML table is not read).
 */
const code = (text) => `<code>${escape(printable(text))}</code>`;
const STATUS = {
    mirrored: '\u2705 mirrored',
    ledger: '\u2705 already mirrored (answered from the ledger, nothing copied)',
    'on-target': '\u2705 already on the target (recorded, nothing copied)',
    'would-mirror': '\ud83d\udd0e would be mirrored (dry run)',
    failed: '\u274c failed',
    left: '\u23f8\ufe0f not mirrored in this run'
};
const isDone = (row) => row.status === 'mirrored' || row.status === 'ledger' || row.status === 'on-target';
/** True when everything asked for is on the target: at least one image, none failed, left or refused, nothing ignored. */
function replySucceeded(reply) {
    return reply.rows.length > 0 && reply.rows.every(isDone) && reply.refused.length === 0 && !reply.refusal && !reply.error;
}
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** The first line: what happened, in counts. */
function headline(reply) {
    if (reply.refusal)
        return '\ud83d\udeab **The request was not read**';
    const counts = [
        [reply.rows.filter((row) => row.status === 'mirrored').length, 'mirrored'],
        [reply.rows.filter((row) => row.status === 'ledger' || row.status === 'on-target').length, 'already mirrored'],
        [reply.rows.filter((row) => row.status === 'would-mirror').length, 'would be mirrored'],
        [reply.rows.filter((row) => row.status === 'failed').length, 'failed'],
        [reply.rows.filter((row) => row.status === 'left').length, 'left for a later run'],
        [reply.refused.length, 'refused']
    ];
    const said = counts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
    if (said.length === 0)
        return '\u26a0\ufe0f **No image reference found in the request**';
    return `${replySucceeded(reply) ? '\u2705' : '\u26a0\ufe0f'} **${plural(reply.rows.length + reply.refused.length, 'image')}: ${said.join(', ')}**`;
}
function rowCells(row) {
    const result = row.why ? `${STATUS[row.status]}: ${code(row.why)}` : STATUS[row.status];
    return [code(row.source), row.target ? code(row.target) : '', row.digest ? code(row.digest) : '', (row.platforms ?? []).map(code).join('<br>'), result];
}
/** What a `docker pull` line may hold: the characters of registry hosts, repository paths, tags and digests. */
const PULLABLE = /^[A-Za-z0-9._:@/[\]-]+$/;
const tableRow = (cells, tag = 'td') => `<tr>${cells.map((cell) => `<${tag}>${cell}</${tag}>`).join('')}</tr>`;
/**
 * The reply to a request, in GitHub markdown: a headline, a table (source, target, digest,
 * platforms, result) with a row per requested image and per refused entry (the first
 * {@link MAX_REFUSED_SHOWN}, then a count), then a `docker pull` line per image on the target.
 * Whatever came from the request is escaped and set in `<code>` (see {@link code}).
 */
function renderReply(reply) {
    const parts = [REPLY_MARKER, headline(reply)];
    if (reply.refusal)
        parts.push(`Nothing was mirrored: ${escape(reply.refusal)}.`);
    if (reply.error)
        parts.push(`The mirror could not run: ${code(reply.error)}`);
    const refused = reply.refused.slice(0, MAX_REFUSED_SHOWN);
    if (reply.rows.length > 0 || refused.length > 0) {
        const rows = [
            tableRow(['source', 'target', 'digest', 'platforms', 'result'], 'th'),
            ...reply.rows.map((row) => tableRow(rowCells(row))),
            ...refused.map((entry) => tableRow([code(entry.text), '', '', '', `\ud83d\udeab refused: ${code(entry.why)}`]))
        ];
        parts.push(`<table>\n${rows.join('\n')}\n</table>`);
    }
    if (reply.refused.length > refused.length)
        parts.push(`\u2026 and ${reply.refused.length - refused.length} more entries refused.`);
    if (reply.ignoredKeys.length > 0) {
        parts.push(`Ignored: ${reply.ignoredKeys.map(code).join(', ')}. A request names images only; the mirror's settings decide everything else (every platform is mirrored).`);
    }
    // Targets are made of checked names; the pattern keeps anything else out of the code block all the same.
    const pulls = reply.rows.filter((row) => isDone(row) && row.target && PULLABLE.test(row.target)).map((row) => `docker pull ${row.target}`);
    if (pulls.length > 0)
        parts.push(`Pull ${pulls.length === 1 ? 'it' : 'them'} with:\n\n\`\`\`sh\n${pulls.join('\n')}\n\`\`\``);
    if (reply.refusal || reply.refused.length > 0 || reply.rows.length === 0) {
        // In code spans: `@sha256` in plain text would mention a user.
        parts.push('Name one image a line: `registry.k8s.io/pause:3.9`, `nginx:1.25` (Docker Hub), `ghcr.io/owner/app@sha256:<digest>`; without a tag, `:latest` is meant.');
    }
    return `${parts.join('\n\n')}\n`;
}

/** The name parseImageRef gives an entry in its message, cut off again to leave only the problem. */
const ENTRY = 'entry';
/** parseImageRef's problem with an entry, without the entry (quoted first) and the accepted forms (said once in the reply). */
function problemOf(error) {
    return errorMessage(error)
        .replace(new RegExp(`^${ENTRY} "(?:[^"\\\\]|\\\\.)*": `), '')
        .replace(`; expected ${IMAGE_REF_FORMS}`, '');
}
/**
 * Sorts a request's entries: each is parsed by `parseImageRef` alone (anything else about it is
 * refused, never interpreted), then must be under an allowed source; an entry naming its own target
 * (hub-mirror's `SOURCE$NAME`, gcr-mirror's `SOURCE => TARGET`) is refused, since targets follow the
 * mirror's naming. An entry with neither tag nor digest means `:latest`, as with `docker pull` (a
 * request never asks for every tag of a repository). Repeats are mirrored once; entries beyond
 * `maxImages` are refused by name.
 */
function screenRequest(candidates, allowed, maxImages) {
    const accepted = [];
    const seen = new Set();
    const refused = [];
    for (const text of candidates) {
        if (text.includes('$') || text.includes('=>')) {
            refused.push({ text, why: 'names its own target; a request cannot choose target names' });
            continue;
        }
        let ref;
        try {
            ref = parseImageRef(text, ENTRY);
        }
        catch (error) {
            refused.push({ text, why: `not an image reference: ${problemOf(error)}` });
            continue;
        }
        if (!isAllowed(ref, allowed)) {
            refused.push({ text, why: `${ref.registry}/${ref.repository} is not under an allowed source (${allowed.map(formatAllowedSource).join(', ')})` });
            continue;
        }
        const pinned = ref.tag === undefined && ref.digest === undefined ? { ...ref, tag: 'latest' } : ref;
        const key = formatImageRef(pinned);
        if (seen.has(key))
            continue;
        if (accepted.length >= maxImages) {
            refused.push({ text, why: `beyond the limit of ${maxImages} images a request; ask for it in another request` });
            continue;
        }
        seen.add(key);
        accepted.push(pinned);
    }
    return { accepted, refused };
}

/** The longest failure message a reply quotes (the report file has it whole). */
const MAX_WHY = 300;
/** The reply row of a skipped tag, by the reason it was skipped. */
const SKIPPED = { ledger: 'ledger', 'target-has-it': 'on-target', 'dry-run': 'would-mirror' };
const cut = (text) => (text.length > MAX_WHY ? `${text.slice(0, MAX_WHY - 1)}\u2026` : text);
/**
 * The report's result for a requested reference: the tag (or digest) itself, not a companion tag
 * copied with it. A reference with a tag and a digest is reported by its digest (the digest wins).
 */
function resultOf(ref, report) {
    const wanted = [formatImageRef(ref), ...(ref.digest ? [formatImageRef({ ...ref, tag: undefined })] : [])];
    return report.images.find((image) => wanted.includes(image.source));
}
/** One row per requested image, from the run's report. */
function rowsFromReport(accepted, report) {
    return accepted.map((ref) => {
        const source = formatImageRef(ref);
        const result = resultOf(ref, report);
        if (!result) {
            return report.remaining > 0 || report.unlisted
                ? { source, status: 'left', why: `${describeStop(report.stop)}; edit or reopen the issue to ask again` }
                : { source, status: 'failed', why: 'the run reported nothing for it (no such tag at the source?)' };
        }
        const landed = {
            source,
            target: result.target,
            ...(result.targetDigest || result.digest ? { digest: result.targetDigest ?? result.digest } : {}),
            ...(result.platforms?.length ? { platforms: result.platforms } : {})
        };
        if (result.status === 'copied')
            return { ...landed, status: 'mirrored' };
        if (result.status === 'skipped' && result.reason && SKIPPED[result.reason])
            return { ...landed, status: SKIPPED[result.reason] };
        const why = result.status === 'failed' ? (result.error ?? 'failed') : `skipped: ${result.why ?? result.reason ?? 'no reason given'}`;
        return { source, status: 'failed', why: cut(why) };
    });
}
/** `owner/name` of the repository the workflow runs in. */
function repositoryOf(env) {
    const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(env.GITHUB_REPOSITORY ?? '');
    if (!match)
        throw new UsageError('images-from issue: GITHUB_REPOSITORY is not owner/name; the runner sets it');
    return { owner: match[1], repo: match[2] };
}
/** Writes the reply to the job summary too (nothing without a summary file: a local run). */
async function summarize(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await summary.addRaw(markdown).write();
}
/**
 * Answers the request the run was started for (`images-from: issue`): reads the event, takes the
 * image references from the issue body (or the `images` input of a `workflow_dispatch` run), mirrors
 * the allowed ones, and replies with what became of each, in a comment on the issue (with the label
 * of the outcome, and the issue closed when everything asked for is mirrored) and in the job summary.
 * An error of the mirror run is answered too (each image failed, with the error), then thrown. A
 * reply GitHub refuses fails the step; one it does not answer in time is a warning (see answerIssue).
 */
async function answerRequest(request, deps, env = process.env) {
    const event = await readRequestEvent(env);
    if (event.kind === 'nothing') {
        info(forDisplay(`Nothing to mirror: ${event.why}`));
        return;
    }
    const repository = event.kind === 'issue' ? repositoryOf(env) : undefined;
    // A workflow_dispatch input is one line in GitHub's form: its entries are separated by commas or spaces.
    const text = extractCandidates(event.kind === 'issue' ? event.issue.body : event.images.split(/[\s,]+/).join('\n'));
    const { accepted, refused } = text.refusal ? { accepted: [], refused: [] } : screenRequest(text.candidates, request.allowedSources, request.maxImages);
    const where = event.kind === 'issue' ? `issue #${event.issue.number}` : 'the images input';
    info(forDisplay(`Request in ${where}: ${accepted.length} images to mirror, ${refused.length} refused${text.refusal ? ` (${text.refusal})` : ''}`));
    let rows = [];
    let failure;
    let dryRun = false;
    if (accepted.length > 0) {
        try {
            const report = await deps.mirror(accepted.map(formatImageRef));
            dryRun = report.dryRun;
            rows = rowsFromReport(accepted, report);
        }
        catch (error) {
            failure = error;
            rows = accepted.map((ref) => ({ source: formatImageRef(ref), status: 'failed' }));
        }
    }
    const reply = {
        rows,
        refused,
        ignoredKeys: text.ignoredKeys,
        ...(text.refusal ? { refusal: text.refusal } : {}),
        ...(failure === undefined ? {} : { error: errorMessage(failure, ACTION_WORDS) })
    };
    const markdown = renderReply(reply);
    await summarize(markdown).catch((error) => warning(forDisplay(`Job summary not written: ${errorMessage(error, ACTION_WORDS)}`)));
    if (event.kind === 'issue') {
        const done = replySucceeded(reply);
        const [label, other] = done ? [request.mirroredLabel, request.failedLabel] : [request.failedLabel, request.mirroredLabel];
        try {
            await answerIssue(deps.github(request.token), repository, event.issue.number, {
                body: markdown,
                ...(dryRun ? {} : { label }),
                unlabel: !dryRun && event.issue.labels.includes(other) ? [other] : [],
                close: done && !dryRun
            });
            info(`Answered issue #${event.issue.number}${dryRun ? '' : `: labelled ${label}${done ? ', closed' : ''}`}`);
        }
        catch (error$1) {
            const status = error$1.status;
            const hint = status === 403 || status === 404 ? ' (the workflow needs permissions: issues: write)' : '';
            const message = `Issue #${event.issue.number} not answered: ${errorMessage(error$1, ACTION_WORDS)}${hint}`;
            // GitHub slow to answer is no fault of the workflow: the mirror's result stands (and is in the job summary).
            if (error$1 instanceof NoAnswerError)
                warning(forDisplay(`${message}; the mirror's result stands (see the job summary)`));
            else if (failure === undefined)
                throw new Error(message);
            else
                error(forDisplay(message));
        }
    }
    if (failure !== undefined)
        throw failure;
}

export { answerRequest, rowsFromReport };
