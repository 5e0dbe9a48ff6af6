import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __VERSION__ = "1.0.0";

import { d as addCredentials, f as redact, M as MirrorError, o as onSide, U as UsageError } from './index-redact.js';
import { p as printable, a as formatImageRef } from './index-image-ref.js';
import { g as getExecOutput } from './index-exec.js';
import 'string_decoder';
import 'os';
import 'events';
import 'child_process';
import 'path';
import 'assert';
import 'fs';
import 'timers';

/**
 * The docker CLI prints the registry's answer in words: the floor's kind of each, and the spec's
 * error code it stands for (`sync/failure.ts` reads them like a registry's answer). First match wins.
 */
const DOCKER_WORDS = [
    [/toomanyrequests|rate limit/i, 'rate-limited', 'TOOMANYREQUESTS'],
    [/unauthorized: incorrect username or password|authentication required|unauthorized/i, 'access-denied', 'UNAUTHORIZED'],
    [/denied/i, 'access-denied', 'DENIED'],
    [/name invalid|invalid reference format|repository name must be lowercase/i, 'refused', 'NAME_INVALID'],
    [/manifest unknown|not found/i, 'not-found', 'MANIFEST_UNKNOWN'],
    [/schema 1|manifest invalid/i, 'refused', 'MANIFEST_INVALID'],
    [/connection refused|no such host|i\/o timeout|tls:|EOF/, 'transient']
];
/**
 * A docker command that failed: what ran (never a secret), the last line docker wrote to stderr, and
 * the kind and code read from it where the error is made (`unknown` when the words say nothing known).
 */
class DockerCommandError extends MirrorError {
    command;
    exitCode;
    detail;
    name = 'DockerCommandError';
    constructor(command, exitCode, detail) {
        const [, kind, code] = DOCKER_WORDS.find(([pattern]) => pattern.test(detail)) ?? [undefined, 'unknown'];
        super(kind, `docker ${command}: ${detail}`, { code });
        this.command = command;
        this.exitCode = exitCode;
        this.detail = detail;
    }
}
const MAX_DETAIL = 300;
const PUSHED_DIGEST = /digest: (sha256:[0-9a-f]{64}) size: \d+/g;
/**
 * The docker CLI through `@actions/exec`: silent, output captured, failures as one-line
 * DockerCommandErrors. Passwords go to `docker login` on stdin only and are redacted (`util/redact`) in every message.
 */
class DockerCli {
    options;
    env;
    constructor(options = {}) {
        this.options = options;
        const overrides = {
            ...(options.dockerHost ? { DOCKER_HOST: options.dockerHost } : {}),
            ...(options.dockerConfig ? { DOCKER_CONFIG: options.dockerConfig } : {})
        };
        this.env = Object.keys(overrides).length ? { ...definedEnv(process.env), ...overrides } : undefined;
    }
    /** The daemon's version; fails when the CLI is missing or the daemon does not answer. */
    async serverVersion() {
        return (await this.run(['version', '--format', '{{.Server.Version}}'])).trim();
    }
    /** `docker login HOST -u USER --password-stdin`, the password written to stdin. */
    async login(host, credentials) {
        addCredentials(credentials);
        await this.run(['login', host, '--username', credentials.username, '--password-stdin'], credentials.password);
    }
    async pull(ref) {
        await this.run(['pull', '--quiet', ref]);
    }
    async tag(from, to) {
        await this.run(['tag', from, to]);
    }
    /** Pushes `ref` and resolves to the manifest digest the registry now serves (from docker's output). */
    async push(ref) {
        const output = await this.run(['push', ref]);
        const digest = [...output.matchAll(PUSHED_DIGEST)].pop()?.[1];
        if (!digest)
            throw new DockerCommandError(`push ${ref}`, 0, 'docker printed no digest for what it pushed');
        return digest;
    }
    /** The image's size as docker counts it (unpacked layers). */
    async imageSize(ref) {
        return Number((await this.run(['image', 'inspect', '--format', '{{.Size}}', ref])).trim()) || 0;
    }
    /** Removes local references (an image goes with its last one); failures are ignored. */
    async remove(refs) {
        await this.run(['image', 'rm', ...refs]).catch(() => undefined);
    }
    /** Runs `docker ARGS` and resolves to its stdout; rejects with a DockerCommandError. */
    async run(args, input) {
        const command = args.join(' ');
        this.options.trace?.(`docker ${command}`);
        let result;
        try {
            result = await getExecOutput('docker', args, {
                silent: true,
                ignoreReturnCode: true,
                env: this.env,
                input: input === undefined ? undefined : Buffer.from(input)
            });
        }
        catch (error) {
            throw new DockerCommandError(command, undefined, this.mask(error instanceof Error ? error.message : String(error)));
        }
        if (result.exitCode !== 0) {
            throw new DockerCommandError(command, result.exitCode, this.mask(lastLine(result.stderr) ?? `exit code ${result.exitCode}`));
        }
        return result.stdout;
    }
    /** One line, no secret, bounded length. */
    mask(text) {
        const masked = printable(redact(text.split('\n')[0]));
        return masked.length > MAX_DETAIL ? `${masked.slice(0, MAX_DETAIL)}\u2026` : masked;
    }
}
/** The last non-empty line of docker's stderr that is not a warning. */
function lastLine(stderr) {
    return stderr
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('WARNING'))
        .pop();
}
function definedEnv(env) {
    return Object.fromEntries(Object.entries(env).filter((entry) => entry[1] !== undefined));
}

