import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __VERSION__ = "1.0.0";

import { rootCertificates } from 'node:tls';
import { a as getDefaultExportFromCjs } from './index-_commonjsHelpers.js';
import { m as requireAgent, K as requireDispatcherBase, d as requireSymbols, G as requireProxyAgent, i as requireDispatcher, _ as __require$1, l as __require$2, a as requireErrors, e as requireUtil, g as requireConnect } from './index-proxy-agent.js';
import { createRequire } from 'node:module';
import { c as proxyEnv, u as usesProxy, d as readRegularFileSync } from './index-proxy-env.js';

var agentExports = requireAgent();
var AgentClass = /*@__PURE__*/getDefaultExportFromCjs(agentExports);

var envHttpProxyAgent;
var hasRequiredEnvHttpProxyAgent;

function requireEnvHttpProxyAgent () {
	if (hasRequiredEnvHttpProxyAgent) return envHttpProxyAgent;
	hasRequiredEnvHttpProxyAgent = 1;

	const DispatcherBase = requireDispatcherBase();
	const { kClose, kDestroy, kClosed, kDestroyed, kDispatch, kNoProxyAgent, kHttpProxyAgent, kHttpsProxyAgent } = requireSymbols();
	const ProxyAgent = requireProxyAgent();
	const Agent = requireAgent();

	const DEFAULT_PORTS = {
	  'http:': 80,
	  'https:': 443
	};

	class EnvHttpProxyAgent extends DispatcherBase {
	  #noProxyValue = null
	  #noProxyEntries = null
	  #opts = null

	  constructor (opts = {}) {
	    super();
	    this.#opts = opts;

	    const { httpProxy, httpsProxy, noProxy, ...agentOpts } = opts;

	    this[kNoProxyAgent] = new Agent(agentOpts);

	    const HTTP_PROXY = httpProxy ?? process.env.http_proxy ?? process.env.HTTP_PROXY;
	    if (HTTP_PROXY) {
	      this[kHttpProxyAgent] = new ProxyAgent({ ...agentOpts, uri: HTTP_PROXY });
	    } else {
	      this[kHttpProxyAgent] = this[kNoProxyAgent];
	    }

	    const HTTPS_PROXY = httpsProxy ?? process.env.https_proxy ?? process.env.HTTPS_PROXY;
	    if (HTTPS_PROXY) {
	      this[kHttpsProxyAgent] = new ProxyAgent({ ...agentOpts, uri: HTTPS_PROXY });
	    } else {
	      this[kHttpsProxyAgent] = this[kHttpProxyAgent];
	    }

	    this.#parseNoProxy();
	  }

	  [kDispatch] (opts, handler) {
	    const url = new URL(opts.origin);
	    const agent = this.#getProxyAgentForUrl(url);
	    return agent.dispatch(opts, handler)
	  }

	  [kClose] () {
	    return Promise.all([
	      this[kNoProxyAgent].close(),
	      !this[kHttpProxyAgent][kClosed] && this[kHttpProxyAgent].close(),
	      !this[kHttpsProxyAgent][kClosed] && this[kHttpsProxyAgent].close()
	    ])
	  }

	  [kDestroy] (err) {
	    return Promise.all([
	      this[kNoProxyAgent].destroy(err),
	      !this[kHttpProxyAgent][kDestroyed] && this[kHttpProxyAgent].destroy(err),
	      !this[kHttpsProxyAgent][kDestroyed] && this[kHttpsProxyAgent].destroy(err)
	    ])
	  }

	  #getProxyAgentForUrl (url) {
	    let { protocol, host: hostname, port } = url;

	    // Stripping ports in this way instead of using parsedUrl.hostname to make
	    // sure that the brackets around IPv6 addresses are kept.
	    hostname = hostname.replace(/:\d*$/, '').toLowerCase();
	    port = Number.parseInt(port, 10) || DEFAULT_PORTS[protocol] || 0;
	    if (!this.#shouldProxy(hostname, port)) {
	      return this[kNoProxyAgent]
	    }
	    if (protocol === 'https:') {
	      return this[kHttpsProxyAgent]
	    }
	    return this[kHttpProxyAgent]
	  }

	  #shouldProxy (hostname, port) {
	    if (this.#noProxyChanged) {
	      this.#parseNoProxy();
	    }

	    if (this.#noProxyEntries.length === 0) {
	      return true // Always proxy if NO_PROXY is not set or empty.
	    }
	    if (this.#noProxyValue === '*') {
	      return false // Never proxy if wildcard is set.
	    }

	    for (let i = 0; i < this.#noProxyEntries.length; i++) {
	      const entry = this.#noProxyEntries[i];
	      if (entry.port && entry.port !== port) {
	        continue // Skip if ports don't match.
	      }
	      // Don't proxy if the hostname is equal with the no_proxy host.
	      if (hostname === entry.hostname) {
	        return false
	      }
	      // Don't proxy if the hostname is the subdomain of the no_proxy host.
	      // Reference - https://github.com/denoland/deno/blob/6fbce91e40cc07fc6da74068e5cc56fdd40f7b4c/ext/fetch/proxy.rs#L485
	      if (hostname.slice(-(entry.hostname.length + 1)) === `.${entry.hostname}`) {
	        return false
	      }
	    }

	    return true
	  }

	  #parseNoProxy () {
	    const noProxyValue = this.#opts.noProxy ?? this.#noProxyEnv;
	    const noProxySplit = noProxyValue.split(/[,\s]/);
	    const noProxyEntries = [];

	    for (let i = 0; i < noProxySplit.length; i++) {
	      const entry = noProxySplit[i];
	      if (!entry) {
	        continue
	      }
	      const parsed = entry.match(/^(.+):(\d+)$/);
	      noProxyEntries.push({
	        // strip leading dot or asterisk with dot
	        hostname: (parsed ? parsed[1] : entry).replace(/^\*?\./, '').toLowerCase(),
	        port: parsed ? Number.parseInt(parsed[2], 10) : 0
	      });
	    }

	    this.#noProxyValue = noProxyValue;
	    this.#noProxyEntries = noProxyEntries;
	  }

	  get #noProxyChanged () {
	    if (this.#opts.noProxy !== undefined) {
	      return false
	    }
	    return this.#noProxyValue !== this.#noProxyEnv
	  }

	  get #noProxyEnv () {
	    return process.env.no_proxy ?? process.env.NO_PROXY ?? ''
	  }
	}

	envHttpProxyAgent = EnvHttpProxyAgent;
	return envHttpProxyAgent;
}

