import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __VERSION__ = "1.0.0";

import { g as getInput, k as setSecret, j as summary } from './index-core.js';
import { createHash, createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { U as UsageError, h as onSecret, c as addSecret, M as MirrorError, g as CLI_WORDS, s as sideOf, k as kindOf, f as redact } from './index-redact.js';
import { P as mirrorsOf, Q as parseSyncOptions, R as targetValues, T as assertOneLine, U as OPTION_TABLE, W as givenIn, X as parseBooleanOption, K as describeLeft, O as describeStop, f as formatDuration, Y as keptOnTarget, b as formatBytes, H as mirrorHeading, t as totalsByRepository } from './index-targets.js';
import { g as isValidHost, q as quoted, b as isValidRepositoryPath, n as normalizeRegistryHost, r as registryIdentity, h as isLoopback, d as isDockerHub$1, j as joinPath, f as forDisplay } from './index-image-ref.js';
import { r as request, c as createDispatcher } from './index-dispatcher.js';
import { r as readRegularFile, e as describeProxies, c as proxyEnv } from './index-proxy-env.js';
import { c as count } from './index-count.js';

/** The form of an `allowed-sources` entry, for messages. */
const FORM = 'REGISTRY or REGISTRY/NAMESPACE, e.g. registry.k8s.io or docker.io/library';
/**
 * Parses the `allowed-sources` entries. Each names its registry by host (a `.`, a `:` or
 * `localhost`, as docker tells a host from a Docker Hub name), so `library` alone is refused rather
 * than guessed. Throws a UsageError naming the input and the entry.
 */
function parseAllowedSources(entries) {
    return entries.map((entry) => {
        const slash = entry.indexOf('/');
        const host = slash < 0 ? entry : entry.slice(0, slash);
        const path = slash < 0 ? undefined : entry.slice(slash + 1);
        const namesHost = host === 'localhost' || host.includes('.') || host.includes(':');
        if (!namesHost || !isValidHost(host))
            throw new UsageError(`allowed-sources ${quoted(entry)}: the first part is not a registry host; expected ${FORM}`);
        if (path !== undefined && !isValidRepositoryPath(path))
            throw new UsageError(`allowed-sources ${quoted(entry)}: not a namespace path; expected ${FORM}`);
        return { registry: normalizeRegistryHost(host), ...(path === undefined ? {} : { path }) };
    });
}
/** `REGISTRY[/PATH]`, as a reply names an allowed source. */
function formatAllowedSource(source) {
    return source.path === undefined ? source.registry : `${source.registry}/${source.path}`;
}
/**
 * True when the reference is in an allowed registry, under an allowed namespace when one is named
 * (`docker.io/library` allows `docker.io/library/nginx`, not `docker.io/library-x/app`). Hosts
 * compare by what they name (`localhost:5000` is `127.0.0.1:5000`, `index.docker.io` is `docker.io`).
 */
function isAllowed(ref, allowed) {
    const registry = registryIdentity(ref.registry);
    return allowed.some((source) => registryIdentity(source.registry) === registry &&
        (source.path === undefined || ref.repository === source.path || ref.repository.startsWith(`${source.path}/`)));
}

/** The most `max-images` can be: a reply lists each image, and stays far below GitHub's 65,536 characters a comment. */
const MAX_IMAGES_LIMIT = 50;
/** How the action names options in messages: by their input names (`target-username`). */
const ACTION_WORDS = { option: (name) => name };
const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
/** A boolean input, in the one grammar of every shell ({@link parseBooleanOption}); empty means `fallback`. */
function booleanInput(name, fallback) {
    return parseBooleanOption(getInput(name) || String(fallback), name);
}
let masking = false;
/** Every secret the redactor learns (inputs, tokens issued during the run) is masked in the job log too. */
function maskSecretsInLog() {
    if (masking)
        return;
    masking = true;
    onSecret((secret) => setSecret(secret));
}
/** An input holding a secret: registered with the redactor (so masked in the log) as soon as it is read. */
function secretInput(name) {
    maskSecretsInLog();
    const value = getInput(name);
    addSecret(value);
    return value;
}
/**
 * A stable, readable id of one mirror, safe in file names and cache keys:
 * `<source>-to-<target>[-shard-I-of-N]-<hash>`, where the hash covers the normalised endpoints and
 * the shard so that two mirrors never share a ledger.
 */
function mirrorId(options) {
    const source = options.source.display;
    const target = options.target.display;
    const shard = options.shard ? `-shard-${options.shard.index}-of-${options.shard.count}` : '';
    return readableId(`${source}-to-${target}`, shard, [source, target, options.shard ?? null]);
}
/** The id of a config run, over all its mirrors: `config-<names>-<hash>` (hash of each mirror's id, endpoints and shard). */
function configMirrorId(mirrors) {
    const parts = mirrors.map(({ name, options }) => [name, options.source.display, options.target.display, options.shard ?? null]);
    return readableId(`config-${mirrors.map((m) => m.name).join('_')}`, '', parts);
}
/**
 * The id of an image list's run: `images-to-<target>[-shard-I-of-N]-<hash>`, by the target alone, so
 * an entry from one more registry (one more mirror) keeps the ledger where it was.
 */
function imageListId(options) {
    const target = options.target.display;
    const shard = options.shard ? `-shard-${options.shard.index}-of-${options.shard.count}` : '';
    return readableId(`images-to-${target}`, shard, ['images', target, options.shard ?? null]);
}
/** `readable` made safe and short, `suffix`, and a hash of `parts`. */
function readableId(readable, suffix, parts) {
    const hash = createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 12);
    return `${readable.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 120)}${suffix}-${hash}`;
}
/**
 * The `config` input: inline YAML when the value has a newline or starts with `mirrors:` or `{`,
 * else the path of a file (relative to the workspace). The other inputs apply to every mirror
 * when they differ from their default; `source`, `target` and `images` do not go with it.
 */
function readConfig(value, given, env, { configOverrides, parseConfig }) {
    const text = value.trim();
    const inline = value.includes('\n') || text.startsWith('mirrors:') || text.startsWith('{');
    const specs = new Map(OPTION_TABLE.map((option) => [option.key, option]));
    const isDefault = (key, value) => {
        const spec = specs.get(key);
        if (!spec)
            return false;
        if (spec.parser.kind === 'flag')
            return value === parseBooleanOption(spec.default, spec.name);
        return (Array.isArray(value) ? value.join(',') : value) === spec.default;
    };
    const overrides = configOverrides(given, inline ? 'the inline config' : text, ACTION_WORDS, isDefault);
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    // Paths in an inline config are relative to the workspace, in a file to the file's folder.
    if (inline)
        return parseConfig(value, '(inline)', overrides, env, workspace);
    const file = resolve(workspace, text);
    let content;
    try {
        content = readFileSync(file, 'utf8');
    }
    catch (error) {
        throw new UsageError(`config ${text}: cannot be read (${error.code ?? String(error)}); give a file in the workspace or inline YAML`);
    }
    return parseConfig(content, text, overrides, env, dirname(file));
}
/**
 * `github-token`. Its default, `${{ github.token }}`, arrives unexpanded where no runner expands it
 * (`npx @github/local-action` reads defaults from action.yml): that counts as empty.
 */