/** The Docker daemon can't be used: the CLI is missing or the daemon does not answer (exit 2, before any copy). */
class DockerUnavailableError extends UsageError {
    name = 'DockerUnavailableError';
}
/**
 * Copies through a Docker daemon: `docker pull SOURCE@DIGEST`, `docker tag`, `docker push`, then
 * removes both local references. Whatever the daemon is set up with (proxy, mirrors, credential
 * helpers, `DOCKER_HOST`) applies. A pull takes one platform and a push writes docker's own
 * manifest, so a tag may land with another digest: the outcome's `targetDigest` says so, the
 * ledger records it, and `close()` warns once with the count.
 *
 * `targetHas` never finds anything: the daemon can't look at a remote manifest without pulling, and
 * `docker manifest inspect` runs in the client, outside the daemon's proxy and mirror setup. The
 * ledger does the skipping, so a first run without a state file copies every selected tag once.
 */
class DockerEngine {
    options;
    name = 'docker';
    docker;
    credentials = new Map();
    logins = new Map();
    pulls;
    removals = Promise.resolve();
    rewritten = 0;
    constructor(options) {
        this.options = options;
        this.docker = new DockerCli({
            dockerHost: options.dockerHost,
            dockerConfig: options.dockerConfig,
            trace: (message) => options.log('debug', message)
        });
        // One login per host: when source and target share a registry, the target's credentials win.
        if (options.sourceCredentials)
            this.credentials.set(options.sourceHost, options.sourceCredentials);
        if (options.targetCredentials)
            this.credentials.set(options.targetHost, options.targetCredentials);
        this.pulls = new SharedPulls(async (ref) => {
            await this.login(options.sourceHost).catch((error) => Promise.reject(onSide(error, 'source')));
            await this.docker.pull(ref).catch((error) => Promise.reject(onSide(error, 'source')));
        }, (refs) => this.remove(refs));
    }
    /** Checks that the daemon answers, so a run without one stops before any copy. */
    async connect() {
        try {
            this.options.log('debug', `docker engine: daemon ${await this.docker.serverVersion()}`);
        }
        catch (error) {
            const detail = error instanceof DockerCommandError ? error.detail : String(error);
            throw new DockerUnavailableError(`docker engine: cannot use the Docker daemon (${detail})`);
        }
    }
    async targetHas() {
        return undefined;
    }
    async copy(job, signal) {
        const source = formatImageRef({ registry: job.source.registry, repository: job.source.repository, digest: job.digest });
        const target = job.targetRef;
        signal.throwIfAborted();
        const work = this.pulls.use(source, [target], async () => {
            signal.throwIfAborted();
            await this.docker.tag(source, target);
            await this.login(this.options.targetHost).catch((error) => Promise.reject(onSide(error, 'target')));
            signal.throwIfAborted();
            const pushed = await this.docker.push(target).catch((error) => Promise.reject(onSide(error, 'target')));
            const bytes = await this.docker.imageSize(target);
            if (pushed === job.digest)
                return { bytes };
            this.rewritten++;
            return { bytes, targetDigest: pushed };
        });
        return work;
    }
    async close() {
        await this.removals;
        if (this.rewritten > 0) {
            this.options.log('warning', `docker engine: ${this.rewritten} tags landed with a different digest (single platform); use engine registry to keep digests`);
        }
    }
    /** Logs in to `host` once per run when credentials were given for it. */
    login(host) {
        const credentials = this.credentials.get(host);
        if (!credentials)
            return Promise.resolve();
        let login = this.logins.get(host);
        if (!login) {
            login = this.docker.login(host, credentials);
            this.logins.set(host, login);
        }
        return login;
    }
    /** Removes local references one command at a time, so concurrent removals never leave an untagged image behind. */
    remove(refs) {
        this.removals = this.removals.then(() => this.docker.remove(refs));
        return this.removals;
    }
}
/**
 * Source images pulled once for all the tags that need them at the same time (tags sharing a
 * digest), and removed with the last user's own references. A pull that starts while the same
 * reference is being removed waits for the removal.
 */
class SharedPulls {
    pull;
    remove;
    entries = new Map();
    constructor(pull, remove) {
        this.pull = pull;
        this.remove = remove;
    }
    /** Runs `work` with `ref` pulled, then removes `own` (and `ref` when no one else uses it). */
    async use(ref, own, work) {
        let entry = this.entries.get(ref);
        if (!entry || entry.users === 0) {
            const previous = entry?.removed ?? Promise.resolve();
            entry = { users: 0, ready: previous.then(() => this.pull(ref)) };
            this.entries.set(ref, entry);
        }
        entry.users++;
        try {
            await entry.ready;
            return await work();
        }
        finally {
            entry.users--;
            const last = entry.users === 0;
            const removed = this.remove(last ? [...own, ref] : own);
            if (last)
                entry.removed = removed;
            await removed;
            if (last && this.entries.get(ref) === entry)
                this.entries.delete(ref);
        }
    }
}

export { DockerEngine, DockerUnavailableError };