var envHttpProxyAgentExports = requireEnvHttpProxyAgent();
var EnvHttpProxyAgentClass = /*@__PURE__*/getDefaultExportFromCjs(envHttpProxyAgentExports);

var dispatcherExports = requireDispatcher();
var DispatcherClass = /*@__PURE__*/getDefaultExportFromCjs(dispatcherExports);

var api$1 = {};

var apiRequest = {exports: {}};

const require$1 = createRequire(import.meta.url);
function __require() { return require$1("node:async_hooks"); }

var readable;
var hasRequiredReadable;

function requireReadable () {
	if (hasRequiredReadable) return readable;
	hasRequiredReadable = 1;

	const assert = __require$1();
	const { Readable } = __require$2();
	const { RequestAbortedError, NotSupportedError, InvalidArgumentError, AbortError } = requireErrors();
	const util = requireUtil();
	const { ReadableStreamFrom } = requireUtil();

	const kConsume = Symbol('kConsume');
	const kReading = Symbol('kReading');
	const kBody = Symbol('kBody');
	const kAbort = Symbol('kAbort');
	const kContentType = Symbol('kContentType');
	const kContentLength = Symbol('kContentLength');
	const kUsed = Symbol('kUsed');
	const kBytesRead = Symbol('kBytesRead');

	const noop = () => {};

	/**
	 * @class
	 * @extends {Readable}
	 * @see https://fetch.spec.whatwg.org/#body
	 */
	class BodyReadable extends Readable {
	  /**
	   * @param {object} opts
	   * @param {(this: Readable, size: number) => void} opts.resume
	   * @param {() => (void | null)} opts.abort
	   * @param {string} [opts.contentType = '']
	   * @param {number} [opts.contentLength]
	   * @param {number} [opts.highWaterMark = 64 * 1024]
	   */
	  constructor ({
	    resume,
	    abort,
	    contentType = '',
	    contentLength,
	    highWaterMark = 64 * 1024 // Same as nodejs fs streams.
	  }) {
	    super({
	      autoDestroy: true,
	      read: resume,
	      highWaterMark
	    });

	    this._readableState.dataEmitted = false;

	    this[kAbort] = abort;

	    /** @type {Consume | null} */
	    this[kConsume] = null;

	    /** @type {number} */
	    this[kBytesRead] = 0;

	    /** @type {ReadableStream|null} */
	    this[kBody] = null;

	    /** @type {boolean} */
	    this[kUsed] = false;

	    /** @type {string} */
	    this[kContentType] = contentType;

	    /** @type {number|null} */
	    this[kContentLength] = Number.isFinite(contentLength) ? contentLength : null;

	    /**
	     * Is stream being consumed through Readable API?
	     * This is an optimization so that we avoid checking
	     * for 'data' and 'readable' listeners in the hot path
	     * inside push().
	     *
	     * @type {boolean}
	     */
	    this[kReading] = false;
	  }

	  /**
	   * @param {Error|null} err
	   * @param {(error:(Error|null)) => void} callback
	   * @returns {void}
	   */
	  _destroy (err, callback) {
	    if (!err && !this._readableState.endEmitted) {
	      err = new RequestAbortedError();
	    }

	    if (err) {
	      this[kAbort]();
	    }

	    // Workaround for Node "bug". If the stream is destroyed in same
	    // tick as it is created, then a user who is waiting for a
	    // promise (i.e micro tick) for installing an 'error' listener will
	    // never get a chance and will always encounter an unhandled exception.
	    if (!this[kUsed]) {
	      setImmediate(callback, err);
	    } else {
	      callback(err);
	    }
	  }

	  /**
	   * @param {string|symbol} event
	   * @param {(...args: any[]) => void} listener
	   * @returns {this}
	   */
	  on (event, listener) {
	    if (event === 'data' || event === 'readable') {
	      this[kReading] = true;
	      this[kUsed] = true;
	    }
	    return super.on(event, listener)
	  }

	  /**
	   * @param {string|symbol} event
	   * @param {(...args: any[]) => void} listener
	   * @returns {this}
	   */
	  addListener (event, listener) {
	    return this.on(event, listener)
	  }

	  /**
	   * @param {string|symbol} event
	   * @param {(...args: any[]) => void} listener
	   * @returns {this}
	   */
	  off (event, listener) {
	    const ret = super.off(event, listener);
	    if (event === 'data' || event === 'readable') {
	      this[kReading] = (
	        this.listenerCount('data') > 0 ||
	        this.listenerCount('readable') > 0
	      );
	    }
	    return ret
	  }

	  /**
	   * @param {string|symbol} event
	   * @param {(...args: any[]) => void} listener
	   * @returns {this}
	   */
	  removeListener (event, listener) {
	    return this.off(event, listener)
	  }

	  /**
	   * @param {Buffer|null} chunk
	   * @returns {boolean}
	   */
	  push (chunk) {
	    if (chunk) {
	      this[kBytesRead] += chunk.length;
	      if (this[kConsume]) {
	        consumePush(this[kConsume], chunk);
	        return this[kReading] ? super.push(chunk) : true
	      }
	    }

	    return super.push(chunk)
	  }

	  /**
	   * Consumes and returns the body as a string.
	   *
	   * @see https://fetch.spec.whatwg.org/#dom-body-text
	   * @returns {Promise<string>}
	   */
	  text () {
	    return consume(this, 'text')
	  }

	  /**
	   * Consumes and returns the body as a JavaScript Object.
	   *
	   * @see https://fetch.spec.whatwg.org/#dom-body-json
	   * @returns {Promise<unknown>}
	   */
	  json () {
	    return consume(this, 'json')
	  }

	  /**
	   * Consumes and returns the body as a Blob
	   *
	   * @see https://fetch.spec.whatwg.org/#dom-body-blob
	   * @returns {Promise<Blob>}
	   */
	  blob () {
	    return consume(this, 'blob')
	  }

	  /**
	   * Consumes and returns the body as an Uint8Array.
	   *
	   * @see https://fetch.spec.whatwg.org/#dom-body-bytes
	   * @returns {Promise<Uint8Array>}
	   */
	  bytes () {
	    return consume(this, 'bytes')
	  }

	  /**
	   * Consumes and returns the body as an ArrayBuffer.
	   *
	   * @see https://fetch.spec.whatwg.org/#dom-body-arraybuffer
	   * @returns {Promise<ArrayBuffer>}
	   */
	  arrayBuffer () {
	    return consume(this, 'arrayBuffer')
	  }

	  /**
	   * Not implemented
	   *
	   * @see https://fetch.spec.whatwg.org/#dom-body-formdata
	   * @throws {NotSupportedError}
	   */
	  async formData () {
	    // TODO: Implement.
	    throw new NotSupportedError()
	  }

	  /**
	   * Returns true if the body is not null and the body has been consumed.
	   * Otherwise, returns false.
	   *
	   * @see https://fetch.spec.whatwg.org/#dom-body-bodyused
	   * @readonly
	   * @returns {boolean}
	   */
	  get bodyUsed () {
	    return util.isDisturbed(this)
	  }

	  /**
	   * @see https://fetch.spec.whatwg.org/#dom-body-body
	   * @readonly
	   * @returns {ReadableStream}
	   */
	  get body () {
	    if (!this[kBody]) {
	      this[kBody] = ReadableStreamFrom(this);
	      if (this[kConsume]) {
	        // TODO: Is this the best way to force a lock?
	        this[kBody].getReader(); // Ensure stream is locked.
	        assert(this[kBody].locked);
	      }
	    }
	    return this[kBody]
	  }

	  /**
	   * Dumps the response body by reading `limit` number of bytes.
	   * @param {object} opts
	   * @param {number} [opts.limit = 131072] Number of bytes to read.
	   * @param {AbortSignal} [opts.signal] An AbortSignal to cancel the dump.
	   * @returns {Promise<null>}
	   */
	  dump (opts) {
	    const signal = opts?.signal;

	    if (signal != null && (typeof signal !== 'object' || !('aborted' in signal))) {
	      return Promise.reject(new InvalidArgumentError('signal must be an AbortSignal'))
	    }

	    const limit = opts?.limit && Number.isFinite(opts.limit)
	      ? opts.limit
	      : 128 * 1024;

	    if (signal?.aborted) {
	      return Promise.reject(signal.reason ?? new AbortError())
	    }

	    if (this._readableState.closeEmitted) {
	      return Promise.resolve(null)
	    }

	    return new Promise((resolve, reject) => {
	      if (
	        (this[kContentLength] && (this[kContentLength] > limit)) ||
	        this[kBytesRead] > limit
	      ) {
	        this.destroy(new AbortError());
	      }

	      if (signal) {
	        const onAbort = () => {
	          this.destroy(signal.reason ?? new AbortError());
	        };
	        signal.addEventListener('abort', onAbort);
	        this
	          .on('close', function () {
	            signal.removeEventListener('abort', onAbort);
	            if (signal.aborted) {
	              reject(signal.reason ?? new AbortError());
	            } else {
	              resolve(null);
	            }
	          });
	      } else {
	        this.on('close', resolve);
	      }

	      this
	        .on('error', noop)
	        .on('data', () => {
	          if (this[kBytesRead] > limit) {
	            this.destroy();
	          }
	        })
	        .resume();
	    })
	  }

	  /**
	   * @param {BufferEncoding} encoding
	   * @returns {this}
	   */
	  setEncoding (encoding) {
	    if (Buffer.isEncoding(encoding)) {
	      this._readableState.encoding = encoding;
	    }
	    return this
	  }
	}

	/**
	 * @see https://streams.spec.whatwg.org/#readablestream-locked
	 * @param {BodyReadable} bodyReadable
	 * @returns {boolean}
	 */
	function isLocked (bodyReadable) {
	  // Consume is an implicit lock.
	  return bodyReadable[kBody]?.locked === true || bodyReadable[kConsume] !== null
	}

	/**
	 * @see https://fetch.spec.whatwg.org/#body-unusable
	 * @param {BodyReadable} bodyReadable
	 * @returns {boolean}
	 */
	function isUnusable (bodyReadable) {
	  return util.isDisturbed(bodyReadable) || isLocked(bodyReadable)
	}

	/**
	 * @typedef {'text' | 'json' | 'blob' | 'bytes' | 'arrayBuffer'} ConsumeType
	 */

	/**
	 * @template {ConsumeType} T
	 * @typedef {T extends 'text' ? string :
	 *           T extends 'json' ? unknown :
	 *           T extends 'blob' ? Blob :
	 *           T extends 'arrayBuffer' ? ArrayBuffer :
	 *           T extends 'bytes' ? Uint8Array :
	 *           never
	 * } ConsumeReturnType
	 */
	/**
	 * @typedef {object} Consume
	 * @property {ConsumeType} type
	 * @property {BodyReadable} stream
	 * @property {((value?: any) => void)} resolve
	 * @property {((err: Error) => void)} reject
	 * @property {number} length
	 * @property {Buffer[]} body
	 */

	/**
	 * @template {ConsumeType} T
	 * @param {BodyReadable} stream
	 * @param {T} type
	 * @returns {Promise<ConsumeReturnType<T>>}
	 */
	function consume (stream, type) {
	  assert(!stream[kConsume]);

	  return new Promise((resolve, reject) => {
	    if (isUnusable(stream)) {
	      const rState = stream._readableState;
	      if (rState.destroyed && rState.closeEmitted === false) {
	        stream
	          .on('error', reject)
	          .on('close', () => {
	            reject(new TypeError('unusable'));
	          });
	      } else {
	        reject(rState.errored ?? new TypeError('unusable'));
	      }
	    } else {
	      queueMicrotask(() => {
	        stream[kConsume] = {
	          type,
	          stream,
	          resolve,
	          reject,
	          length: 0,
	          body: []
	        };

	        stream
	          .on('error', function (err) {
	            consumeFinish(this[kConsume], err);
	          })
	          .on('close', function () {
	            if (this[kConsume].body !== null) {
	              consumeFinish(this[kConsume], new RequestAbortedError());
	            }
	          });

	        consumeStart(stream[kConsume]);
	      });
	    }
	  })
	}

	/**
	 * @param {Consume} consume
	 * @returns {void}
	 */
	function consumeStart (consume) {
	  if (consume.body === null) {
	    return
	  }

	  const { _readableState: state } = consume.stream;

	  if (state.bufferIndex) {
	    const start = state.bufferIndex;
	    const end = state.buffer.length;
	    for (let n = start; n < end; n++) {
	      consumePush(consume, state.buffer[n]);
	    }
	  } else {
	    for (const chunk of state.buffer) {
	      consumePush(consume, chunk);
	    }
	  }

	  if (state.endEmitted) {
	    consumeEnd(this[kConsume], this._readableState.encoding);
	  } else {
	    consume.stream.on('end', function () {
	      consumeEnd(this[kConsume], this._readableState.encoding);
	    });
	  }

	  consume.stream.resume();

	  while (consume.stream.read() != null) {
	    // Loop
	  }
	}

	/**
	 * @param {Buffer[]} chunks
	 * @param {number} length
	 * @param {BufferEncoding} [encoding='utf8']
	 * @returns {string}
	 */
	function chunksDecode (chunks, length, encoding) {
	  if (chunks.length === 0 || length === 0) {
	    return ''
	  }
	  const buffer = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, length);
	  const bufferLength = buffer.length;

	  // Skip BOM.
	  const start =
	    bufferLength > 2 &&
	    buffer[0] === 0xef &&
	    buffer[1] === 0xbb &&
	    buffer[2] === 0xbf
	      ? 3
	      : 0;
	  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') {
	    return buffer.utf8Slice(start, bufferLength)
	  } else {
	    return buffer.subarray(start, bufferLength).toString(encoding)
	  }
	}

	/**
	 * @param {Buffer[]} chunks
	 * @param {number} length
	 * @returns {Uint8Array}
	 */
	function chunksConcat (chunks, length) {
	  if (chunks.length === 0 || length === 0) {
	    return new Uint8Array(0)
	  }
	  if (chunks.length === 1) {
	    // fast-path
	    return new Uint8Array(chunks[0])
	  }
	  const buffer = new Uint8Array(Buffer.allocUnsafeSlow(length).buffer);

	  let offset = 0;
	  for (let i = 0; i < chunks.length; ++i) {
	    const chunk = chunks[i];
	    buffer.set(chunk, offset);
	    offset += chunk.length;
	  }

	  return buffer
	}

	/**
	 * @param {Consume} consume
	 * @param {BufferEncoding} encoding
	 * @returns {void}
	 */
	function consumeEnd (consume, encoding) {
	  const { type, body, resolve, stream, length } = consume;

	  try {
	    if (type === 'text') {
	      resolve(chunksDecode(body, length, encoding));
	    } else if (type === 'json') {
	      resolve(JSON.parse(chunksDecode(body, length, encoding)));
	    } else if (type === 'arrayBuffer') {
	      resolve(chunksConcat(body, length).buffer);
	    } else if (type === 'blob') {
	      resolve(new Blob(body, { type: stream[kContentType] }));
	    } else if (type === 'bytes') {
	      resolve(chunksConcat(body, length));
	    }

	    consumeFinish(consume);
	  } catch (err) {
	    stream.destroy(err);
	  }
	}

	/**
	 * @param {Consume} consume
	 * @param {Buffer} chunk
	 * @returns {void}
	 */
	function consumePush (consume, chunk) {
	  consume.length += chunk.length;
	  consume.body.push(chunk);
	}

	/**
	 * @param {Consume} consume
	 * @param {Error} [err]
	 * @returns {void}
	 */
	function consumeFinish (consume, err) {
	  if (consume.body === null) {
	    return
	  }

	  if (err) {
	    consume.reject(err);
	  } else {
	    consume.resolve();
	  }

	  // Reset the consume object to allow for garbage collection.
	  consume.type = null;
	  consume.stream = null;
	  consume.resolve = null;
	  consume.reject = null;
	  consume.length = 0;
	  consume.body = null;
	}

	readable = {
	  Readable: BodyReadable,
	  chunksDecode
	};
	return readable;
}