function tokenInput() {
    return getInput('github-token').startsWith('${{') ? '' : secretInput('github-token');
}
function readMetadata() {
    const repo = getInput('metadata-repo');
    const token = tokenInput();
    if (!repo)
        return undefined;
    for (const name of ['metadata-repo', 'metadata-branch', 'metadata-path'])
        assertOneLine(name, getInput(name));
    if (!REPO.test(repo))
        throw new UsageError(`metadata-repo "${repo}": expected owner/name, e.g. octo-org/mirror-metadata`);
    const path = getInput('metadata-path');
    if (path.split('/').includes('..'))
        throw new UsageError(`metadata-path "${path}": expected a folder inside the repository (no ..)`);
    if (!token)
        throw new UsageError('github-token is empty: metadata-repo needs a token that can write to it (default: github.token; in a local run, set INPUT_GITHUB-TOKEN)');
    return { repo, branch: getInput('metadata-branch') || undefined, path: path || undefined, token };
}
/** A label to add to an issue (empty: `fallback`): one line, at most 50 characters (GitHub's limit). */
function labelInput(name, fallback) {
    const label = getInput(name).trim() || fallback;
    assertOneLine(name, label);
    if (label.length > 50)
        throw new UsageError(`${name} ${quoted(label)}: expected a label name of at most 50 characters`);
    return label;
}
/**
 * The inputs of `images-from` (`inputs`, the default, or `issue`). With `issue`, images come from the
 * request only: `source`, `images`, `images-file` and `config` must be empty, `allowed-sources` is required, and the
 * token answers the issue. `allowed-sources` without `issue` is refused rather than ignored.
 */
function readRequestInputs() {
    const from = getInput('images-from').trim() || 'inputs';
    const allowed = getInput('allowed-sources')
        .split(/[,\n]/)
        .map((entry) => entry.trim())
        .filter(Boolean);
    const max = getInput('max-images').trim() || '10';
    const labels = { mirroredLabel: labelInput('mirrored-label', 'mirrored'), failedLabel: labelInput('failed-label', 'mirror-failed') };
    if (from === 'inputs') {
        if (allowed.length > 0)
            throw new UsageError('allowed-sources is for images-from: issue; with images-from: inputs the images input names the images');
        return undefined;
    }
    if (from !== 'issue')
        throw new UsageError(`images-from ${quoted(from, 20)}: expected inputs or issue`);
    for (const name of ['source', 'images', 'images-file', 'config']) {
        if (getInput(name).trim())
            throw new UsageError(`${name} is set: with images-from: issue the images come from the request, under allowed-sources`);
    }
    if (allowed.length === 0)
        throw new UsageError('allowed-sources is empty: images-from: issue needs the registries or namespaces a request may mirror from, e.g. registry.k8s.io');
    const maxImages = Number(max);
    if (!/^\d+$/.test(max) || maxImages < 1 || maxImages > MAX_IMAGES_LIMIT) {
        throw new UsageError(`max-images ${quoted(max, 20)}: expected a number from 1 to ${MAX_IMAGES_LIMIT}`);
    }
    const token = tokenInput();
    if (!token)
        throw new UsageError('github-token is empty: images-from: issue answers the issue with it (default: github.token, with issues: write)');
    return { allowedSources: parseAllowedSources(allowed), maxImages, ...labels, token };
}
/** The inputs of the option table, typed as RawSyncOptions; secrets masked as they are read. */
function readOptionInputs() {
    const read = (option) => {
        const value = option.secret ? secretInput(option.name) : getInput(option.name);
        // Flags as booleans: beside a config, one at its default in any spelling applies to no mirror.
        if (option.parser.kind === 'flag')
            return parseBooleanOption(value || option.default, option.name);
        return option.parser.kind === 'text' ? value : [value];
    };
    return Object.fromEntries(OPTION_TABLE.filter((option) => givenIn(option, 'action')).map((option) => [option.key, read(option)]));
}
/** Loads the config parser when the `config` input is set (a chunk of its own: most runs never need YAML). */
async function loadConfigFile() {
    return getInput('config').trim() ? import('./index-config-file.js') : undefined;
}
/**
 * Reads and validates every input before any request. Secrets are masked as they are read.
 * Throws a UsageError whose message names the input and the accepted form. `configFile` (from
 * {@link loadConfigFile}) reads the `config` input. With `images-from: issue`, `requested` are the
 * images of the request (full references), in place of the `images` input.
 */
function getInputs(env = process.env, configFile, requested = []) {
    maskSecretsInLog();
    try {
        const request = readRequestInputs();
        const raw = readOptionInputs();
        if (request)
            raw.images = requested;
        const config = getInput('config');
        if (config.trim() && !configFile)
            throw new Error('getInputs: the config input needs the config parser (loadConfigFile)');
        const listed = config.trim() ? undefined : mirrorsOf(raw, env, ACTION_WORDS);
        const mirrors = config.trim() ? readConfig(config, raw, env, configFile) : listed;
        const options = mirrors ? mirrors[0].options : parseSyncOptions(raw, env);
        // A request is an image list: every request into a target shares its ledger, whatever registries it names.
        const list = listed && targetValues(raw.target).length === 1 && !raw.source?.trim();
        const id = list ? imageListId(options) : mirrors ? configMirrorId(mirrors) : mirrorId(options);
        // The ledger under the home directory, so the cache path is `~/...` on every run; the report in the job's temp.
        const stateFile = options.stateFile ?? join(env.HOME || homedir(), '.cache', 'gcr-mirror', id, 'ledger.json');
        const report = options.report ?? join(env.RUNNER_TEMP || tmpdir(), 'gcr-mirror', id, 'report.json');
        return {
            options: { ...options, stateFile, report },
            mirrors: mirrors?.map((mirror) => ({ ...mirror, options: { ...mirror.options, stateFile, report } })),
            mirrorId: id,
            cache: booleanInput('cache', true),
            failOnError: booleanInput('fail-on-error', true),
            metadata: readMetadata(),
            ...(request ? { request } : {})
        };
    }
    catch (error) {
        if (!(error instanceof UsageError))
            throw error;
        throw new UsageError(`Input error: ${error.render(ACTION_WORDS)}`);
    }
}

/** The URL of a request without query or fragment, for messages. */
function describeUrl(url) {
    try {
        const parsed = new URL(url);
        return `${parsed.origin}${parsed.pathname}`;
    }
    catch {
        return url.split('?')[0];
    }
}
const TRANSIENT_STATUS = new Set([408, 425, 500, 502, 503, 504]);
/** The error kind an HTTP status means (401 and 403 are refined by the auth classes below). */
function kindOfStatus(status) {
    if (status === 404)
        return 'not-found';
    if (status === 429)
        return 'rate-limited';
    if (status === 401 || status === 403)
        return 'access-denied';
    return TRANSIENT_STATUS.has(status) ? 'transient' : 'refused';
}
/** A registry answered with an error status: the status and the spec's code are the floor's fields (`MirrorError.status`, `.code`). */
class RegistryError extends MirrorError {
    request;
    name = 'RegistryError';
    /** The registry's own message for the error (the spec body's `message`), when it gave one. */
    detail;
    /** 401/403: the actions the request needed (`pull`, `pull,push`). */
    access;
    constructor(message, status, request, 
    /** The spec's error code (`MANIFEST_UNKNOWN`, `DENIED`, ...) when the body had one. */
    code, details = {}) {
        super(details.kind ?? kindOfStatus(status), message, { status, code, retryAfter: details.retryAfter, final: details.final });
        this.request = request;
    }
}
/** 401/403: credentials missing, or without the rights needed. */
class AuthError extends RegistryError {
    name = 'AuthError';
}
/** 401 although credentials were sent: the username or password is wrong. */
class CredentialsRefusedError extends AuthError {
    name = 'CredentialsRefusedError';
    constructor(message, status, request, code) {
        super(message, status, request, code, { kind: 'auth-refused' });
    }
}
/** 404: the repository, manifest or blob is not there. */
class NotFoundError extends RegistryError {
    name = 'NotFoundError';
}
/**
 * 404 to a write: the repository does not exist and the registry does not create it on push (an
 * ECR repository, a Harbor project, a namespace). Fails that repository's tags, not the run.
 */
