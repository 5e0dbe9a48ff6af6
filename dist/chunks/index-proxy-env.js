import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __VERSION__ = "1.0.0";

import { readFileSync, unlinkSync, realpathSync, constants, openSync, fstatSync, closeSync } from 'node:fs';
import { utimes, readFile, unlink, open, stat, lstat, readlink, readdir, rm } from 'node:fs/promises';
import { resolve, dirname, join, basename } from 'node:path';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout } from 'node:timers/promises';
import { f as redact, U as UsageError, c as addSecret } from './index-redact.js';

/** A file being written by its creator (created, not yet filled) is not stale before this. */
const FILLING_MS = 10_000;
/** How often a waiter looks again. */
const POLL_MS = 25;
const thisHost = hostname();
/** The locks this process holds, by path: taking one again shares it (counted). */
const held = new Map();
let exitHook = false;
/**
 * A lock file (`PATH.lock`): created with O_EXCL holding the pid, host and start time of its holder.
 * A lock whose holder is gone is stale and taken over: on this host when its pid is dead or now
 * names another process (its start time differs), from another host when its file has not been
 * refreshed within `staleMs`. Taking over goes through a second short lock (`PATH.lock.takeover`),
 * so two runs finding the same stale lock never both get it. Held locks are removed at process exit.
 */
class LockFile {
    path;
    holder;
    refresh;
    count = 1;
    constructor(path, holder) {
        this.path = path;
        this.holder = holder;
    }
    /**
     * Takes the lock at `path`, or returns the live holder that has it (after waiting up to `waitMs`).
     * A lock this process already holds is shared: it is removed when every taker has released it.
     */
    static async acquire(path, options) {
        const mineAlready = held.get(path);
        if (mineAlready) {
            mineAlready.count++;
            return mineAlready;
        }
        const deadline = Date.now() + (options.waitMs ?? 0);
        // Bounded even when a stale lock cannot be removed (a directory in its way, say).
        const giveUp = deadline + FILLING_MS;
        for (;;) {
            const mine = await create(path);
            if (mine)
                return LockFile.held(path, mine, options.staleMs);
            const found = await inspect(path, options.staleMs);
            if (found.stale && Date.now() < giveUp) {
                if (await takeOver(path, found.token, options.staleMs))
                    options.onStale?.(found.holder, found.stale);
                continue;
            }
            if (found.missing && Date.now() < giveUp)
                continue;
            if (Date.now() >= deadline)
                return found.holder ?? unknownHolder();
            await setTimeout(POLL_MS);
        }
    }
    /** Runs `task` holding the lock at `path`; throws `busy(holder)` when a live holder keeps it past `waitMs`. */
    static async with(path, options, busy, task) {
        const lock = await LockFile.acquire(path, options);
        if (!(lock instanceof LockFile))
            throw busy(lock);
        try {
            return await task();
        }
        finally {
            await lock.release();
        }
    }
    static held(path, holder, staleMs) {
        const lock = new LockFile(path, holder);
        held.set(path, lock);
        if (!exitHook) {
            exitHook = true;
            process.on('exit', () => {
                for (const lock of held.values())
                    lock.releaseSync();
            });
        }
        // Another host can only tell a live holder by the file's time: touch it well within staleMs.
        lock.refresh = setInterval(() => void utimes(path, new Date(), new Date()).catch(() => undefined), Math.max(1_000, staleMs / 4));
        lock.refresh.unref();
        return lock;
    }
    /** Removes the lock file if it is still this holder's. */
    async release() {
        if (held.get(this.path) !== this || --this.count > 0)
            return;
        held.delete(this.path);
        clearInterval(this.refresh);
        const text = await readFile(this.path, 'utf8').catch(() => '');
        if (parseHolder(text)?.token === this.holder.token)
            await unlink(this.path).catch(() => undefined);
    }
    releaseSync() {
        held.delete(this.path);
        try {
            if (parseHolder(readFileSync(this.path, 'utf8'))?.token === this.holder.token)
                unlinkSync(this.path);
        }
        catch {
            // Gone already, or unreadable: nothing of ours to remove.
        }
    }
}
/** Creates the lock file with O_EXCL; undefined when it exists. */
async function create(path) {
    const holder = {
        pid: process.pid,
        host: thisHost,
        startedAt: new Date().toISOString(),
        ...(procStart(process.pid) ? { procStart: procStart(process.pid) } : {}),
        token: randomBytes(8).toString('hex')
    };
    let handle;
    try {
        handle = await open(path, 'wx', 0o644);
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return undefined;
        throw error;
    }
    try {
        await handle.writeFile(`${JSON.stringify(holder)}\n`);
        await handle.sync();
    }
    catch (error) {
        await handle.close().catch(() => undefined);
        await unlink(path).catch(() => undefined);
        throw error;
    }
    await handle.close();
    return holder;
}
/** Reads a lock file and decides whether its holder is gone. */
async function inspect(path, staleMs) {
    let text;
    let age;
    try {
        ;
        [text, age] = await Promise.all([readFile(path, 'utf8'), stat(path).then((info) => Date.now() - info.mtimeMs)]);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return { missing: true };
        throw error;
    }
    const holder = parseHolder(text);
    if (!holder)
        return age > FILLING_MS ? { stale: 'it is empty or not a lock file', token: '' } : {};
    const base = { holder, token: holder.token };
    if (holder.host === thisHost) {
        if (!isAlive(holder.pid))
            return { ...base, stale: `process ${holder.pid} is gone` };
        const start = procStart(holder.pid);
        if (holder.procStart && start && start !== holder.procStart)
            return { ...base, stale: `process ${holder.pid} is another process now` };
        return base;
    }
    return age > staleMs ? { ...base, stale: `not refreshed for ${Math.round(age / 1000)} s by host ${holder.host}` } : base;
}
/** Removes a stale lock under the takeover lock, if it is still the one found; true when it did. */
async function takeOver(path, token, staleMs) {
    const guard = `${path}.takeover`;
    const mine = await create(guard);
    if (!mine) {
        // A takeover left by a process killed in its few milliseconds: stale after FILLING_MS.
        const info = await stat(guard).catch(() => undefined);
        if (info && Date.now() - info.mtimeMs > FILLING_MS)
            await unlink(guard).catch(() => undefined);
        else
            await setTimeout(POLL_MS);
        return false;
    }
    try {
        const again = await inspect(path, staleMs);
        if (!again.stale || again.token !== token)
            return false;
        await unlink(path).catch(() => undefined);
        return true;
    }
    finally {
        await unlink(guard).catch(() => undefined);
    }
}
function parseHolder(text) {
    try {
        const value = JSON.parse(text);
        return value && typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.token === 'string' ? value : undefined;
    }
    catch {
        return undefined;
    }
}
const unknownHolder = () => ({ pid: 0, host: '?', startedAt: '?', token: '' });
/** Whether a process with this pid exists on this host. */
function isAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/** A process's start time in clock ticks since boot (Linux), undefined where /proc can't tell. */
function procStart(pid) {
    try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    }
    catch {
        return undefined;
    }
}