var hasRequiredApiRequest;

function requireApiRequest () {
	if (hasRequiredApiRequest) return apiRequest.exports;
	hasRequiredApiRequest = 1;

	const assert = __require$1();
	const { AsyncResource } = __require();
	const { Readable } = requireReadable();
	const { InvalidArgumentError, RequestAbortedError } = requireErrors();
	const util = requireUtil();

	function noop () {}

	class RequestHandler extends AsyncResource {
	  constructor (opts, callback) {
	    if (!opts || typeof opts !== 'object') {
	      throw new InvalidArgumentError('invalid opts')
	    }

	    const { signal, method, opaque, body, onInfo, responseHeaders, highWaterMark } = opts;

	    try {
	      if (typeof callback !== 'function') {
	        throw new InvalidArgumentError('invalid callback')
	      }

	      if (highWaterMark != null && (!Number.isFinite(highWaterMark) || highWaterMark < 0)) {
	        throw new InvalidArgumentError('invalid highWaterMark')
	      }

	      if (signal && typeof signal.on !== 'function' && typeof signal.addEventListener !== 'function') {
	        throw new InvalidArgumentError('signal must be an EventEmitter or EventTarget')
	      }

	      if (method === 'CONNECT') {
	        throw new InvalidArgumentError('invalid method')
	      }

	      if (onInfo && typeof onInfo !== 'function') {
	        throw new InvalidArgumentError('invalid onInfo callback')
	      }

	      super('UNDICI_REQUEST');
	    } catch (err) {
	      if (util.isStream(body)) {
	        util.destroy(body.on('error', noop), err);
	      }
	      throw err
	    }

	    this.method = method;
	    this.responseHeaders = responseHeaders || null;
	    this.opaque = opaque || null;
	    this.callback = callback;
	    this.res = null;
	    this.abort = null;
	    this.body = body;
	    this.trailers = {};
	    this.context = null;
	    this.onInfo = onInfo || null;
	    this.highWaterMark = highWaterMark;
	    this.reason = null;
	    this.removeAbortListener = null;

	    if (signal?.aborted) {
	      this.reason = signal.reason ?? new RequestAbortedError();
	    } else if (signal) {
	      this.removeAbortListener = util.addAbortListener(signal, () => {
	        this.reason = signal.reason ?? new RequestAbortedError();
	        if (this.res) {
	          util.destroy(this.res.on('error', noop), this.reason);
	        } else if (this.abort) {
	          this.abort(this.reason);
	        }
	      });
	    }
	  }

	  onConnect (abort, context) {
	    if (this.reason) {
	      abort(this.reason);
	      return
	    }

	    assert(this.callback);

	    this.abort = abort;
	    this.context = context;
	  }

	  onHeaders (statusCode, rawHeaders, resume, statusMessage) {
	    const { callback, opaque, abort, context, responseHeaders, highWaterMark } = this;

	    const headers = responseHeaders === 'raw' ? util.parseRawHeaders(rawHeaders) : util.parseHeaders(rawHeaders);

	    if (statusCode < 200) {
	      if (this.onInfo) {
	        this.onInfo({ statusCode, headers });
	      }
	      return
	    }

	    const parsedHeaders = responseHeaders === 'raw' ? util.parseHeaders(rawHeaders) : headers;
	    const contentType = parsedHeaders['content-type'];
	    const contentLength = parsedHeaders['content-length'];
	    const res = new Readable({
	      resume,
	      abort,
	      contentType,
	      contentLength: this.method !== 'HEAD' && contentLength
	        ? Number(contentLength)
	        : null,
	      highWaterMark
	    });

	    if (this.removeAbortListener) {
	      res.on('close', this.removeAbortListener);
	      this.removeAbortListener = null;
	    }

	    this.callback = null;
	    this.res = res;
	    if (callback !== null) {
	      try {
	        this.runInAsyncScope(callback, null, null, {
	          statusCode,
	          statusText: statusMessage,
	          headers,
	          trailers: this.trailers,
	          opaque,
	          body: res,
	          context
	        });
	      } catch (err) {
	        // If the callback throws synchronously, we need to handle it
	        // Remove reference to res to allow res being garbage collected
	        this.res = null;

	        // Destroy the response stream
	        util.destroy(res.on('error', noop), err);

	        // Use queueMicrotask to re-throw the error so it reaches uncaughtException
	        queueMicrotask(() => {
	          throw err
	        });
	      }
	    }
	  }

	  onData (chunk) {
	    return this.res.push(chunk)
	  }

	  onComplete (trailers) {
	    util.parseHeaders(trailers, this.trailers);
	    this.res.push(null);
	  }

	  onError (err) {
	    const { res, callback, body, opaque } = this;

	    if (callback) {
	      // TODO: Does this need queueMicrotask?
	      this.callback = null;
	      queueMicrotask(() => {
	        this.runInAsyncScope(callback, null, err, { opaque });
	      });
	    }

	    if (res) {
	      this.res = null;
	      // Ensure all queued handlers are invoked before destroying res.
	      queueMicrotask(() => {
	        util.destroy(res.on('error', noop), err);
	      });
	    }

	    if (body) {
	      this.body = null;

	      if (util.isStream(body)) {
	        body.on('error', noop);
	        util.destroy(body, err);
	      }
	    }

	    if (this.removeAbortListener) {
	      this.removeAbortListener();
	      this.removeAbortListener = null;
	    }
	  }
	}

	function request (opts, callback) {
	  if (callback === undefined) {
	    return new Promise((resolve, reject) => {
	      request.call(this, opts, (err, data) => {
	        return err ? reject(err) : resolve(data)
	      });
	    })
	  }

	  try {
	    const handler = new RequestHandler(opts, callback);

	    this.dispatch(opts, handler);
	  } catch (err) {
	    if (typeof callback !== 'function') {
	      throw err
	    }
	    const opaque = opts?.opaque;
	    queueMicrotask(() => callback(err, { opaque }));
	  }
	}

	apiRequest.exports = request;
	apiRequest.exports.RequestHandler = RequestHandler;
	return apiRequest.exports;
}