class RepositoryMissingError extends NotFoundError {
    name = 'RepositoryMissingError';
}
/** Harbor's 404 "project NAME not found": the project (the first path level) must be created. */
class ProjectMissingError extends RepositoryMissingError {
    project;
    name = 'ProjectMissingError';
    constructor(project, message, status, request, code) {
        super(message, status, request, code);
        this.project = project;
    }
}
/** The registry could not be reached or dropped the connection. */
class NetworkError extends MirrorError {
    request;
    name = 'NetworkError';
    constructor(message, request, cause) {
        super('transient', message, { cause });
        this.request = request;
    }
}

/** Registry error codes (distribution spec, Docker Hub, GHCR) for a manifest the target won't store. */
const MANIFEST_REFUSED = new Set(['MANIFEST_INVALID', 'MANIFEST_UNVERIFIED', 'UNSUPPORTED', 'MANIFEST_BLOB_UNKNOWN']);
/** The error of a chain (the error, then its causes) that carries a code or a registry's answer: a referrer's failure wraps its tag's. */
function answerOf(error) {
    for (let e = error; e instanceof Error; e = e.cause)
        if (e instanceof MirrorError && (e.status !== undefined || e.code !== undefined))
            return e;
    return undefined;
}
/** The failure kind the error's kind, status and code say (a docker error's code without a status: the CLI's words). */
function kindOfFailure(error) {
    const answer = answerOf(error);
    const status = answer?.status;
    const code = answer?.code;
    switch (kindOf(error)) {
        case 'auth-refused':
            return 'credentials-refused';
        case 'access-denied':
            return status === 401 || (status === undefined && code === 'UNAUTHORIZED') ? 'unauthorized' : 'denied';
        case 'not-found':
            return answer instanceof RepositoryMissingError ? 'repository-missing' : 'not-found';
        case 'digest-mismatch':
            return 'corrupt';
        case 'too-large':
            return 'too-large';
        case 'protocol':
            return 'protocol';
        case 'rate-limited':
            return 'rate-limit';
        case 'transient':
            return status !== undefined && status >= 500 ? 'server-error' : 'network';
        case 'refused':
            if (code === 'NAME_INVALID')
                return 'name-invalid';
            if (code === 'DENIED')
                return 'denied';
            if ((code && MANIFEST_REFUSED.has(code)) || status === 415)
                return 'manifest-refused';
            return 'refused';
    }
    return 'other';
}
/**
 * Classifies the error a tag failed with: a reading of the fields its maker set (kind, side, status,
 * code; see `MirrorError`). Content that does not match its digest is always the source's. The
 * registry's status and code are named when a registry answered (an HTTP status).
 */
function classifyFailure(error, timedOut = false) {
    const kind = timedOut ? 'timeout' : kindOfFailure(error);
    const side = kind === 'corrupt' ? 'source' : sideOf(error);
    const answer = timedOut ? undefined : answerOf(error);
    const registry = answer?.status !== undefined ? { status: answer.status, ...(answer.code ? { code: answer.code } : {}) } : {};
    return { ...(side ? { side } : {}), kind, ...registry };
}
/**
 * True when the source answered 404 for the tag's own manifest (by tag or by its digest): the tag
 * was deleted between listing and copy, which is skipped (`source-gone`), not failed. A missing
 * child or blob of a tag still there is a broken source and stays a failure.
 */
function isSourceGone(error, job) {
    const answer = answerOf(error);
    if (!(answer instanceof NotFoundError) || sideOf(error) !== 'source')
        return false;
    return [job.tag, job.digest].some((reference) => answer.request.url.endsWith(`/manifests/${reference}`));
}
const isDockerHub = (host) => host === 'docker.io' || host === 'registry-1.docker.io' || host === 'index.docker.io';
const isGhcr = (host) => host === 'ghcr.io';
const isAliyun = (host) => host !== undefined && /(^|\.)aliyuncs\.com$/.test(host);
/** ECR's private registries: `ACCOUNT.dkr.ecr.REGION.amazonaws.com` (AWS ECR User Guide, "Private registry concepts"). */
const isEcr = (host) => host !== undefined && /^\d{12}\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/.test(host);
/** How to give a registry working credentials, per registry. */
function credentialAdvice(side, host, w) {
    const inputs = `\`${w.option(`${side}-username`)}\` / \`${w.option(`${side}-password`)}\``;
    if (isDockerHub(host))
        return `check ${inputs}: Docker Hub wants your user name and an access token (Account settings \u2192 Personal access tokens), not the e-mail address`;
    if (isGhcr(host))
        return `check ${inputs}: GHCR wants \`github.actor\` and \`secrets.GITHUB_TOKEN\` (or a token with write:packages)`;
    if (isAliyun(host))
        return `check ${inputs}: Aliyun ACR wants the registry password set in the console (Access credentials), not the account password`;
    if (isEcr(host))
        return `ECR's password is a token that lasts 12 hours: get it with \`aws ecr get-login-password\` (or aws-actions/amazon-ecr-login) in the same job, user \`AWS\``;
    return `check ${inputs} (or the login of docker login / docker/login-action)`;
}
/** Why access was refused although the login worked, per registry. */
function deniedAdvice(side, host, w) {
    if (side === 'source')
        return `the account may not pull this repository: use credentials that can, or leave it out of \`${w.option('images')}\``;
    if (isGhcr(host))
        return 'give the workflow `permissions: packages: write`; a package created by another repository needs this one added under the package settings (Manage Actions access)';
    if (isDockerHub(host))
        return 'the token needs the Read & Write scope, and the namespace must be your user or an organisation you may push to';
    if (isAliyun(host))
        return 'the namespace must exist in this ACR instance and belong to this account (create it in the console)';
    return 'the account needs push rights on the target namespace';
}
/**
 * Turns a classified failure into words: the end at fault, what was wrong, what to do, naming
 * options in the words of the shell that prints it.
 */