/**
 * The absolute path `path` names once symbolic links are followed: the longest part that exists is
 * resolved by the filesystem, the rest (not created yet) appended as written.
 */
function resolvedPath(path) {
    const absolute = resolve(path);
    try {
        return realpathSync(absolute);
    }
    catch {
        const parent = dirname(absolute);
        return parent === absolute ? absolute : join(resolvedPath(parent), basename(absolute));
    }
}

/** What a path is, in words, when it is not a regular file or a directory (a FIFO, a socket, a device). */
function specialKind(info) {
    if (info.isFIFO())
        return 'a FIFO';
    if (info.isSocket())
        return 'a socket';
    if (info.isCharacterDevice() || info.isBlockDevice())
        return 'a device';
    return undefined;
}
/** A file that is not a regular file where one was expected (code `ENOTREG`). */
class NotRegularFileError extends Error {
    path;
    what;
    code = 'ENOTREG';
    constructor(path, what) {
        super(`${path}: is ${what}, not a regular file`);
        this.path = path;
        this.what = what;
    }
}
/**
 * Reads a regular file. It is opened non-blocking and checked before any read, so a FIFO, socket or
 * device put in a file's place is an error at once ({@link NotRegularFileError}), never a wait.
 */
async function readRegularFile(path) {
    const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
        const info = await handle.stat();
        if (!info.isFile())
            throw new NotRegularFileError(path, specialKind(info) ?? 'a directory');
        return await handle.readFile();
    }
    finally {
        await handle.close();
    }
}
/**
 * {@link readRegularFile}, synchronously (option parsing): a FIFO or device is an error at once.
 * A blocking read would stall the main thread, where no signal handler could run.
 */
function readRegularFileSync(path) {
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
        const info = fstatSync(fd);
        if (!info.isFile())
            throw new NotRegularFileError(path, specialKind(info) ?? 'a directory');
        return readFileSync(fd);
    }
    finally {
        closeSync(fd);
    }
}
/** Symbolic links followed at most this deep (Linux's own limit). */
const MAX_LINKS = 40;
/**
 * The absolute path a file is (or would be) written at: symbolic links followed, dangling ones
 * too (a link to a state file not written yet), then the parent's {@link resolvedPath}. Two paths
 * name the same file exactly when their resolved paths are equal.
 */