var abortSignal;
var hasRequiredAbortSignal;

function requireAbortSignal () {
	if (hasRequiredAbortSignal) return abortSignal;
	hasRequiredAbortSignal = 1;

	const { addAbortListener } = requireUtil();
	const { RequestAbortedError } = requireErrors();

	const kListener = Symbol('kListener');
	const kSignal = Symbol('kSignal');

	function abort (self) {
	  if (self.abort) {
	    self.abort(self[kSignal]?.reason);
	  } else {
	    self.reason = self[kSignal]?.reason ?? new RequestAbortedError();
	  }
	  removeSignal(self);
	}

	function addSignal (self, signal) {
	  self.reason = null;

	  self[kSignal] = null;
	  self[kListener] = null;

	  if (!signal) {
	    return
	  }

	  if (signal.aborted) {
	    abort(self);
	    return
	  }

	  self[kSignal] = signal;
	  self[kListener] = () => {
	    abort(self);
	  };

	  addAbortListener(self[kSignal], self[kListener]);
	}

	function removeSignal (self) {
	  if (!self[kSignal]) {
	    return
	  }

	  if ('removeEventListener' in self[kSignal]) {
	    self[kSignal].removeEventListener('abort', self[kListener]);
	  } else {
	    self[kSignal].removeListener('abort', self[kListener]);
	  }

	  self[kSignal] = null;
	  self[kListener] = null;
	}

	abortSignal = {
	  addSignal,
	  removeSignal
	};
	return abortSignal;
}