function explainFailure(cause, context = {}, w = CLI_WORDS) {
    const side = cause.side;
    const host = side === 'target' ? context.targetRegistry : side === 'source' ? context.sourceRegistry : undefined;
    const end = side ? `the ${side}${host ? ` (${host})` : ''}` : 'the copy';
    const End = end[0].toUpperCase() + end.slice(1);
    const answered = cause.status ? ` (HTTP ${cause.status}${cause.code ? ` ${cause.code}` : ''})` : cause.code ? ` (${cause.code})` : '';
    const option = (name) => `\`${w.option(name)}\``;
    switch (cause.kind) {
        case 'credentials-refused':
            return { what: `${End} refused the username and password${answered}.`, todo: `${credentialAdvice(side ?? 'target', host, w)}.` };
        case 'unauthorized':
            return {
                what: `${End} wants a login and none was accepted${answered}.`,
                todo: `set ${side ? `${option(`${side}-username`)} and ${option(`${side}-password`)}` : 'the credentials'}, or run docker login (docker/login-action) first.`
            };
        case 'denied':
            return { what: `${End} accepted the login but refused access${answered}.`, todo: `${deniedAdvice(side ?? 'target', host, w)}.` };
        case 'not-found':
            return side === 'target'
                ? {
                    what: `${End} has no such repository or namespace and did not create it on push${answered}.`,
                    todo: isAliyun(host)
                        ? 'create the namespace in the ACR console and turn on automatic repository creation, or create the repositories first.'
                        : 'create the namespace (a Harbor project, an ACR namespace) or the repository first.'
                }
                : {
                    what: `${End} no longer has this tag or one of its parts${answered}.`,
                    todo: 'nothing, if it was deleted on purpose; the next run lists the tags again.'
                };
        case 'repository-missing':
            return {
                what: `${End} has no such repository and does not create one on push${answered}.`,
                todo: 'create the repository (an ECR repository, a Harbor project, a namespace) and run again; the end of the run names every missing one.'
            };
        case 'name-invalid':
            return {
                what: `${End} refused the repository name${answered}.`,
                todo: context.flattened
                    ? `names must be lowercase; choose another ${option('separator')} if the registry refuses this one.`
                    : `this registry allows one level below the namespace: set ${option('flatten')} to \`always\` (team/app becomes team_app); names must be lowercase.`
            };
        case 'manifest-refused':
            return {
                what: `${End} refused the manifest${answered}: its media type or content is not accepted there.`,
                todo: `for Docker schema 1 images keep ${option('schema1')} at \`convert\` (the default); otherwise leave those tags out (${option('exclude-tags')}).`
            };
        case 'refused':
            return { what: `${End} refused what was sent${answered}.`, todo: 'see the error: the registry says what it does not accept.' };
        case 'rate-limit':
            return {
                what: `${End} rate-limited the run${answered}.`,
                todo: isDockerHub(host)
                    ? `Docker Hub limits anonymous pulls per IP: log in for a higher limit, lower ${option('concurrency')}; the next run carries on.`
                    : `lower ${option('concurrency')}; the next run carries on where this one stopped.`
            };
        case 'server-error':
            return { what: `${End} failed on its side${answered}, retries included.`, todo: 'usually passes: the next run retries these tags.' };
        case 'network':
            return {
                what: `${End} could not be reached or dropped the connection, retries included.`,
                todo: 'check the host name, the proxy (`HTTPS_PROXY`) and the firewall; the next run retries.'
            };
        case 'corrupt':
            return {
                what: 'The source served bytes that do not match their digest, on every attempt.',
                todo: 'nothing was pushed; if it persists, the source (or a proxy in between) is broken.'
            };
        case 'too-large':
            return {
                what: `${End} sent a manifest or document larger than gcr-mirror accepts (4 MiB).`,
                todo: 'leave the tag out; such a manifest is almost certainly broken.'
            };
        case 'protocol':
            return {
                what: `${End} answered in a way gcr-mirror refuses to follow (see the error).`,
                todo: 'check that the address is a registry and not a web page or proxy.'
            };
        case 'timeout':
            return {
                what: `The tag took longer than ${option('tag-timeout')}, retries included.`,
                todo: `raise ${option('tag-timeout')} for very large images, or look for a slow registry.`
            };
        case 'other':
            return { what: `${End} failed (see the error).`, todo: 'the next run retries these tags.' };
    }
}

/**
 * AWS credentials from the standard chain (AWS SDKs and Tools Reference Guide, "Standardized
 * credential providers"): the environment (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`,
 * `AWS_SESSION_TOKEN`, what aws-actions/configure-aws-credentials exports), then web identity
 * (`AWS_WEB_IDENTITY_TOKEN_FILE` and `AWS_ROLE_ARN`, assumed by `webIdentity`), then the shared
 * credentials file (`AWS_SHARED_CREDENTIALS_FILE`, default `~/.aws/credentials`) at the profile
 * `AWS_PROFILE` (default `default`). Undefined when none has them.
 */
async function awsCredentials(env = process.env, webIdentity) {
    if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) {
        return {
            accessKeyId: env.AWS_ACCESS_KEY_ID,
            secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
            ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {})
        };
    }
    // Web identity (EKS service accounts, a GitHub OIDC token written to a file): the role is assumed with the token.
    if (webIdentity && env.AWS_WEB_IDENTITY_TOKEN_FILE && env.AWS_ROLE_ARN) {
        const token = (await readRegularFile(env.AWS_WEB_IDENTITY_TOKEN_FILE)).toString('utf8').trim();
        return webIdentity(env.AWS_ROLE_ARN, token);
    }
    const file = env.AWS_SHARED_CREDENTIALS_FILE || join(env.HOME || homedir(), '.aws', 'credentials');
    let text;
    try {
        text = (await readRegularFile(file)).toString('utf8');
    }
    catch {
        return undefined;
    }
    const section = profileSection(text, env.AWS_PROFILE || 'default');
    if (!section.aws_access_key_id || !section.aws_secret_access_key)
        return undefined;
    return {
        accessKeyId: section.aws_access_key_id,
        secretAccessKey: section.aws_secret_access_key,
        ...(section.aws_session_token ? { sessionToken: section.aws_session_token } : {})
    };
}
/** The keys of one `[profile]` section of an INI credentials file. */
function profileSection(text, profile) {
    const keys = {};
    let inside = false;
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line || line.startsWith('#') || line.startsWith(';'))
            continue;
        const header = /^\[\s*(.+?)\s*\]$/.exec(line);
        if (header) {
            inside = header[1] === profile;
            continue;
        }
        const pair = /^([^=]+?)\s*=\s*(.*)$/.exec(line);
        if (inside && pair)
            keys[pair[1].toLowerCase()] = pair[2];
    }
    return keys;
}

const sha256 = (data) => createHash('sha256').update(data, 'utf8').digest('hex');
const hmac = (key, data) => createHmac('sha256', key).update(data, 'utf8').digest();
/** RFC 3986 encoding as SigV4 wants it (encodeURIComponent leaves !'()* alone). */
const encode = (text) => encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
/**
 * The headers of a request signed with AWS Signature Version 4 ("Create a signed AWS API request",
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html): the given headers plus
 * `host`, `x-amz-date`, `x-amz-security-token` (temporary credentials) and `authorization`.
 */
function signAws(request, credentials, now = new Date()) {
    const stamp = now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '');
    const day = stamp.slice(0, 8);
    const headers = { ...request.headers, host: request.url.host, 'x-amz-date': stamp };
    if (credentials.sessionToken)
        headers['x-amz-security-token'] = credentials.sessionToken;
    const names = Object.keys(headers)
        .map((n) => n.toLowerCase())
        .sort();
    const lower = Object.fromEntries(Object.entries(headers).map(([n, v]) => [n.toLowerCase(), v]));
    const signedHeaders = names.join(';');
    const query = [...request.url.searchParams]
        .map(([k, v]) => `${encode(k)}=${encode(v)}`)
        .sort()
        .join('&');
    const canonical = [
        request.method,
        request.url.pathname || '/',
        query,
        names.map((n) => `${n}:${lower[n].trim().replace(/\s+/g, ' ')}\n`).join(''),
        signedHeaders,
        sha256(request.body)
    ].join('\n');
    const scope = `${day}/${request.region}/${request.service}/aws4_request`;
    const toSign = ['AWS4-HMAC-SHA256', stamp, scope, sha256(canonical)].join('\n');
    const key = hmac(hmac(hmac(hmac(`AWS4${credentials.secretAccessKey}`, day), request.region), request.service), 'aws4_request');
    const signature = createHmac('sha256', key).update(toSign, 'utf8').digest('hex');
    return {
        ...headers,
        authorization: `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`
    };
}

