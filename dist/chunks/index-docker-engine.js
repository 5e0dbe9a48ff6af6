import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __VERSION__ = "1.0.0";

import { m as markSide, U as UsageError } from './index-printable.js';
import { a as DockerCli, D as DockerCommandError } from './index-docker-cli.js';
import 'string_decoder';
import 'os';
import 'events';
import 'child_process';
import 'path';
import 'assert';
import 'fs';
import 'timers';

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
            await this.login(options.sourceHost).catch((error) => Promise.reject(markSide(error, 'source')));
            await this.docker.pull(ref).catch((error) => Promise.reject(markSide(error, 'source')));
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
        const source = `${this.options.sourceHost}/${job.sourceRepository}@${job.digest}`;
        const target = `${this.options.targetHost}/${job.targetRepository}:${job.tag}`;
        signal.throwIfAborted();
        const work = this.pulls.use(source, [target], async () => {
            signal.throwIfAborted();
            await this.docker.tag(source, target);
            await this.login(this.options.targetHost).catch((error) => Promise.reject(markSide(error, 'target')));
            signal.throwIfAborted();
            const pushed = await this.docker.push(target).catch((error) => Promise.reject(markSide(error, 'target')));
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