var apiStream;
var hasRequiredApiStream;

function requireApiStream () {
	if (hasRequiredApiStream) return apiStream;
	hasRequiredApiStream = 1;

	const assert = __require$1();
	const { finished } = __require$2();
	const { AsyncResource } = __require();
	const { InvalidArgumentError, InvalidReturnValueError } = requireErrors();
	const util = requireUtil();
	const { addSignal, removeSignal } = requireAbortSignal();

	function noop () {}

	class StreamHandler extends AsyncResource {
	  constructor (opts, factory, callback) {
	    if (!opts || typeof opts !== 'object') {
	      throw new InvalidArgumentError('invalid opts')
	    }

	    const { signal, method, opaque, body, onInfo, responseHeaders } = opts;

	    try {
	      if (typeof callback !== 'function') {
	        throw new InvalidArgumentError('invalid callback')
	      }

	      if (typeof factory !== 'function') {
	        throw new InvalidArgumentError('invalid factory')
	      }

	      if (signal && typeof signal.on !== 'function' && typeof signal.addEventListener !== 'function') {
	        throw new InvalidArgumentError('signal must be an EventEmitter or EventTarget')
	      }

	      if (method === 'CONNECT') {
	        throw new InvalidArgumentError('invalid method')
	      }

	      if (onInfo && typeof onInfo !== 'function') {
	        throw new InvalidArgumentError('invalid onInfo callback')
	      }

	      super('UNDICI_STREAM');
	    } catch (err) {
	      if (util.isStream(body)) {
	        util.destroy(body.on('error', noop), err);
	      }
	      throw err
	    }

	    this.responseHeaders = responseHeaders || null;
	    this.opaque = opaque || null;
	    this.factory = factory;
	    this.callback = callback;
	    this.res = null;
	    this.abort = null;
	    this.context = null;
	    this.trailers = null;
	    this.body = body;
	    this.onInfo = onInfo || null;

	    if (util.isStream(body)) {
	      body.on('error', (err) => {
	        this.onError(err);
	      });
	    }

	    addSignal(this, signal);
	  }

	  onConnect (abort, context) {
	    if (this.reason) {
	      abort(this.reason);
	      return
	    }

	    assert(this.callback);

	    this.abort = abort;
	    this.context = context;
	  }

	  onHeaders (statusCode, rawHeaders, resume, statusMessage) {
	    const { factory, opaque, context, responseHeaders } = this;

	    const headers = responseHeaders === 'raw' ? util.parseRawHeaders(rawHeaders) : util.parseHeaders(rawHeaders);

	    if (statusCode < 200) {
	      if (this.onInfo) {
	        this.onInfo({ statusCode, headers });
	      }
	      return
	    }

	    this.factory = null;

	    if (factory === null) {
	      return
	    }

	    const res = this.runInAsyncScope(factory, null, {
	      statusCode,
	      headers,
	      opaque,
	      context
	    });

	    if (
	      !res ||
	      typeof res.write !== 'function' ||
	      typeof res.end !== 'function' ||
	      typeof res.on !== 'function'
	    ) {
	      throw new InvalidReturnValueError('expected Writable')
	    }

	    // TODO: Avoid finished. It registers an unnecessary amount of listeners.
	    finished(res, { readable: false }, (err) => {
	      const { callback, res, opaque, trailers, abort } = this;

	      this.res = null;
	      if (err || !res?.readable) {
	        util.destroy(res, err);
	      }

	      this.callback = null;
	      this.runInAsyncScope(callback, null, err || null, { opaque, trailers });

	      if (err) {
	        abort();
	      }
	    });

	    res.on('drain', resume);

	    this.res = res;

	    const needDrain = res.writableNeedDrain !== undefined
	      ? res.writableNeedDrain
	      : res._writableState?.needDrain;

	    return needDrain !== true
	  }

	  onData (chunk) {
	    const { res } = this;

	    return res ? res.write(chunk) : true
	  }

	  onComplete (trailers) {
	    const { res } = this;

	    removeSignal(this);

	    if (!res) {
	      return
	    }

	    this.trailers = util.parseHeaders(trailers);

	    res.end();
	  }

	  onError (err) {
	    const { res, callback, opaque, body } = this;

	    removeSignal(this);

	    this.factory = null;

	    if (res) {
	      this.res = null;
	      util.destroy(res, err);
	    } else if (callback) {
	      this.callback = null;
	      queueMicrotask(() => {
	        this.runInAsyncScope(callback, null, err, { opaque });
	      });
	    }

	    if (body) {
	      this.body = null;
	      util.destroy(body, err);
	    }
	  }
	}

	function stream (opts, factory, callback) {
	  if (callback === undefined) {
	    return new Promise((resolve, reject) => {
	      stream.call(this, opts, factory, (err, data) => {
	        return err ? reject(err) : resolve(data)
	      });
	    })
	  }

	  try {
	    const handler = new StreamHandler(opts, factory, callback);

	    this.dispatch(opts, handler);
	  } catch (err) {
	    if (typeof callback !== 'function') {
	      throw err
	    }
	    const opaque = opts?.opaque;
	    queueMicrotask(() => callback(err, { opaque }));
	  }
	}

	apiStream = stream;
	return apiStream;
}