/**
 * How the client reaches a registry named by `oci/names`, with Docker Hub's quirks in one place:
 * its API lives at `registry-1.docker.io`, `docker login` stores its credentials under
 * `https://index.docker.io/v1/`, and its single-level names live under `library/`.
 */
/** The host that serves the registry API: `registry-1.docker.io` for Docker Hub, else the host itself. */
function apiHost(host) {
    return isDockerHub$1(host) ? 'registry-1.docker.io' : host;
}
/** The keys `docker login` may have stored a registry's credentials under in `config.json`. */
function credentialKeys(host) {
    if (isDockerHub$1(host))
        return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io', 'https://registry-1.docker.io'];
    return [host, `https://${host}`, `http://${host}`, `https://${host}/v1/`, `https://${host}/v2/`];
}
/** A repository path as the registry knows it: Docker Hub's single-level names live under `library/`. */
function qualifyRepository(host, path) {
    return isDockerHub$1(host) && path && !path.includes('/') ? `library/${path}` : path;
}
/** The origin (`scheme://host[:port]`) of a registry's API: HTTP for loopback and insecure hosts, HTTPS otherwise. */
function registryOrigin(host, insecure = []) {
    const api = apiHost(host);
    const plain = isLoopback(api) || insecure.some((entry) => normalizeRegistryHost(entry) === normalizeRegistryHost(host));
    return `${plain ? 'http' : 'https'}://${api}`;
}

/** An ECR registry host, `ACCOUNT.dkr.ecr[-fips].REGION.amazonaws.com[.cn]`: its account and region. */
function ecrRegistry(host) {
    const match = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/i.exec(host.replace(/:443$/, ''));
    return match ? { account: match[1], region: match[2].toLowerCase() } : undefined;
}
/** The ECR API endpoint of a region: `AWS_ENDPOINT_URL_ECR` or `AWS_ENDPOINT_URL` when set (the SDKs' endpoint overrides). */
function ecrEndpoint(region, env = process.env) {
    const override = env.AWS_ENDPOINT_URL_ECR || env.AWS_ENDPOINT_URL;
    return new URL(override || `https://api.ecr.${region}.amazonaws.com/`);
}
/**
 * Creates an ECR repository with the API's CreateRepository (JSON 1.1 protocol, SigV4-signed,
 * https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_CreateRepository.html);
 * `RepositoryAlreadyExistsException` is fine (another run made it).
 */
async function createEcrRepository(host, repository, options) {
    const ecr = ecrRegistry(host);
    if (!ecr)
        throw new Error(`${host} is not an ECR registry`);
    const credentials = await awsCredentials(options.env, (roleArn, token) => assumeRoleWithWebIdentity(ecr.region, roleArn, token, options));
    if (!credentials)
        throw new Error('no AWS credentials found (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN, or ~/.aws/credentials)');
    const url = ecrEndpoint(ecr.region, options.env);
    const body = JSON.stringify({ repositoryName: repository, registryId: ecr.account });
    const headers = signAws({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AmazonEC2ContainerRegistry_V20150921.CreateRepository' },
        body,
        region: ecr.region,
        service: 'ecr'
    }, credentials);
    const answer = await request(url, { dispatcher: options.dispatcher, method: 'POST', headers, body, signal: options.signal });
    const text = await answer.body.text();
    if (answer.statusCode === 200)
        return 'created';
    // JSON 1.1 errors name their type in `__type` (sometimes prefixed with a namespace and `#`).
    const parsed = safeJson(text);
    const type = String(parsed?.__type ?? answer.headers['x-amzn-errortype'] ?? '')
        .split('#')
        .pop()
        .split(':')[0];
    if (type === 'RepositoryAlreadyExistsException')
        return 'exists';
    throw new Error(`ECR CreateRepository answered ${answer.statusCode}${type ? ` ${type}` : ''}${parsed?.message ? `: ${String(parsed.message)}` : ''}`);
}
/**
 * STS AssumeRoleWithWebIdentity (unsigned: the token is the proof; STS API Reference,
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html) at the
 * region's endpoint (`AWS_ENDPOINT_URL_STS` when set): the role's temporary credentials.
 */
async function assumeRoleWithWebIdentity(region, roleArn, token, options) {
    const env = options.env ?? process.env;
    const base = new URL(env.AWS_ENDPOINT_URL_STS || env.AWS_ENDPOINT_URL || `https://sts.${region}.amazonaws.com/`);
    const query = new URLSearchParams({
        Action: 'AssumeRoleWithWebIdentity',
        Version: '2011-06-15',
        RoleArn: roleArn,
        RoleSessionName: env.AWS_ROLE_SESSION_NAME || `gcr-mirror-${Date.now()}`,
        WebIdentityToken: token
    });
    const answer = await request(new URL(`${base.origin}${base.pathname}?${query}`), { dispatcher: options.dispatcher, method: 'GET', signal: options.signal });
    const xml = await answer.body.text();
    const field = (name) => new RegExp(`<${name}>([^<]+)</${name}>`).exec(xml)?.[1];
    const [accessKeyId, secretAccessKey, sessionToken] = [field('AccessKeyId'), field('SecretAccessKey'), field('SessionToken')];
    if (answer.statusCode !== 200 || !accessKeyId || !secretAccessKey)
        throw new Error(`STS AssumeRoleWithWebIdentity answered ${answer.statusCode}${field('Code') ? ` ${field('Code')}` : ''} for role ${roleArn}`);
    return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
}
/**
 * Creates a Harbor project (private) with Harbor's REST API, `POST /api/v2.0/projects` and a
 * ProjectReq body (goharbor/harbor api/v2.0/swagger.yaml, operation createProject: 201 created,
 * 409 when the name is taken), with the target's credentials as Basic auth. The API is served where
 * the registry is, so it is asked with the registry's scheme (`--insecure-registries`: plain HTTP).
 */