async function resolveFile(path) {
    let current = resolve(path);
    for (let links = 0; links < MAX_LINKS; links++) {
        const info = await lstat(current).catch(() => undefined);
        if (!info?.isSymbolicLink())
            return join(resolvedPath(dirname(current)), basename(current));
        current = resolve(dirname(current), await readlink(current));
    }
    return current;
}
/** The start of this process (ms since the epoch): anything older was not written by this run. */
const processStart = () => performance.timeOrigin;
/** Temporary files of a run killed longer ago than this are removed whatever their pid says (another host's). */
const ABANDONED_MS = 60 * 60 * 1000;
/**
 * Removes the temporary files a killed run left in `directory`: names `match` recognises (returning
 * the writer's pid, or undefined when the name holds none), older than this run, and either written
 * by a process that is gone or untouched for an hour. Returns how many it removed; never throws.
 */
async function removeLeftTemps(directory, match) {
    const names = await readdir(directory).catch(() => []);
    let removed = 0;
    for (const name of names) {
        const pid = match(name);
        if (pid === false || pid === process.pid)
            continue;
        const info = await stat(join(directory, name)).catch(() => undefined);
        if (!info?.isFile() || info.mtimeMs >= processStart())
            continue;
        if ((pid !== undefined && !isAlive(pid)) || Date.now() - info.mtimeMs > ABANDONED_MS) {
            await rm(join(directory, name), { force: true });
            removed++;
        }
    }
    return removed;
}

/** `HTTP_PROXY`, `HTTPS_PROXY`, `NO_PROXY` in either case (lowercase wins, as curl and undici do). */
function proxyEnv(env = process.env) {
    const read = (name) => (env[name.toLowerCase()] ?? env[name])?.trim() || undefined;
    return { httpProxy: read('HTTP_PROXY'), httpsProxy: read('HTTPS_PROXY'), noProxy: read('NO_PROXY') };
}
/** True when a request goes through a proxy for some origin. */
function usesProxy(proxies) {
    return Boolean(proxies.httpProxy || proxies.httpsProxy);
}
/**
 * Checks the proxy URLs before any request: each must be an `http:` or `https:` URL. A bad one is a
 * usage error quoting it without its credentials. Their passwords are registered with the redactor.
 */
function checkProxyEnv(proxies) {
    for (const [name, value] of [
        ['HTTP_PROXY', proxies.httpProxy],
        ['HTTPS_PROXY', proxies.httpsProxy]
    ]) {
        if (!value)
            continue;
        let url;
        try {
            url = new URL(value);
        }
        catch {
            throw new UsageError(`${name} "${redact(value)}": expected a URL such as http://proxy.example:3128`);
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:') {
            throw new UsageError(`${name} "${redact(value)}": expected an http:// or https:// proxy URL`);
        }
        addSecret(decodeURIComponent(url.password));
        addSecret(url.password);
    }
}
/**
 * The proxy a request to `url` goes through, or undefined when it goes direct: the rule of undici's
 * EnvHttpProxyAgent as createDispatcher configures it (HTTPS through `HTTPS_PROXY`, else
 * `HTTP_PROXY`; `NO_PROXY` entries match the host or its subdomains, with a port when they name one,
 * `*` matches everything), so a side connection (the TLS issuer probe) takes the path requests take.
 */
function proxyFor(url, proxies) {
    const proxy = url.protocol === 'https:' ? (proxies.httpsProxy ?? proxies.httpProxy) : proxies.httpProxy;
    if (!proxy)
        return undefined;
    const host = url.hostname.toLowerCase();
    const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
    const entries = (proxies.noProxy ?? '').split(/[,\s]/).filter(Boolean);
    if (entries.includes('*'))
        return undefined;
    for (const entry of entries) {
        const parsed = /^(.+):(\d+)$/.exec(entry);
        const name = (parsed ? parsed[1] : entry).replace(/^\*?\./, '').toLowerCase();
        if (parsed && Number(parsed[2]) !== port)
            continue;
        if (host === name || host.endsWith(`.${name}`))
            return undefined;
    }
    return proxy;
}
/** One line saying which proxies requests go through, credentials redacted (for the log). */
function describeProxies(proxies) {
    if (!usesProxy(proxies))
        return undefined;
    const parts = [
        proxies.httpsProxy && `HTTPS through ${redact(proxies.httpsProxy)}`,
        proxies.httpProxy && `HTTP through ${redact(proxies.httpProxy)}`,
        proxies.noProxy && `not for ${proxies.noProxy}`
    ].filter(Boolean);
    return `proxy: ${parts.join(', ')}`;
}

export { LockFile as L, NotRegularFileError as N, resolveFile as a, removeLeftTemps as b, proxyEnv as c, readRegularFileSync as d, describeProxies as e, resolvedPath as f, checkProxyEnv as g, proxyFor as p, readRegularFile as r, specialKind as s, usesProxy as u };