var apiPipeline;
var hasRequiredApiPipeline;

function requireApiPipeline () {
	if (hasRequiredApiPipeline) return apiPipeline;
	hasRequiredApiPipeline = 1;

	const {
	  Readable,
	  Duplex,
	  PassThrough
	} = __require$2();
	const assert = __require$1();
	const { AsyncResource } = __require();
	const {
	  InvalidArgumentError,
	  InvalidReturnValueError,
	  RequestAbortedError
	} = requireErrors();
	const util = requireUtil();
	const { addSignal, removeSignal } = requireAbortSignal();

	function noop () {}

	const kResume = Symbol('resume');

	class PipelineRequest extends Readable {
	  constructor () {
	    super({ autoDestroy: true });

	    this[kResume] = null;
	  }

	  _read () {
	    const { [kResume]: resume } = this;

	    if (resume) {
	      this[kResume] = null;
	      resume();
	    }
	  }

	  _destroy (err, callback) {
	    this._read();

	    callback(err);
	  }
	}

	class PipelineResponse extends Readable {
	  constructor (resume) {
	    super({ autoDestroy: true });
	    this[kResume] = resume;
	  }

	  _read () {
	    this[kResume]();
	  }

	  _destroy (err, callback) {
	    if (!err && !this._readableState.endEmitted) {
	      err = new RequestAbortedError();
	    }

	    callback(err);
	  }
	}

	class PipelineHandler extends AsyncResource {
	  constructor (opts, handler) {
	    if (!opts || typeof opts !== 'object') {
	      throw new InvalidArgumentError('invalid opts')
	    }

	    if (typeof handler !== 'function') {
	      throw new InvalidArgumentError('invalid handler')
	    }

	    const { signal, method, opaque, onInfo, responseHeaders } = opts;

	    if (signal && typeof signal.on !== 'function' && typeof signal.addEventListener !== 'function') {
	      throw new InvalidArgumentError('signal must be an EventEmitter or EventTarget')
	    }

	    if (method === 'CONNECT') {
	      throw new InvalidArgumentError('invalid method')
	    }

	    if (onInfo && typeof onInfo !== 'function') {
	      throw new InvalidArgumentError('invalid onInfo callback')
	    }

	    super('UNDICI_PIPELINE');

	    this.opaque = opaque || null;
	    this.responseHeaders = responseHeaders || null;
	    this.handler = handler;
	    this.abort = null;
	    this.context = null;
	    this.onInfo = onInfo || null;

	    this.req = new PipelineRequest().on('error', noop);

	    this.ret = new Duplex({
	      readableObjectMode: opts.objectMode,
	      autoDestroy: true,
	      read: () => {
	        const { body } = this;

	        if (body?.resume) {
	          body.resume();
	        }
	      },
	      write: (chunk, encoding, callback) => {
	        const { req } = this;

	        if (req.push(chunk, encoding) || req._readableState.destroyed) {
	          callback();
	        } else {
	          req[kResume] = callback;
	        }
	      },
	      destroy: (err, callback) => {
	        const { body, req, res, ret, abort } = this;

	        if (!err && !ret._readableState.endEmitted) {
	          err = new RequestAbortedError();
	        }

	        if (abort && err) {
	          abort();
	        }

	        util.destroy(body, err);
	        util.destroy(req, err);
	        util.destroy(res, err);

	        removeSignal(this);

	        callback(err);
	      }
	    }).on('prefinish', () => {
	      const { req } = this;

	      // Node < 15 does not call _final in same tick.
	      req.push(null);
	    });

	    this.res = null;

	    addSignal(this, signal);
	  }

	  onConnect (abort, context) {
	    const { res } = this;

	    if (this.reason) {
	      abort(this.reason);
	      return
	    }

	    assert(!res, 'pipeline cannot be retried');

	    this.abort = abort;
	    this.context = context;
	  }

	  onHeaders (statusCode, rawHeaders, resume) {
	    const { opaque, handler, context } = this;

	    if (statusCode < 200) {
	      if (this.onInfo) {
	        const headers = this.responseHeaders === 'raw' ? util.parseRawHeaders(rawHeaders) : util.parseHeaders(rawHeaders);
	        this.onInfo({ statusCode, headers });
	      }
	      return
	    }

	    this.res = new PipelineResponse(resume);

	    let body;
	    try {
	      this.handler = null;
	      const headers = this.responseHeaders === 'raw' ? util.parseRawHeaders(rawHeaders) : util.parseHeaders(rawHeaders);
	      body = this.runInAsyncScope(handler, null, {
	        statusCode,
	        headers,
	        opaque,
	        body: this.res,
	        context
	      });
	    } catch (err) {
	      this.res.on('error', noop);
	      throw err
	    }

	    if (!body || typeof body.on !== 'function') {
	      throw new InvalidReturnValueError('expected Readable')
	    }

	    body
	      .on('data', (chunk) => {
	        const { ret, body } = this;

	        if (!ret.push(chunk) && body.pause) {
	          body.pause();
	        }
	      })
	      .on('error', (err) => {
	        const { ret } = this;

	        util.destroy(ret, err);
	      })
	      .on('end', () => {
	        const { ret } = this;

	        ret.push(null);
	      })
	      .on('close', () => {
	        const { ret } = this;

	        if (!ret._readableState.ended) {
	          util.destroy(ret, new RequestAbortedError());
	        }
	      });

	    this.body = body;
	  }

	  onData (chunk) {
	    const { res } = this;
	    return res.push(chunk)
	  }

	  onComplete (trailers) {
	    const { res } = this;
	    res.push(null);
	  }

	  onError (err) {
	    const { ret } = this;
	    this.handler = null;
	    util.destroy(ret, err);
	  }
	}

	function pipeline (opts, handler) {
	  try {
	    const pipelineHandler = new PipelineHandler(opts, handler);
	    this.dispatch({ ...opts, body: pipelineHandler.req }, pipelineHandler);
	    return pipelineHandler.ret
	  } catch (err) {
	    return new PassThrough().destroy(err)
	  }
	}

	apiPipeline = pipeline;
	return apiPipeline;
}