async function createHarborProject(host, project, options) {
    if (!options.credentials)
        throw new Error('no target credentials to create the Harbor project with');
    const url = new URL(`${registryOrigin(host, options.insecure)}/api/v2.0/projects`);
    const basic = Buffer.from(`${options.credentials.username}:${options.credentials.password}`).toString('base64');
    const answer = await request(url, {
        dispatcher: options.dispatcher,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Basic ${basic}` },
        body: JSON.stringify({ project_name: project, metadata: { public: 'false' } }),
        signal: options.signal
    });
    const text = await answer.body.text();
    if (answer.statusCode === 201)
        return 'created';
    if (answer.statusCode === 409)
        return 'exists';
    const message = safeJson(text)?.errors?.[0]?.message;
    throw new Error(`Harbor answered ${answer.statusCode} to creating project ${project}${message ? `: ${message}` : ''}`);
}
function safeJson(text) {
    try {
        const value = JSON.parse(text);
        return value && typeof value === 'object' ? value : undefined;
    }
    catch {
        return undefined;
    }
}

/** How one side's registry is reached: the run's extra CAs, the side's certificate check, the proxies of the environment. */
function sideNetwork(options, role) {
    return {
        caPem: options.caPem,
        tlsVerify: role === 'source' ? options.sourceTlsVerify : options.targetTlsVerify,
        waitMs: Math.min(options.tagTimeoutMs, options.listing.requestTimeoutMs, options.maxDurationMs ?? Infinity)
    };
}
/** What a run says about its connections before it starts: the proxies (credentials redacted), and a warning per side whose certificates go unchecked. */
function networkNotices(options, words) {
    const notices = [];
    const proxies = describeProxies(proxyEnv());
    if (proxies)
        notices.push({ level: 'info', message: proxies });
    for (const role of ['source', 'target']) {
        const spec = options[role];
        if (spec.kind !== 'registry' || sideNetwork(options, role).tlsVerify !== false)
            continue;
        notices.push({
            level: 'warning',
            message: `${words.option(`${role}-tls-verify`)} false: TLS certificates of ${spec.registry} are not checked; anyone on the path can read and change what is copied`
        });
    }
    return notices;
}

/** Aliyun ACR hosts: Personal Edition `registry.REGION.aliyuncs.com`, Enterprise `NAME-registry.REGION.cr.aliyuncs.com`. */
const ALIYUN = /(^|\.)aliyuncs\.com$/i;
const DOCKER_HUB = new Set(['docker.io', 'registry-1.docker.io', 'index.docker.io']);
/**
 * What to create for a missing target `repository` (a path within `registry`), and how: ECR
 * repositories and Harbor projects can be created (ECR through the AWS API, Harbor through its REST
 * API with the target credentials); Aliyun namespaces, Docker Hub organisations and anything else
 * only by a person.
 */
function provisioning(registry, repository, missing, context, insecure = []) {
    const ecr = ecrRegistry(registry);
    if (ecr) {
        return {
            what: `ECR repository ${repository}`,
            path: repository,
            creatable: true,
            create: context && ((signal) => createEcrRepository(registry, repository, { dispatcher: context.dispatcher, signal, env: context.env })),
            how: `aws ecr create-repository --repository-name ${repository} --region ${ecr.region}`
        };
    }
    if (missing instanceof ProjectMissingError) {
        const project = missing.project;
        // Harbor's portal and API are where its registry is: plain HTTP for an --insecure-registries Harbor.
        const origin = registryOrigin(registry, insecure);
        return {
            what: `Harbor project ${project}`,
            path: project,
            creatable: true,
            create: context && ((signal) => createHarborProject(registry, project, { dispatcher: context.dispatcher, signal, credentials: context.credentials, insecure })),
            how: `Projects > New project at ${origin}/harbor/projects, or POST ${origin}/api/v2.0/projects {"project_name":"${project}"}`
        };
    }
    const namespace = repository.split('/')[0];
    if (ALIYUN.test(registry)) {
        return {
            what: `Aliyun namespace ${namespace}`,
            path: namespace,
            creatable: false,
            how: `gcr-mirror cannot create it: create namespace ${namespace} in the Container Registry console (cr.console.aliyun.com)`
        };
    }
    if (DOCKER_HUB.has(registry)) {
        return {
            what: `Docker Hub namespace ${namespace}`,
            path: namespace,
            creatable: false,
            how: `gcr-mirror cannot create it: create the organisation ${namespace} at https://hub.docker.com/orgs, or push as its owner`
        };
    }
    return {
        what: `repository ${repository}`,
        path: repository,
        creatable: false,
        how: `gcr-mirror cannot create it on ${registry}: create it with the registry's own tools`
    };
}
/**
 * The `--create-repositories` creator of a run's target registry: creates what {@link provisioning}
 * says, logs it, and throws "cannot create" for registries where only a person can.
 */
function repositoryCreator(options, registry, log, created) {
    let dispatcher;
    return async (repository, missing, signal) => {
        dispatcher ??= createDispatcher(sideNetwork(options, 'target'), 2);
        const plan = provisioning(registry, repository, missing, { dispatcher, credentials: options.targetCredentials }, options.insecureRegistries);
        if (!plan.create)
            throw new Error(plan.how);
        const done = await plan.create(signal);
        log('info', `${done === 'created' ? 'created' : 'found'} ${plan.what} on ${registry}`);
        created(plan.path);
    };
}
/** The run's last warning about missing target repositories: each one, with how to create it (`insecure`: `--insecure-registries`). */
function missingLine(registry, repositories, tried, insecure = []) {
    const plans = repositories.names().map((repository) => {
        const refusal = repositories.refusal(repository);
        return { repository, refusal, plan: provisioning(registry, repository, refusal, undefined, insecure) };
    });
    const entries = plans.map(({ repository, refusal, plan }) => {
        const failed = /creating it failed: (.*)$/.exec(refusal.message)?.[1];
        return `${joinPath(registry, repository)} (${failed && plan.creatable ? `creating it failed: ${failed}; ` : ''}${plan.how})`;
    });
    // --create-repositories is suggested only where it would help.
    const then = !tried && plans.some((p) => p.plan.creatable)
        ? 'create them as shown, or run with --create-repositories, then run again'
        : 'create them as shown, then run again';
    return `missing on the target, so their tags failed: ${entries.join('; ')}; ${then}`;
}
/**
 * Each missing target repository of a report (`missingRepositories`) with how to create it, for the
 * job summary: a Harbor project is told apart by its tags' failures ("Harbor project NAME does not exist").
 */
function missingAdvice(report) {
    const registry = report.target.split('/')[0];
    return (report.missingRepositories ?? []).map((name) => {
        const repository = name.slice(registry.length + 1);
        const failure = report.images.find((i) => i.status === 'failed' && i.target.startsWith(`${name}:`) && i.error);
        const project = /Harbor project (\S+) does not exist/.exec(failure?.error ?? '')?.[1];
        const info = { method: 'PUT', url: `https://${name}` };
        const refusal = project ? new ProjectMissingError(project, '', 404, info) : new RepositoryMissingError('', 404, info);
        return { name, how: provisioning(registry, repository, refusal).how };
    });
}