var apiUpgrade;
var hasRequiredApiUpgrade;

function requireApiUpgrade () {
	if (hasRequiredApiUpgrade) return apiUpgrade;
	hasRequiredApiUpgrade = 1;

	const { InvalidArgumentError, SocketError } = requireErrors();
	const { AsyncResource } = __require();
	const assert = __require$1();
	const util = requireUtil();
	const { kHTTP2Stream } = requireSymbols();
	const { addSignal, removeSignal } = requireAbortSignal();

	class UpgradeHandler extends AsyncResource {
	  constructor (opts, callback) {
	    if (!opts || typeof opts !== 'object') {
	      throw new InvalidArgumentError('invalid opts')
	    }

	    if (typeof callback !== 'function') {
	      throw new InvalidArgumentError('invalid callback')
	    }

	    const { signal, opaque, responseHeaders } = opts;

	    if (signal && typeof signal.on !== 'function' && typeof signal.addEventListener !== 'function') {
	      throw new InvalidArgumentError('signal must be an EventEmitter or EventTarget')
	    }

	    super('UNDICI_UPGRADE');

	    this.responseHeaders = responseHeaders || null;
	    this.opaque = opaque || null;
	    this.callback = callback;
	    this.abort = null;
	    this.context = null;

	    addSignal(this, signal);
	  }

	  onConnect (abort, context) {
	    if (this.reason) {
	      abort(this.reason);
	      return
	    }

	    assert(this.callback);

	    this.abort = abort;
	    this.context = null;
	  }

	  onHeaders () {
	    throw new SocketError('bad upgrade', null)
	  }

	  onUpgrade (statusCode, rawHeaders, socket) {
	    assert(socket[kHTTP2Stream] === true ? statusCode === 200 : statusCode === 101);

	    const { callback, opaque, context } = this;

	    removeSignal(this);

	    this.callback = null;
	    const headers = this.responseHeaders === 'raw' ? util.parseRawHeaders(rawHeaders) : util.parseHeaders(rawHeaders);
	    this.runInAsyncScope(callback, null, null, {
	      headers,
	      socket,
	      opaque,
	      context
	    });
	  }

	  onError (err) {
	    const { callback, opaque } = this;

	    removeSignal(this);

	    if (callback) {
	      this.callback = null;
	      queueMicrotask(() => {
	        this.runInAsyncScope(callback, null, err, { opaque });
	      });
	    }
	  }
	}

	function upgrade (opts, callback) {
	  if (callback === undefined) {
	    return new Promise((resolve, reject) => {
	      upgrade.call(this, opts, (err, data) => {
	        return err ? reject(err) : resolve(data)
	      });
	    })
	  }

	  try {
	    const upgradeHandler = new UpgradeHandler(opts, callback);
	    const upgradeOpts = {
	      ...opts,
	      method: opts.method || 'GET',
	      upgrade: opts.protocol || 'Websocket'
	    };

	    this.dispatch(upgradeOpts, upgradeHandler);
	  } catch (err) {
	    if (typeof callback !== 'function') {
	      throw err
	    }
	    const opaque = opts?.opaque;
	    queueMicrotask(() => callback(err, { opaque }));
	  }
	}

	apiUpgrade = upgrade;
	return apiUpgrade;
}

var apiConnect;
var hasRequiredApiConnect;

function requireApiConnect () {
	if (hasRequiredApiConnect) return apiConnect;
	hasRequiredApiConnect = 1;

	const assert = __require$1();
	const { AsyncResource } = __require();
	const { InvalidArgumentError, SocketError } = requireErrors();
	const util = requireUtil();
	const { addSignal, removeSignal } = requireAbortSignal();

	class ConnectHandler extends AsyncResource {
	  constructor (opts, callback) {
	    if (!opts || typeof opts !== 'object') {
	      throw new InvalidArgumentError('invalid opts')
	    }

	    if (typeof callback !== 'function') {
	      throw new InvalidArgumentError('invalid callback')
	    }

	    const { signal, opaque, responseHeaders } = opts;

	    if (signal && typeof signal.on !== 'function' && typeof signal.addEventListener !== 'function') {
	      throw new InvalidArgumentError('signal must be an EventEmitter or EventTarget')
	    }

	    super('UNDICI_CONNECT');

	    this.opaque = opaque || null;
	    this.responseHeaders = responseHeaders || null;
	    this.callback = callback;
	    this.abort = null;

	    addSignal(this, signal);
	  }

	  onConnect (abort, context) {
	    if (this.reason) {
	      abort(this.reason);
	      return
	    }

	    assert(this.callback);

	    this.abort = abort;
	    this.context = context;
	  }

	  onHeaders () {
	    throw new SocketError('bad connect', null)
	  }

	  onUpgrade (statusCode, rawHeaders, socket) {
	    const { callback, opaque, context } = this;

	    removeSignal(this);

	    this.callback = null;

	    let headers = rawHeaders;
	    // Indicates is an HTTP2Session
	    if (headers != null) {
	      headers = this.responseHeaders === 'raw' ? util.parseRawHeaders(rawHeaders) : util.parseHeaders(rawHeaders);
	    }

	    this.runInAsyncScope(callback, null, null, {
	      statusCode,
	      headers,
	      socket,
	      opaque,
	      context
	    });
	  }

	  onError (err) {
	    const { callback, opaque } = this;

	    removeSignal(this);

	    if (callback) {
	      this.callback = null;
	      queueMicrotask(() => {
	        this.runInAsyncScope(callback, null, err, { opaque });
	      });
	    }
	  }
	}

	function connect (opts, callback) {
	  if (callback === undefined) {
	    return new Promise((resolve, reject) => {
	      connect.call(this, opts, (err, data) => {
	        return err ? reject(err) : resolve(data)
	      });
	    })
	  }

	  try {
	    const connectHandler = new ConnectHandler(opts, callback);
	    const connectOptions = { ...opts, method: 'CONNECT' };

	    this.dispatch(connectOptions, connectHandler);
	  } catch (err) {
	    if (typeof callback !== 'function') {
	      throw err
	    }
	    const opaque = opts?.opaque;
	    queueMicrotask(() => callback(err, { opaque }));
	  }
	}

	apiConnect = connect;
	return apiConnect;
}

var hasRequiredApi;

function requireApi () {
	if (hasRequiredApi) return api$1;
	hasRequiredApi = 1;

	api$1.request = requireApiRequest();
	api$1.stream = requireApiStream();
	api$1.pipeline = requireApiPipeline();
	api$1.upgrade = requireApiUpgrade();
	api$1.connect = requireApiConnect();
	return api$1;
}

var apiExports = requireApi();
var api = /*@__PURE__*/getDefaultExportFromCjs(apiExports);

var connectExports = requireConnect();
var connector = /*@__PURE__*/getDefaultExportFromCjs(connectExports);

// What undici's index does: the request/stream/pipeline/connect methods on every dispatcher (a proxy
// agent opens its CONNECT tunnels with `connect`).
Object.assign(DispatcherClass.prototype, api);
const Agent = AgentClass;
const EnvHttpProxyAgent = EnvHttpProxyAgentClass;
const buildConnector = connector;
/** undici's `request(url, { dispatcher, ... })`, for a URL and an explicit dispatcher. */
function request(url, options) {
    const { dispatcher, ...rest } = options;
    return dispatcher.request({ ...rest, origin: url.origin, path: `${url.pathname}${url.search}` });
}

/**
 * A test-only hook: lets end-to-end tests reach stand-ins under real host names (docker.io,
 * ghcr.io, ...) without touching /etc/hosts. `GCR_MIRROR_TEST_RESOLVE='ghcr.io=127.0.0.1:8443,...'`
 * sends connections for each named host to the given address, keeping the name for TLS (SNI and
 * certificate checks) and the `Host` header. Honoured only with `GCR_MIRROR_TEST=1`; otherwise undefined.
 */
function testConnector(env = process.env, tls = {}) {
    if (env.GCR_MIRROR_TEST !== '1' || !env.GCR_MIRROR_TEST_RESOLVE)
        return undefined;
    const routes = new Map();
    for (const entry of env.GCR_MIRROR_TEST_RESOLVE.split(',')) {
        const match = /^\s*([^=\s]+)=([^:\s]+):(\d+)\s*$/.exec(entry);
        if (match)
            routes.set(match[1].toLowerCase(), { hostname: match[2], port: match[3] });
    }
    const connect = buildConnector({ ...tls });
    return (options, callback) => connect({ ...options, ...routes.get(options.hostname.toLowerCase()) }, callback);
}

/** The TLS options of every connection: the CAs to trust and whether to check certificates. */
function tlsOptions(network) {
    const env = network.env ?? process.env;
    const options = {};
    // An explicit `ca` replaces Node's store, NODE_EXTRA_CA_CERTS included: add them back.
    if (network.caPem)
        options.ca = [...rootCertificates, ...extraCertificates(env), network.caPem];
    if (network.tlsVerify === false)
        options.rejectUnauthorized = false;
    return options;
}
function extraCertificates(env) {
    if (!env.NODE_EXTRA_CA_CERTS)
        return [];
    try {
        return [readRegularFileSync(env.NODE_EXTRA_CA_CERTS).toString('utf8')];
    }
    catch {
        return []; // Node itself warns about an unreadable NODE_EXTRA_CA_CERTS at startup.
    }
}
/** The options each pool was built with, for side connections that must take the same path (see {@link networkOf}). */
const networks = new WeakMap();
/** The network options a pool of {@link createDispatcher} was built with; undefined for another dispatcher. */
function networkOf(dispatcher) {
    return networks.get(dispatcher);
}
/**
 * The connection pool of one registry (and its token realms and listing APIs), built once and handed
 * down: keep-alive, bounded header and body waits, the TLS options above, and, when the environment
 * names a proxy, undici's EnvHttpProxyAgent (CONNECT tunnels for HTTPS, `NO_PROXY` honoured; loopback
 * hosts are proxied too unless `NO_PROXY` lists them).
 */
function createDispatcher(network = {}, connections = 16) {
    const env = network.env ?? process.env;
    const tls = tlsOptions(network);
    const wait = network.waitMs ?? Infinity;
    const pool = { connections, keepAliveTimeout: 30_000, headersTimeout: Math.min(60_000, wait), bodyTimeout: Math.min(120_000, wait) };
    const connect = testConnector(env, tls) ?? tls;
    const proxies = proxyEnv(env);
    const dispatcher = usesProxy(proxies)
        ? new EnvHttpProxyAgent({
            ...pool,
            connect,
            requestTls: tls,
            proxyTls: tls,
            httpProxy: proxies.httpProxy ?? '',
            httpsProxy: proxies.httpsProxy ?? proxies.httpProxy ?? '',
            noProxy: proxies.noProxy ?? ''
        })
        : new Agent({ ...pool, connect });
    networks.set(dispatcher, network);
    return dispatcher;
}

export { Agent as A, testConnector as a, buildConnector as b, createDispatcher as c, requireEnvHttpProxyAgent as d, requireApi as e, networkOf as n, request as r, tlsOptions as t };