/** Rows per table: a job summary is limited to 1 MiB; the report file has everything. */
const MAX_ROWS = 300;
/** HTML of a text: secrets redacted, control characters escaped (`forDisplay`), markup characters escaped. */
const escape = (text) => forDisplay(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Escapes advice text and sets its `code spans` as <code>. */
const prose = (text) => escape(text).replace(/`([^`]+)`/g, '<code>$1</code>');
const tags = (n) => count(n, 'tag');
const row = (cells, tag = 'td') => `<tr>${cells.map((cell) => `<${tag}>${cell}</${tag}>`).join('')}</tr>`;
/**
 * A table of at most MAX_ROWS rows, and a line saying how many more the report holds. The report is
 * a file on the runner, gone when the job ends (no artifact client is bundled): the line says so and
 * how to keep it, instead of naming a path nobody can open later.
 */
function table(header, rows, reportPath) {
    const shown = rows.slice(0, MAX_ROWS);
    const more = rows.length > MAX_ROWS
        ? `\n<p>\u2026 and ${rows.length - MAX_ROWS} more in the JSON report, <code>${escape(reportPath)}</code> (the <code>report</code> output), ` +
            'which is deleted with the runner when the job ends: keep it with an <code>actions/upload-artifact</code> step ' +
            '(<code>path: ${{ steps.ID.outputs.report }}</code>, <code>if: always()</code>).</p>'
        : '';
    return `<table>${row(header, 'th')}${shown.map((cells) => row(cells)).join('')}</table>${more}`;
}
/** Tag names shown per repository before "+N more". */
const TAG_NAMES = 5;
/** What a repository's copies were: the tags by name (the first few), and the platforms they hold. */
function copiedDetail(images) {
    const copied = images.filter((image) => image.status === 'copied');
    const names = copied.slice(0, TAG_NAMES).map((image) => `<code>${escape(image.tag)}</code>`);
    const rest = copied.length > TAG_NAMES ? ` +${copied.length - TAG_NAMES} more` : '';
    const platforms = new Set(copied.flatMap((image) => image.platforms ?? []));
    const single = copied.some((image) => !image.platforms?.length);
    const listed = [...platforms].sort().map(escape);
    return {
        tags: copied.length === 0 ? '0' : `${copied.length}: ${names.join(', ')}${rest}`,
        platforms: [...listed, ...(single ? ['single-platform'] : [])].join(', ')
    };
}
/** The registry host of a report's `source`/`target` (`gcr.io/x` \u2192 `gcr.io`), none for an OCI layout. */
const registryOf = (endpoint) => (endpoint.startsWith('oci:') ? undefined : endpoint.split('/')[0]);
/** A reference relative to a namespace: `ghcr.io/octo/team/app:v1` under `ghcr.io/octo` is `team/app:v1`. */
const relativeTo = (namespace, reference) => (reference.startsWith(`${namespace}/`) ? reference.slice(namespace.length + 1) : reference);
/** Tags that a dry run would copy (they are reported as skipped with reason `dry-run`). */
const wouldCopy = (image) => image.reason === 'dry-run';
/**
 * The one status line the summary starts with: an icon and what happened, in the order a reader
 * needs it (failures, then a stop that left tags, then success).
 */
function statusLine(report) {
    const total = report.copied + report.skipped + report.failed;
    const planned = report.images.filter(wouldCopy).length;
    const leftWork = describeLeft(report);
    const left = leftWork ? `; ${describeStop(report.stop)}: ${leftWork} left for the next run` : '';
    if (report.failed > 0) {
        const others = report.dryRun
            ? `would copy ${planned}`
            : `the other ${total - report.failed} ${report.copied + report.skipped === 1 ? 'is' : 'are'} mirrored`;
        return `\u274c <b>${report.failed} of ${tags(total)} failed</b>; ${others}${left}.`;
    }
    if (leftWork) {
        const icon = report.stop?.reason === 'rate-limit' ? '\ud83d\udea6' : report.stop?.reason === 'signal' ? '\u23f9\ufe0f' : '\u23f1\ufe0f';
        const done = report.dryRun ? `would copy ${planned}` : `${tags(total)} mirrored`;
        return `${icon} <b>Stopped: ${describeStop(report.stop)}</b>; ${done}, ${leftWork} left for the next run, which carries on.`;
    }
    if (total === 0)
        return '\u26a0\ufe0f <b>No tag selected</b>: check the source namespace, <code>images</code> and the tag filters.';
    if (report.dryRun)
        return `\ud83d\udd0e <b>Dry run: would copy ${tags(planned)}</b>, ${total - planned} already mirrored; nothing was copied.`;
    return `\u2705 <b>All ${tags(total)} mirrored</b>: ${report.copied} copied, ${report.skipped} already there.`;
}
/** The totals under the status line. */
function totalsLine(report) {
    const elapsed = formatDuration(Date.parse(report.finishedAt) - Date.parse(report.startedAt));
    if (report.dryRun) {
        const planned = report.images.filter(wouldCopy);
        const updated = planned.filter((image) => (image.planned ? image.planned !== 'copy' : !image.isNew)).length;
        const prunes = (report.pruned ?? []).filter((p) => p.planned === 'prune').length;
        return (`Dry run: would copy ${planned.length} (${planned.length - updated} new, ${updated} updated), ` +
            `${report.pruned ? `would prune ${prunes}, ` : ''}already mirrored ${report.skipped - planned.length}, ` +
            `failed ${report.failed}; planned in ${elapsed}, nothing copied, no ledger written.`);
    }
    const pruned = report.pruned
        ? `, pruned ${report.pruned.filter((p) => p.status === 'pruned').length}` +
            `${report.pruned.some((p) => p.status === 'failed') ? ` (${report.pruned.filter((p) => p.status === 'failed').length} could not be deleted)` : ''}` +
            `${report.pruned.some(keptOnTarget) ? `, kept ${report.pruned.filter(keptOnTarget).length} that other tags need` : ''}`
        : '';
    const verified = report.verified || report.repaired ? `, verified ${report.verified ?? 0}, repaired ${report.repaired ?? 0}` : '';
    return `Copied ${report.copied} (${formatBytes(report.bytes)}), skipped ${report.skipped} (already mirrored), failed ${report.failed}${pruned}${verified}, in ${elapsed}.`;
}
/** The target tags `--prune` could not delete (a warning, not a failure of the run), and those it kept because other tags need them. */
function pruneSection(report, reportPath) {
    const failed = (report.pruned ?? []).filter((p) => p.status === 'failed');
    const kept = (report.pruned ?? []).filter(keptOnTarget);
    const section = (title, text, header, rows) => rows.length === 0 ? [] : [`<h3>${title} (${rows.length})</h3>`, `<p>${text}</p>`, table(header, rows, reportPath)];
    return [
        ...section('Not pruned', 'The target refused to delete these tags, which are gone from the source; they stay, and the next run tries again.', ['Target tag', 'Error'], failed.map((p) => [escape(relativeTo(report.target, p.target)), escape(p.error ?? '')])),
        ...section('Kept', 'Gone from the source, but other tags on the target still need them (a registry deletes by digest); the next run looks again.', ['Target tag', 'Why'], kept.map((p) => [escape(relativeTo(report.target, p.target)), escape(p.why ?? '')]))
    ].join('\n');
}
const causeKey = (cause) => [cause.side ?? '', cause.kind, cause.status ?? '', cause.code ?? ''].join('|');
/** The failed tags grouped by cause, biggest group first: what was wrong, what to do, which tags. */
function failuresSection(report, context, reportPath, heading = 'Failed tags') {
    const failed = report.images.filter((image) => image.status === 'failed');
    if (failed.length === 0)
        return '';
    const groups = new Map();
    for (const image of failed) {
        const cause = image.cause ?? { kind: 'other' };
        const group = groups.get(causeKey(cause)) ?? { cause, images: [] };
        group.images.push(image);
        groups.set(causeKey(cause), group);
    }
    const parts = [`<h3>${heading} (${report.failed})</h3>`];
    for (const { cause, images } of [...groups.values()].sort((a, b) => b.images.length - a.images.length)) {
        const advice = explainFailure(cause, context, ACTION_WORDS);
        parts.push(`<p><b>${prose(advice.what)}</b> ${tags(images.length)}.<br>What to do: ${prose(advice.todo)}</p>`);
        parts.push(table(['Tag', 'Error'], images.map((image) => [escape(image.source), escape(image.error ?? '')]), reportPath));
    }
    return parts.join('\n');
}
/**
 * The per-repository table (repositories with something to report: what each copied, by tag name,
 * the platforms and bytes, so a first mirror's rows say what arrived) and one folded line for the rest.
 */
function repositoriesSection(report, reportPath) {
    const totals = totalsByRepository(report.images);
    const plannedBy = new Map();
    for (const image of report.images.filter(wouldCopy))
        plannedBy.set(image.repository, (plannedBy.get(image.repository) ?? 0) + 1);
    const quiet = (r) => r.copied === 0 && r.failed === 0 && !plannedBy.has(r.repository);
    const busy = totals.filter((r) => !quiet(r));
    const unchanged = totals.filter(quiet);
    const target = (r) => escape(relativeTo(report.target, r.target));
    const imagesOf = new Map();
    for (const image of report.images) {
        const list = imagesOf.get(image.repository);
        if (list)
            list.push(image);
        else
            imagesOf.set(image.repository, [image]);
    }
    const byRepository = new Map(busy.map((r) => [r.repository, copiedDetail(imagesOf.get(r.repository) ?? [])]));
    const parts = [];
    if (busy.length > 0) {
        parts.push(`<h3>Repositories</h3>`);
        parts.push(report.dryRun
            ? table(['Repository', 'Target', 'Would copy', 'Already mirrored', 'Failed'], busy.map((r) => {
                const planned = plannedBy.get(r.repository) ?? 0;
                return [escape(r.repository), target(r), String(planned), String(r.skipped - planned), String(r.failed)];
            }), reportPath)
            : table(['Repository', 'Target', 'Copied', 'Platforms', 'Skipped', 'Failed', 'Bytes', 'Time'], busy.map((r) => [
                escape(r.repository),
                target(r),
                byRepository.get(r.repository).tags,
                byRepository.get(r.repository).platforms,
                String(r.skipped),
                String(r.failed),
                formatBytes(r.bytes),
                formatDuration(r.durationMs)
            ]), reportPath));
    }
    if (unchanged.length > 0) {
        const skipped = unchanged.reduce((sum, r) => sum + r.skipped, 0);
        const names = unchanged.slice(0, MAX_ROWS).map((r) => `${escape(r.repository)} (${r.skipped})`);
        const more = unchanged.length > MAX_ROWS ? `, \u2026 and ${unchanged.length - MAX_ROWS} more` : '';
        parts.push(`<details><summary>${count(unchanged.length, 'repository', 'repositories')} unchanged (${tags(skipped)} already mirrored)</summary>${names.join(', ')}${more}</details>`);
    }
    return parts.join('\n');
}
/** In a dry run, the tags it would copy or update and why, folded. */
function plannedSection(report, reportPath) {
    const planned = report.images.filter(wouldCopy);
    if (planned.length === 0)
        return '';
    const rows = planned.map((image) => [
        escape(`${image.repository}:${image.tag}`),
        image.planned ?? (image.isNew ? 'copy' : 'update'),
        escape(image.why ?? (image.isNew ? 'new tag' : 'changed'))
    ]);
    return `<details><summary>The ${tags(planned.length)} it would copy or update</summary>${table(['Tag', 'Would', 'Why'], rows, reportPath)}</details>`;
}
/** The target repositories found missing, each with the command or page that creates it. */
function missingSection(report) {
    const missing = missingAdvice(report);
    if (missing.length === 0)
        return '';
    const items = missing.map((m) => `<li><code>${escape(m.name)}</code>: ${escape(m.how)}</li>`).join('');
    return `<h3>Missing on the target (${missing.length})</h3>\n<p>Their tags failed. Create them, or run with <code>create-repositories: true</code> (ECR, Harbor), then run again.</p>\n<ul>${items}</ul>`;
}
/** What a mirror's failures are explained against: its registries, and whether names were flattened. */
const failureContext = (report) => ({
    sourceRegistry: registryOf(report.source),
    targetRegistry: registryOf(report.target),
    flattened: report.images.some((image) => relativeTo(report.target, image.target).split(':')[0] !== image.repository)
});
/** One mirror's summary: its name, status line, totals, failures by cause (unless shown before), repositories, prunes, collisions. */
function mirrorSummary(report, reportPath, title, failures = true) {
    const parts = [
        `<h2>${title}</h2>`,
        `<p>${statusLine(report)}</p>`,
        `<p>${totalsLine(report)}</p>`,
        failures ? failuresSection(report, failureContext(report), reportPath) : '',
        missingSection(report),
        repositoriesSection(report, reportPath),
        report.dryRun ? plannedSection(report, reportPath) : '',
        pruneSection(report, reportPath)
    ];
    if (report.collisions.length > 0) {
        parts.push('<h3>Name collisions</h3>');
        parts.push(`<ul>${report.collisions.map((c) => `<li>${escape(c.target)}: ${escape(c.resolution)}</li>`).join('')}</ul>`);
    }
    return parts.filter(Boolean).join('\n');
}
/** Our own headings one level down (a mirror's summary inside the summary of a config run). */
const demote = (html) => html.replace(/<(\/?)h([1-5])>/g, (_, slash, level) => `<${slash}h${Number(level) + 1}>`);
/**
 * The job summary of a run, as HTML (what `core.summary` writes): the mirror's name, one status line
 * with an icon, the totals, the failed tags grouped by cause with what to do, the repositories that
 * copied or failed (targets relative to the target namespace), the unchanged ones folded into one
 * line, what a dry run would copy, prunes and name collisions. A config run (`mirrors`) gets the
 * status line and totals of the whole run first, then the failures of every mirror (a mirror that
 * failed as a whole, then the failed tags by cause), then each mirror's summary.
 */
function renderJobSummary(report, reportPath) {
    const mirrors = report.mirrors ?? [];
    if (mirrors.length === 0)
        return `${mirrorSummary(report, reportPath, `gcr-mirror: ${escape(report.source)} \u2192 ${escape(report.target)}`)}\n`;
    const stop = report.stop ?? mirrors.find((m) => m.stop)?.stop;
    const parts = [
        `<h2>gcr-mirror: ${count(mirrors.length, 'mirror')}</h2>`,
        `<p>${statusLine({ ...report, ...(stop ? { stop } : {}) })}</p>`,
        `<p>${totalsLine(report)}</p>`
    ];
    const title = (mirror) => escape(mirrorHeading(mirror.name, mirror.source, mirror.target, '\u2192'));
    for (const mirror of mirrors.filter((m) => m.error))
        parts.push(`<h3>${title(mirror)}</h3>\n<p>\u274c <b>The mirror failed as a whole</b>: ${escape(mirror.error)}</p>`);
    for (const mirror of mirrors.filter((m) => !m.error && m.failed > 0)) {
        parts.push(failuresSection(mirror, failureContext(mirror), reportPath, `Failed in ${title(mirror)}`));
    }
    for (const mirror of mirrors.filter((m) => !m.error))
        parts.push(demote(mirrorSummary(mirror, reportPath, title(mirror), false)));
    return `${parts.join('\n')}\n`;
}
/** Writes the job summary (renderJobSummary); nothing without a summary file (a local run without one). */
async function writeJobSummary(report, reportPath) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await summary.addRaw(redact(renderJobSummary(report, reportPath))).write();
}

export { ACTION_WORDS as A, CredentialsRefusedError as C, NotFoundError as N, ProjectMissingError as P, RegistryError as R, RepositoryMissingError as a, AuthError as b, classifyFailure as c, describeUrl as d, NetworkError as e, credentialKeys as f, repositoryCreator as g, readRequestInputs as h, isSourceGone as i, getInputs as j, escape as k, loadConfigFile as l, missingLine as m, networkNotices as n, isAllowed as o, formatAllowedSource as p, qualifyRepository as q, registryOrigin as r, sideNetwork as s, writeJobSummary as w };
