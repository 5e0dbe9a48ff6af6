import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __VERSION__ = "1.0.0";

import { existsSync, readFileSync } from 'fs';
import { EOL } from 'os';
import http__default from 'http';
import https__default from 'https';
import { P as ProxyAgent, r as requireTunnel, a as requireErrors, b as requirePoolBase, c as requirePool, d as requireSymbols, e as requireUtil$4, f as requireClient, g as requireConnect, _ as __require$5, h as requireWrapHandler, i as requireDispatcher, j as __require$6, k as __require$7, l as __require$8, m as requireAgent, n as requireRuntimeFeatures, o as __require$9, p as __require$a, q as __require$b, s as __require$c, t as __require$d, u as requireUtil$5, v as requireWebidl, w as requireBody, x as requireConstants$2, y as requireDataUrl, z as requireInfra, A as requirePromise, B as __require$e, C as requireFixedQueue, D as __require$f, E as requireDiagnostics, F as requireEncoding, G as requireProxyAgent, H as requireSocks5ProxyAgent, I as requireFormdata, J as requireGlobal$1 } from './index-proxy-agent.js';
import { g as getAugmentedNamespace, c as commonjsGlobal, a as getDefaultExportFromCjs } from './index-_commonjsHelpers.js';
import { d as requireEnvHttpProxyAgent, e as requireApi, c as createDispatcher } from './index-dispatcher.js';
import { createRequire } from 'node:module';
import { u as usesProxy, c as proxyEnv } from './index-proxy-env.js';
import { c as addSecret } from './index-redact.js';
import 'net';
import 'tls';
import 'events';
import 'assert';
import 'util';
import 'node:tls';
import 'node:fs';
import 'node:fs/promises';
import 'node:path';
import 'node:crypto';
import 'node:os';
import 'node:timers/promises';

var _undiciProxyAgent = /*#__PURE__*/Object.freeze({
    __proto__: null,
    ProxyAgent: ProxyAgent
});

class Context {
    /**
     * Hydrate the context from the environment
     */
    constructor() {
        var _a, _b, _c;
        this.payload = {};
        if (process.env.GITHUB_EVENT_PATH) {
            if (existsSync(process.env.GITHUB_EVENT_PATH)) {
                this.payload = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, { encoding: 'utf8' }));
            }
            else {
                const path = process.env.GITHUB_EVENT_PATH;
                process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist${EOL}`);
            }
        }
        this.eventName = process.env.GITHUB_EVENT_NAME;
        this.sha = process.env.GITHUB_SHA;
        this.ref = process.env.GITHUB_REF;
        this.workflow = process.env.GITHUB_WORKFLOW;
        this.action = process.env.GITHUB_ACTION;
        this.actor = process.env.GITHUB_ACTOR;
        this.job = process.env.GITHUB_JOB;
        this.runAttempt = parseInt(process.env.GITHUB_RUN_ATTEMPT, 10);
        this.runNumber = parseInt(process.env.GITHUB_RUN_NUMBER, 10);
        this.runId = parseInt(process.env.GITHUB_RUN_ID, 10);
        this.apiUrl = (_a = process.env.GITHUB_API_URL) !== null && _a !== void 0 ? _a : `https://api.github.com`;
        this.serverUrl = (_b = process.env.GITHUB_SERVER_URL) !== null && _b !== void 0 ? _b : `https://github.com`;
        this.graphqlUrl =
            (_c = process.env.GITHUB_GRAPHQL_URL) !== null && _c !== void 0 ? _c : `https://api.github.com/graphql`;
    }
    get issue() {
        const payload = this.payload;
        return Object.assign(Object.assign({}, this.repo), { number: (payload.issue || payload.pull_request || payload).number });
    }
    get repo() {
        if (process.env.GITHUB_REPOSITORY) {
            const [owner, repo] = process.env.GITHUB_REPOSITORY.split('/');
            return { owner, repo };
        }
        if (this.payload.repository) {
            return {
                owner: this.payload.repository.owner.login,
                repo: this.payload.repository.name
            };
        }
        throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
    }
}

var lib = {};

var proxy = {};

var hasRequiredProxy;

function requireProxy () {
	if (hasRequiredProxy) return proxy;
	hasRequiredProxy = 1;
	Object.defineProperty(proxy, "__esModule", { value: true });
	proxy.getProxyUrl = getProxyUrl;
	proxy.checkBypass = checkBypass;
	function getProxyUrl(reqUrl) {
	    const usingSsl = reqUrl.protocol === 'https:';
	    if (checkBypass(reqUrl)) {
	        return undefined;
	    }
	    const proxyVar = (() => {
	        if (usingSsl) {
	            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
	        }
	        else {
	            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
	        }
	    })();
	    if (proxyVar) {
	        try {
	            return new DecodedURL(proxyVar);
	        }
	        catch (_a) {
	            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
	                return new DecodedURL(`http://${proxyVar}`);
	        }
	    }
	    else {
	        return undefined;
	    }
	}
	function checkBypass(reqUrl) {
	    if (!reqUrl.hostname) {
	        return false;
	    }
	    const reqHost = reqUrl.hostname;
	    if (isLoopbackAddress(reqHost)) {
	        return true;
	    }
	    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
	    if (!noProxy) {
	        return false;
	    }
	    // Determine the request port
	    let reqPort;
	    if (reqUrl.port) {
	        reqPort = Number(reqUrl.port);
	    }
	    else if (reqUrl.protocol === 'http:') {
	        reqPort = 80;
	    }
	    else if (reqUrl.protocol === 'https:') {
	        reqPort = 443;
	    }
	    // Format the request hostname and hostname with port
	    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
	    if (typeof reqPort === 'number') {
	        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
	    }
	    // Compare request host against noproxy
	    for (const upperNoProxyItem of noProxy
	        .split(',')
	        .map(x => x.trim().toUpperCase())
	        .filter(x => x)) {
	        if (upperNoProxyItem === '*' ||
	            upperReqHosts.some(x => x === upperNoProxyItem ||
	                x.endsWith(`.${upperNoProxyItem}`) ||
	                (upperNoProxyItem.startsWith('.') &&
	                    x.endsWith(`${upperNoProxyItem}`)))) {
	            return true;
	        }
	    }
	    return false;
	}
	function isLoopbackAddress(host) {
	    const hostLower = host.toLowerCase();
	    return (hostLower === 'localhost' ||
	        hostLower.startsWith('127.') ||
	        hostLower.startsWith('[::1]') ||
	        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
	}
	class DecodedURL extends URL {
	    constructor(url, base) {
	        super(url, base);
	        this._decodedUsername = decodeURIComponent(super.username);
	        this._decodedPassword = decodeURIComponent(super.password);
	    }
	    get username() {
	        return this._decodedUsername;
	    }
	    get password() {
	        return this._decodedPassword;
	    }
	}
	
	return proxy;
}

var require$$4 = /*@__PURE__*/getAugmentedNamespace(_undiciProxyAgent);

var hasRequiredLib;

function requireLib () {
	if (hasRequiredLib) return lib;
	hasRequiredLib = 1;
	/* eslint-disable @typescript-eslint/no-explicit-any */
	var __createBinding = (lib && lib.__createBinding) || (Object.create ? (function(o, m, k, k2) {
	    if (k2 === undefined) k2 = k;
	    var desc = Object.getOwnPropertyDescriptor(m, k);
	    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
	      desc = { enumerable: true, get: function() { return m[k]; } };
	    }
	    Object.defineProperty(o, k2, desc);
	}) : (function(o, m, k, k2) {
	    if (k2 === undefined) k2 = k;
	    o[k2] = m[k];
	}));
	var __setModuleDefault = (lib && lib.__setModuleDefault) || (Object.create ? (function(o, v) {
	    Object.defineProperty(o, "default", { enumerable: true, value: v });
	}) : function(o, v) {
	    o["default"] = v;
	});
	var __importStar = (lib && lib.__importStar) || (function () {
	    var ownKeys = function(o) {
	        ownKeys = Object.getOwnPropertyNames || function (o) {
	            var ar = [];
	            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
	            return ar;
	        };
	        return ownKeys(o);
	    };
	    return function (mod) {
	        if (mod && mod.__esModule) return mod;
	        var result = {};
	        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
	        __setModuleDefault(result, mod);
	        return result;
	    };
	})();
	var __awaiter = (lib && lib.__awaiter) || function (thisArg, _arguments, P, generator) {
	    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
	    return new (P || (P = Promise))(function (resolve, reject) {
	        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
	        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
	        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
	        step((generator = generator.apply(thisArg, _arguments || [])).next());
	    });
	};
	Object.defineProperty(lib, "__esModule", { value: true });
	lib.HttpClient = lib.HttpClientResponse = lib.HttpClientError = lib.MediaTypes = lib.Headers = lib.HttpCodes = void 0;
	lib.getProxyUrl = getProxyUrl;
	lib.isHttps = isHttps;
	const http = __importStar(http__default);
	const https = __importStar(https__default);
	const pm = __importStar(requireProxy());
	const tunnel = __importStar(requireTunnel());
	const undici_1 = require$$4;
	var HttpCodes;
	(function (HttpCodes) {
	    HttpCodes[HttpCodes["OK"] = 200] = "OK";
	    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
	    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
	    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
	    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
	    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
	    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
	    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
	    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
	    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
	    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
	    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
	    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
	    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
	    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
	    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
	    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
	    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
	    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
	    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
	    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
	    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
	    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
	    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
	    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
	    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
	    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
	})(HttpCodes || (lib.HttpCodes = HttpCodes = {}));
	var Headers;
	(function (Headers) {
	    Headers["Accept"] = "accept";
	    Headers["ContentType"] = "content-type";
	})(Headers || (lib.Headers = Headers = {}));
	var MediaTypes;
	(function (MediaTypes) {
	    MediaTypes["ApplicationJson"] = "application/json";
	})(MediaTypes || (lib.MediaTypes = MediaTypes = {}));
	/**
	 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
	 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
	 */
	function getProxyUrl(serverUrl) {
	    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
	    return proxyUrl ? proxyUrl.href : '';
	}
	const HttpRedirectCodes = [
	    HttpCodes.MovedPermanently,
	    HttpCodes.ResourceMoved,
	    HttpCodes.SeeOther,
	    HttpCodes.TemporaryRedirect,
	    HttpCodes.PermanentRedirect
	];
	const HttpResponseRetryCodes = [
	    HttpCodes.BadGateway,
	    HttpCodes.ServiceUnavailable,
	    HttpCodes.GatewayTimeout
	];
	const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
	const ExponentialBackoffCeiling = 10;
	const ExponentialBackoffTimeSlice = 5;
	class HttpClientError extends Error {
	    constructor(message, statusCode) {
	        super(message);
	        this.name = 'HttpClientError';
	        this.statusCode = statusCode;
	        Object.setPrototypeOf(this, HttpClientError.prototype);
	    }
	}
	lib.HttpClientError = HttpClientError;
	class HttpClientResponse {
	    constructor(message) {
	        this.message = message;
	    }
	    readBody() {
	        return __awaiter(this, void 0, void 0, function* () {
	            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
	                let output = Buffer.alloc(0);
	                this.message.on('data', (chunk) => {
	                    output = Buffer.concat([output, chunk]);
	                });
	                this.message.on('end', () => {
	                    resolve(output.toString());
	                });
	            }));
	        });
	    }
	    readBodyBuffer() {
	        return __awaiter(this, void 0, void 0, function* () {
	            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
	                const chunks = [];
	                this.message.on('data', (chunk) => {
	                    chunks.push(chunk);
	                });
	                this.message.on('end', () => {
	                    resolve(Buffer.concat(chunks));
	                });
	            }));
	        });
	    }
	}
	lib.HttpClientResponse = HttpClientResponse;
	function isHttps(requestUrl) {
	    const parsedUrl = new URL(requestUrl);
	    return parsedUrl.protocol === 'https:';
	}
	class HttpClient {
	    constructor(userAgent, handlers, requestOptions) {
	        this._ignoreSslError = false;
	        this._allowRedirects = true;
	        this._allowRedirectDowngrade = false;
	        this._maxRedirects = 50;
	        this._allowRetries = false;
	        this._maxRetries = 1;
	        this._keepAlive = false;
	        this._disposed = false;
	        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
	        this.handlers = handlers || [];
	        this.requestOptions = requestOptions;
	        if (requestOptions) {
	            if (requestOptions.ignoreSslError != null) {
	                this._ignoreSslError = requestOptions.ignoreSslError;
	            }
	            this._socketTimeout = requestOptions.socketTimeout;
	            if (requestOptions.allowRedirects != null) {
	                this._allowRedirects = requestOptions.allowRedirects;
	            }
	            if (requestOptions.allowRedirectDowngrade != null) {
	                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
	            }
	            if (requestOptions.maxRedirects != null) {
	                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
	            }
	            if (requestOptions.keepAlive != null) {
	                this._keepAlive = requestOptions.keepAlive;
	            }
	            if (requestOptions.allowRetries != null) {
	                this._allowRetries = requestOptions.allowRetries;
	            }
	            if (requestOptions.maxRetries != null) {
	                this._maxRetries = requestOptions.maxRetries;
	            }
	        }
	    }
	    options(requestUrl, additionalHeaders) {
	        return __awaiter(this, void 0, void 0, function* () {
	            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
	        });
	    }
	    get(requestUrl, additionalHeaders) {
	        return __awaiter(this, void 0, void 0, function* () {
	            return this.request('GET', requestUrl, null, additionalHeaders || {});
	        });
	    }
	    del(requestUrl, additionalHeaders) {
	        return __awaiter(this, void 0, void 0, function* () {
	            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
	        });
	    }
	    post(requestUrl, data, additionalHeaders) {
	        return __awaiter(this, void 0, void 0, function* () {
	            return this.request('POST', requestUrl, data, additionalHeaders || {});
	        });
	    }
	    patch(requestUrl, data, additionalHeaders) {
	        return __awaiter(this, void 0, void 0, function* () {
	            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
	        });
	    }
	    put(requestUrl, data, additionalHeaders) {
	        return __awaiter(this, void 0, void 0, function* () {
	            return this.request('PUT', requestUrl, data, additionalHeaders || {});
	        });
	    }
	    head(requestUrl, additionalHeaders) {
	        return __awaiter(this, void 0, void 0, function* () {
	            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
	        });
	    }
	    sendStream(verb, requestUrl, stream, additionalHeaders) {
	        return __awaiter(this, void 0, void 0, function* () {
	            return this.request(verb, requestUrl, stream, additionalHeaders);
	        });
	    }
	    /**
	     * Gets a typed object from an endpoint
	     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
	     */
	    getJson(requestUrl_1) {
	        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
	            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
	            const res = yield this.get(requestUrl, additionalHeaders);
	            return this._processResponse(res, this.requestOptions);
	        });
	    }
	    postJson(requestUrl_1, obj_1) {
	        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
	            const data = JSON.stringify(obj, null, 2);
	            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
	            additionalHeaders[Headers.ContentType] =
	                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
	            const res = yield this.post(requestUrl, data, additionalHeaders);
	            return this._processResponse(res, this.requestOptions);
	        });
	    }
	    putJson(requestUrl_1, obj_1) {
	        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
	            const data = JSON.stringify(obj, null, 2);
	            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
	            additionalHeaders[Headers.ContentType] =
	                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
	            const res = yield this.put(requestUrl, data, additionalHeaders);
	            return this._processResponse(res, this.requestOptions);
	        });
	    }
	    patchJson(requestUrl_1, obj_1) {
	        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
	            const data = JSON.stringify(obj, null, 2);
	            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
	            additionalHeaders[Headers.ContentType] =
	                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
	            const res = yield this.patch(requestUrl, data, additionalHeaders);
	            return this._processResponse(res, this.requestOptions);
	        });
	    }
	    /**
	     * Makes a raw http request.
	     * All other methods such as get, post, patch, and request ultimately call this.
	     * Prefer get, del, post and patch
	     */
	    request(verb, requestUrl, data, headers) {
	        return __awaiter(this, void 0, void 0, function* () {
	            if (this._disposed) {
	                throw new Error('Client has already been disposed.');
	            }
	            const parsedUrl = new URL(requestUrl);
	            let info = this._prepareRequest(verb, parsedUrl, headers);
	            // Only perform retries on reads since writes may not be idempotent.
	            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
	                ? this._maxRetries + 1
	                : 1;
	            let numTries = 0;
	            let response;
	            do {
	                response = yield this.requestRaw(info, data);
	                // Check if it's an authentication challenge
	                if (response &&
	                    response.message &&
	                    response.message.statusCode === HttpCodes.Unauthorized) {
	                    let authenticationHandler;
	                    for (const handler of this.handlers) {
	                        if (handler.canHandleAuthentication(response)) {
	                            authenticationHandler = handler;
	                            break;
	                        }
	                    }
	                    if (authenticationHandler) {
	                        return authenticationHandler.handleAuthentication(this, info, data);
	                    }
	                    else {
	                        // We have received an unauthorized response but have no handlers to handle it.
	                        // Let the response return to the caller.
	                        return response;
	                    }
	                }
	                let redirectsRemaining = this._maxRedirects;
	                while (response.message.statusCode &&
	                    HttpRedirectCodes.includes(response.message.statusCode) &&
	                    this._allowRedirects &&
	                    redirectsRemaining > 0) {
	                    const redirectUrl = response.message.headers['location'];
	                    if (!redirectUrl) {
	                        // if there's no location to redirect to, we won't
	                        break;
	                    }
	                    const parsedRedirectUrl = new URL(redirectUrl);
	                    if (parsedUrl.protocol === 'https:' &&
	                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
	                        !this._allowRedirectDowngrade) {
	                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
	                    }
	                    // we need to finish reading the response before reassigning response
	                    // which will leak the open socket.
	                    yield response.readBody();
	                    // strip authorization header if redirected to a different hostname
	                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
	                        for (const header in headers) {
	                            // header names are case insensitive
	                            if (header.toLowerCase() === 'authorization') {
	                                delete headers[header];
	                            }
	                        }
	                    }
	                    // let's make the request with the new redirectUrl
	                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
	                    response = yield this.requestRaw(info, data);
	                    redirectsRemaining--;
	                }
	                if (!response.message.statusCode ||
	                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
	                    // If not a retry code, return immediately instead of retrying
	                    return response;
	                }
	                numTries += 1;
	                if (numTries < maxTries) {
	                    yield response.readBody();
	                    yield this._performExponentialBackoff(numTries);
	                }
	            } while (numTries < maxTries);
	            return response;
	        });
	    }
	    /**
	     * Needs to be called if keepAlive is set to true in request options.
	     */
	    dispose() {
	        if (this._agent) {
	            this._agent.destroy();
	        }
	        this._disposed = true;
	    }
	    /**
	     * Raw request.
	     * @param info
	     * @param data
	     */
	    requestRaw(info, data) {
	        return __awaiter(this, void 0, void 0, function* () {
	            return new Promise((resolve, reject) => {
	                function callbackForResult(err, res) {
	                    if (err) {
	                        reject(err);
	                    }
	                    else if (!res) {
	                        // If `err` is not passed, then `res` must be passed.
	                        reject(new Error('Unknown error'));
	                    }
	                    else {
	                        resolve(res);
	                    }
	                }
	                this.requestRawWithCallback(info, data, callbackForResult);
	            });
	        });
	    }
	    /**
	     * Raw request with callback.
	     * @param info
	     * @param data
	     * @param onResult
	     */
	    requestRawWithCallback(info, data, onResult) {
	        if (typeof data === 'string') {
	            if (!info.options.headers) {
	                info.options.headers = {};
	            }
	            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
	        }
	        let callbackCalled = false;
	        function handleResult(err, res) {
	            if (!callbackCalled) {
	                callbackCalled = true;
	                onResult(err, res);
	            }
	        }
	        const req = info.httpModule.request(info.options, (msg) => {
	            const res = new HttpClientResponse(msg);
	            handleResult(undefined, res);
	        });
	        let socket;
	        req.on('socket', sock => {
	            socket = sock;
	        });
	        // If we ever get disconnected, we want the socket to timeout eventually
	        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
	            if (socket) {
	                socket.end();
	            }
	            handleResult(new Error(`Request timeout: ${info.options.path}`));
	        });
	        req.on('error', function (err) {
	            // err has statusCode property
	            // res should have headers
	            handleResult(err);
	        });
	        if (data && typeof data === 'string') {
	            req.write(data, 'utf8');
	        }
	        if (data && typeof data !== 'string') {
	            data.on('close', function () {
	                req.end();
	            });
	            data.pipe(req);
	        }
	        else {
	            req.end();
	        }
	    }
	    /**
	     * Gets an http agent. This function is useful when you need an http agent that handles
	     * routing through a proxy server - depending upon the url and proxy environment variables.
	     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
	     */
	    getAgent(serverUrl) {
	        const parsedUrl = new URL(serverUrl);
	        return this._getAgent(parsedUrl);
	    }
	    getAgentDispatcher(serverUrl) {
	        const parsedUrl = new URL(serverUrl);
	        const proxyUrl = pm.getProxyUrl(parsedUrl);
	        const useProxy = proxyUrl && proxyUrl.hostname;
	        if (!useProxy) {
	            return;
	        }
	        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
	    }
	    _prepareRequest(method, requestUrl, headers) {
	        const info = {};
	        info.parsedUrl = requestUrl;
	        const usingSsl = info.parsedUrl.protocol === 'https:';
	        info.httpModule = usingSsl ? https : http;
	        const defaultPort = usingSsl ? 443 : 80;
	        info.options = {};
	        info.options.host = info.parsedUrl.hostname;
	        info.options.port = info.parsedUrl.port
	            ? parseInt(info.parsedUrl.port)
	            : defaultPort;
	        info.options.path =
	            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
	        info.options.method = method;
	        info.options.headers = this._mergeHeaders(headers);
	        if (this.userAgent != null) {
	            info.options.headers['user-agent'] = this.userAgent;
	        }
	        info.options.agent = this._getAgent(info.parsedUrl);
	        // gives handlers an opportunity to participate
	        if (this.handlers) {
	            for (const handler of this.handlers) {
	                handler.prepareRequest(info.options);
	            }
	        }
	        return info;
	    }
	    _mergeHeaders(headers) {
	        if (this.requestOptions && this.requestOptions.headers) {
	            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
	        }
	        return lowercaseKeys(headers || {});
	    }
	    /**
	     * Gets an existing header value or returns a default.
	     * Handles converting number header values to strings since HTTP headers must be strings.
	     * Note: This returns string | string[] since some headers can have multiple values.
	     * For headers that must always be a single string (like Content-Type), use the
	     * specialized _getExistingOrDefaultContentTypeHeader method instead.
	     */
	    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
	        let clientHeader;
	        if (this.requestOptions && this.requestOptions.headers) {
	            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
	            if (headerValue) {
	                clientHeader =
	                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
	            }
	        }
	        const additionalValue = additionalHeaders[header];
	        if (additionalValue !== undefined) {
	            return typeof additionalValue === 'number'
	                ? additionalValue.toString()
	                : additionalValue;
	        }
	        if (clientHeader !== undefined) {
	            return clientHeader;
	        }
	        return _default;
	    }
	    /**
	     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
	     * Always returns a single string (not an array) since Content-Type should be a single value.
	     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
	     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
	     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
	     */
	    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
	        let clientHeader;
	        if (this.requestOptions && this.requestOptions.headers) {
	            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
	            if (headerValue) {
	                if (typeof headerValue === 'number') {
	                    clientHeader = String(headerValue);
	                }
	                else if (Array.isArray(headerValue)) {
	                    clientHeader = headerValue.join(', ');
	                }
	                else {
	                    clientHeader = headerValue;
	                }
	            }
	        }
	        const additionalValue = additionalHeaders[Headers.ContentType];
	        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
	        if (additionalValue !== undefined) {
	            if (typeof additionalValue === 'number') {
	                return String(additionalValue);
	            }
	            else if (Array.isArray(additionalValue)) {
	                return additionalValue.join(', ');
	            }
	            else {
	                return additionalValue;
	            }
	        }
	        if (clientHeader !== undefined) {
	            return clientHeader;
	        }
	        return _default;
	    }
	    _getAgent(parsedUrl) {
	        let agent;
	        const proxyUrl = pm.getProxyUrl(parsedUrl);
	        const useProxy = proxyUrl && proxyUrl.hostname;
	        if (this._keepAlive && useProxy) {
	            agent = this._proxyAgent;
	        }
	        if (!useProxy) {
	            agent = this._agent;
	        }
	        // if agent is already assigned use that agent.
	        if (agent) {
	            return agent;
	        }
	        const usingSsl = parsedUrl.protocol === 'https:';
	        let maxSockets = 100;
	        if (this.requestOptions) {
	            maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
	        }
	        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
	        if (proxyUrl && proxyUrl.hostname) {
	            const agentOptions = {
	                maxSockets,
	                keepAlive: this._keepAlive,
	                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
	                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
	                })), { host: proxyUrl.hostname, port: proxyUrl.port })
	            };
	            let tunnelAgent;
	            const overHttps = proxyUrl.protocol === 'https:';
	            if (usingSsl) {
	                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
	            }
	            else {
	                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
	            }
	            agent = tunnelAgent(agentOptions);
	            this._proxyAgent = agent;
	        }
	        // if tunneling agent isn't assigned create a new agent
	        if (!agent) {
	            const options = { keepAlive: this._keepAlive, maxSockets };
	            agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
	            this._agent = agent;
	        }
	        if (usingSsl && this._ignoreSslError) {
	            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
	            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
	            // we have to cast it to any and change it directly
	            agent.options = Object.assign(agent.options || {}, {
	                rejectUnauthorized: false
	            });
	        }
	        return agent;
	    }
	    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
	        let proxyAgent;
	        if (this._keepAlive) {
	            proxyAgent = this._proxyAgentDispatcher;
	        }
	        // if agent is already assigned use that agent.
	        if (proxyAgent) {
	            return proxyAgent;
	        }
	        const usingSsl = parsedUrl.protocol === 'https:';
	        proxyAgent = new undici_1.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
	            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
	        })));
	        this._proxyAgentDispatcher = proxyAgent;
	        if (usingSsl && this._ignoreSslError) {
	            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
	            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
	            // we have to cast it to any and change it directly
	            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
	                rejectUnauthorized: false
	            });
	        }
	        return proxyAgent;
	    }
	    _getUserAgentWithOrchestrationId(userAgent) {
	        const baseUserAgent = userAgent || 'actions/http-client';
	        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
	        if (orchId) {
	            // Sanitize the orchestration ID to ensure it contains only valid characters
	            // Valid characters: 0-9, a-z, _, -, .
	            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
	            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
	        }
	        return baseUserAgent;
	    }
	    _performExponentialBackoff(retryNumber) {
	        return __awaiter(this, void 0, void 0, function* () {
	            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
	            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
	            return new Promise(resolve => setTimeout(() => resolve(), ms));
	        });
	    }
	    _processResponse(res, options) {
	        return __awaiter(this, void 0, void 0, function* () {
	            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
	                const statusCode = res.message.statusCode || 0;
	                const response = {
	                    statusCode,
	                    result: null,
	                    headers: {}
	                };
	                // not found leads to null obj returned
	                if (statusCode === HttpCodes.NotFound) {
	                    resolve(response);
	                }
	                // get the result from the body
	                function dateTimeDeserializer(key, value) {
	                    if (typeof value === 'string') {
	                        const a = new Date(value);
	                        if (!isNaN(a.valueOf())) {
	                            return a;
	                        }
	                    }
	                    return value;
	                }
	                let obj;
	                let contents;
	                try {
	                    contents = yield res.readBody();
	                    if (contents && contents.length > 0) {
	                        if (options && options.deserializeDates) {
	                            obj = JSON.parse(contents, dateTimeDeserializer);
	                        }
	                        else {
	                            obj = JSON.parse(contents);
	                        }
	                        response.result = obj;
	                    }
	                    response.headers = res.message.headers;
	                }
	                catch (err) {
	                    // Invalid resource (contents not json);  leaving result obj null
	                }
	                // note that 3xx redirects are handled by the http layer.
	                if (statusCode > 299) {
	                    let msg;
	                    // if exception/error in body, attempt to get better error
	                    if (obj && obj.message) {
	                        msg = obj.message;
	                    }
	                    else if (contents && contents.length > 0) {
	                        // it may be the case that the exception is in the body message as string
	                        msg = contents;
	                    }
	                    else {
	                        msg = `Failed request: (${statusCode})`;
	                    }
	                    const err = new HttpClientError(msg, statusCode);
	                    err.result = response.result;
	                    reject(err);
	                }
	                else {
	                    resolve(response);
	                }
	            }));
	        });
	    }
	}
	lib.HttpClient = HttpClient;
	const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
	
	return lib;
}

var libExports = requireLib();

var undici = {exports: {}};

var balancedPool;
var hasRequiredBalancedPool;

function requireBalancedPool () {
	if (hasRequiredBalancedPool) return balancedPool;
	hasRequiredBalancedPool = 1;

	const {
	  BalancedPoolMissingUpstreamError,
	  InvalidArgumentError
	} = requireErrors();
	const {
	  PoolBase,
	  kClients,
	  kNeedDrain,
	  kAddClient,
	  kRemoveClient,
	  kGetDispatcher
	} = requirePoolBase();
	const Pool = requirePool();
	const { kUrl } = requireSymbols();
	const util = requireUtil$4();
	const kFactory = Symbol('factory');

	const kOptions = Symbol('options');
	const kGreatestCommonDivisor = Symbol('kGreatestCommonDivisor');
	const kCurrentWeight = Symbol('kCurrentWeight');
	const kIndex = Symbol('kIndex');
	const kWeight = Symbol('kWeight');
	const kMaxWeightPerServer = Symbol('kMaxWeightPerServer');
	const kErrorPenalty = Symbol('kErrorPenalty');

	/**
	 * Calculate the greatest common divisor of two numbers by
	 * using the Euclidean algorithm.
	 *
	 * @param {number} a
	 * @param {number} b
	 * @returns {number}
	 */
	function getGreatestCommonDivisor (a, b) {
	  if (a === 0) return b

	  while (b !== 0) {
	    const t = b;
	    b = a % b;
	    a = t;
	  }
	  return a
	}

	function defaultFactory (origin, opts) {
	  return new Pool(origin, opts)
	}

	class BalancedPool extends PoolBase {
	  constructor (upstreams = [], { factory = defaultFactory, connect, tls, ...opts } = {}) {
	    if (typeof factory !== 'function') {
	      throw new InvalidArgumentError('factory must be a function.')
	    }

	    super(opts);

	    if (connect && typeof connect !== 'function') connect = { ...connect };
	    if (tls && typeof tls !== 'function') tls = { ...tls };
	    this[kOptions] = { ...util.deepClone(opts), connect, tls };
	    this[kOptions].interceptors = opts.interceptors
	      ? { ...opts.interceptors }
	      : undefined;
	    this[kIndex] = -1;
	    this[kCurrentWeight] = 0;

	    this[kMaxWeightPerServer] = this[kOptions].maxWeightPerServer || 100;
	    this[kErrorPenalty] = this[kOptions].errorPenalty || 15;

	    if (!Array.isArray(upstreams)) {
	      upstreams = [upstreams];
	    }

	    this[kFactory] = factory;

	    for (const upstream of upstreams) {
	      this.addUpstream(upstream);
	    }
	    this._updateBalancedPoolStats();
	  }

	  addUpstream (upstream) {
	    const upstreamOrigin = util.parseOrigin(upstream).origin;

	    if (this[kClients].find((pool) => (
	      pool[kUrl].origin === upstreamOrigin &&
	      pool.closed !== true &&
	      pool.destroyed !== true
	    ))) {
	      return this
	    }
	    const pool = this[kFactory](upstreamOrigin, this[kOptions]);

	    this[kAddClient](pool);
	    pool.on('connect', () => {
	      pool[kWeight] = Math.min(this[kMaxWeightPerServer], pool[kWeight] + this[kErrorPenalty]);
	    });

	    pool.on('connectionError', () => {
	      pool[kWeight] = Math.max(1, pool[kWeight] - this[kErrorPenalty]);
	      this._updateBalancedPoolStats();
	    });

	    pool.on('disconnect', (...args) => {
	      const err = args[2];
	      if (err && err.code === 'UND_ERR_SOCKET') {
	        // decrease the weight of the pool.
	        pool[kWeight] = Math.max(1, pool[kWeight] - this[kErrorPenalty]);
	        this._updateBalancedPoolStats();
	      }
	    });

	    for (const client of this[kClients]) {
	      client[kWeight] = this[kMaxWeightPerServer];
	    }

	    this._updateBalancedPoolStats();

	    return this
	  }

	  _updateBalancedPoolStats () {
	    let result = 0;
	    for (let i = 0; i < this[kClients].length; i++) {
	      result = getGreatestCommonDivisor(this[kClients][i][kWeight], result);
	    }

	    this[kGreatestCommonDivisor] = result;
	  }

	  removeUpstream (upstream) {
	    const upstreamOrigin = util.parseOrigin(upstream).origin;

	    const pool = this[kClients].find((pool) => (
	      pool[kUrl].origin === upstreamOrigin &&
	      pool.closed !== true &&
	      pool.destroyed !== true
	    ));

	    if (pool) {
	      this[kRemoveClient](pool);
	    }

	    return this
	  }

	  getUpstream (upstream) {
	    const upstreamOrigin = util.parseOrigin(upstream).origin;

	    return this[kClients].find((pool) => (
	      pool[kUrl].origin === upstreamOrigin &&
	      pool.closed !== true &&
	      pool.destroyed !== true
	    ))
	  }

	  get upstreams () {
	    return this[kClients]
	      .filter(dispatcher => dispatcher.closed !== true && dispatcher.destroyed !== true)
	      .map((p) => p[kUrl].origin)
	  }

	  [kGetDispatcher] () {
	    // We validate that pools is greater than 0,
	    // otherwise we would have to wait until an upstream
	    // is added, which might never happen.
	    if (this[kClients].length === 0) {
	      throw new BalancedPoolMissingUpstreamError()
	    }

	    const dispatcher = this[kClients].find(dispatcher => (
	      !dispatcher[kNeedDrain] &&
	      dispatcher.closed !== true &&
	      dispatcher.destroyed !== true
	    ));

	    if (!dispatcher) {
	      return
	    }

	    const allClientsBusy = this[kClients].map(pool => pool[kNeedDrain]).reduce((a, b) => a && b, true);

	    if (allClientsBusy) {
	      return
	    }

	    let counter = 0;

	    let maxWeightIndex = this[kClients].findIndex(pool => !pool[kNeedDrain]);

	    while (counter++ < this[kClients].length) {
	      this[kIndex] = (this[kIndex] + 1) % this[kClients].length;
	      const pool = this[kClients][this[kIndex]];

	      // find pool index with the largest weight
	      if (pool[kWeight] > this[kClients][maxWeightIndex][kWeight] && !pool[kNeedDrain]) {
	        maxWeightIndex = this[kIndex];
	      }

	      // decrease the current weight every `this[kClients].length`.
	      if (this[kIndex] === 0) {
	        // Set the current weight to the next lower weight.
	        this[kCurrentWeight] = this[kCurrentWeight] - this[kGreatestCommonDivisor];

	        if (this[kCurrentWeight] <= 0) {
	          this[kCurrentWeight] = this[kMaxWeightPerServer];
	        }
	      }
	      if (pool[kWeight] >= this[kCurrentWeight] && (!pool[kNeedDrain])) {
	        return pool
	      }
	    }

	    this[kCurrentWeight] = this[kClients][maxWeightIndex][kWeight];
	    this[kIndex] = maxWeightIndex;
	    return this[kClients][maxWeightIndex]
	  }
	}

	balancedPool = BalancedPool;
	return balancedPool;
}

var roundRobinPool;
var hasRequiredRoundRobinPool;

function requireRoundRobinPool () {
	if (hasRequiredRoundRobinPool) return roundRobinPool;
	hasRequiredRoundRobinPool = 1;

	const {
	  PoolBase,
	  kClients,
	  kNeedDrain,
	  kAddClient,
	  kGetDispatcher,
	  kRemoveClient
	} = requirePoolBase();
	const Client = requireClient();
	const {
	  InvalidArgumentError
	} = requireErrors();
	const util = requireUtil$4();
	const { kUrl } = requireSymbols();
	const buildConnector = requireConnect();

	const kOptions = Symbol('options');
	const kConnections = Symbol('connections');
	const kFactory = Symbol('factory');
	const kIndex = Symbol('index');

	function defaultFactory (origin, opts) {
	  return new Client(origin, opts)
	}

	class RoundRobinPool extends PoolBase {
	  constructor (origin, {
	    connections,
	    factory = defaultFactory,
	    connect,
	    connectTimeout,
	    tls,
	    maxCachedSessions,
	    socketPath,
	    autoSelectFamily,
	    autoSelectFamilyAttemptTimeout,
	    allowH2,
	    clientTtl,
	    ...options
	  } = {}) {
	    if (connections != null && (!Number.isFinite(connections) || connections < 0)) {
	      throw new InvalidArgumentError('invalid connections')
	    }

	    if (typeof factory !== 'function') {
	      throw new InvalidArgumentError('factory must be a function.')
	    }

	    if (connect != null && typeof connect !== 'function' && typeof connect !== 'object') {
	      throw new InvalidArgumentError('connect must be a function or an object')
	    }

	    if (typeof connect !== 'function') {
	      connect = buildConnector({
	        ...tls,
	        maxCachedSessions,
	        allowH2,
	        socketPath,
	        timeout: connectTimeout,
	        ...(typeof autoSelectFamily === 'boolean' ? { autoSelectFamily, autoSelectFamilyAttemptTimeout } : undefined),
	        ...connect
	      });
	    }

	    super();

	    this[kConnections] = connections || null;
	    this[kUrl] = util.parseOrigin(origin);
	    this[kOptions] = { ...util.deepClone(options), connect, allowH2, clientTtl, socketPath };
	    this[kOptions].interceptors = options.interceptors
	      ? { ...options.interceptors }
	      : undefined;
	    this[kFactory] = factory;
	    this[kIndex] = -1;

	    this.on('connect', (origin, targets) => {
	      if (clientTtl != null && clientTtl > 0) {
	        for (const target of targets) {
	          Object.assign(target, { ttl: Date.now() });
	        }
	      }
	    });

	    this.on('connectionError', (origin, targets, error) => {
	      for (const target of targets) {
	        const idx = this[kClients].indexOf(target);
	        if (idx !== -1) {
	          this[kClients].splice(idx, 1);
	        }
	      }
	    });
	  }

	  [kGetDispatcher] () {
	    const clientTtlOption = this[kOptions].clientTtl;
	    const clientsLength = this[kClients].length;

	    // If we have no clients yet, create one
	    if (clientsLength === 0) {
	      const dispatcher = this[kFactory](this[kUrl], this[kOptions]);
	      this[kAddClient](dispatcher);
	      return dispatcher
	    }

	    // Round-robin through existing clients
	    let checked = 0;
	    while (checked < clientsLength) {
	      this[kIndex] = (this[kIndex] + 1) % clientsLength;
	      const client = this[kClients][this[kIndex]];

	      // Check if client is stale (TTL expired)
	      if (clientTtlOption != null && clientTtlOption > 0 && client.ttl && ((Date.now() - client.ttl) > clientTtlOption)) {
	        this[kRemoveClient](client);
	        checked++;
	        continue
	      }

	      // Return client if it's not draining
	      if (!client[kNeedDrain]) {
	        return client
	      }

	      checked++;
	    }

	    // All clients are busy, create a new one if we haven't reached the limit
	    if (!this[kConnections] || clientsLength < this[kConnections]) {
	      const dispatcher = this[kFactory](this[kUrl], this[kOptions]);
	      this[kAddClient](dispatcher);
	      return dispatcher
	    }
	  }
	}

	roundRobinPool = RoundRobinPool;
	return roundRobinPool;
}

var retryHandler;
var hasRequiredRetryHandler;

function requireRetryHandler () {
	if (hasRequiredRetryHandler) return retryHandler;
	hasRequiredRetryHandler = 1;
	const assert = __require$5();

	const { kRetryHandlerDefaultRetry } = requireSymbols();
	const { RequestRetryError } = requireErrors();
	const WrapHandler = requireWrapHandler();
	const {
	  isDisturbed,
	  parseRangeHeader,
	  wrapRequestBody
	} = requireUtil$4();

	function calculateRetryAfterHeader (retryAfter) {
	  const retryTime = new Date(retryAfter).getTime();
	  return isNaN(retryTime) ? 0 : retryTime - Date.now()
	}

	function validatePartialResponseContentLength (headers, range, statusCode, retryCount) {
	  const contentLength = headers['content-length'];
	  if (contentLength == null) {
	    return
	  }

	  if (!Number.isFinite(range.start) || !Number.isFinite(range.end)) {
	    return
	  }

	  const length = Number(contentLength);
	  const expectedLength = range.end - range.start + 1;
	  if (!Number.isFinite(length) || length !== expectedLength) {
	    throw new RequestRetryError('Content-Length mismatch', statusCode, {
	      headers,
	      data: { count: retryCount }
	    })
	  }
	}

	// A stable controller handed to the downstream handler for the lifetime of the
	// request. Each transparent retry/resume is a separate dispatch with its own
	// connection controller. The proxy always forwards to the active connection
	// while preserving a downstream pause across controller replacement.
	class RetryController {
	  #paused = false
	  #target = null

	  set target (target) {
	    this.#target = target;
	    if (this.#paused) {
	      target?.pause();
	    }
	  }

	  get target () { return this.#target }

	  pause () {
	    this.#paused = true;
	    this.#target?.pause();
	  }

	  resume () {
	    this.#paused = false;
	    this.#target?.resume();
	  }

	  abort (reason) {
	    this.#target?.abort(reason);
	  }

	  get paused () { return this.#paused || (this.#target?.paused ?? false) }
	  get aborted () { return this.#target?.aborted ?? false }
	  get reason () { return this.#target?.reason ?? null }
	  get rawHeaders () { return this.#target?.rawHeaders ?? null }
	  set rawHeaders (value) {
	    if (this.#target) {
	      this.#target.rawHeaders = value;
	    }
	  }

	  get rawTrailers () { return this.#target?.rawTrailers ?? null }
	  set rawTrailers (value) {
	    if (this.#target) {
	      this.#target.rawTrailers = value;
	    }
	  }
	}

	class RetryHandler {
	  constructor (opts, { dispatch, handler }) {
	    const { retryOptions, ...dispatchOpts } = opts;
	    const {
	      // Retry scoped
	      retry: retryFn,
	      maxRetries,
	      maxTimeout,
	      minTimeout,
	      timeoutFactor,
	      // Response scoped
	      methods,
	      errorCodes,
	      retryAfter,
	      statusCodes,
	      throwOnError
	    } = retryOptions ?? {};

	    this.error = null;
	    this.dispatch = dispatch;
	    this.handler = WrapHandler.wrap(handler);
	    this.opts = { ...dispatchOpts, body: wrapRequestBody(opts.body) };
	    this.retryOpts = {
	      throwOnError: throwOnError ?? true,
	      retry: retryFn ?? RetryHandler[kRetryHandlerDefaultRetry],
	      retryAfter: retryAfter ?? true,
	      maxTimeout: maxTimeout ?? 30 * 1000, // 30s,
	      minTimeout: minTimeout ?? 500, // .5s
	      timeoutFactor: timeoutFactor ?? 2,
	      maxRetries: maxRetries ?? 5,
	      // What errors we should retry
	      methods: methods ?? ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE'],
	      // Indicates which errors to retry
	      statusCodes: statusCodes ?? [500, 502, 503, 504, 429],
	      // List of errors to retry
	      errorCodes: errorCodes ?? [
	        'ECONNRESET',
	        'ECONNREFUSED',
	        'ENOTFOUND',
	        'ENETDOWN',
	        'ENETUNREACH',
	        'EHOSTDOWN',
	        'EHOSTUNREACH',
	        'EPIPE',
	        'UND_ERR_SOCKET'
	      ]
	    };

	    this.retryCount = 0;
	    this.retryCountCheckpoint = 0;
	    this.headersSent = false;
	    this.start = 0;
	    this.end = null;
	    this.etag = null;
	    this.controllerProxy = new RetryController();
	  }

	  onResponseStartWithRetry (controller, statusCode, headers, statusMessage, err) {
	    if (this.retryOpts.throwOnError) {
	      // Preserve old behavior for status codes that are not eligible for retry
	      if (this.retryOpts.statusCodes.includes(statusCode) === false) {
	        if (this.headersSent) {
	          // The downstream handler already received the response from an
	          // earlier attempt. Forwarding this response would replace the
	          // downstream body and leave the original body pending forever.
	          this.handler.onResponseError?.(this.controllerProxy, err);
	        } else {
	          this.headersSent = true;
	          this.checkpointResponseEnd(headers);
	          this.handler.onResponseStart?.(this.controllerProxy, statusCode, headers, statusMessage);
	        }
	      } else {
	        this.error = err;
	      }

	      return
	    }

	    if (isDisturbed(this.opts.body)) {
	      this.headersSent = true;
	      this.checkpointResponseEnd(headers);
	      this.handler.onResponseStart?.(this.controllerProxy, statusCode, headers, statusMessage);
	      return
	    }

	    function shouldRetry (passedErr) {
	      if (passedErr) {
	        if (this.headersSent) {
	          // The downstream handler already received the response from an
	          // earlier attempt. Forwarding this response would replace the
	          // downstream body and leave the original body pending forever.
	          this.handler.onResponseError?.(this.controllerProxy, passedErr);
	        } else {
	          this.headersSent = true;
	          this.checkpointResponseEnd(headers);
	          this.handler.onResponseStart?.(this.controllerProxy, statusCode, headers, statusMessage);
	        }
	        controller.resume();
	        return
	      }

	      this.error = err;
	      controller.resume();
	    }

	    controller.pause();
	    this.retryOpts.retry(
	      err,
	      {
	        state: { counter: this.retryCount },
	        opts: { retryOptions: this.retryOpts, ...this.opts }
	      },
	      shouldRetry.bind(this)
	    );
	  }

	  checkpointResponseEnd (headers) {
	    if (this.end == null && this.opts.method !== 'HEAD') {
	      const contentLength = headers['content-length'];
	      this.end = contentLength != null ? Number(contentLength) - 1 : null;

	      assert(
	        this.end == null || Number.isFinite(this.end),
	        'invalid content-length'
	      );

	      this.resume = this.end != null;
	    }
	  }

	  onRequestStart (controller, context) {
	    this.controllerProxy.target = controller;
	    if (!this.headersSent) {
	      this.handler.onRequestStart?.(this.controllerProxy, context);
	    }
	  }

	  onRequestUpgrade (_controller, statusCode, headers, socket) {
	    this.handler.onRequestUpgrade?.(this.controllerProxy, statusCode, headers, socket);
	  }

	  static [kRetryHandlerDefaultRetry] (err, { state, opts }, cb) {
	    const { statusCode, code, headers } = err;
	    const { method, retryOptions } = opts;
	    const {
	      maxRetries,
	      minTimeout,
	      maxTimeout,
	      timeoutFactor,
	      statusCodes,
	      errorCodes,
	      methods
	    } = retryOptions;
	    const { counter } = state;

	    // Any code that is not a Undici's originated and allowed to retry
	    if (code && code !== 'UND_ERR_REQ_RETRY' && !errorCodes.includes(code)) {
	      cb(err);
	      return
	    }

	    // If a set of method are provided and the current method is not in the list
	    if (Array.isArray(methods) && !methods.includes(method)) {
	      cb(err);
	      return
	    }

	    // If a set of status code are provided and the current status code is not in the list
	    if (
	      statusCode != null &&
	      Array.isArray(statusCodes) &&
	      !statusCodes.includes(statusCode)
	    ) {
	      cb(err);
	      return
	    }

	    // If we reached the max number of retries
	    if (counter > maxRetries) {
	      cb(err);
	      return
	    }

	    let retryAfterHeader = headers?.['retry-after'];
	    if (retryAfterHeader) {
	      retryAfterHeader = Number(retryAfterHeader);
	      retryAfterHeader = Number.isNaN(retryAfterHeader)
	        ? calculateRetryAfterHeader(headers['retry-after'])
	        : retryAfterHeader * 1e3; // Retry-After is in seconds
	    }

	    const retryTimeout =
	      retryAfterHeader > 0
	        ? Math.min(retryAfterHeader, maxTimeout)
	        : Math.min(minTimeout * timeoutFactor ** (counter - 1), maxTimeout);

	    setTimeout(() => cb(null), retryTimeout);
	  }

	  onResponseStart (controller, statusCode, headers, statusMessage) {
	    this.error = null;
	    this.retryCount += 1;

	    if (statusCode >= 300) {
	      const err = new RequestRetryError('Request failed', statusCode, {
	        headers,
	        data: {
	          count: this.retryCount
	        }
	      });

	      this.onResponseStartWithRetry(controller, statusCode, headers, statusMessage, err);
	      return
	    }

	    // Checkpoint for resume from where we left it
	    if (this.headersSent) {
	      // Only Partial Content 206 supposed to provide Content-Range,
	      // any other status code that partially consumed the payload
	      // should not be retried because it would result in downstream
	      // wrongly concatenate multiple responses.
	      if (statusCode !== 206 && (this.start > 0 || statusCode !== 200)) {
	        throw new RequestRetryError('server does not support the range header and the payload was partially consumed', statusCode, {
	          headers,
	          data: { count: this.retryCount }
	        })
	      }

	      const contentRange = parseRangeHeader(headers['content-range']);
	      // If no content range
	      if (!contentRange) {
	        // We always throw here as we want to indicate that we entred unexpected path
	        throw new RequestRetryError('Content-Range mismatch', statusCode, {
	          headers,
	          data: { count: this.retryCount }
	        })
	      }

	      // Let's start with a weak etag check
	      if (this.etag != null && this.etag !== headers.etag) {
	        // We always throw here as we want to indicate that we entred unexpected path
	        throw new RequestRetryError('ETag mismatch', statusCode, {
	          headers,
	          data: { count: this.retryCount }
	        })
	      }

	      validatePartialResponseContentLength(headers, contentRange, statusCode, this.retryCount);

	      const { start, size, end = size ? size - 1 : null } = contentRange;

	      if (this.start !== start || (this.end != null && this.end !== end)) {
	        throw new RequestRetryError('Content-Range mismatch', statusCode, {
	          headers,
	          data: { count: this.retryCount }
	        })
	      }

	      return
	    }

	    if (this.end == null) {
	      if (statusCode === 206) {
	        // First time we receive 206
	        const range = parseRangeHeader(headers['content-range']);

	        if (range == null) {
	          this.headersSent = true;
	          this.handler.onResponseStart?.(
	            this.controllerProxy,
	            statusCode,
	            headers,
	            statusMessage
	          );
	          return
	        }

	        validatePartialResponseContentLength(headers, range, statusCode, this.retryCount);

	        const { start, size, end = size ? size - 1 : null } = range;
	        assert(
	          start != null && Number.isFinite(start),
	          'content-range mismatch'
	        );
	        assert(end != null && Number.isFinite(end), 'invalid content-length');

	        this.start = start;
	        this.end = end;
	      }

	      // We make our best to checkpoint the body for further range headers
	      if (this.end == null) {
	        const contentLength = headers['content-length'];
	        this.end = contentLength != null ? Number(contentLength) - 1 : null;
	      }

	      assert(Number.isFinite(this.start));
	      assert(
	        this.end == null || Number.isFinite(this.end),
	        'invalid content-length'
	      );

	      this.resume = true;
	      this.etag = headers.etag != null ? headers.etag : null;

	      // Weak etags are not useful for comparison nor cache
	      // for instance not safe to assume if the response is byte-per-byte
	      // equal
	      if (
	        this.etag != null &&
	        this.etag[0] === 'W' &&
	        this.etag[1] === '/'
	      ) {
	        this.etag = null;
	      }

	      this.headersSent = true;
	      this.handler.onResponseStart?.(
	        this.controllerProxy,
	        statusCode,
	        headers,
	        statusMessage
	      );
	    } else {
	      throw new RequestRetryError('Request failed', statusCode, {
	        headers,
	        data: { count: this.retryCount }
	      })
	    }
	  }

	  onResponseData (_controller, chunk) {
	    if (this.error) {
	      return
	    }

	    this.start += chunk.length;

	    this.handler.onResponseData?.(this.controllerProxy, chunk);
	  }

	  onResponseEnd (_controller, trailers) {
	    if (this.error && this.retryOpts.throwOnError) {
	      throw this.error
	    }

	    if (!this.error) {
	      this.retryCount = 0;
	      return this.handler.onResponseEnd?.(this.controllerProxy, trailers)
	    }

	    this.retry();
	  }

	  retry () {
	    if (this.start !== 0) {
	      const headers = { range: `bytes=${this.start}-${this.end ?? ''}` };

	      // Weak etag check - weak etags will make comparison algorithms never match
	      if (this.etag != null) {
	        headers['if-match'] = this.etag;
	      }

	      this.opts = {
	        ...this.opts,
	        headers: {
	          ...this.opts.headers,
	          ...headers
	        }
	      };
	    }

	    try {
	      this.retryCountCheckpoint = this.retryCount;
	      this.dispatch(this.opts, this);
	    } catch (err) {
	      this.handler.onResponseError?.(this.controllerProxy, err);
	    }
	  }

	  onResponseError (controller, err) {
	    if (controller?.aborted || isDisturbed(this.opts.body) || (this.headersSent && !this.resume)) {
	      this.handler.onResponseError?.(this.controllerProxy, err);
	      return
	    }

	    function shouldRetry (returnedErr) {
	      if (!returnedErr) {
	        this.retry();
	        return
	      }

	      this.handler?.onResponseError?.(this.controllerProxy, returnedErr);
	    }

	    // We reconcile in case of a mix between network errors
	    // and server error response
	    if (this.retryCount - this.retryCountCheckpoint > 0) {
	      // We count the difference between the last checkpoint and the current retry count
	      this.retryCount =
	        this.retryCountCheckpoint +
	        (this.retryCount - this.retryCountCheckpoint);
	    } else {
	      this.retryCount += 1;
	    }

	    this.retryOpts.retry(
	      err,
	      {
	        state: { counter: this.retryCount },
	        opts: { retryOptions: this.retryOpts, ...this.opts }
	      },
	      shouldRetry.bind(this)
	    );
	  }
	}

	retryHandler = RetryHandler;
	return retryHandler;
}

var retryAgent;
var hasRequiredRetryAgent;

function requireRetryAgent () {
	if (hasRequiredRetryAgent) return retryAgent;
	hasRequiredRetryAgent = 1;

	const Dispatcher = requireDispatcher();
	const RetryHandler = requireRetryHandler();

	class RetryAgent extends Dispatcher {
	  #agent = null
	  #options = null
	  constructor (agent, options = {}) {
	    super(options);
	    this.#agent = agent;
	    this.#options = options;
	  }

	  dispatch (opts, handler) {
	    const retry = new RetryHandler({
	      ...opts,
	      retryOptions: this.#options
	    }, {
	      dispatch: this.#agent.dispatch.bind(this.#agent),
	      handler
	    });
	    return this.#agent.dispatch(opts, retry)
	  }

	  close () {
	    return this.#agent.close()
	  }

	  destroy () {
	    return this.#agent.destroy()
	  }
	}

	retryAgent = RetryAgent;
	return retryAgent;
}

var h2cClient;
var hasRequiredH2cClient;

function requireH2cClient () {
	if (hasRequiredH2cClient) return h2cClient;
	hasRequiredH2cClient = 1;

	const { InvalidArgumentError } = requireErrors();
	const Client = requireClient();

	class H2CClient extends Client {
	  constructor (origin, clientOpts) {
	    if (typeof origin === 'string') {
	      origin = new URL(origin);
	    }

	    if (origin.protocol !== 'http:') {
	      throw new InvalidArgumentError(
	        'h2c-client: Only h2c protocol is supported'
	      )
	    }

	    const { maxConcurrentStreams, pipelining, ...opts } =
	            clientOpts ?? {};
	    let defaultMaxConcurrentStreams = 100;
	    let defaultPipelining = 100;

	    if (
	      maxConcurrentStreams != null &&
	            Number.isInteger(maxConcurrentStreams) &&
	            maxConcurrentStreams > 0
	    ) {
	      defaultMaxConcurrentStreams = maxConcurrentStreams;
	    }

	    if (pipelining != null && Number.isInteger(pipelining) && pipelining > 0) {
	      defaultPipelining = pipelining;
	    }

	    if (defaultPipelining > defaultMaxConcurrentStreams) {
	      throw new InvalidArgumentError(
	        'h2c-client: pipelining cannot be greater than maxConcurrentStreams'
	      )
	    }

	    super(origin, {
	      ...opts,
	      maxConcurrentStreams: defaultMaxConcurrentStreams,
	      pipelining: defaultPipelining,
	      allowH2: true,
	      useH2c: true
	    });
	  }
	}

	h2cClient = H2CClient;
	return h2cClient;
}

var mockErrors;
var hasRequiredMockErrors;

function requireMockErrors () {
	if (hasRequiredMockErrors) return mockErrors;
	hasRequiredMockErrors = 1;

	const { UndiciError } = requireErrors();

	const kMockNotMatchedError = Symbol.for('undici.error.UND_MOCK_ERR_MOCK_NOT_MATCHED');

	/**
	 * The request does not match any registered mock dispatches.
	 */
	class MockNotMatchedError extends UndiciError {
	  constructor (message) {
	    super(message);
	    this.name = 'MockNotMatchedError';
	    this.message = message || 'The request does not match any registered mock dispatches';
	    this.code = 'UND_MOCK_ERR_MOCK_NOT_MATCHED';
	  }

	  static [Symbol.hasInstance] (instance) {
	    return instance && instance[kMockNotMatchedError] === true
	  }

	  get [kMockNotMatchedError] () {
	    return true
	  }
	}

	mockErrors = {
	  MockNotMatchedError
	};
	return mockErrors;
}

var mockSymbols;
var hasRequiredMockSymbols;

function requireMockSymbols () {
	if (hasRequiredMockSymbols) return mockSymbols;
	hasRequiredMockSymbols = 1;

	mockSymbols = {
	  kAgent: Symbol('agent'),
	  kOptions: Symbol('options'),
	  kFactory: Symbol('factory'),
	  kDispatches: Symbol('dispatches'),
	  kDispatchKey: Symbol('dispatch key'),
	  kDefaultHeaders: Symbol('default headers'),
	  kDefaultTrailers: Symbol('default trailers'),
	  kContentLength: Symbol('content length'),
	  kMockAgent: Symbol('mock agent'),
	  kMockAgentSet: Symbol('mock agent set'),
	  kMockAgentGet: Symbol('mock agent get'),
	  kMockDispatch: Symbol('mock dispatch'),
	  kClose: Symbol('close'),
	  kOriginalClose: Symbol('original agent close'),
	  kOriginalDispatch: Symbol('original dispatch'),
	  kOrigin: Symbol('origin'),
	  kIsMockActive: Symbol('is mock active'),
	  kNetConnect: Symbol('net connect'),
	  kGetNetConnect: Symbol('get net connect'),
	  kConnected: Symbol('connected'),
	  kIgnoreTrailingSlash: Symbol('ignore trailing slash'),
	  kMockAgentMockCallHistoryInstance: Symbol('mock agent mock call history name'),
	  kMockAgentRegisterCallHistory: Symbol('mock agent register mock call history'),
	  kMockAgentAddCallHistoryLog: Symbol('mock agent add call history log'),
	  kMockAgentIsCallHistoryEnabled: Symbol('mock agent is call history enabled'),
	  kMockAgentAcceptsNonStandardSearchParameters: Symbol('mock agent accepts non standard search parameters'),
	  kMockCallHistoryAddLog: Symbol('mock call history add log'),
	  kTotalDispatchCount: Symbol('total dispatch count')
	};
	return mockSymbols;
}

var mockUtils;
var hasRequiredMockUtils;

function requireMockUtils () {
	if (hasRequiredMockUtils) return mockUtils;
	hasRequiredMockUtils = 1;

	const { MockNotMatchedError } = requireMockErrors();
	const {
	  kDispatches,
	  kMockAgent,
	  kOriginalDispatch,
	  kOrigin,
	  kGetNetConnect,
	  kTotalDispatchCount
	} = requireMockSymbols();
	const { serializePathWithQuery } = requireUtil$4();
	const { STATUS_CODES } = __require$6();
	const {
	  types: {
	    isPromise
	  }
	} = __require$7();
	const { InvalidArgumentError } = requireErrors();

	function matchValue (match, value) {
	  if (typeof match === 'string') {
	    return match === value
	  }
	  if (match instanceof RegExp) {
	    return match.test(value)
	  }
	  if (typeof match === 'function') {
	    return match(value) === true
	  }
	  return false
	}

	function lowerCaseEntries (headers) {
	  return Object.fromEntries(
	    Object.entries(headers).map(([headerName, headerValue]) => {
	      return [headerName.toLocaleLowerCase(), headerValue]
	    })
	  )
	}

	/**
	 * @param {import('../../index').Headers|string[]|Record<string, string>} headers
	 * @param {string} key
	 */
	function getHeaderByName (headers, key) {
	  if (Array.isArray(headers)) {
	    for (let i = 0; i < headers.length; i += 2) {
	      if (headers[i].toLocaleLowerCase() === key.toLocaleLowerCase()) {
	        return headers[i + 1]
	      }
	    }

	    return undefined
	  } else if (typeof headers.get === 'function') {
	    return headers.get(key)
	  } else {
	    return lowerCaseEntries(headers)[key.toLocaleLowerCase()]
	  }
	}

	/** @param {string[]} headers */
	function buildHeadersFromArray (headers) { // fetch HeadersList
	  const clone = headers.slice();
	  const entries = [];
	  for (let index = 0; index < clone.length; index += 2) {
	    entries.push([clone[index], clone[index + 1]]);
	  }
	  return Object.fromEntries(entries)
	}

	function matchHeaders (mockDispatch, headers) {
	  if (typeof mockDispatch.headers === 'function') {
	    if (Array.isArray(headers)) { // fetch HeadersList
	      headers = buildHeadersFromArray(headers);
	    }
	    return mockDispatch.headers(headers ? lowerCaseEntries(headers) : {})
	  }
	  if (typeof mockDispatch.headers === 'undefined') {
	    return true
	  }
	  if (typeof headers !== 'object' || typeof mockDispatch.headers !== 'object') {
	    return false
	  }

	  for (const [matchHeaderName, matchHeaderValue] of Object.entries(mockDispatch.headers)) {
	    const headerValue = getHeaderByName(headers, matchHeaderName);

	    if (!matchValue(matchHeaderValue, headerValue)) {
	      return false
	    }
	  }
	  return true
	}

	function normalizeSearchParams (query) {
	  if (typeof query !== 'string') {
	    return query
	  }

	  const originalQp = new URLSearchParams(query);
	  const normalizedQp = new URLSearchParams();

	  for (let [key, value] of originalQp.entries()) {
	    key = key.replace('[]', '');

	    const valueRepresentsString = /^(['"]).*\1$/.test(value);
	    if (valueRepresentsString) {
	      normalizedQp.append(key, value);
	      continue
	    }

	    if (value.includes(',')) {
	      const values = value.split(',');
	      for (const v of values) {
	        normalizedQp.append(key, v);
	      }
	      continue
	    }

	    normalizedQp.append(key, value);
	  }

	  return normalizedQp
	}

	function safeUrl (path) {
	  if (typeof path !== 'string') {
	    return path
	  }
	  const pathSegments = path.split('?', 3);
	  if (pathSegments.length !== 2) {
	    return path
	  }

	  const qp = new URLSearchParams(pathSegments.pop());
	  qp.sort();
	  return [...pathSegments, qp.toString()].join('?')
	}

	function matchKey (mockDispatch, { path, method, body, headers }) {
	  const pathMatch = matchValue(mockDispatch.path, path);
	  const methodMatch = matchValue(mockDispatch.method, method);
	  const bodyMatch = typeof mockDispatch.body !== 'undefined' ? matchValue(mockDispatch.body, body) : true;
	  const headersMatch = matchHeaders(mockDispatch, headers);
	  return pathMatch && methodMatch && bodyMatch && headersMatch
	}

	function getResponseData (data) {
	  if (Buffer.isBuffer(data)) {
	    return data
	  } else if (data instanceof Uint8Array) {
	    return data
	  } else if (data instanceof ArrayBuffer) {
	    return data
	  } else if (typeof data === 'object') {
	    return JSON.stringify(data)
	  } else if (data) {
	    return data.toString()
	  } else {
	    return ''
	  }
	}

	function getMockDispatch (mockDispatches, key) {
	  const basePath = key.query ? serializePathWithQuery(key.path, key.query) : key.path;
	  const resolvedPath = typeof basePath === 'string' ? safeUrl(basePath) : basePath;

	  const resolvedPathWithoutTrailingSlash = removeTrailingSlash(resolvedPath);

	  // Match path
	  let matchedMockDispatches = mockDispatches
	    .filter(({ consumed }) => !consumed)
	    .filter(({ path, ignoreTrailingSlash }) => {
	      return ignoreTrailingSlash
	        ? matchValue(removeTrailingSlash(safeUrl(path)), resolvedPathWithoutTrailingSlash)
	        : matchValue(safeUrl(path), resolvedPath)
	    });
	  if (matchedMockDispatches.length === 0) {
	    throw new MockNotMatchedError(`Mock dispatch not matched for path '${resolvedPath}'`)
	  }

	  // Match method
	  matchedMockDispatches = matchedMockDispatches.filter(({ method }) => matchValue(method, key.method));
	  if (matchedMockDispatches.length === 0) {
	    throw new MockNotMatchedError(`Mock dispatch not matched for method '${key.method}' on path '${resolvedPath}'`)
	  }

	  // Match body
	  matchedMockDispatches = matchedMockDispatches.filter(({ body }) => typeof body !== 'undefined' ? matchValue(body, key.body) : true);
	  if (matchedMockDispatches.length === 0) {
	    throw new MockNotMatchedError(`Mock dispatch not matched for body '${key.body}' on path '${resolvedPath}'`)
	  }

	  // Match headers
	  matchedMockDispatches = matchedMockDispatches.filter((mockDispatch) => matchHeaders(mockDispatch, key.headers));
	  if (matchedMockDispatches.length === 0) {
	    const headers = typeof key.headers === 'object' ? JSON.stringify(key.headers) : key.headers;
	    throw new MockNotMatchedError(`Mock dispatch not matched for headers '${headers}' on path '${resolvedPath}'`)
	  }

	  return matchedMockDispatches[0]
	}

	function addMockDispatch (mockDispatches, key, data, opts) {
	  const baseData = { timesInvoked: 0, times: 1, persist: false, consumed: false, ...opts };
	  const replyData = typeof data === 'function' ? { callback: data } : { ...data };
	  const newMockDispatch = { ...baseData, ...key, pending: true, data: { error: null, ...replyData } };
	  mockDispatches.push(newMockDispatch);
	  // Track total number of intercepts ever registered for better error messages
	  mockDispatches[kTotalDispatchCount] = (mockDispatches[kTotalDispatchCount] || 0) + 1;
	  return newMockDispatch
	}

	function deleteMockDispatch (mockDispatches, key) {
	  const index = mockDispatches.findIndex(dispatch => {
	    if (!dispatch.consumed) {
	      return false
	    }
	    return matchKey(dispatch, key)
	  });
	  if (index !== -1) {
	    mockDispatches.splice(index, 1);
	  }
	}

	/**
	 * @param {string} path Path to remove trailing slash from
	 */
	function removeTrailingSlash (path) {
	  while (path.endsWith('/')) {
	    path = path.slice(0, -1);
	  }

	  if (path.length === 0) {
	    path = '/';
	  }

	  return path
	}

	function buildKey (opts) {
	  const { path, method, body, headers, query } = opts;

	  return {
	    path,
	    method,
	    body,
	    headers,
	    query
	  }
	}

	function generateKeyValues (data) {
	  const keys = Object.keys(data);
	  const result = [];
	  for (let i = 0; i < keys.length; ++i) {
	    const key = keys[i];
	    const value = data[key];
	    const name = Buffer.from(`${key}`);
	    if (Array.isArray(value)) {
	      for (let j = 0; j < value.length; ++j) {
	        result.push(name, Buffer.from(`${value[j]}`));
	      }
	    } else {
	      result.push(name, Buffer.from(`${value}`));
	    }
	  }
	  return result
	}

	/**
	 * @see https://developer.mozilla.org/en-US/docs/Web/HTTP/Status
	 * @param {number} statusCode
	 */
	function getStatusText (statusCode) {
	  return STATUS_CODES[statusCode] || 'unknown'
	}

	async function getResponse (body) {
	  const buffers = [];
	  for await (const data of body) {
	    buffers.push(data);
	  }
	  return Buffer.concat(buffers).toString('utf8')
	}

	/**
	 * Mock dispatch function used to simulate undici dispatches
	 */
	function mockDispatch (opts, handler) {
	  // Get mock dispatch from built key
	  const key = buildKey(opts);
	  const mockDispatch = getMockDispatch(this[kDispatches], key);

	  mockDispatch.timesInvoked++;

	  // Here's where we resolve a callback if a callback is present for the dispatch data.
	  if (mockDispatch.data.callback) {
	    mockDispatch.data = { ...mockDispatch.data, ...mockDispatch.data.callback(opts) };
	  }

	  // Parse mockDispatch data
	  const { data: { statusCode, data, headers, trailers, error }, delay, persist } = mockDispatch;
	  const { timesInvoked, times } = mockDispatch;

	  // If it's used up and not persistent, mark as consumed
	  mockDispatch.consumed = !persist && timesInvoked >= times;
	  mockDispatch.pending = timesInvoked < times;

	  // If specified, trigger dispatch error
	  if (error !== null) {
	    deleteMockDispatch(this[kDispatches], key);
	    handler.onError(error);
	    return true
	  }

	  // Track whether the request has been aborted
	  let aborted = false;
	  let timer = null;

	  function abort (err) {
	    if (aborted) {
	      return
	    }
	    aborted = true;

	    // Clear the pending delayed response if any
	    if (timer !== null) {
	      clearTimeout(timer);
	      timer = null;
	    }

	    // Notify the handler of the abort
	    handler.onError(err);
	  }

	  // Call onConnect to allow the handler to register the abort callback
	  handler.onConnect?.(abort, null);

	  // Handle the request with a delay if necessary
	  if (typeof delay === 'number' && delay > 0) {
	    timer = setTimeout(() => {
	      timer = null;
	      handleReply(this[kDispatches]);
	    }, delay);
	  } else {
	    handleReply(this[kDispatches]);
	  }

	  function handleReply (mockDispatches, _data = data) {
	    // Don't send response if the request was aborted
	    if (aborted) {
	      return
	    }

	    // fetch's HeadersList is a 1D string array
	    const optsHeaders = Array.isArray(opts.headers)
	      ? buildHeadersFromArray(opts.headers)
	      : opts.headers;
	    const body = typeof _data === 'function'
	      ? _data({ ...opts, headers: optsHeaders })
	      : _data;

	    // util.types.isPromise is likely needed for jest.
	    if (isPromise(body)) {
	      // If handleReply is asynchronous, throwing an error
	      // in the callback will reject the promise, rather than
	      // synchronously throw the error, which breaks some tests.
	      // Rather, we wait for the callback to resolve if it is a
	      // promise, and then re-run handleReply with the new body.
	      return body.then((newData) => handleReply(mockDispatches, newData))
	    }

	    // Check again if aborted after async body resolution
	    if (aborted) {
	      return
	    }

	    const responseData = getResponseData(body);
	    const responseHeaders = generateKeyValues(headers);
	    const responseTrailers = generateKeyValues(trailers);

	    handler.onHeaders?.(statusCode, responseHeaders, resume, getStatusText(statusCode));
	    handler.onData?.(Buffer.from(responseData));
	    handler.onComplete?.(responseTrailers);
	    deleteMockDispatch(mockDispatches, key);
	  }

	  function resume () {}

	  return true
	}

	function buildMockDispatch () {
	  const agent = this[kMockAgent];
	  const origin = this[kOrigin];
	  const originalDispatch = this[kOriginalDispatch];

	  return function dispatch (opts, handler) {
	    if (agent.isMockActive) {
	      try {
	        mockDispatch.call(this, opts, handler);
	      } catch (error) {
	        if (error.code === 'UND_MOCK_ERR_MOCK_NOT_MATCHED') {
	          const netConnect = agent[kGetNetConnect]();
	          const totalInterceptsCount = this[kDispatches][kTotalDispatchCount] || this[kDispatches].length;
	          const pendingInterceptsCount = this[kDispatches].filter(({ consumed }) => !consumed).length;
	          const interceptsMessage = `, ${pendingInterceptsCount} interceptor(s) remaining out of ${totalInterceptsCount} defined`;
	          if (netConnect === false) {
	            throw new MockNotMatchedError(`${error.message}: subsequent request to origin ${origin} was not allowed (net.connect disabled)${interceptsMessage}`)
	          }
	          if (checkNetConnect(netConnect, origin)) {
	            originalDispatch.call(this, opts, handler);
	          } else {
	            throw new MockNotMatchedError(`${error.message}: subsequent request to origin ${origin} was not allowed (net.connect is not enabled for this origin)${interceptsMessage}`)
	          }
	        } else {
	          throw error
	        }
	      }
	    } else {
	      originalDispatch.call(this, opts, handler);
	    }
	  }
	}

	function checkNetConnect (netConnect, origin) {
	  const url = new URL(origin);
	  if (netConnect === true) {
	    return true
	  } else if (Array.isArray(netConnect) && netConnect.some((matcher) => matchValue(matcher, url.host))) {
	    return true
	  }
	  return false
	}

	function normalizeOrigin (origin) {
	  if (typeof origin !== 'string' && !(origin instanceof URL)) {
	    return origin
	  }

	  if (origin instanceof URL) {
	    return origin.origin
	  }

	  return origin.toLowerCase()
	}

	function buildAndValidateMockOptions (opts) {
	  const { agent, ...mockOptions } = opts;

	  if ('enableCallHistory' in mockOptions && typeof mockOptions.enableCallHistory !== 'boolean') {
	    throw new InvalidArgumentError('options.enableCallHistory must to be a boolean')
	  }

	  if ('acceptNonStandardSearchParameters' in mockOptions && typeof mockOptions.acceptNonStandardSearchParameters !== 'boolean') {
	    throw new InvalidArgumentError('options.acceptNonStandardSearchParameters must to be a boolean')
	  }

	  if ('ignoreTrailingSlash' in mockOptions && typeof mockOptions.ignoreTrailingSlash !== 'boolean') {
	    throw new InvalidArgumentError('options.ignoreTrailingSlash must to be a boolean')
	  }

	  return mockOptions
	}

	mockUtils = {
	  getResponseData,
	  getMockDispatch,
	  addMockDispatch,
	  deleteMockDispatch,
	  buildKey,
	  generateKeyValues,
	  matchValue,
	  getResponse,
	  getStatusText,
	  mockDispatch,
	  buildMockDispatch,
	  checkNetConnect,
	  buildAndValidateMockOptions,
	  getHeaderByName,
	  buildHeadersFromArray,
	  normalizeSearchParams,
	  normalizeOrigin
	};
	return mockUtils;
}

var mockInterceptor = {};

var hasRequiredMockInterceptor;

function requireMockInterceptor () {
	if (hasRequiredMockInterceptor) return mockInterceptor;
	hasRequiredMockInterceptor = 1;

	const { getResponseData, buildKey, addMockDispatch } = requireMockUtils();
	const {
	  kDispatches,
	  kDispatchKey,
	  kDefaultHeaders,
	  kDefaultTrailers,
	  kContentLength,
	  kMockDispatch,
	  kIgnoreTrailingSlash
	} = requireMockSymbols();
	const { InvalidArgumentError } = requireErrors();
	const { serializePathWithQuery } = requireUtil$4();

	/**
	 * Defines the scope API for an interceptor reply
	 */
	class MockScope {
	  constructor (mockDispatch) {
	    this[kMockDispatch] = mockDispatch;
	  }

	  /**
	   * Delay a reply by a set amount in ms.
	   */
	  delay (waitInMs) {
	    if (typeof waitInMs !== 'number' || !Number.isInteger(waitInMs) || waitInMs <= 0) {
	      throw new InvalidArgumentError('waitInMs must be a valid integer > 0')
	    }

	    this[kMockDispatch].delay = waitInMs;
	    return this
	  }

	  /**
	   * For a defined reply, never mark as consumed.
	   */
	  persist () {
	    this[kMockDispatch].persist = true;
	    return this
	  }

	  /**
	   * Allow one to define a reply for a set amount of matching requests.
	   */
	  times (repeatTimes) {
	    if (typeof repeatTimes !== 'number' || !Number.isInteger(repeatTimes) || repeatTimes <= 0) {
	      throw new InvalidArgumentError('repeatTimes must be a valid integer > 0')
	    }

	    this[kMockDispatch].times = repeatTimes;
	    return this
	  }
	}

	/**
	 * Defines an interceptor for a Mock
	 */
	class MockInterceptor {
	  constructor (opts, mockDispatches) {
	    if (typeof opts !== 'object') {
	      throw new InvalidArgumentError('opts must be an object')
	    }
	    if (typeof opts.path === 'undefined') {
	      throw new InvalidArgumentError('opts.path must be defined')
	    }
	    if (typeof opts.method === 'undefined') {
	      opts.method = 'GET';
	    }
	    // See https://github.com/nodejs/undici/issues/1245
	    // As per RFC 3986, clients are not supposed to send URI
	    // fragments to servers when they retrieve a document,
	    if (typeof opts.path === 'string') {
	      if (opts.query) {
	        opts.path = serializePathWithQuery(opts.path, opts.query);
	      } else {
	        // Matches https://github.com/nodejs/undici/blob/main/lib/web/fetch/index.js#L1811
	        const parsedURL = new URL(opts.path, 'data://');
	        opts.path = parsedURL.pathname + parsedURL.search;
	      }
	    }
	    if (typeof opts.method === 'string') {
	      opts.method = opts.method.toUpperCase();
	    }

	    this[kDispatchKey] = buildKey(opts);
	    this[kDispatches] = mockDispatches;
	    this[kIgnoreTrailingSlash] = opts.ignoreTrailingSlash ?? false;
	    this[kDefaultHeaders] = {};
	    this[kDefaultTrailers] = {};
	    this[kContentLength] = false;
	  }

	  createMockScopeDispatchData ({ statusCode, data, responseOptions }) {
	    const responseData = getResponseData(data);
	    const contentLength = this[kContentLength] ? { 'content-length': responseData.length } : {};
	    const headers = { ...this[kDefaultHeaders], ...contentLength, ...responseOptions.headers };
	    const trailers = { ...this[kDefaultTrailers], ...responseOptions.trailers };

	    return { statusCode, data, headers, trailers }
	  }

	  validateReplyParameters (replyParameters) {
	    if (typeof replyParameters.statusCode === 'undefined') {
	      throw new InvalidArgumentError('statusCode must be defined')
	    }
	    if (typeof replyParameters.responseOptions !== 'object' || replyParameters.responseOptions === null) {
	      throw new InvalidArgumentError('responseOptions must be an object')
	    }
	  }

	  /**
	   * Mock an undici request with a defined reply.
	   */
	  reply (replyOptionsCallbackOrStatusCode) {
	    // Values of reply aren't available right now as they
	    // can only be available when the reply callback is invoked.
	    if (typeof replyOptionsCallbackOrStatusCode === 'function') {
	      // We'll first wrap the provided callback in another function,
	      // this function will properly resolve the data from the callback
	      // when invoked.
	      const wrappedDefaultsCallback = (opts) => {
	        // Our reply options callback contains the parameter for statusCode, data and options.
	        const resolvedData = replyOptionsCallbackOrStatusCode(opts);

	        // Check if it is in the right format
	        if (typeof resolvedData !== 'object' || resolvedData === null) {
	          throw new InvalidArgumentError('reply options callback must return an object')
	        }

	        const replyParameters = { data: '', responseOptions: {}, ...resolvedData };
	        this.validateReplyParameters(replyParameters);
	        // Since the values can be obtained immediately we return them
	        // from this higher order function that will be resolved later.
	        return {
	          ...this.createMockScopeDispatchData(replyParameters)
	        }
	      };

	      // Add usual dispatch data, but this time set the data parameter to function that will eventually provide data.
	      const newMockDispatch = addMockDispatch(this[kDispatches], this[kDispatchKey], wrappedDefaultsCallback, { ignoreTrailingSlash: this[kIgnoreTrailingSlash] });
	      return new MockScope(newMockDispatch)
	    }

	    // We can have either one or three parameters, if we get here,
	    // we should have 1-3 parameters. So we spread the arguments of
	    // this function to obtain the parameters, since replyData will always
	    // just be the statusCode.
	    const replyParameters = {
	      statusCode: replyOptionsCallbackOrStatusCode,
	      data: arguments[1] === undefined ? '' : arguments[1],
	      responseOptions: arguments[2] === undefined ? {} : arguments[2]
	    };
	    this.validateReplyParameters(replyParameters);

	    // Send in-already provided data like usual
	    const dispatchData = this.createMockScopeDispatchData(replyParameters);
	    const newMockDispatch = addMockDispatch(this[kDispatches], this[kDispatchKey], dispatchData, { ignoreTrailingSlash: this[kIgnoreTrailingSlash] });
	    return new MockScope(newMockDispatch)
	  }

	  /**
	   * Mock an undici request with a defined error.
	   */
	  replyWithError (error) {
	    if (typeof error === 'undefined') {
	      throw new InvalidArgumentError('error must be defined')
	    }

	    const newMockDispatch = addMockDispatch(this[kDispatches], this[kDispatchKey], { error }, { ignoreTrailingSlash: this[kIgnoreTrailingSlash] });
	    return new MockScope(newMockDispatch)
	  }

	  /**
	   * Set default reply headers on the interceptor for subsequent replies
	   */
	  defaultReplyHeaders (headers) {
	    if (typeof headers === 'undefined') {
	      throw new InvalidArgumentError('headers must be defined')
	    }

	    this[kDefaultHeaders] = headers;
	    return this
	  }

	  /**
	   * Set default reply trailers on the interceptor for subsequent replies
	   */
	  defaultReplyTrailers (trailers) {
	    if (typeof trailers === 'undefined') {
	      throw new InvalidArgumentError('trailers must be defined')
	    }

	    this[kDefaultTrailers] = trailers;
	    return this
	  }

	  /**
	   * Set reply content length header for replies on the interceptor
	   */
	  replyContentLength () {
	    this[kContentLength] = true;
	    return this
	  }
	}

	mockInterceptor.MockInterceptor = MockInterceptor;
	mockInterceptor.MockScope = MockScope;
	return mockInterceptor;
}

var mockClient;
var hasRequiredMockClient;

function requireMockClient () {
	if (hasRequiredMockClient) return mockClient;
	hasRequiredMockClient = 1;

	const { promisify } = __require$7();
	const Client = requireClient();
	const { buildMockDispatch } = requireMockUtils();
	const {
	  kDispatches,
	  kMockAgent,
	  kClose,
	  kOriginalClose,
	  kOrigin,
	  kOriginalDispatch,
	  kConnected,
	  kIgnoreTrailingSlash
	} = requireMockSymbols();
	const { MockInterceptor } = requireMockInterceptor();
	const Symbols = requireSymbols();
	const { InvalidArgumentError } = requireErrors();

	/**
	 * MockClient provides an API that extends the Client to influence the mockDispatches.
	 */
	class MockClient extends Client {
	  constructor (origin, opts) {
	    if (!opts || !opts.agent || typeof opts.agent.dispatch !== 'function') {
	      throw new InvalidArgumentError('Argument opts.agent must implement Agent')
	    }

	    super(origin, opts);

	    this[kMockAgent] = opts.agent;
	    this[kOrigin] = origin;
	    this[kIgnoreTrailingSlash] = opts.ignoreTrailingSlash ?? false;
	    this[kDispatches] = [];
	    this[kConnected] = 1;
	    this[kOriginalDispatch] = this.dispatch;
	    this[kOriginalClose] = this.close.bind(this);

	    this.dispatch = buildMockDispatch.call(this);
	    this.close = this[kClose];
	  }

	  get [Symbols.kConnected] () {
	    return this[kConnected]
	  }

	  /**
	   * Sets up the base interceptor for mocking replies from undici.
	   */
	  intercept (opts) {
	    return new MockInterceptor(
	      opts && { ignoreTrailingSlash: this[kIgnoreTrailingSlash], ...opts },
	      this[kDispatches]
	    )
	  }

	  cleanMocks () {
	    this[kDispatches] = [];
	  }

	  async [kClose] () {
	    await promisify(this[kOriginalClose])();
	    this[kConnected] = 0;
	    this[kMockAgent][Symbols.kClients].delete(this[kOrigin]);
	  }
	}

	mockClient = MockClient;
	return mockClient;
}

var mockCallHistory = {};

var hasRequiredMockCallHistory;

function requireMockCallHistory () {
	if (hasRequiredMockCallHistory) return mockCallHistory;
	hasRequiredMockCallHistory = 1;

	const { kMockCallHistoryAddLog } = requireMockSymbols();
	const { InvalidArgumentError } = requireErrors();

	function handleFilterCallsWithOptions (criteria, options, handler, store, allLogs) {
	  switch (options.operator) {
	    case 'OR':
	      store.push(...handler(criteria, allLogs));

	      return store
	    case 'AND':
	      return handler(criteria, store)
	    default:
	      // guard -- should never happens because buildAndValidateFilterCallsOptions is called before
	      throw new InvalidArgumentError('options.operator must to be a case insensitive string equal to \'OR\' or \'AND\'')
	  }
	}

	function buildAndValidateFilterCallsOptions (options = {}) {
	  const finalOptions = {};

	  if ('operator' in options) {
	    if (typeof options.operator !== 'string' || (options.operator.toUpperCase() !== 'OR' && options.operator.toUpperCase() !== 'AND')) {
	      throw new InvalidArgumentError('options.operator must to be a case insensitive string equal to \'OR\' or \'AND\'')
	    }

	    return {
	      ...finalOptions,
	      operator: options.operator.toUpperCase()
	    }
	  }

	  return finalOptions
	}

	function makeFilterCalls (parameterName) {
	  return (parameterValue, logs) => {
	    if (typeof parameterValue === 'string' || parameterValue == null) {
	      return logs.filter((log) => {
	        return log[parameterName] === parameterValue
	      })
	    }
	    if (parameterValue instanceof RegExp) {
	      return logs.filter((log) => {
	        return parameterValue.test(log[parameterName])
	      })
	    }

	    throw new InvalidArgumentError(`${parameterName} parameter should be one of string, regexp, undefined or null`)
	  }
	}
	function computeUrlWithMaybeSearchParameters (requestInit) {
	  // path can contains query url parameters
	  // or query can contains query url parameters
	  try {
	    const url = new URL(requestInit.path, requestInit.origin);

	    // requestInit.path contains query url parameters
	    // requestInit.query is then undefined
	    if (url.search.length !== 0) {
	      return url
	    }

	    // requestInit.query can be populated here
	    url.search = new URLSearchParams(requestInit.query).toString();

	    return url
	  } catch (error) {
	    throw new InvalidArgumentError('An error occurred when computing MockCallHistoryLog.url', { cause: error })
	  }
	}

	class MockCallHistoryLog {
	  constructor (requestInit = {}) {
	    this.body = requestInit.body;
	    this.headers = requestInit.headers;
	    this.method = requestInit.method;

	    const url = computeUrlWithMaybeSearchParameters(requestInit);

	    this.fullUrl = url.toString();
	    this.origin = url.origin;
	    this.path = url.pathname;
	    this.searchParams = Object.fromEntries(url.searchParams);
	    this.protocol = url.protocol;
	    this.host = url.host;
	    this.port = url.port;
	    this.hash = url.hash;
	  }

	  toMap () {
	    return new Map([
	      ['protocol', this.protocol],
	      ['host', this.host],
	      ['port', this.port],
	      ['origin', this.origin],
	      ['path', this.path],
	      ['hash', this.hash],
	      ['searchParams', this.searchParams],
	      ['fullUrl', this.fullUrl],
	      ['method', this.method],
	      ['body', this.body],
	      ['headers', this.headers]]
	    )
	  }

	  toString () {
	    const options = { betweenKeyValueSeparator: '->', betweenPairSeparator: '|' };
	    let result = '';

	    this.toMap().forEach((value, key) => {
	      if (typeof value === 'string' || value === undefined || value === null) {
	        result = `${result}${key}${options.betweenKeyValueSeparator}${value}${options.betweenPairSeparator}`;
	      }
	      if ((typeof value === 'object' && value !== null) || Array.isArray(value)) {
	        result = `${result}${key}${options.betweenKeyValueSeparator}${JSON.stringify(value)}${options.betweenPairSeparator}`;
	      }
	      // maybe miss something for non Record / Array headers and searchParams here
	    });

	    // delete last betweenPairSeparator
	    return result.slice(0, -1)
	  }
	}

	class MockCallHistory {
	  logs = []

	  calls () {
	    return this.logs
	  }

	  firstCall () {
	    return this.logs.at(0)
	  }

	  lastCall () {
	    return this.logs.at(-1)
	  }

	  nthCall (number) {
	    if (typeof number !== 'number') {
	      throw new InvalidArgumentError('nthCall must be called with a number')
	    }
	    if (!Number.isInteger(number)) {
	      throw new InvalidArgumentError('nthCall must be called with an integer')
	    }
	    if (Math.sign(number) !== 1) {
	      throw new InvalidArgumentError('nthCall must be called with a positive value. use firstCall or lastCall instead')
	    }

	    // non zero based index. this is more human readable
	    return this.logs.at(number - 1)
	  }

	  filterCalls (criteria, options) {
	    // perf
	    if (this.logs.length === 0) {
	      return this.logs
	    }
	    if (typeof criteria === 'function') {
	      return this.logs.filter(criteria)
	    }
	    if (criteria instanceof RegExp) {
	      return this.logs.filter((log) => {
	        return criteria.test(log.toString())
	      })
	    }
	    if (typeof criteria === 'object' && criteria !== null) {
	      // no criteria - returning all logs
	      if (Object.keys(criteria).length === 0) {
	        return this.logs
	      }

	      const finalOptions = { operator: 'OR', ...buildAndValidateFilterCallsOptions(options) };

	      let maybeDuplicatedLogsFiltered = finalOptions.operator === 'AND' ? this.logs : [];
	      if ('protocol' in criteria) {
	        maybeDuplicatedLogsFiltered = handleFilterCallsWithOptions(criteria.protocol, finalOptions, this.filterCallsByProtocol, maybeDuplicatedLogsFiltered, this.logs);
	      }
	      if ('host' in criteria) {
	        maybeDuplicatedLogsFiltered = handleFilterCallsWithOptions(criteria.host, finalOptions, this.filterCallsByHost, maybeDuplicatedLogsFiltered, this.logs);
	      }
	      if ('port' in criteria) {
	        maybeDuplicatedLogsFiltered = handleFilterCallsWithOptions(criteria.port, finalOptions, this.filterCallsByPort, maybeDuplicatedLogsFiltered, this.logs);
	      }
	      if ('origin' in criteria) {
	        maybeDuplicatedLogsFiltered = handleFilterCallsWithOptions(criteria.origin, finalOptions, this.filterCallsByOrigin, maybeDuplicatedLogsFiltered, this.logs);
	      }
	      if ('path' in criteria) {
	        maybeDuplicatedLogsFiltered = handleFilterCallsWithOptions(criteria.path, finalOptions, this.filterCallsByPath, maybeDuplicatedLogsFiltered, this.logs);
	      }
	      if ('hash' in criteria) {
	        maybeDuplicatedLogsFiltered = handleFilterCallsWithOptions(criteria.hash, finalOptions, this.filterCallsByHash, maybeDuplicatedLogsFiltered, this.logs);
	      }
	      if ('fullUrl' in criteria) {
	        maybeDuplicatedLogsFiltered = handleFilterCallsWithOptions(criteria.fullUrl, finalOptions, this.filterCallsByFullUrl, maybeDuplicatedLogsFiltered, this.logs);
	      }
	      if ('method' in criteria) {
	        maybeDuplicatedLogsFiltered = handleFilterCallsWithOptions(criteria.method, finalOptions, this.filterCallsByMethod, maybeDuplicatedLogsFiltered, this.logs);
	      }

	      const uniqLogsFiltered = [...new Set(maybeDuplicatedLogsFiltered)];

	      return uniqLogsFiltered
	    }

	    throw new InvalidArgumentError('criteria parameter should be one of function, regexp, or object')
	  }

	  filterCallsByProtocol = makeFilterCalls.call(this, 'protocol')

	  filterCallsByHost = makeFilterCalls.call(this, 'host')

	  filterCallsByPort = makeFilterCalls.call(this, 'port')

	  filterCallsByOrigin = makeFilterCalls.call(this, 'origin')

	  filterCallsByPath = makeFilterCalls.call(this, 'path')

	  filterCallsByHash = makeFilterCalls.call(this, 'hash')

	  filterCallsByFullUrl = makeFilterCalls.call(this, 'fullUrl')

	  filterCallsByMethod = makeFilterCalls.call(this, 'method')

	  clear () {
	    this.logs = [];
	  }

	  [kMockCallHistoryAddLog] (requestInit) {
	    const log = new MockCallHistoryLog(requestInit);

	    this.logs.push(log);

	    return log
	  }

	  * [Symbol.iterator] () {
	    for (const log of this.calls()) {
	      yield log;
	    }
	  }
	}

	mockCallHistory.MockCallHistory = MockCallHistory;
	mockCallHistory.MockCallHistoryLog = MockCallHistoryLog;
	return mockCallHistory;
}

var mockPool;
var hasRequiredMockPool;

function requireMockPool () {
	if (hasRequiredMockPool) return mockPool;
	hasRequiredMockPool = 1;

	const { promisify } = __require$7();
	const Pool = requirePool();
	const { buildMockDispatch } = requireMockUtils();
	const {
	  kDispatches,
	  kMockAgent,
	  kClose,
	  kOriginalClose,
	  kOrigin,
	  kOriginalDispatch,
	  kConnected,
	  kIgnoreTrailingSlash
	} = requireMockSymbols();
	const { MockInterceptor } = requireMockInterceptor();
	const Symbols = requireSymbols();
	const { InvalidArgumentError } = requireErrors();

	/**
	 * MockPool provides an API that extends the Pool to influence the mockDispatches.
	 */
	class MockPool extends Pool {
	  constructor (origin, opts) {
	    if (!opts || !opts.agent || typeof opts.agent.dispatch !== 'function') {
	      throw new InvalidArgumentError('Argument opts.agent must implement Agent')
	    }

	    super(origin, opts);

	    this[kMockAgent] = opts.agent;
	    this[kOrigin] = origin;
	    this[kIgnoreTrailingSlash] = opts.ignoreTrailingSlash ?? false;
	    this[kDispatches] = [];
	    this[kConnected] = 1;
	    this[kOriginalDispatch] = this.dispatch;
	    this[kOriginalClose] = this.close.bind(this);

	    this.dispatch = buildMockDispatch.call(this);
	    this.close = this[kClose];
	  }

	  get [Symbols.kConnected] () {
	    return this[kConnected]
	  }

	  /**
	   * Sets up the base interceptor for mocking replies from undici.
	   */
	  intercept (opts) {
	    return new MockInterceptor(
	      opts && { ignoreTrailingSlash: this[kIgnoreTrailingSlash], ...opts },
	      this[kDispatches]
	    )
	  }

	  cleanMocks () {
	    this[kDispatches] = [];
	  }

	  async [kClose] () {
	    await promisify(this[kOriginalClose])();
	    this[kConnected] = 0;
	    this[kMockAgent][Symbols.kClients].delete(this[kOrigin]);
	  }
	}

	mockPool = MockPool;
	return mockPool;
}

const require$5 = createRequire(import.meta.url);
function __require$4() { return require$5("node:console"); }

var pendingInterceptorsFormatter;
var hasRequiredPendingInterceptorsFormatter;

function requirePendingInterceptorsFormatter () {
	if (hasRequiredPendingInterceptorsFormatter) return pendingInterceptorsFormatter;
	hasRequiredPendingInterceptorsFormatter = 1;

	const { Transform } = __require$8();
	const { Console } = __require$4();

	const PERSISTENT = process.versions.icu ? '\u2705' : 'Y ';
	const NOT_PERSISTENT = process.versions.icu ? '\u274c' : 'N ';

	/**
	 * Gets the output of `console.table(\u2026)` as a string.
	 */
	pendingInterceptorsFormatter = class PendingInterceptorsFormatter {
	  constructor ({ disableColors } = {}) {
	    this.transform = new Transform({
	      transform (chunk, _enc, cb) {
	        cb(null, chunk);
	      }
	    });

	    this.logger = new Console({
	      stdout: this.transform,
	      inspectOptions: {
	        colors: !disableColors && !process.env.CI
	      }
	    });
	  }

	  format (pendingInterceptors) {
	    const withPrettyHeaders = pendingInterceptors.map(
	      ({ method, path, data: { statusCode }, persist, times, timesInvoked, origin }) => ({
	        Method: method,
	        Origin: origin,
	        Path: path,
	        'Status code': statusCode,
	        Persistent: persist ? PERSISTENT : NOT_PERSISTENT,
	        Invocations: timesInvoked,
	        Remaining: persist ? Infinity : times - timesInvoked
	      }));

	    this.logger.table(withPrettyHeaders);
	    return this.transform.read().toString()
	  }
	};
	return pendingInterceptorsFormatter;
}

var mockAgent;
var hasRequiredMockAgent;

function requireMockAgent () {
	if (hasRequiredMockAgent) return mockAgent;
	hasRequiredMockAgent = 1;

	const { kClients } = requireSymbols();
	const Agent = requireAgent();
	const {
	  kAgent,
	  kMockAgentSet,
	  kMockAgentGet,
	  kDispatches,
	  kIsMockActive,
	  kNetConnect,
	  kGetNetConnect,
	  kOptions,
	  kFactory,
	  kMockAgentRegisterCallHistory,
	  kMockAgentIsCallHistoryEnabled,
	  kMockAgentAddCallHistoryLog,
	  kMockAgentMockCallHistoryInstance,
	  kMockAgentAcceptsNonStandardSearchParameters,
	  kMockCallHistoryAddLog,
	  kIgnoreTrailingSlash
	} = requireMockSymbols();
	const MockClient = requireMockClient();
	const MockPool = requireMockPool();
	const { matchValue, normalizeSearchParams, buildAndValidateMockOptions, normalizeOrigin } = requireMockUtils();
	const { InvalidArgumentError, UndiciError } = requireErrors();
	const Dispatcher = requireDispatcher();
	const PendingInterceptorsFormatter = requirePendingInterceptorsFormatter();
	const { MockCallHistory } = requireMockCallHistory();

	class MockAgent extends Dispatcher {
	  constructor (opts = {}) {
	    super(opts);

	    const mockOptions = buildAndValidateMockOptions(opts);

	    this[kNetConnect] = true;
	    this[kIsMockActive] = true;
	    this[kMockAgentIsCallHistoryEnabled] = mockOptions.enableCallHistory ?? false;
	    this[kMockAgentAcceptsNonStandardSearchParameters] = mockOptions.acceptNonStandardSearchParameters ?? false;
	    this[kIgnoreTrailingSlash] = mockOptions.ignoreTrailingSlash ?? false;

	    // Instantiate Agent and encapsulate
	    if (opts?.agent && typeof opts.agent.dispatch !== 'function') {
	      throw new InvalidArgumentError('Argument opts.agent must implement Agent')
	    }
	    const agent = opts?.agent ? opts.agent : new Agent(opts);
	    this[kAgent] = agent;

	    this[kClients] = agent[kClients];
	    this[kOptions] = mockOptions;

	    if (this[kMockAgentIsCallHistoryEnabled]) {
	      this[kMockAgentRegisterCallHistory]();
	    }
	  }

	  get (origin) {
	    // Normalize origin to handle URL objects and case-insensitive hostnames
	    const normalizedOrigin = normalizeOrigin(origin);
	    const originKey = this[kIgnoreTrailingSlash] ? normalizedOrigin.replace(/\/$/, '') : normalizedOrigin;

	    let dispatcher = this[kMockAgentGet](originKey);

	    if (!dispatcher) {
	      dispatcher = this[kFactory](originKey);
	      this[kMockAgentSet](originKey, dispatcher);
	    }
	    return dispatcher
	  }

	  dispatch (opts, handler) {
	    opts.origin = normalizeOrigin(opts.origin);

	    // Call MockAgent.get to perform additional setup before dispatching as normal
	    this.get(opts.origin);

	    this[kMockAgentAddCallHistoryLog](opts);

	    const acceptNonStandardSearchParameters = this[kMockAgentAcceptsNonStandardSearchParameters];

	    const dispatchOpts = { ...opts };

	    if (acceptNonStandardSearchParameters && dispatchOpts.path) {
	      const [path, searchParams] = dispatchOpts.path.split('?');
	      const normalizedSearchParams = normalizeSearchParams(searchParams, acceptNonStandardSearchParameters);
	      dispatchOpts.path = `${path}?${normalizedSearchParams}`;
	    }

	    return this[kAgent].dispatch(dispatchOpts, handler)
	  }

	  async close () {
	    this.clearCallHistory();
	    await this[kAgent].close();
	    this[kClients].clear();
	  }

	  deactivate () {
	    this[kIsMockActive] = false;
	  }

	  activate () {
	    this[kIsMockActive] = true;
	  }

	  enableNetConnect (matcher) {
	    if (typeof matcher === 'string' || typeof matcher === 'function' || matcher instanceof RegExp) {
	      if (Array.isArray(this[kNetConnect])) {
	        this[kNetConnect].push(matcher);
	      } else {
	        this[kNetConnect] = [matcher];
	      }
	    } else if (typeof matcher === 'undefined') {
	      this[kNetConnect] = true;
	    } else {
	      throw new InvalidArgumentError('Unsupported matcher. Must be one of String|Function|RegExp.')
	    }
	  }

	  disableNetConnect () {
	    this[kNetConnect] = false;
	  }

	  enableCallHistory () {
	    this[kMockAgentIsCallHistoryEnabled] = true;

	    return this
	  }

	  disableCallHistory () {
	    this[kMockAgentIsCallHistoryEnabled] = false;

	    return this
	  }

	  getCallHistory () {
	    return this[kMockAgentMockCallHistoryInstance]
	  }

	  clearCallHistory () {
	    if (this[kMockAgentMockCallHistoryInstance] !== undefined) {
	      this[kMockAgentMockCallHistoryInstance].clear();
	    }
	  }

	  // This is required to bypass issues caused by using global symbols - see:
	  // https://github.com/nodejs/undici/issues/1447
	  get isMockActive () {
	    return this[kIsMockActive]
	  }

	  [kMockAgentRegisterCallHistory] () {
	    if (this[kMockAgentMockCallHistoryInstance] === undefined) {
	      this[kMockAgentMockCallHistoryInstance] = new MockCallHistory();
	    }
	  }

	  [kMockAgentAddCallHistoryLog] (opts) {
	    if (this[kMockAgentIsCallHistoryEnabled]) {
	      // additional setup when enableCallHistory class method is used after mockAgent instantiation
	      this[kMockAgentRegisterCallHistory]();

	      // add call history log on every call (intercepted or not)
	      this[kMockAgentMockCallHistoryInstance][kMockCallHistoryAddLog](opts);
	    }
	  }

	  [kMockAgentSet] (origin, dispatcher) {
	    this[kClients].set(origin, { count: 0, dispatcher });
	  }

	  [kFactory] (origin) {
	    const mockOptions = Object.assign({ agent: this }, this[kOptions]);
	    return this[kOptions] && this[kOptions].connections === 1
	      ? new MockClient(origin, mockOptions)
	      : new MockPool(origin, mockOptions)
	  }

	  [kMockAgentGet] (origin) {
	    // First check if we can immediately find it
	    const result = this[kClients].get(origin);
	    if (result?.dispatcher) {
	      return result.dispatcher
	    }

	    // If the origin is not a string create a dummy parent pool and return to user
	    if (typeof origin !== 'string') {
	      const dispatcher = this[kFactory]('http://localhost:9999');
	      this[kMockAgentSet](origin, dispatcher);
	      return dispatcher
	    }

	    // If we match, create a pool and assign the same dispatches
	    for (const [keyMatcher, result] of Array.from(this[kClients])) {
	      if (result && typeof keyMatcher !== 'string' && matchValue(keyMatcher, origin)) {
	        const dispatcher = this[kFactory](origin);
	        this[kMockAgentSet](origin, dispatcher);
	        dispatcher[kDispatches] = result.dispatcher[kDispatches];
	        return dispatcher
	      }
	    }
	  }

	  [kGetNetConnect] () {
	    return this[kNetConnect]
	  }

	  pendingInterceptors () {
	    const mockAgentClients = this[kClients];

	    return Array.from(mockAgentClients.entries())
	      .flatMap(([origin, result]) => result.dispatcher[kDispatches].map(dispatch => ({ ...dispatch, origin })))
	      .filter(({ pending }) => pending)
	  }

	  assertNoPendingInterceptors ({ pendingInterceptorsFormatter = new PendingInterceptorsFormatter() } = {}) {
	    const pending = this.pendingInterceptors();

	    if (pending.length === 0) {
	      return
	    }

	    throw new UndiciError(
	      pending.length === 1
	        ? `1 interceptor is pending:\n\n${pendingInterceptorsFormatter.format(pending)}`.trim()
	        : `${pending.length} interceptors are pending:\n\n${pendingInterceptorsFormatter.format(pending)}`.trim()
	    )
	  }
	}

	mockAgent = MockAgent;
	return mockAgent;
}

const require$4 = createRequire(import.meta.url);
function __require$3() { return require$4("node:fs/promises"); }

const require$3 = createRequire(import.meta.url);
function __require$2() { return require$3("node:path"); }

const require$2 = createRequire(import.meta.url);
function __require$1() { return require$2("node:timers"); }

var snapshotUtils;
var hasRequiredSnapshotUtils;

function requireSnapshotUtils () {
	if (hasRequiredSnapshotUtils) return snapshotUtils;
	hasRequiredSnapshotUtils = 1;

	const { InvalidArgumentError } = requireErrors();
	const { runtimeFeatures } = requireRuntimeFeatures();

	/**
	 * @typedef {Object} HeaderFilters
	 * @property {Set<string>} ignore - Set of headers to ignore for matching
	 * @property {Set<string>} exclude - Set of headers to exclude from matching
	 * @property {Set<string>} match - Set of headers to match (empty means match
	 */

	/**
	 * Creates cached header sets for performance
	 *
	 * @param {import('./snapshot-recorder').SnapshotRecorderMatchOptions} matchOptions - Matching options for headers
	 * @returns {HeaderFilters} - Cached sets for ignore, exclude, and match headers
	 */
	function createHeaderFilters (matchOptions = {}) {
	  const { ignoreHeaders = [], excludeHeaders = [], matchHeaders = [], caseSensitive = false } = matchOptions;

	  return {
	    ignore: new Set(ignoreHeaders.map(header => caseSensitive ? header : header.toLowerCase())),
	    exclude: new Set(excludeHeaders.map(header => caseSensitive ? header : header.toLowerCase())),
	    match: new Set(matchHeaders.map(header => caseSensitive ? header : header.toLowerCase()))
	  }
	}

	const crypto = runtimeFeatures.has('crypto')
	  ? __require$9()
	  : null;

	/**
	 * @callback HashIdFunction
	 * @param {string} value - The value to hash
	 * @returns {string} - The base64url encoded hash of the value
	 */

	/**
	 * Generates a hash for a given value
	 * @type {HashIdFunction}
	 */
	const hashId = crypto?.hash
	  ? (value) => crypto.hash('sha256', value, 'base64url')
	  : (value) => Buffer.from(value).toString('base64url');

	/**
	 * @typedef {(url: string) => boolean} IsUrlExcluded Checks if a URL matches any of the exclude patterns
	 */

	/** @typedef {{[key: Lowercase<string>]: string}} NormalizedHeaders */
	/** @typedef {Array<string>} UndiciHeaders */
	/** @typedef {Record<string, string|string[]>} Headers */

	/**
	 * @param {*} headers
	 * @returns {headers is UndiciHeaders}
	 */
	function isUndiciHeaders (headers) {
	  return Array.isArray(headers) && (headers.length & 1) === 0
	}

	/**
	 * Factory function to create a URL exclusion checker
	 * @param {Array<string| RegExp>} [excludePatterns=[]] - Array of patterns to exclude
	 * @returns {IsUrlExcluded} - A function that checks if a URL matches any of the exclude patterns
	 */
	function isUrlExcludedFactory (excludePatterns = []) {
	  if (excludePatterns.length === 0) {
	    return () => false
	  }

	  return function isUrlExcluded (url) {
	    let urlLowerCased;

	    for (const pattern of excludePatterns) {
	      if (typeof pattern === 'string') {
	        if (!urlLowerCased) {
	          // Convert URL to lowercase only once
	          urlLowerCased = url.toLowerCase();
	        }
	        // Simple string match (case-insensitive)
	        if (urlLowerCased.includes(pattern.toLowerCase())) {
	          return true
	        }
	      } else if (pattern instanceof RegExp) {
	        // Regex pattern match
	        if (pattern.test(url)) {
	          return true
	        }
	      }
	    }

	    return false
	  }
	}

	/**
	 * Normalizes headers for consistent comparison
	 *
	 * @param {Object|UndiciHeaders} headers - Headers to normalize
	 * @returns {NormalizedHeaders} - Normalized headers as a lowercase object
	 */
	function normalizeHeaders (headers) {
	  /** @type {NormalizedHeaders} */
	  const normalizedHeaders = {};

	  if (!headers) return normalizedHeaders

	  // Handle array format (undici internal format: [name, value, name, value, ...])
	  if (isUndiciHeaders(headers)) {
	    for (let i = 0; i < headers.length; i += 2) {
	      const key = headers[i];
	      const value = headers[i + 1];
	      if (key && value !== undefined) {
	        // Convert Buffers to strings if needed
	        const keyStr = Buffer.isBuffer(key) ? key.toString() : key;
	        const valueStr = Buffer.isBuffer(value) ? value.toString() : value;
	        normalizedHeaders[keyStr.toLowerCase()] = valueStr;
	      }
	    }
	    return normalizedHeaders
	  }

	  // Handle object format
	  if (headers && typeof headers === 'object') {
	    for (const [key, value] of Object.entries(headers)) {
	      if (key && typeof key === 'string') {
	        normalizedHeaders[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
	      }
	    }
	  }

	  return normalizedHeaders
	}

	const validSnapshotModes = /** @type {const} */ (['record', 'playback', 'update']);

	/** @typedef {typeof validSnapshotModes[number]} SnapshotMode */

	/**
	 * @param {*} mode - The snapshot mode to validate
	 * @returns {asserts mode is SnapshotMode}
	 */
	function validateSnapshotMode (mode) {
	  if (!validSnapshotModes.includes(mode)) {
	    throw new InvalidArgumentError(`Invalid snapshot mode: ${mode}. Must be one of: ${validSnapshotModes.join(', ')}`)
	  }
	}

	snapshotUtils = {
	  createHeaderFilters,
	  hashId,
	  isUndiciHeaders,
	  normalizeHeaders,
	  isUrlExcludedFactory,
	  validateSnapshotMode
	};
	return snapshotUtils;
}

var snapshotRecorder;
var hasRequiredSnapshotRecorder;

function requireSnapshotRecorder () {
	if (hasRequiredSnapshotRecorder) return snapshotRecorder;
	hasRequiredSnapshotRecorder = 1;

	const { writeFile, readFile, mkdir } = __require$3();
	const { dirname, resolve } = __require$2();
	const { setTimeout, clearTimeout } = __require$1();
	const { InvalidArgumentError, UndiciError } = requireErrors();
	const { hashId, isUrlExcludedFactory, normalizeHeaders, createHeaderFilters } = requireSnapshotUtils();

	/**
	 * @typedef {Object} SnapshotRequestOptions
	 * @property {string} method - HTTP method (e.g. 'GET', 'POST', etc.)
	 * @property {string} path - Request path
	 * @property {string} origin - Request origin (base URL)
	 * @property {import('./snapshot-utils').Headers|import('./snapshot-utils').UndiciHeaders} headers - Request headers
	 * @property {import('./snapshot-utils').NormalizedHeaders} _normalizedHeaders - Request headers as a lowercase object
	 * @property {string|Buffer} [body] - Request body (optional)
	 */

	/**
	 * @typedef {Object} SnapshotEntryRequest
	 * @property {string} method - HTTP method (e.g. 'GET', 'POST', etc.)
	 * @property {string} url - Full URL of the request
	 * @property {import('./snapshot-utils').NormalizedHeaders} headers - Normalized headers as a lowercase object
	 * @property {string|Buffer} [body] - Request body (optional)
	 */

	/**
	 * @typedef {Object} SnapshotEntryResponse
	 * @property {number} statusCode - HTTP status code of the response
	 * @property {import('./snapshot-utils').NormalizedHeaders} headers - Normalized response headers as a lowercase object
	 * @property {string} body - Response body as a base64url encoded string
	 * @property {Object} [trailers] - Optional response trailers
	 */

	/**
	 * @typedef {Object} SnapshotEntry
	 * @property {SnapshotEntryRequest} request - The request object
	 * @property {Array<SnapshotEntryResponse>} responses - Array of response objects
	 * @property {number} callCount - Number of times this snapshot has been called
	 * @property {string} timestamp - ISO timestamp of when the snapshot was created
	 */

	/**
	 * @typedef {Object} SnapshotRecorderMatchOptions
	 * @property {Array<string>} [matchHeaders=[]] - Headers to match (empty array means match all headers)
	 * @property {Array<string>} [ignoreHeaders=[]] - Headers to ignore for matching
	 * @property {Array<string>} [excludeHeaders=[]] - Headers to exclude from matching
	 * @property {boolean} [matchBody=true] - Whether to match request body
	 * @property {boolean} [matchQuery=true] - Whether to match query properties
	 * @property {boolean} [caseSensitive=false] - Whether header matching is case-sensitive
	 */

	/**
	 * @typedef {Object} SnapshotRecorderOptions
	 * @property {string} [snapshotPath] - Path to save/load snapshots
	 * @property {import('./snapshot-utils').SnapshotMode} [mode='record'] - Mode: 'record' or 'playback'
	 * @property {number} [maxSnapshots=Infinity] - Maximum number of snapshots to keep
	 * @property {boolean} [autoFlush=false] - Whether to automatically flush snapshots to disk
	 * @property {number} [flushInterval=30000] - Auto-flush interval in milliseconds (default: 30 seconds)
	 * @property {Array<string|RegExp>} [excludeUrls=[]] - URLs to exclude from recording
	 * @property {function} [shouldRecord=null] - Function to filter requests for recording
	 * @property {function} [shouldPlayback=null] - Function to filter requests
	 */

	/**
	 * @typedef {Object} SnapshotFormattedRequest
	 * @property {string} method - HTTP method (e.g. 'GET', 'POST', etc.)
	 * @property {string} url - Full URL of the request (with query parameters if matchQuery is true)
	 * @property {import('./snapshot-utils').NormalizedHeaders} headers - Normalized headers as a lowercase object
	 * @property {string} body - Request body (optional, only if matchBody is true)
	 */

	/**
	 * @typedef {Object} SnapshotInfo
	 * @property {string} hash - Hash key for the snapshot
	 * @property {SnapshotEntryRequest} request - The request object
	 * @property {number} responseCount - Number of responses recorded for this request
	 * @property {number} callCount - Number of times this snapshot has been called
	 * @property {string} timestamp - ISO timestamp of when the snapshot was created
	 */

	/**
	 * Formats a request for consistent snapshot storage
	 * Caches normalized headers to avoid repeated processing
	 *
	 * @param {SnapshotRequestOptions} opts - Request options
	 * @param {import('./snapshot-utils').HeaderFilters} headerFilters - Cached header sets for performance
	 * @param {SnapshotRecorderMatchOptions} [matchOptions] - Matching options for headers and body
	 * @returns {SnapshotFormattedRequest} - Formatted request object
	 */
	function formatRequestKey (opts, headerFilters, matchOptions = {}) {
	  const url = new URL(opts.path, opts.origin);

	  // Cache normalized headers if not already done
	  const normalized = opts._normalizedHeaders || normalizeHeaders(opts.headers);
	  if (!opts._normalizedHeaders) {
	    opts._normalizedHeaders = normalized;
	  }

	  return {
	    method: opts.method || 'GET',
	    url: matchOptions.matchQuery !== false ? url.toString() : `${url.origin}${url.pathname}`,
	    headers: filterHeadersForMatching(normalized, headerFilters, matchOptions),
	    body: matchOptions.matchBody !== false && opts.body ? String(opts.body) : ''
	  }
	}

	/**
	 * Filters headers based on matching configuration
	 *
	 * @param {import('./snapshot-utils').Headers} headers - Headers to filter
	 * @param {import('./snapshot-utils').HeaderFilters} headerFilters - Cached sets for ignore, exclude, and match headers
	 * @param {SnapshotRecorderMatchOptions} [matchOptions] - Matching options for headers
	 */
	function filterHeadersForMatching (headers, headerFilters, matchOptions = {}) {
	  if (!headers || typeof headers !== 'object') return {}

	  const {
	    caseSensitive = false
	  } = matchOptions;

	  const filtered = {};
	  const { ignore, exclude, match } = headerFilters;

	  for (const [key, value] of Object.entries(headers)) {
	    const headerKey = caseSensitive ? key : key.toLowerCase();

	    // Skip if in exclude list (for security)
	    if (exclude.has(headerKey)) continue

	    // Skip if in ignore list (for matching)
	    if (ignore.has(headerKey)) continue

	    // If matchHeaders is specified, only include those headers
	    if (match.size !== 0) {
	      if (!match.has(headerKey)) continue
	    }

	    filtered[headerKey] = value;
	  }

	  return filtered
	}

	/**
	 * Filters headers for storage (only excludes sensitive headers)
	 *
	 * @param {import('./snapshot-utils').Headers} headers - Headers to filter
	 * @param {import('./snapshot-utils').HeaderFilters} headerFilters - Cached sets for ignore, exclude, and match headers
	 * @param {SnapshotRecorderMatchOptions} [matchOptions] - Matching options for headers
	 */
	function filterHeadersForStorage (headers, headerFilters, matchOptions = {}) {
	  if (!headers || typeof headers !== 'object') return {}

	  const {
	    caseSensitive = false
	  } = matchOptions;

	  const filtered = {};
	  const { exclude: excludeSet } = headerFilters;

	  for (const [key, value] of Object.entries(headers)) {
	    const headerKey = caseSensitive ? key : key.toLowerCase();

	    // Skip if in exclude list (for security)
	    if (excludeSet.has(headerKey)) continue

	    filtered[headerKey] = value;
	  }

	  return filtered
	}

	/**
	 * Creates a hash key for request matching
	 * Properly orders headers to avoid conflicts and uses crypto hashing when available
	 *
	 * @param {SnapshotFormattedRequest} formattedRequest - Request object
	 * @returns {string} - Base64url encoded hash of the request
	 */
	function createRequestHash (formattedRequest) {
	  const parts = [
	    formattedRequest.method,
	    formattedRequest.url
	  ];

	  // Process headers in a deterministic way to avoid conflicts
	  if (formattedRequest.headers && typeof formattedRequest.headers === 'object') {
	    const headerKeys = Object.keys(formattedRequest.headers).sort();
	    for (const key of headerKeys) {
	      const values = Array.isArray(formattedRequest.headers[key])
	        ? formattedRequest.headers[key]
	        : [formattedRequest.headers[key]];

	      // Add header name
	      parts.push(key);

	      // Add all values for this header, sorted for consistency
	      for (const value of values.sort()) {
	        parts.push(String(value));
	      }
	    }
	  }

	  // Add body
	  parts.push(formattedRequest.body);

	  const content = parts.join('|');

	  return hashId(content)
	}

	class SnapshotRecorder {
	  /** @type {NodeJS.Timeout | null} */
	  #flushTimeout

	  /** @type {import('./snapshot-utils').IsUrlExcluded} */
	  #isUrlExcluded

	  /** @type {Map<string, SnapshotEntry>} */
	  #snapshots = new Map()

	  /** @type {string|undefined} */
	  #snapshotPath

	  /** @type {number} */
	  #maxSnapshots = Infinity

	  /** @type {boolean} */
	  #autoFlush = false

	  /** @type {import('./snapshot-utils').HeaderFilters} */
	  #headerFilters

	  /**
	   * Creates a new SnapshotRecorder instance
	   * @param {SnapshotRecorderOptions&SnapshotRecorderMatchOptions} [options={}] - Configuration options for the recorder
	   */
	  constructor (options = {}) {
	    this.#snapshotPath = options.snapshotPath;
	    this.#maxSnapshots = options.maxSnapshots || Infinity;
	    this.#autoFlush = options.autoFlush || false;
	    this.flushInterval = options.flushInterval || 30000; // 30 seconds default
	    this._flushTimer = null;

	    // Matching configuration
	    /** @type {Required<SnapshotRecorderMatchOptions>} */
	    this.matchOptions = {
	      matchHeaders: options.matchHeaders || [], // empty means match all headers
	      ignoreHeaders: options.ignoreHeaders || [],
	      excludeHeaders: options.excludeHeaders || [],
	      matchBody: options.matchBody !== false, // default: true
	      matchQuery: options.matchQuery !== false, // default: true
	      caseSensitive: options.caseSensitive || false
	    };

	    // Cache processed header sets to avoid recreating them on every request
	    this.#headerFilters = createHeaderFilters(this.matchOptions);

	    // Request filtering callbacks
	    this.shouldRecord = options.shouldRecord || (() => true); // function(requestOpts) -> boolean
	    this.shouldPlayback = options.shouldPlayback || (() => true); // function(requestOpts) -> boolean

	    // URL pattern filtering
	    this.#isUrlExcluded = isUrlExcludedFactory(options.excludeUrls); // Array of regex patterns or strings

	    // Start auto-flush timer if enabled
	    if (this.#autoFlush && this.#snapshotPath) {
	      this.#startAutoFlush();
	    }
	  }

	  /**
	   * Records a request-response interaction
	   * @param {SnapshotRequestOptions} requestOpts - Request options
	   * @param {SnapshotEntryResponse} response - Response data to record
	   * @return {Promise<void>} - Resolves when the recording is complete
	   */
	  async record (requestOpts, response) {
	    // Check if recording should be filtered out
	    if (!this.shouldRecord(requestOpts)) {
	      return // Skip recording
	    }

	    // Check URL exclusion patterns
	    if (this.isUrlExcluded(requestOpts)) {
	      return // Skip recording
	    }

	    const request = formatRequestKey(requestOpts, this.#headerFilters, this.matchOptions);
	    const hash = createRequestHash(request);

	    // Extract response data - always store body as base64
	    const normalizedHeaders = normalizeHeaders(response.headers);

	    /** @type {SnapshotEntryResponse} */
	    const responseData = {
	      statusCode: response.statusCode,
	      headers: filterHeadersForStorage(normalizedHeaders, this.#headerFilters, this.matchOptions),
	      body: Buffer.isBuffer(response.body)
	        ? response.body.toString('base64')
	        : Buffer.from(String(response.body || '')).toString('base64'),
	      trailers: response.trailers
	    };

	    // Remove oldest snapshot if we exceed maxSnapshots limit
	    if (this.#snapshots.size >= this.#maxSnapshots && !this.#snapshots.has(hash)) {
	      const oldestKey = this.#snapshots.keys().next().value;
	      this.#snapshots.delete(oldestKey);
	    }

	    // Support sequential responses - if snapshot exists, add to responses array
	    const existingSnapshot = this.#snapshots.get(hash);
	    if (existingSnapshot && existingSnapshot.responses) {
	      existingSnapshot.responses.push(responseData);
	      existingSnapshot.timestamp = new Date().toISOString();
	    } else {
	      this.#snapshots.set(hash, {
	        request,
	        responses: [responseData], // Always store as array for consistency
	        callCount: 0,
	        timestamp: new Date().toISOString()
	      });
	    }

	    // Auto-flush if enabled
	    if (this.#autoFlush && this.#snapshotPath) {
	      this.#scheduleFlush();
	    }
	  }

	  /**
	   * Checks if a URL should be excluded from recording/playback
	   * @param {SnapshotRequestOptions} requestOpts - Request options to check
	   * @returns {boolean} - True if URL is excluded
	   */
	  isUrlExcluded (requestOpts) {
	    const url = new URL(requestOpts.path, requestOpts.origin).toString();
	    return this.#isUrlExcluded(url)
	  }

	  /**
	   * Finds a matching snapshot for the given request
	   * Returns the appropriate response based on call count for sequential responses
	   *
	   * @param {SnapshotRequestOptions} requestOpts - Request options to match
	   * @returns {SnapshotEntry&Record<'response', SnapshotEntryResponse>|undefined} - Matching snapshot response or undefined if not found
	   */
	  findSnapshot (requestOpts) {
	    // Check if playback should be filtered out
	    if (!this.shouldPlayback(requestOpts)) {
	      return undefined // Skip playback
	    }

	    // Check URL exclusion patterns
	    if (this.isUrlExcluded(requestOpts)) {
	      return undefined // Skip playback
	    }

	    const request = formatRequestKey(requestOpts, this.#headerFilters, this.matchOptions);
	    const hash = createRequestHash(request);
	    const snapshot = this.#snapshots.get(hash);

	    if (!snapshot) return undefined

	    // Handle sequential responses
	    const currentCallCount = snapshot.callCount || 0;
	    const responseIndex = Math.min(currentCallCount, snapshot.responses.length - 1);
	    snapshot.callCount = currentCallCount + 1;

	    return {
	      ...snapshot,
	      response: snapshot.responses[responseIndex]
	    }
	  }

	  /**
	   * Loads snapshots from file
	   * @param {string} [filePath] - Optional file path to load snapshots from
	   * @return {Promise<void>} - Resolves when snapshots are loaded
	   */
	  async loadSnapshots (filePath) {
	    const path = filePath || this.#snapshotPath;
	    if (!path) {
	      throw new InvalidArgumentError('Snapshot path is required')
	    }

	    try {
	      const data = await readFile(resolve(path), 'utf8');
	      const parsed = JSON.parse(data);

	      // Convert array format back to Map
	      if (Array.isArray(parsed)) {
	        this.#snapshots.clear();
	        for (const { hash, snapshot } of parsed) {
	          this.#snapshots.set(hash, snapshot);
	        }
	      } else {
	        // Legacy object format
	        this.#snapshots = new Map(Object.entries(parsed));
	      }
	    } catch (error) {
	      if (error.code === 'ENOENT') {
	        // File doesn't exist yet - that's ok for recording mode
	        this.#snapshots.clear();
	      } else {
	        throw new UndiciError(`Failed to load snapshots from ${path}`, { cause: error })
	      }
	    }
	  }

	  /**
	   * Saves snapshots to file
	   *
	   * @param {string} [filePath] - Optional file path to save snapshots
	   * @returns {Promise<void>} - Resolves when snapshots are saved
	   */
	  async saveSnapshots (filePath) {
	    const path = filePath || this.#snapshotPath;
	    if (!path) {
	      throw new InvalidArgumentError('Snapshot path is required')
	    }

	    const resolvedPath = resolve(path);

	    // Ensure directory exists
	    await mkdir(dirname(resolvedPath), { recursive: true });

	    // Convert Map to serializable format
	    const data = Array.from(this.#snapshots.entries()).map(([hash, snapshot]) => ({
	      hash,
	      snapshot
	    }));

	    await writeFile(resolvedPath, JSON.stringify(data, null, 2), { flush: true });
	  }

	  /**
	   * Clears all recorded snapshots
	   * @returns {void}
	   */
	  clear () {
	    this.#snapshots.clear();
	  }

	  /**
	   * Gets all recorded snapshots
	   * @return {Array<SnapshotEntry>} - Array of all recorded snapshots
	   */
	  getSnapshots () {
	    return Array.from(this.#snapshots.values())
	  }

	  /**
	   * Gets snapshot count
	   * @return {number} - Number of recorded snapshots
	   */
	  size () {
	    return this.#snapshots.size
	  }

	  /**
	   * Resets call counts for all snapshots (useful for test cleanup)
	   * @returns {void}
	   */
	  resetCallCounts () {
	    for (const snapshot of this.#snapshots.values()) {
	      snapshot.callCount = 0;
	    }
	  }

	  /**
	   * Deletes a specific snapshot by request options
	   * @param {SnapshotRequestOptions} requestOpts - Request options to match
	   * @returns {boolean} - True if snapshot was deleted, false if not found
	   */
	  deleteSnapshot (requestOpts) {
	    const request = formatRequestKey(requestOpts, this.#headerFilters, this.matchOptions);
	    const hash = createRequestHash(request);
	    return this.#snapshots.delete(hash)
	  }

	  /**
	   * Gets information about a specific snapshot
	   * @param {SnapshotRequestOptions} requestOpts - Request options to match
	   * @returns {SnapshotInfo|null} - Snapshot information or null if not found
	   */
	  getSnapshotInfo (requestOpts) {
	    const request = formatRequestKey(requestOpts, this.#headerFilters, this.matchOptions);
	    const hash = createRequestHash(request);
	    const snapshot = this.#snapshots.get(hash);

	    if (!snapshot) return null

	    return {
	      hash,
	      request: snapshot.request,
	      responseCount: snapshot.responses ? snapshot.responses.length : (snapshot.response ? 1 : 0), // .response for legacy snapshots
	      callCount: snapshot.callCount || 0,
	      timestamp: snapshot.timestamp
	    }
	  }

	  /**
	   * Replaces all snapshots with new data (full replacement)
	   * @param {Array<{hash: string; snapshot: SnapshotEntry}>|Record<string, SnapshotEntry>} snapshotData - New snapshot data to replace existing ones
	   * @returns {void}
	   */
	  replaceSnapshots (snapshotData) {
	    this.#snapshots.clear();

	    if (Array.isArray(snapshotData)) {
	      for (const { hash, snapshot } of snapshotData) {
	        this.#snapshots.set(hash, snapshot);
	      }
	    } else if (snapshotData && typeof snapshotData === 'object') {
	      // Legacy object format
	      this.#snapshots = new Map(Object.entries(snapshotData));
	    }
	  }

	  /**
	   * Starts the auto-flush timer
	   * @returns {void}
	   */
	  #startAutoFlush () {
	    return this.#scheduleFlush()
	  }

	  /**
	   * Stops the auto-flush timer
	   * @returns {void}
	   */
	  #stopAutoFlush () {
	    if (this.#flushTimeout) {
	      clearTimeout(this.#flushTimeout);
	      // Ensure any pending flush is completed
	      this.saveSnapshots().catch(() => {
	      // Ignore flush errors
	      });
	      this.#flushTimeout = null;
	    }
	  }

	  /**
	   * Schedules a flush (debounced to avoid excessive writes)
	   */
	  #scheduleFlush () {
	    this.#flushTimeout = setTimeout(() => {
	      this.saveSnapshots().catch(() => {
	        // Ignore flush errors
	      });
	      if (this.#autoFlush) {
	        this.#flushTimeout?.refresh();
	      } else {
	        this.#flushTimeout = null;
	      }
	    }, 1000); // 1 second debounce
	  }

	  /**
	   * Cleanup method to stop timers
	   * @returns {void}
	   */
	  destroy () {
	    this.#stopAutoFlush();
	    if (this.#flushTimeout) {
	      clearTimeout(this.#flushTimeout);
	      this.#flushTimeout = null;
	    }
	  }

	  /**
	   * Async close method that saves all recordings and performs cleanup
	   * @returns {Promise<void>}
	   */
	  async close () {
	    // Save any pending recordings if we have a snapshot path
	    if (this.#snapshotPath && this.#snapshots.size !== 0) {
	      await this.saveSnapshots();
	    }

	    // Perform cleanup
	    this.destroy();
	  }
	}

	snapshotRecorder = { SnapshotRecorder, formatRequestKey, createRequestHash, filterHeadersForMatching, filterHeadersForStorage, createHeaderFilters };
	return snapshotRecorder;
}

var snapshotAgent;
var hasRequiredSnapshotAgent;

function requireSnapshotAgent () {
	if (hasRequiredSnapshotAgent) return snapshotAgent;
	hasRequiredSnapshotAgent = 1;

	const Agent = requireAgent();
	const MockAgent = requireMockAgent();
	const { SnapshotRecorder } = requireSnapshotRecorder();
	const WrapHandler = requireWrapHandler();
	const { InvalidArgumentError, UndiciError } = requireErrors();
	const { validateSnapshotMode } = requireSnapshotUtils();

	const kSnapshotRecorder = Symbol('kSnapshotRecorder');
	const kSnapshotMode = Symbol('kSnapshotMode');
	const kSnapshotPath = Symbol('kSnapshotPath');
	const kSnapshotLoaded = Symbol('kSnapshotLoaded');
	const kRealAgent = Symbol('kRealAgent');

	// Static flag to ensure warning is only emitted once per process
	let warningEmitted = false;

	class SnapshotAgent extends MockAgent {
	  constructor (opts = {}) {
	    // Emit experimental warning only once
	    if (!warningEmitted) {
	      process.emitWarning(
	        'SnapshotAgent is experimental and subject to change',
	        'ExperimentalWarning'
	      );
	      warningEmitted = true;
	    }

	    const {
	      mode = 'record',
	      snapshotPath = null,
	      ...mockAgentOpts
	    } = opts;

	    super(mockAgentOpts);

	    validateSnapshotMode(mode);

	    // Validate snapshotPath is provided when required
	    if ((mode === 'playback' || mode === 'update') && !snapshotPath) {
	      throw new InvalidArgumentError(`snapshotPath is required when mode is '${mode}'`)
	    }

	    this[kSnapshotMode] = mode;
	    this[kSnapshotPath] = snapshotPath;

	    this[kSnapshotRecorder] = new SnapshotRecorder({
	      snapshotPath: this[kSnapshotPath],
	      mode: this[kSnapshotMode],
	      maxSnapshots: opts.maxSnapshots,
	      autoFlush: opts.autoFlush,
	      flushInterval: opts.flushInterval,
	      matchHeaders: opts.matchHeaders,
	      ignoreHeaders: opts.ignoreHeaders,
	      excludeHeaders: opts.excludeHeaders,
	      matchBody: opts.matchBody,
	      matchQuery: opts.matchQuery,
	      caseSensitive: opts.caseSensitive,
	      shouldRecord: opts.shouldRecord,
	      shouldPlayback: opts.shouldPlayback,
	      excludeUrls: opts.excludeUrls
	    });
	    this[kSnapshotLoaded] = false;

	    // For recording/update mode, we need a real agent to make actual requests
	    // For playback mode, we need a real agent if there are excluded URLs
	    if (this[kSnapshotMode] === 'record' || this[kSnapshotMode] === 'update' ||
	        (this[kSnapshotMode] === 'playback' && opts.excludeUrls && opts.excludeUrls.length > 0)) {
	      this[kRealAgent] = new Agent(opts);
	    }

	    // Auto-load snapshots in playback/update mode
	    if ((this[kSnapshotMode] === 'playback' || this[kSnapshotMode] === 'update') && this[kSnapshotPath]) {
	      this.loadSnapshots().catch(() => {
	        // Ignore load errors - file might not exist yet
	      });
	    }
	  }

	  dispatch (opts, handler) {
	    handler = WrapHandler.wrap(handler);
	    const mode = this[kSnapshotMode];

	    // Check if URL should be excluded (pass through without mocking/recording)
	    if (this[kSnapshotRecorder].isUrlExcluded(opts)) {
	      // Real agent is guaranteed by constructor when excludeUrls is configured
	      return this[kRealAgent].dispatch(opts, handler)
	    }

	    if (mode === 'playback' || mode === 'update') {
	      // Ensure snapshots are loaded
	      if (!this[kSnapshotLoaded]) {
	        // Need to load asynchronously, delegate to async version
	        return this.#asyncDispatch(opts, handler)
	      }

	      // Try to find existing snapshot (synchronous)
	      const snapshot = this[kSnapshotRecorder].findSnapshot(opts);

	      if (snapshot) {
	        // Use recorded response (synchronous)
	        return this.#replaySnapshot(snapshot, handler)
	      } else if (mode === 'update') {
	        // Make real request and record it (async required)
	        return this.#recordAndReplay(opts, handler)
	      } else {
	        // Playback mode but no snapshot found
	        const error = new UndiciError(`No snapshot found for ${opts.method || 'GET'} ${opts.path}`);
	        if (handler.onError) {
	          handler.onError(error);
	          return
	        }
	        throw error
	      }
	    } else if (mode === 'record') {
	      // Record mode - make real request and save response (async required)
	      return this.#recordAndReplay(opts, handler)
	    }
	  }

	  /**
	   * Async version of dispatch for when we need to load snapshots first
	   */
	  async #asyncDispatch (opts, handler) {
	    await this.loadSnapshots();
	    return this.dispatch(opts, handler)
	  }

	  /**
	   * Records a real request and replays the response
	   */
	  #recordAndReplay (opts, handler) {
	    const responseData = {
	      statusCode: null,
	      headers: {},
	      trailers: {},
	      body: []
	    };

	    const self = this; // Capture 'this' context for use within nested handler callbacks

	    const recordingHandler = {
	      onRequestStart (controller, context) {
	        return handler.onRequestStart(controller, { ...context, history: this.history })
	      },

	      onRequestUpgrade (controller, statusCode, headers, socket) {
	        return handler.onRequestUpgrade(controller, statusCode, headers, socket)
	      },

	      onResponseStart (controller, statusCode, headers, statusMessage) {
	        responseData.statusCode = statusCode;
	        responseData.headers = headers;
	        return handler.onResponseStart(controller, statusCode, headers, statusMessage)
	      },

	      onResponseData (controller, chunk) {
	        responseData.body.push(chunk);
	        return handler.onResponseData(controller, chunk)
	      },

	      onResponseEnd (controller, trailers) {
	        responseData.trailers = trailers;

	        // Record the interaction using captured 'self' context (fire and forget)
	        const responseBody = Buffer.concat(responseData.body);
	        self[kSnapshotRecorder].record(opts, {
	          statusCode: responseData.statusCode,
	          headers: responseData.headers,
	          body: responseBody,
	          trailers: responseData.trailers
	        })
	          .then(() => handler.onResponseEnd(controller, trailers))
	          .catch((error) => handler.onResponseError(controller, error));
	      }
	    };

	    // Use composed agent if available (includes interceptors), otherwise use real agent
	    const agent = this[kRealAgent];
	    return agent.dispatch(opts, recordingHandler)
	  }

	  /**
	   * Replays a recorded response
	   *
	   * @param {Object} snapshot - The recorded snapshot to replay.
	   * @param {Object} handler - The handler to call with the response data.
	   * @returns {void}
	   */
	  #replaySnapshot (snapshot, handler) {
	    try {
	      const { response } = snapshot;

	      const controller = {
	        pause () { },
	        resume () { },
	        abort (reason) {
	          this.aborted = true;
	          this.reason = reason;
	        },

	        aborted: false,
	        paused: false
	      };

	      handler.onRequestStart(controller);

	      handler.onResponseStart(controller, response.statusCode, response.headers);

	      // Body is always stored as base64 string
	      const body = Buffer.from(response.body, 'base64');
	      handler.onResponseData(controller, body);

	      handler.onResponseEnd(controller, response.trailers);
	    } catch (error) {
	      handler.onError?.(error);
	    }
	  }

	  /**
	   * Loads snapshots from file
	   *
	   * @param {string} [filePath] - Optional file path to load snapshots from.
	   * @returns {Promise<void>} - Resolves when snapshots are loaded.
	   */
	  async loadSnapshots (filePath) {
	    await this[kSnapshotRecorder].loadSnapshots(filePath || this[kSnapshotPath]);
	    this[kSnapshotLoaded] = true;

	    // In playback mode, set up MockAgent interceptors for all snapshots
	    if (this[kSnapshotMode] === 'playback') {
	      this.#setupMockInterceptors();
	    }
	  }

	  /**
	   * Saves snapshots to file
	   *
	   * @param {string} [filePath] - Optional file path to save snapshots to.
	   * @returns {Promise<void>} - Resolves when snapshots are saved.
	   */
	  async saveSnapshots (filePath) {
	    return this[kSnapshotRecorder].saveSnapshots(filePath || this[kSnapshotPath])
	  }

	  /**
	   * Sets up MockAgent interceptors based on recorded snapshots.
	   *
	   * This method creates MockAgent interceptors for each recorded snapshot,
	   * allowing the SnapshotAgent to fall back to MockAgent's standard intercept
	   * mechanism in playback mode. Each interceptor is configured to persist
	   * (remain active for multiple requests) and responds with the recorded
	   * response data.
	   *
	   * Called automatically when loading snapshots in playback mode.
	   *
	   * @returns {void}
	   */
	  #setupMockInterceptors () {
	    for (const snapshot of this[kSnapshotRecorder].getSnapshots()) {
	      const { request, responses, response } = snapshot;
	      const url = new URL(request.url);

	      const mockPool = this.get(url.origin);

	      // Handle both new format (responses array) and legacy format (response object)
	      const responseData = responses ? responses[0] : response;
	      if (!responseData) continue

	      mockPool.intercept({
	        path: url.pathname + url.search,
	        method: request.method,
	        headers: request.headers,
	        body: request.body
	      }).reply(responseData.statusCode, responseData.body, {
	        headers: responseData.headers,
	        trailers: responseData.trailers
	      }).persist();
	    }
	  }

	  /**
	   * Gets the snapshot recorder
	   * @return {SnapshotRecorder} - The snapshot recorder instance
	   */
	  getRecorder () {
	    return this[kSnapshotRecorder]
	  }

	  /**
	   * Gets the current mode
	   * @return {import('./snapshot-utils').SnapshotMode} - The current snapshot mode
	   */
	  getMode () {
	    return this[kSnapshotMode]
	  }

	  /**
	   * Clears all snapshots
	   * @returns {void}
	   */
	  clearSnapshots () {
	    this[kSnapshotRecorder].clear();
	  }

	  /**
	   * Resets call counts for all snapshots (useful for test cleanup)
	   * @returns {void}
	   */
	  resetCallCounts () {
	    this[kSnapshotRecorder].resetCallCounts();
	  }

	  /**
	   * Deletes a specific snapshot by request options
	   * @param {import('./snapshot-recorder').SnapshotRequestOptions} requestOpts - Request options to identify the snapshot
	   * @return {Promise<boolean>} - Returns true if the snapshot was deleted, false if not found
	   */
	  deleteSnapshot (requestOpts) {
	    return this[kSnapshotRecorder].deleteSnapshot(requestOpts)
	  }

	  /**
	   * Gets information about a specific snapshot
	   * @returns {import('./snapshot-recorder').SnapshotInfo|null} - Snapshot information or null if not found
	   */
	  getSnapshotInfo (requestOpts) {
	    return this[kSnapshotRecorder].getSnapshotInfo(requestOpts)
	  }

	  /**
	   * Replaces all snapshots with new data (full replacement)
	   * @param {Array<{hash: string; snapshot: import('./snapshot-recorder').SnapshotEntryshotEntry}>|Record<string, import('./snapshot-recorder').SnapshotEntry>} snapshotData - New snapshot data to replace existing snapshots
	   * @returns {void}
	   */
	  replaceSnapshots (snapshotData) {
	    this[kSnapshotRecorder].replaceSnapshots(snapshotData);
	  }

	  /**
	   * Closes the agent, saving snapshots and cleaning up resources.
	   *
	   * @returns {Promise<void>}
	   */
	  async close () {
	    await this[kSnapshotRecorder].close();
	    await this[kRealAgent]?.close();
	    await super.close();
	  }
	}

	snapshotAgent = SnapshotAgent;
	return snapshotAgent;
}

var global;
var hasRequiredGlobal;

function requireGlobal () {
	if (hasRequiredGlobal) return global;
	hasRequiredGlobal = 1;

	// We include a version number for the Dispatcher API. In case of breaking changes,
	// this version number must be increased to avoid conflicts.
	const globalDispatcher = Symbol.for('undici.globalDispatcher.2');
	const legacyGlobalDispatcher = Symbol.for('undici.globalDispatcher.1');
	const { InvalidArgumentError } = requireErrors();
	const Agent = requireAgent();

	if (getGlobalDispatcher() === undefined) {
	  setGlobalDispatcher(new Agent());
	}

	function setGlobalDispatcher (agent) {
	  if (!agent || typeof agent.dispatch !== 'function') {
	    throw new InvalidArgumentError('Argument agent must implement Agent')
	  }

	  Object.defineProperty(globalThis, globalDispatcher, {
	    value: agent,
	    writable: true,
	    enumerable: false,
	    configurable: false
	  });

	  Object.defineProperty(globalThis, legacyGlobalDispatcher, {
	    value: agent,
	    writable: true,
	    enumerable: false,
	    configurable: false
	  });
	}

	function getGlobalDispatcher () {
	  return globalThis[legacyGlobalDispatcher]
	}

	// These are the globals that can be installed by undici.install().
	// Not exported by index.js to avoid use outside of this module.
	const installedExports = /** @type {const} */ (
	  [
	    'fetch',
	    'Headers',
	    'Response',
	    'Request',
	    'FormData',
	    'WebSocket',
	    'CloseEvent',
	    'ErrorEvent',
	    'MessageEvent',
	    'EventSource'
	  ]
	);

	global = {
	  setGlobalDispatcher,
	  getGlobalDispatcher,
	  installedExports
	};
	return global;
}

var decoratorHandler;
var hasRequiredDecoratorHandler;

function requireDecoratorHandler () {
	if (hasRequiredDecoratorHandler) return decoratorHandler;
	hasRequiredDecoratorHandler = 1;

	const assert = __require$5();
	const WrapHandler = requireWrapHandler();

	/**
	 * @deprecated
	 */
	decoratorHandler = class DecoratorHandler {
	  #handler
	  #onCompleteCalled = false
	  #onErrorCalled = false
	  #onResponseStartCalled = false

	  constructor (handler) {
	    if (typeof handler !== 'object' || handler === null) {
	      throw new TypeError('handler must be an object')
	    }
	    this.#handler = WrapHandler.wrap(handler);
	  }

	  onRequestStart (...args) {
	    this.#handler.onRequestStart?.(...args);
	  }

	  onRequestUpgrade (...args) {
	    assert(!this.#onCompleteCalled);
	    assert(!this.#onErrorCalled);

	    return this.#handler.onRequestUpgrade?.(...args)
	  }

	  onResponseStart (...args) {
	    assert(!this.#onCompleteCalled);
	    assert(!this.#onErrorCalled);
	    assert(!this.#onResponseStartCalled);

	    this.#onResponseStartCalled = true;

	    return this.#handler.onResponseStart?.(...args)
	  }

	  onResponseData (...args) {
	    assert(!this.#onCompleteCalled);
	    assert(!this.#onErrorCalled);

	    return this.#handler.onResponseData?.(...args)
	  }

	  onResponseEnd (...args) {
	    assert(!this.#onCompleteCalled);
	    assert(!this.#onErrorCalled);

	    this.#onCompleteCalled = true;
	    return this.#handler.onResponseEnd?.(...args)
	  }

	  onResponseError (...args) {
	    this.#onErrorCalled = true;
	    return this.#handler.onResponseError?.(...args)
	  }

	  /**
	   * @deprecated
	   */
	  onBodySent () {}
	};
	return decoratorHandler;
}

var redirectHandler;
var hasRequiredRedirectHandler;

function requireRedirectHandler () {
	if (hasRequiredRedirectHandler) return redirectHandler;
	hasRequiredRedirectHandler = 1;

	const util = requireUtil$4();
	const { kBodyUsed, kRedirectCacheControl } = requireSymbols();
	const assert = __require$5();
	const { InvalidArgumentError } = requireErrors();
	const EE = __require$a();

	const redirectableStatusCodes = [300, 301, 302, 303, 307, 308];

	const kBody = Symbol('body');

	const noop = () => {};

	class BodyAsyncIterable {
	  constructor (body) {
	    this[kBody] = body;
	    this[kBodyUsed] = false;
	  }

	  async * [Symbol.asyncIterator] () {
	    assert(!this[kBodyUsed], 'disturbed');
	    this[kBodyUsed] = true;
	    yield * this[kBody];
	  }
	}

	class RedirectHandler {
	  static buildDispatch (dispatcher, maxRedirections) {
	    if (maxRedirections != null && (!Number.isInteger(maxRedirections) || maxRedirections < 0)) {
	      throw new InvalidArgumentError('maxRedirections must be a positive number')
	    }

	    const dispatch = dispatcher.dispatch.bind(dispatcher);
	    return (opts, originalHandler) => dispatch(opts, new RedirectHandler(dispatch, maxRedirections, opts, originalHandler))
	  }

	  constructor (dispatch, maxRedirections, opts, handler) {
	    if (maxRedirections != null && (!Number.isInteger(maxRedirections) || maxRedirections < 0)) {
	      throw new InvalidArgumentError('maxRedirections must be a positive number')
	    }

	    this.dispatch = dispatch;
	    this.location = null;
	    const { maxRedirections: _, ...cleanOpts } = opts;
	    this.opts = cleanOpts; // opts must be a copy, exclude maxRedirections
	    this.maxRedirections = maxRedirections;
	    this.handler = handler;
	    this.history = [];
	    // Per-hop metadata for each intermediate (suppressed) redirect hop: the
	    // hop's status code and response headers. An outer cache uses it to honor a
	    // hop's storage policy (e.g. `no-store`, `no-cache`, `Vary: *`) that would
	    // otherwise be lost because the hop's response is not forwarded. It travels
	    // as a non-enumerable property of the history array so it reaches the cache
	    // without becoming part of the public request/response context.
	    Object.defineProperty(this.history, kRedirectCacheControl, {
	      value: [],
	      enumerable: false
	    });

	    if (util.isStream(this.opts.body)) {
	      // TODO (fix): Provide some way for the user to cache the file to e.g. /tmp
	      // so that it can be dispatched again?
	      // TODO (fix): Do we need 100-expect support to provide a way to do this properly?
	      if (util.bodyLength(this.opts.body) === 0) {
	        this.opts.body
	          .on('data', function () {
	            assert(false);
	          });
	      }

	      if (typeof this.opts.body.readableDidRead !== 'boolean') {
	        this.opts.body[kBodyUsed] = false;
	        EE.prototype.on.call(this.opts.body, 'data', function () {
	          this[kBodyUsed] = true;
	        });
	      }
	    } else if (this.opts.body && typeof this.opts.body.pipeTo === 'function') {
	      // TODO (fix): We can't access ReadableStream internal state
	      // to determine whether or not it has been disturbed. This is just
	      // a workaround.
	      this.opts.body = new BodyAsyncIterable(this.opts.body);
	    } else if (
	      this.opts.body &&
	      typeof this.opts.body !== 'string' &&
	      !ArrayBuffer.isView(this.opts.body) &&
	      util.isIterable(this.opts.body) &&
	      !util.isFormDataLike(this.opts.body)
	    ) {
	      // TODO: Should we allow re-using iterable if !this.opts.idempotent
	      // or through some other flag?
	      this.opts.body = new BodyAsyncIterable(this.opts.body);
	    }
	  }

	  onRequestStart (controller, context) {
	    this.handler.onRequestStart?.(controller, { ...context, history: this.history });
	  }

	  onRequestUpgrade (controller, statusCode, headers, socket) {
	    this.handler.onRequestUpgrade?.(controller, statusCode, headers, socket);
	  }

	  onResponseStart (controller, statusCode, headers, statusMessage) {
	    if (this.opts.throwOnMaxRedirect && this.history.length >= this.maxRedirections) {
	      throw new Error('max redirects')
	    }

	    // https://tools.ietf.org/html/rfc7231#section-6.4.2
	    // https://fetch.spec.whatwg.org/#http-redirect-fetch
	    // In case of HTTP 301 or 302 with POST, change the method to GET
	    if ((statusCode === 301 || statusCode === 302) && this.opts.method === 'POST') {
	      this.opts.method = 'GET';
	      if (util.isStream(this.opts.body)) {
	        util.destroy(this.opts.body.on('error', noop));
	      }
	      this.opts.body = null;
	    }

	    // https://tools.ietf.org/html/rfc7231#section-6.4.4
	    // In case of HTTP 303, always replace method to be either HEAD or GET
	    if (statusCode === 303 && this.opts.method !== 'HEAD') {
	      this.opts.method = 'GET';
	      if (util.isStream(this.opts.body)) {
	        util.destroy(this.opts.body.on('error', noop));
	      }
	      this.opts.body = null;
	    }

	    this.location = this.history.length >= this.maxRedirections || util.isDisturbed(this.opts.body) || redirectableStatusCodes.indexOf(statusCode) === -1
	      ? null
	      : headers.location;

	    if (this.opts.origin) {
	      this.history.push(new URL(this.opts.path, this.opts.origin));
	    }

	    if (!this.location) {
	      this.handler.onResponseStart?.(controller, statusCode, headers, statusMessage);
	      return
	    }

	    // This hop's response is suppressed (only its Location is used). Record its
	    // status and headers so an outer cache can honor a restrictive policy that
	    // would otherwise be lost when the final response is stored.
	    this.history[kRedirectCacheControl].push({
	      statusCode,
	      headers: { ...headers },
	      receivedAt: Date.now()
	    });

	    const { origin, pathname, search } = util.parseURL(new URL(this.location, this.opts.origin && new URL(this.opts.path, this.opts.origin)));
	    const path = search ? `${pathname}${search}` : pathname;

	    // Check for redirect loops by seeing if we've already visited this URL in our history
	    // This catches the case where Client/Pool try to handle cross-origin redirects but fail
	    // and keep redirecting to the same URL in an infinite loop
	    const redirectUrlString = `${origin}${path}`;
	    for (const historyUrl of this.history) {
	      if (historyUrl.toString() === redirectUrlString) {
	        throw new InvalidArgumentError(`Redirect loop detected. Cannot redirect to ${origin}. This typically happens when using a Client or Pool with cross-origin redirects. Use an Agent for cross-origin redirects.`)
	      }
	    }

	    // Remove headers referring to the original URL.
	    // By default it is Host only, unless it's a 303 (see below), which removes also all Content-* headers.
	    // https://tools.ietf.org/html/rfc7231#section-6.4
	    this.opts.headers = cleanRequestHeaders(this.opts.headers, statusCode === 303, this.opts.origin !== origin);
	    this.opts.path = path;
	    this.opts.origin = origin;
	    this.opts.query = null;
	  }

	  onResponseData (controller, chunk) {
	    if (this.location) ; else {
	      this.handler.onResponseData?.(controller, chunk);
	    }
	  }

	  onResponseEnd (controller, trailers) {
	    if (this.location) {
	      /*
	        https://tools.ietf.org/html/rfc7231#section-6.4

	        TLDR: undici always ignores 3xx response trailers as they are not expected in case of redirections
	        and neither are useful if present.

	        See comment on onData method above for more detailed information.
	      */
	      this.dispatch(this.opts, this);
	    } else {
	      this.handler.onResponseEnd(controller, trailers);
	    }
	  }

	  onResponseError (controller, error) {
	    this.handler.onResponseError?.(controller, error);
	  }
	}

	// https://tools.ietf.org/html/rfc7231#section-6.4.4
	function shouldRemoveHeader (header, removeContent, unknownOrigin) {
	  if (header.length === 4) {
	    return util.headerNameToString(header) === 'host'
	  }
	  if (removeContent && util.headerNameToString(header).startsWith('content-')) {
	    return true
	  }
	  if (unknownOrigin && (header.length === 13 || header.length === 6 || header.length === 19)) {
	    const name = util.headerNameToString(header);
	    return name === 'authorization' || name === 'cookie' || name === 'proxy-authorization'
	  }
	  return false
	}

	// https://tools.ietf.org/html/rfc7231#section-6.4
	function cleanRequestHeaders (headers, removeContent, unknownOrigin) {
	  const ret = [];
	  if (Array.isArray(headers)) {
	    // Headers may be either a flat alternating [name, value, name, value, ...]
	    // list or an iterable of [name, value] pairs. A plain JavaScript array of
	    // tuples (e.g. `Object.entries(headers)`) satisfies the iterable-of-pairs
	    // public type, so we must distinguish the two representations before
	    // iterating. Treating every Array as a flat list misreads each tuple as a
	    // header name/value pair and defeats the cross-origin credential stripping.
	    if (headers.length > 0 && Array.isArray(headers[0])) {
	      // Array of [name, value] pairs.
	      for (const [key, value] of headers) {
	        if (!shouldRemoveHeader(key, removeContent, unknownOrigin)) {
	          ret.push(key, value);
	        }
	      }
	    } else {
	      // Flat alternating [name, value, name, value, ...] list.
	      for (let i = 0; i < headers.length; i += 2) {
	        if (!shouldRemoveHeader(headers[i], removeContent, unknownOrigin)) {
	          ret.push(headers[i], headers[i + 1]);
	        }
	      }
	    }
	  } else if (headers && typeof headers === 'object') {
	    const entries = util.hasSafeIterator(headers) ? headers : Object.entries(headers);

	    for (const [key, value] of entries) {
	      if (!shouldRemoveHeader(key, removeContent, unknownOrigin)) {
	        ret.push(key, value);
	      }
	    }
	  } else {
	    assert(headers == null, 'headers must be an object or an array');
	  }
	  return ret
	}

	redirectHandler = RedirectHandler;
	return redirectHandler;
}

var redirect;
var hasRequiredRedirect;

function requireRedirect () {
	if (hasRequiredRedirect) return redirect;
	hasRequiredRedirect = 1;

	const RedirectHandler = requireRedirectHandler();

	function createRedirectInterceptor ({ maxRedirections: defaultMaxRedirections } = {}) {
	  return (dispatch) => {
	    return function Intercept (opts, handler) {
	      const { maxRedirections = defaultMaxRedirections, ...rest } = opts;

	      if (maxRedirections == null || maxRedirections === 0) {
	        return dispatch(opts, handler)
	      }

	      const dispatchOpts = { ...rest }; // Stop sub dispatcher from also redirecting.
	      const redirectHandler = new RedirectHandler(dispatch, maxRedirections, dispatchOpts, handler);
	      return dispatch(dispatchOpts, redirectHandler)
	    }
	  }
	}

	redirect = createRedirectInterceptor;
	return redirect;
}

var responseError;
var hasRequiredResponseError;

function requireResponseError () {
	if (hasRequiredResponseError) return responseError;
	hasRequiredResponseError = 1;

	// const { parseHeaders } = require('../core/util')
	const DecoratorHandler = requireDecoratorHandler();
	const { ResponseError } = requireErrors();

	class ResponseErrorHandler extends DecoratorHandler {
	  #statusCode
	  #contentType
	  #decoder
	  #headers
	  #body

	  constructor (_opts, { handler }) {
	    super(handler);
	  }

	  #checkContentType (contentType) {
	    return (this.#contentType ?? '').indexOf(contentType) === 0
	  }

	  onRequestStart (controller, context) {
	    this.#statusCode = 0;
	    this.#contentType = null;
	    this.#decoder = null;
	    this.#headers = null;
	    this.#body = '';

	    return super.onRequestStart(controller, context)
	  }

	  onResponseStart (controller, statusCode, headers, statusMessage) {
	    this.#statusCode = statusCode;
	    this.#headers = headers;
	    this.#contentType = headers['content-type'];

	    if (this.#statusCode < 400) {
	      return super.onResponseStart(controller, statusCode, headers, statusMessage)
	    }

	    if (this.#checkContentType('application/json') || this.#checkContentType('text/plain')) {
	      this.#decoder = new TextDecoder('utf-8');
	    }
	  }

	  onResponseData (controller, chunk) {
	    if (this.#statusCode < 400) {
	      return super.onResponseData(controller, chunk)
	    }

	    this.#body += this.#decoder?.decode(chunk, { stream: true }) ?? '';
	  }

	  onResponseEnd (controller, trailers) {
	    if (this.#statusCode >= 400) {
	      this.#body += this.#decoder?.decode(undefined, { stream: false }) ?? '';

	      if (this.#checkContentType('application/json')) {
	        try {
	          this.#body = JSON.parse(this.#body);
	        } catch {
	          // Do nothing...
	        }
	      }

	      let err;
	      const stackTraceLimit = Error.stackTraceLimit;
	      Error.stackTraceLimit = 0;
	      try {
	        err = new ResponseError('Response Error', this.#statusCode, {
	          body: this.#body,
	          headers: this.#headers
	        });
	      } finally {
	        Error.stackTraceLimit = stackTraceLimit;
	      }

	      super.onResponseError(controller, err);
	    } else {
	      super.onResponseEnd(controller, trailers);
	    }
	  }

	  onResponseError (controller, err) {
	    super.onResponseError(controller, err);
	  }
	}

	responseError = () => {
	  return (dispatch) => {
	    return function Intercept (opts, handler) {
	      return dispatch(opts, new ResponseErrorHandler(opts, { handler }))
	    }
	  }
	};
	return responseError;
}

var retry$1;
var hasRequiredRetry;

function requireRetry () {
	if (hasRequiredRetry) return retry$1;
	hasRequiredRetry = 1;
	const RetryHandler = requireRetryHandler();

	retry$1 = globalOpts => {
	  return dispatch => {
	    return function retryInterceptor (opts, handler) {
	      return dispatch(
	        opts,
	        new RetryHandler(
	          { ...opts, retryOptions: { ...globalOpts, ...opts.retryOptions } },
	          {
	            handler,
	            dispatch
	          }
	        )
	      )
	    }
	  }
	};
	return retry$1;
}

var dump;
var hasRequiredDump;

function requireDump () {
	if (hasRequiredDump) return dump;
	hasRequiredDump = 1;

	const { InvalidArgumentError, RequestAbortedError } = requireErrors();
	const DecoratorHandler = requireDecoratorHandler();

	class DumpHandler extends DecoratorHandler {
	  #maxSize = 1024 * 1024
	  #dumped = false
	  #size = 0
	  aborted = false
	  reason = false

	  constructor ({ maxSize, signal }, handler) {
	    if (maxSize != null && (!Number.isFinite(maxSize) || maxSize < 1)) {
	      throw new InvalidArgumentError('maxSize must be a number greater than 0')
	    }

	    super(handler);

	    this.#maxSize = maxSize ?? this.#maxSize;
	    // this.#handler = handler
	  }

	  #abort (reason) {
	    this.aborted = true;
	    this.reason = reason;
	  }

	  onRequestStart (controller, context) {
	    controller.abort = this.#abort.bind(this);

	    return super.onRequestStart(controller, context)
	  }

	  onResponseStart (controller, statusCode, headers, statusMessage) {
	    const contentLength = headers['content-length'];

	    if (contentLength != null && contentLength > this.#maxSize) {
	      throw new RequestAbortedError(
	        `Response size (${contentLength}) larger than maxSize (${
	          this.#maxSize
	        })`
	      )
	    }

	    if (this.aborted === true) {
	      return true
	    }

	    return super.onResponseStart(controller, statusCode, headers, statusMessage)
	  }

	  onResponseError (controller, err) {
	    super.onResponseError(controller, this.aborted === true ? this.reason : err);
	  }

	  onResponseData (controller, chunk) {
	    this.#size = this.#size + chunk.length;

	    if (this.#size > this.#maxSize) {
	      throw new RequestAbortedError(
	        `Response size (${this.#size}) larger than maxSize (${this.#maxSize})`
	      )
	    }

	    if (this.#size === this.#maxSize) {
	      this.#dumped = true;
	    }

	    return true
	  }

	  onResponseEnd (controller, trailers) {
	    if (this.aborted === true) {
	      super.onResponseError(controller, this.reason);
	      return
	    }

	    super.onResponseEnd(controller, this.#dumped ? {} : trailers);
	  }
	}

	function createDumpInterceptor (
	  { maxSize: defaultMaxSize } = {
	    maxSize: 1024 * 1024
	  }
	) {
	  return dispatch => {
	    return function Intercept (opts, handler) {
	      const { dumpMaxSize = defaultMaxSize } = opts;

	      const dumpHandler = new DumpHandler({ maxSize: dumpMaxSize, signal: opts.signal }, handler);

	      return dispatch(opts, dumpHandler)
	    }
	  }
	}

	dump = createDumpInterceptor;
	return dump;
}

const require$1 = createRequire(import.meta.url);
function __require() { return require$1("node:dns"); }

var dns;
var hasRequiredDns;

function requireDns () {
	if (hasRequiredDns) return dns;
	hasRequiredDns = 1;
	const { isIP } = __require$b();
	const { lookup } = __require();
	const DecoratorHandler = requireDecoratorHandler();
	const { InvalidArgumentError, InformationalError } = requireErrors();
	const maxInt = Math.pow(2, 31) - 1;

	function hasSafeIterator (headers) {
	  const prototype = Object.getPrototypeOf(headers);
	  const ownIterator = Object.prototype.hasOwnProperty.call(headers, Symbol.iterator);
	  return ownIterator || (prototype != null && prototype !== Object.prototype && typeof headers[Symbol.iterator] === 'function')
	}

	function isHostHeader (key) {
	  return typeof key === 'string' && key.toLowerCase() === 'host'
	}

	function normalizeHeaders (headers) {
	  if (headers == null) {
	    return null
	  }

	  if (Array.isArray(headers)) {
	    if (headers.length === 0 || !Array.isArray(headers[0])) {
	      return headers
	    }

	    const normalized = [];
	    for (const header of headers) {
	      if (Array.isArray(header) && header.length === 2) {
	        normalized.push(header[0], header[1]);
	      } else {
	        normalized.push(header);
	      }
	    }

	    return normalized
	  }

	  if (typeof headers === 'object' && hasSafeIterator(headers)) {
	    const normalized = [];
	    for (const header of headers) {
	      if (Array.isArray(header) && header.length === 2) {
	        normalized.push(header[0], header[1]);
	      } else {
	        normalized.push(header);
	      }
	    }

	    return normalized
	  }

	  return headers
	}

	function hasHostHeader (headers) {
	  if (headers == null) {
	    return false
	  }

	  if (Array.isArray(headers)) {
	    if (headers.length === 0) {
	      return false
	    }

	    for (let i = 0; i < headers.length; i += 2) {
	      if (isHostHeader(headers[i])) {
	        return true
	      }
	    }

	    return false
	  }

	  if (typeof headers === 'object') {
	    for (const key in headers) {
	      if (isHostHeader(key)) {
	        return true
	      }
	    }
	  }

	  return false
	}

	function withHostHeader (host, headers) {
	  const normalizedHeaders = normalizeHeaders(headers);

	  if (hasHostHeader(normalizedHeaders)) {
	    return normalizedHeaders
	  }

	  if (Array.isArray(normalizedHeaders)) {
	    return ['host', host, ...normalizedHeaders]
	  }

	  if (normalizedHeaders && typeof normalizedHeaders === 'object') {
	    return {
	      host,
	      ...normalizedHeaders
	    }
	  }

	  return { host }
	}

	class DNSStorage {
	  #maxItems = 0
	  #records = new Map()

	  constructor (opts) {
	    this.#maxItems = opts.maxItems;
	  }

	  get size () {
	    return this.#records.size
	  }

	  get (hostname) {
	    return this.#records.get(hostname) ?? null
	  }

	  set (hostname, records) {
	    this.#records.set(hostname, records);
	  }

	  delete (hostname) {
	    this.#records.delete(hostname);
	  }

	  // Delegate to storage decide can we do more lookups or not
	  full () {
	    return this.size >= this.#maxItems
	  }
	}

	class DNSInstance {
	  #maxTTL = 0
	  #maxItems = 0
	  dualStack = true
	  affinity = null
	  lookup = null
	  pick = null
	  storage = null

	  constructor (opts) {
	    this.#maxTTL = opts.maxTTL;
	    this.#maxItems = opts.maxItems;
	    this.dualStack = opts.dualStack;
	    this.affinity = opts.affinity;
	    this.lookup = opts.lookup ?? this.#defaultLookup;
	    this.pick = opts.pick ?? this.#defaultPick;
	    this.storage = opts.storage ?? new DNSStorage(opts);
	  }

	  runLookup (origin, opts, cb) {
	    const ips = this.storage.get(origin.hostname);

	    // If full, we just return the origin
	    if (ips == null && this.storage.full()) {
	      cb(null, origin);
	      return
	    }

	    const newOpts = {
	      affinity: this.affinity,
	      dualStack: this.dualStack,
	      lookup: this.lookup,
	      pick: this.pick,
	      ...opts.dns,
	      maxTTL: this.#maxTTL,
	      maxItems: this.#maxItems
	    };

	    // If no IPs we lookup
	    if (ips == null) {
	      this.lookup(origin, newOpts, (err, addresses) => {
	        if (err || addresses == null || addresses.length === 0) {
	          cb(err ?? new InformationalError('No DNS entries found'));
	          return
	        }

	        this.setRecords(origin, addresses);
	        const records = this.storage.get(origin.hostname);

	        const ip = this.pick(
	          origin,
	          records,
	          newOpts.affinity
	        );

	        let port;
	        if (typeof ip.port === 'number') {
	          port = `:${ip.port}`;
	        } else if (origin.port !== '') {
	          port = `:${origin.port}`;
	        } else {
	          port = '';
	        }

	        cb(
	          null,
	          new URL(`${origin.protocol}//${
	            ip.family === 6 ? `[${ip.address}]` : ip.address
	          }${port}`)
	        );
	      });
	    } else {
	      // If there's IPs we pick
	      const ip = this.pick(
	        origin,
	        ips,
	        newOpts.affinity
	      );

	      // If no IPs we lookup - deleting old records
	      if (ip == null) {
	        this.storage.delete(origin.hostname);
	        this.runLookup(origin, opts, cb);
	        return
	      }

	      let port;
	      if (typeof ip.port === 'number') {
	        port = `:${ip.port}`;
	      } else if (origin.port !== '') {
	        port = `:${origin.port}`;
	      } else {
	        port = '';
	      }

	      cb(
	        null,
	        new URL(`${origin.protocol}//${
	          ip.family === 6 ? `[${ip.address}]` : ip.address
	        }${port}`)
	      );
	    }
	  }

	  #defaultLookup (origin, opts, cb) {
	    lookup(
	      origin.hostname,
	      {
	        all: true,
	        family: this.dualStack === false ? this.affinity : 0,
	        order: 'ipv4first'
	      },
	      (err, addresses) => {
	        if (err) {
	          return cb(err)
	        }

	        const results = new Map();

	        for (const addr of addresses) {
	          // On linux we found duplicates, we attempt to remove them with
	          // the latest record
	          results.set(`${addr.address}:${addr.family}`, addr);
	        }

	        cb(null, results.values());
	      }
	    );
	  }

	  #defaultPick (origin, hostnameRecords, affinity) {
	    let ip = null;
	    const { records, offset } = hostnameRecords;

	    let family;
	    if (this.dualStack) {
	      if (affinity == null) {
	        // Balance between ip families
	        if (offset == null || offset === maxInt) {
	          hostnameRecords.offset = 0;
	          affinity = 4;
	        } else {
	          hostnameRecords.offset++;
	          affinity = (hostnameRecords.offset & 1) === 1 ? 6 : 4;
	        }
	      }

	      if (records[affinity] != null && records[affinity].ips.length > 0) {
	        family = records[affinity];
	      } else {
	        family = records[affinity === 4 ? 6 : 4];
	      }
	    } else {
	      family = records[affinity];
	    }

	    // If no IPs we return null
	    if (family == null || family.ips.length === 0) {
	      return ip
	    }

	    if (family.offset == null || family.offset === maxInt) {
	      family.offset = 0;
	    } else {
	      family.offset++;
	    }

	    const position = family.offset % family.ips.length;
	    ip = family.ips[position] ?? null;

	    if (ip == null) {
	      return ip
	    }

	    if (Date.now() - ip.timestamp > ip.ttl) { // record TTL is already in ms
	      // We delete expired records
	      // It is possible that they have different TTL, so we manage them individually
	      family.ips.splice(position, 1);
	      return this.pick(origin, hostnameRecords, affinity)
	    }

	    return ip
	  }

	  pickFamily (origin, ipFamily) {
	    const records = this.storage.get(origin.hostname)?.records;
	    if (!records) {
	      return null
	    }

	    const family = records[ipFamily];
	    if (!family) {
	      return null
	    }

	    if (family.offset == null || family.offset === maxInt) {
	      family.offset = 0;
	    } else {
	      family.offset++;
	    }

	    const position = family.offset % family.ips.length;
	    const ip = family.ips[position] ?? null;
	    if (ip == null) {
	      return ip
	    }

	    if (Date.now() - ip.timestamp > ip.ttl) { // record TTL is already in ms
	      // We delete expired records
	      // It is possible that they have different TTL, so we manage them individually
	      family.ips.splice(position, 1);
	    }

	    return ip
	  }

	  setRecords (origin, addresses) {
	    const timestamp = Date.now();
	    const records = { records: { 4: null, 6: null } };
	    let minTTL = this.#maxTTL;
	    for (const record of addresses) {
	      record.timestamp = timestamp;
	      if (typeof record.ttl === 'number') {
	        // The record TTL is expected to be in ms
	        record.ttl = Math.min(record.ttl, this.#maxTTL);
	        minTTL = Math.min(minTTL, record.ttl);
	      } else {
	        record.ttl = this.#maxTTL;
	      }

	      const familyRecords = records.records[record.family] ?? { ips: [] };

	      familyRecords.ips.push(record);
	      records.records[record.family] = familyRecords;
	    }

	    // We provide a default TTL if external storage will be used without TTL per record-level support
	    this.storage.set(origin.hostname, records, { ttl: minTTL });
	  }

	  deleteRecords (origin) {
	    this.storage.delete(origin.hostname);
	  }

	  getHandler (meta, opts) {
	    return new DNSDispatchHandler(this, meta, opts)
	  }
	}

	class DNSDispatchHandler extends DecoratorHandler {
	  #state = null
	  #opts = null
	  #dispatch = null
	  #origin = null
	  #controller = null
	  #newOrigin = null
	  #firstTry = true

	  constructor (state, { origin, handler, dispatch, newOrigin }, opts) {
	    super(handler);
	    this.#origin = origin;
	    this.#newOrigin = newOrigin;
	    this.#opts = { ...opts };
	    this.#state = state;
	    this.#dispatch = dispatch;
	  }

	  onResponseError (controller, err) {
	    switch (err.code) {
	      case 'ETIMEDOUT':
	      case 'ECONNREFUSED': {
	        if (this.#state.dualStack) {
	          if (!this.#firstTry) {
	            super.onResponseError(controller, err);
	            return
	          }
	          this.#firstTry = false;

	          // Pick an ip address from the other family
	          const otherFamily = this.#newOrigin.hostname[0] === '[' ? 4 : 6;
	          const ip = this.#state.pickFamily(this.#origin, otherFamily);
	          if (ip == null) {
	            super.onResponseError(controller, err);
	            return
	          }

	          let port;
	          if (typeof ip.port === 'number') {
	            port = `:${ip.port}`;
	          } else if (this.#origin.port !== '') {
	            port = `:${this.#origin.port}`;
	          } else {
	            port = '';
	          }

	          const dispatchOpts = {
	            ...this.#opts,
	            origin: `${this.#origin.protocol}//${
	              ip.family === 6 ? `[${ip.address}]` : ip.address
	            }${port}`,
	            headers: withHostHeader(this.#origin.host, this.#opts.headers)
	          };
	          this.#dispatch(dispatchOpts, this);
	          return
	        }

	        // if dual-stack disabled, we error out
	        super.onResponseError(controller, err);
	        break
	      }
	      case 'ENOTFOUND':
	        this.#state.deleteRecords(this.#origin);
	        super.onResponseError(controller, err);
	        break
	      default:
	        super.onResponseError(controller, err);
	        break
	    }
	  }
	}

	dns = interceptorOpts => {
	  if (
	    interceptorOpts?.maxTTL != null &&
	    (typeof interceptorOpts?.maxTTL !== 'number' || interceptorOpts?.maxTTL < 0)
	  ) {
	    throw new InvalidArgumentError('Invalid maxTTL. Must be a positive number')
	  }

	  if (
	    interceptorOpts?.maxItems != null &&
	    (typeof interceptorOpts?.maxItems !== 'number' ||
	      interceptorOpts?.maxItems < 1)
	  ) {
	    throw new InvalidArgumentError(
	      'Invalid maxItems. Must be a positive number and greater than zero'
	    )
	  }

	  if (
	    interceptorOpts?.affinity != null &&
	    interceptorOpts?.affinity !== 4 &&
	    interceptorOpts?.affinity !== 6
	  ) {
	    throw new InvalidArgumentError('Invalid affinity. Must be either 4 or 6')
	  }

	  if (
	    interceptorOpts?.dualStack != null &&
	    typeof interceptorOpts?.dualStack !== 'boolean'
	  ) {
	    throw new InvalidArgumentError('Invalid dualStack. Must be a boolean')
	  }

	  if (
	    interceptorOpts?.lookup != null &&
	    typeof interceptorOpts?.lookup !== 'function'
	  ) {
	    throw new InvalidArgumentError('Invalid lookup. Must be a function')
	  }

	  if (
	    interceptorOpts?.pick != null &&
	    typeof interceptorOpts?.pick !== 'function'
	  ) {
	    throw new InvalidArgumentError('Invalid pick. Must be a function')
	  }

	  if (
	    interceptorOpts?.storage != null &&
	    (typeof interceptorOpts?.storage?.get !== 'function' ||
	      typeof interceptorOpts?.storage?.set !== 'function' ||
	      typeof interceptorOpts?.storage?.full !== 'function' ||
	      typeof interceptorOpts?.storage?.delete !== 'function'
	    )
	  ) {
	    throw new InvalidArgumentError('Invalid storage. Must be a object with methods: { get, set, full, delete }')
	  }

	  const dualStack = interceptorOpts?.dualStack ?? true;
	  let affinity;
	  if (dualStack) {
	    affinity = interceptorOpts?.affinity ?? null;
	  } else {
	    affinity = interceptorOpts?.affinity ?? 4;
	  }

	  const opts = {
	    maxTTL: interceptorOpts?.maxTTL ?? 10e3, // Expressed in ms
	    lookup: interceptorOpts?.lookup ?? null,
	    pick: interceptorOpts?.pick ?? null,
	    dualStack,
	    affinity,
	    maxItems: interceptorOpts?.maxItems ?? Infinity,
	    storage: interceptorOpts?.storage
	  };

	  const instance = new DNSInstance(opts);

	  return dispatch => {
	    return function dnsInterceptor (origDispatchOpts, handler) {
	      const origin =
	        origDispatchOpts.origin.constructor === URL
	          ? origDispatchOpts.origin
	          : new URL(origDispatchOpts.origin);

	      if (isIP(origin.hostname) !== 0) {
	        return dispatch(origDispatchOpts, handler)
	      }

	      instance.runLookup(origin, origDispatchOpts, (err, newOrigin) => {
	        if (err) {
	          return handler.onResponseError(null, err)
	        }

	        const dispatchOpts = {
	          ...origDispatchOpts,
	          servername: origin.hostname, // For SNI on TLS
	          origin: newOrigin.origin,
	          headers: withHostHeader(origin.host, origDispatchOpts.headers)
	        };

	        dispatch(
	          dispatchOpts,
	          instance.getHandler(
	            { origin, dispatch, handler, newOrigin },
	            origDispatchOpts
	          )
	        );
	      });

	      return true
	    }
	  }
	};
	return dns;
}

var cache$2;
var hasRequiredCache$2;

function requireCache$2 () {
	if (hasRequiredCache$2) return cache$2;
	hasRequiredCache$2 = 1;

	const {
	  safeHTTPMethods,
	  pathHasQueryOrFragment,
	  hasSafeIterator,
	  isValidHTTPToken
	} = requireUtil$4();

	const { serializePathWithQuery } = requireUtil$4();

	const MAX_DELTA_SECONDS = 2147483647;
	const RESTRICTIVE_DIRECTIVE_NAMES = ['no-store', 'private', 'no-cache'];
	const kInvalidCacheControlDirectives = Symbol('invalid cache-control directives');

	function trimOWS (value) {
	  return value.replace(/^[\t ]+|[\t ]+$/g, '')
	}

	function arrayIncludes (array, value) {
	  for (let i = 0; i < array.length; i++) {
	    if (array[i] === value) {
	      return true
	    }
	  }

	  return false
	}

	function trimOWSStart (value) {
	  return value.replace(/^[\t ]+/, '')
	}

	function trimOWSEnd (value) {
	  return value.replace(/[\t ]+$/, '')
	}

	function findUnescapedQuote (value, start) {
	  let escaped = false;
	  for (let i = start; i < value.length; i++) {
	    if (escaped) {
	      escaped = false;
	    } else if (value[i] === '\\') {
	      escaped = true;
	    } else if (value[i] === '"') {
	      return i
	    }
	  }

	  return -1
	}

	function splitCacheControlHeaderValue (value) {
	  const directives = [];
	  let start = 0;
	  let quoteStart = -1;
	  let inQuote = false;
	  let escaped = false;

	  for (let i = 0; i < value.length; i++) {
	    if (inQuote) {
	      if (escaped) {
	        escaped = false;
	      } else if (value[i] === '\\') {
	        escaped = true;
	      } else if (value[i] === '"') {
	        inQuote = false;
	        quoteStart = -1;
	      }
	    } else if (value[i] === '"') {
	      inQuote = true;
	      quoteStart = i;
	    } else if (value[i] === ',') {
	      directives.push({ value: value.substring(start, i), fromMalformedQuote: false });
	      start = i + 1;
	    }
	  }

	  if (!inQuote) {
	    directives.push({ value: value.substring(start), fromMalformedQuote: false });
	    return directives
	  }

	  const tail = value.substring(start);
	  const quoteOffset = quoteStart - start;
	  let tailStart = 0;
	  for (let i = 0; i < tail.length; i++) {
	    if (tail[i] === ',') {
	      directives.push({
	        value: tail.substring(tailStart, i),
	        fromMalformedQuote: tailStart > quoteOffset
	      });
	      tailStart = i + 1;
	    }
	  }

	  directives.push({
	    value: tail.substring(tailStart),
	    fromMalformedQuote: tailStart > quoteOffset
	  });
	  return directives
	}

	function markInvalidCacheControlDirective (directives, key) {
	  let invalidDirectives = directives[kInvalidCacheControlDirectives];

	  if (invalidDirectives === undefined) {
	    invalidDirectives = new Set();
	    Object.defineProperty(directives, kInvalidCacheControlDirectives, {
	      value: invalidDirectives
	    });
	  }

	  invalidDirectives.add(key);
	}

	function hasInvalidCacheControlDirective (directives, key) {
	  return directives[kInvalidCacheControlDirectives]?.has(key) === true
	}

	function getMalformedRestrictiveDirectiveName (key) {
	  for (const directiveName of RESTRICTIVE_DIRECTIVE_NAMES) {
	    if (
	      key.startsWith(directiveName) &&
	      key.length > directiveName.length &&
	      !isValidHTTPToken(key[directiveName.length])
	    ) {
	      return directiveName
	    }
	  }

	  let tokenOnlyKey = '';
	  let hasInvalidTokenChar = false;
	  for (let i = 0; i < key.length; i++) {
	    if (isValidHTTPToken(key[i])) {
	      tokenOnlyKey += key[i];
	    } else {
	      hasInvalidTokenChar = true;
	    }
	  }

	  if (hasInvalidTokenChar && arrayIncludes(RESTRICTIVE_DIRECTIVE_NAMES, tokenOnlyKey)) {
	    return tokenOnlyKey
	  }
	}

	/**
	 * @param {import('../../types/dispatcher.d.ts').default.DispatchOptions} opts
	 */
	function makeCacheKey (opts) {
	  if (!opts.origin) {
	    throw new Error('opts.origin is undefined')
	  }

	  let fullPath = opts.path || '/';

	  if (opts.query && !pathHasQueryOrFragment(fullPath)) {
	    fullPath = serializePathWithQuery(fullPath, opts.query);
	  }

	  return {
	    origin: opts.origin.toString(),
	    method: opts.method,
	    path: fullPath,
	    headers: opts.headers
	  }
	}

	function appendHeader (headers, key, val) {
	  const headerName = key.toLowerCase();
	  const current = headers[headerName];
	  const values = Array.isArray(val) ? val : [val];

	  if (current === undefined) {
	    headers[headerName] = Array.isArray(val) ? val.slice() : val;
	  } else if (Array.isArray(current)) {
	    current.push(...values);
	  } else {
	    headers[headerName] = [current, ...values];
	  }
	}

	/**
	 * @param {Record<string, string[] | string>}
	 * @returns {Record<string, string[] | string>}
	 */
	function normalizeHeaders (opts) {
	  let headers;
	  if (opts.headers == null) {
	    headers = {};
	  } else if (typeof opts.headers === 'object') {
	    headers = {};

	    if (hasSafeIterator(opts.headers)) {
	      if (Array.isArray(opts.headers)) {
	        // Array format: either flat alternating [key, value, ...] or an array
	        // of [key, value] pairs.
	        if (Array.isArray(opts.headers[0])) {
	          for (const x of opts.headers) {
	            if (!Array.isArray(x)) {
	              throw new Error('opts.headers is not a valid header map')
	            }
	            const [key, val] = x;
	            if (typeof key !== 'string' || typeof val !== 'string') {
	              throw new Error('opts.headers is not a valid header map')
	            }
	            appendHeader(headers, key, val);
	          }
	        } else {
	          if (opts.headers.length % 2 !== 0) {
	            throw new Error('opts.headers is not a valid header map')
	          }
	          for (let i = 0; i < opts.headers.length; i += 2) {
	            const key = opts.headers[i];
	            const val = opts.headers[i + 1];
	            if (typeof key !== 'string' || (typeof val !== 'string' && !Array.isArray(val))) {
	              throw new Error('opts.headers is not a valid header map')
	            }
	            if (typeof val === 'string') {
	              appendHeader(headers, key, val);
	            } else {
	              appendHeader(headers, key, val.map(item => typeof item === 'string' ? item : item.toString('latin1')));
	            }
	          }
	        }
	      } else {
	        for (const x of opts.headers) {
	          if (!Array.isArray(x)) {
	            throw new Error('opts.headers is not a valid header map')
	          }
	          const [key, val] = x;
	          if (typeof key !== 'string' || typeof val !== 'string') {
	            throw new Error('opts.headers is not a valid header map')
	          }
	          appendHeader(headers, key, val);
	        }
	      }
	    } else {
	      for (const key of Object.keys(opts.headers)) {
	        appendHeader(headers, key, opts.headers[key]);
	      }
	    }
	  } else {
	    throw new Error('opts.headers is not an object')
	  }

	  return headers
	}

	/**
	 * @param {any} key
	 */
	function assertCacheKey (key) {
	  if (typeof key !== 'object') {
	    throw new TypeError(`expected key to be object, got ${typeof key}`)
	  }

	  for (const property of ['origin', 'method', 'path']) {
	    if (typeof key[property] !== 'string') {
	      throw new TypeError(`expected key.${property} to be string, got ${typeof key[property]}`)
	    }
	  }

	  if (key.headers !== undefined && typeof key.headers !== 'object') {
	    throw new TypeError(`expected headers to be object, got ${typeof key}`)
	  }
	}

	/**
	 * @param {any} value
	 */
	function assertCacheValue (value) {
	  if (typeof value !== 'object') {
	    throw new TypeError(`expected value to be object, got ${typeof value}`)
	  }

	  for (const property of ['statusCode', 'cachedAt', 'staleAt', 'deleteAt']) {
	    if (typeof value[property] !== 'number') {
	      throw new TypeError(`expected value.${property} to be number, got ${typeof value[property]}`)
	    }
	  }

	  if (typeof value.statusMessage !== 'string') {
	    throw new TypeError(`expected value.statusMessage to be string, got ${typeof value.statusMessage}`)
	  }

	  if (value.headers != null && typeof value.headers !== 'object') {
	    throw new TypeError(`expected value.rawHeaders to be object, got ${typeof value.headers}`)
	  }

	  if (value.vary !== undefined && typeof value.vary !== 'object') {
	    throw new TypeError(`expected value.vary to be object, got ${typeof value.vary}`)
	  }

	  if (value.etag !== undefined && typeof value.etag !== 'string') {
	    throw new TypeError(`expected value.etag to be string, got ${typeof value.etag}`)
	  }
	}

	/**
	 * @see https://www.rfc-editor.org/rfc/rfc9111.html#name-cache-control
	 * @see https://www.iana.org/assignments/http-cache-directives/http-cache-directives.xhtml

	 * @param {string | string[]} header
	 * @returns {import('../../types/cache-interceptor.d.ts').default.CacheControlDirectives}
	 */
	function parseCacheControlHeader (header) {
	  /**
	   * @type {import('../../types/cache-interceptor.d.ts').default.CacheControlDirectives}
	   */
	  const output = {};
	  const invalidNumericDirectives = new Set();
	  const invalidNoArgumentDirectives = new Set();

	  const directives = splitCacheControlHeaderValue(Array.isArray(header) ? header.join(',') : header);

	  for (let i = 0; i < directives.length; i++) {
	    const directiveRecord = directives[i];
	    const directive = directiveRecord.value.toLowerCase();
	    const fromMalformedQuote = directiveRecord.fromMalformedQuote;
	    const keyValueDelimiter = directive.indexOf('=');

	    let key;
	    let value;
	    let keyHasTrailingWhitespace = false;
	    let valueHasLeadingWhitespace = false;
	    if (keyValueDelimiter !== -1) {
	      const rawKey = directive.substring(0, keyValueDelimiter);
	      const rawValue = directive.substring(keyValueDelimiter + 1);

	      keyHasTrailingWhitespace = trimOWSEnd(rawKey) !== rawKey;
	      valueHasLeadingWhitespace = trimOWSStart(rawValue) !== rawValue;
	      key = trimOWS(rawKey);
	      value = trimOWSStart(rawValue);
	    } else {
	      key = trimOWS(directive);
	    }

	    const malformedRestrictiveDirectiveName = getMalformedRestrictiveDirectiveName(key);
	    if (malformedRestrictiveDirectiveName !== undefined) {
	      output[malformedRestrictiveDirectiveName] = true;
	      continue
	    }

	    switch (key) {
	      case 'min-fresh':
	      case 'max-stale':
	      case 'max-age':
	      case 's-maxage':
	      case 'stale-while-revalidate':
	      case 'stale-if-error': {
	        if (fromMalformedQuote || invalidNumericDirectives.has(key)) {
	          continue
	        }

	        if (value === undefined || keyHasTrailingWhitespace || valueHasLeadingWhitespace) {
	          delete output[key];
	          invalidNumericDirectives.add(key);
	          markInvalidCacheControlDirective(output, key);
	          continue
	        }

	        if (
	          value.length >= 2 &&
	          value[0] === '"' &&
	          value[value.length - 1] === '"'
	        ) {
	          value = value.substring(1, value.length - 1);
	        }

	        if (!/^[0-9]+$/.test(value)) {
	          delete output[key];
	          invalidNumericDirectives.add(key);
	          markInvalidCacheControlDirective(output, key);
	          continue
	        }

	        const parsedValue = Math.min(parseInt(value, 10), MAX_DELTA_SECONDS);

	        if (key === 'min-fresh') {
	          if (!(key in output) || output[key] < parsedValue) {
	            output[key] = parsedValue;
	          }
	        } else if (!(key in output) || output[key] > parsedValue) {
	          output[key] = parsedValue;
	        }

	        break
	      }
	      case 'private':
	      case 'no-cache': {
	        if (fromMalformedQuote) {
	          output[key] = true;
	          break
	        }

	        if (value !== undefined && value.length === 0) {
	          output[key] = true;
	          break
	        }

	        if (value) {
	          // The private and no-cache directives can be unqualified (aka just
	          //  `private` or `no-cache`) or qualified (w/ a value). When they're
	          //  qualified, it's a list of headers like `no-cache=header1`,
	          //  `no-cache="header1"`, or `no-cache="header1, header2"`
	          // If we're given multiple headers, the comma messes us up since
	          //  we split the full header by commas. So, let's loop through the
	          //  remaining parts in front of us until we find one that contains a
	          //  closing quote. We can then skip the consumed quoted-list fragments and
	          //  continue parsing like normal.
	          // https://www.rfc-editor.org/rfc/rfc9111.html#name-no-cache-2
	          if (value[0] === '"') {
	            // Something like `no-cache="some-header"` OR `no-cache="some-header, another-header"`.
	            value = trimOWSEnd(value);

	            let fieldList = '';
	            let lastQuotedPart = i;
	            let foundEndingQuote = false;
	            const closingQuote = findUnescapedQuote(value, 1);

	            if (closingQuote !== -1) {
	              fieldList = value.substring(1, closingQuote);
	              foundEndingQuote = true;
	            } else {
	              // Something like `no-cache="some-header, another-header"`
	              //  This can still be something invalid, e.g. `no-cache="some-header, ...`
	              const fieldListParts = [value.substring(1)];

	              for (let j = i + 1; j < directives.length; j++) {
	                const nextPart = trimOWS(directives[j].value);
	                const closingQuote = findUnescapedQuote(nextPart, 0);

	                lastQuotedPart = j;

	                if (closingQuote !== -1) {
	                  fieldListParts.push(nextPart.substring(0, closingQuote));
	                  foundEndingQuote = true;
	                  break
	                }

	                fieldListParts.push(nextPart);
	              }

	              fieldList = fieldListParts.join(',');
	            }

	            if (!foundEndingQuote) {
	              output[key] = true;
	              break
	            }

	            i = lastQuotedPart;

	            const headers = fieldList.split(',');
	            let validFieldNames = true;
	            for (let j = 0; j < headers.length; j++) {
	              headers[j] = trimOWS(headers[j]);
	              if (!isValidHTTPToken(headers[j])) {
	                validFieldNames = false;
	              }
	            }

	            if (!validFieldNames) {
	              output[key] = true;
	            } else if (output[key] !== true) {
	              if (key in output) {
	                output[key] = output[key].concat(headers);
	              } else {
	                output[key] = headers;
	              }
	            }
	          } else {
	            // Something like `no-cache=some-header`
	            const fieldName = trimOWS(value);

	            if (!isValidHTTPToken(fieldName)) {
	              output[key] = true;
	            } else if (output[key] !== true) {
	              if (key in output) {
	                output[key] = output[key].concat(fieldName);
	              } else {
	                output[key] = [fieldName];
	              }
	            }
	          }

	          break
	        }
	      }
	      // eslint-disable-next-line no-fallthrough
	      case 'public':
	      case 'must-revalidate':
	      case 'proxy-revalidate':
	      case 'immutable':
	      case 'no-transform':
	      case 'must-understand':
	      case 'only-if-cached':
	        if (fromMalformedQuote || invalidNoArgumentDirectives.has(key)) {
	          continue
	        }

	        if (value !== undefined) {
	          // These are qualified (something like `public=...`) when they aren't
	          //  allowed to be, skip all instances of the malformed directive.
	          delete output[key];
	          invalidNoArgumentDirectives.add(key);
	          continue
	        }

	        output[key] = true;
	        break
	      case 'no-store':
	        output[key] = true;
	        break
	      default:
	        // Ignore unknown directives as per https://www.rfc-editor.org/rfc/rfc9111.html#section-5.2.3-1
	        continue
	    }
	  }

	  return output
	}

	/**
	 * @param {string | string[]} varyHeader Vary header from the server
	 * @returns {string[]}
	 */
	function splitVaryHeader (varyHeader) {
	  const values = Array.isArray(varyHeader) ? varyHeader : [varyHeader];
	  const output = [];

	  for (let i = 0; i < values.length; i++) {
	    const parts = values[i].split(',');
	    for (let j = 0; j < parts.length; j++) {
	      output.push(parts[j]);
	    }
	  }

	  return output
	}

	/**
	 * @param {string | string[]} varyHeader Vary header from the server
	 * @returns {boolean}
	 */
	function hasVaryStar (varyHeader) {
	  const values = splitVaryHeader(varyHeader);
	  for (let i = 0; i < values.length; i++) {
	    if (trimOWS(values[i]).indexOf('*') !== -1) {
	      return true
	    }
	  }

	  return false
	}

	/**
	 * @param {string | string[]} varyHeader Vary header from the server
	 * @param {Record<string, string | string[]>} headers Request headers
	 * @returns {Record<string, string | string[] | null> | undefined}
	 */
	function parseVaryHeader (varyHeader, headers) {
	  if (hasVaryStar(varyHeader)) {
	    return headers
	  }

	  const output = /** @type {Record<string, string | string[] | null>} */ ({});

	  const varyingHeaders = splitVaryHeader(varyHeader);

	  for (const header of varyingHeaders) {
	    const trimmedHeader = trimOWS(header).toLowerCase();

	    if (trimmedHeader.length === 0) {
	      continue
	    }

	    if (!isValidHTTPToken(trimmedHeader)) {
	      return undefined
	    }

	    const headerValue = headers[trimmedHeader];
	    output[trimmedHeader] = Array.isArray(headerValue) ? headerValue.slice() : headerValue ?? null;
	  }

	  return output
	}

	/**
	 * @param {string | string[]} varyHeader Vary header from the server
	 * @returns {boolean}
	 */
	function isInvalidOrWildcardVaryHeader (varyHeader) {
	  return hasVaryStar(varyHeader) || parseVaryHeader(varyHeader, {}) === undefined
	}

	/**
	 * Note: this deviates from the spec a little. Empty etags ("", W/"") are valid,
	 *  however, including them in cached resposnes serves little to no purpose.
	 *
	 * @see https://www.rfc-editor.org/rfc/rfc9110.html#name-etag
	 *
	 * @param {string} etag
	 * @returns {boolean}
	 */
	function isEtagUsable (etag) {
	  if (etag.length <= 2) {
	    // Shortest an etag can be is two chars (just ""). This is where we deviate
	    //  from the spec requiring a min of 3 chars however
	    return false
	  }

	  if (etag[0] === '"' && etag[etag.length - 1] === '"') {
	    // ETag: ""asd123"" or ETag: "W/"asd123"", kinda undefined behavior in the
	    //  spec. Some servers will accept these while others don't.
	    // ETag: "asd123"
	    return !(etag[1] === '"' || etag.startsWith('"W/'))
	  }

	  if (etag.startsWith('W/"') && etag[etag.length - 1] === '"') {
	    // ETag: W/"", also where we deviate from the spec & require a min of 3
	    //  chars
	    // ETag: for W/"", W/"asd123"
	    return etag.length !== 4
	  }

	  // Anything else
	  return false
	}

	/**
	 * @param {unknown} store
	 * @returns {asserts store is import('../../types/cache-interceptor.d.ts').default.CacheStore}
	 */
	function assertCacheStore (store, name = 'CacheStore') {
	  if (typeof store !== 'object' || store === null) {
	    throw new TypeError(`expected type of ${name} to be a CacheStore, got ${store === null ? 'null' : typeof store}`)
	  }

	  for (const fn of ['get', 'createWriteStream', 'delete']) {
	    if (typeof store[fn] !== 'function') {
	      throw new TypeError(`${name} needs to have a \`${fn}()\` function`)
	    }
	  }
	}
	/**
	 * @param {unknown} methods
	 * @returns {asserts methods is import('../../types/cache-interceptor.d.ts').default.CacheMethods[]}
	 */
	function assertCacheMethods (methods, name = 'CacheMethods') {
	  if (!Array.isArray(methods)) {
	    throw new TypeError(`expected type of ${name} needs to be an array, got ${methods === null ? 'null' : typeof methods}`)
	  }

	  if (methods.length === 0) {
	    throw new TypeError(`${name} needs to have at least one method`)
	  }

	  for (const method of methods) {
	    if (!arrayIncludes(safeHTTPMethods, method)) {
	      throw new TypeError(`element of ${name}-array needs to be one of following values: ${safeHTTPMethods.join(', ')}, got ${method}`)
	    }
	  }
	}

	/**
	 * Creates a string key for request deduplication purposes.
	 * This key is used to identify in-flight requests that can be shared.
	 * @param {import('../../types/cache-interceptor.d.ts').default.CacheKey} cacheKey
	 * @param {Set<string>} [excludeHeaders] Set of lowercase header names to exclude from the key
	 * @returns {string}
	 */
	function makeDeduplicationKey (cacheKey, excludeHeaders) {
	  // Use JSON.stringify to produce a collision-resistant key.
	  // Previous format used `:` and `=` delimiters without escaping, which
	  // allowed different header sets to produce identical keys (e.g.
	  // {a:"x:b=y"} vs {a:"x", b:"y"}). See: https://github.com/nodejs/undici/issues/5012
	  const headers = {};

	  if (cacheKey.headers) {
	    const sortedHeaders = Object.keys(cacheKey.headers).sort();
	    for (const header of sortedHeaders) {
	      // Skip excluded headers
	      if (excludeHeaders?.has(header.toLowerCase())) {
	        continue
	      }
	      headers[header] = cacheKey.headers[header];
	    }
	  }

	  return JSON.stringify([cacheKey.origin, cacheKey.method, cacheKey.path, headers])
	}

	cache$2 = {
	  makeCacheKey,
	  normalizeHeaders,
	  assertCacheKey,
	  assertCacheValue,
	  parseCacheControlHeader,
	  hasInvalidCacheControlDirective,
	  parseVaryHeader,
	  hasVaryStar,
	  isInvalidOrWildcardVaryHeader,
	  isEtagUsable,
	  assertCacheMethods,
	  assertCacheStore,
	  makeDeduplicationKey
	};
	return cache$2;
}

var date;
var hasRequiredDate;

function requireDate () {
	if (hasRequiredDate) return date;
	hasRequiredDate = 1;

	/**
	 * @see https://www.rfc-editor.org/rfc/rfc9110.html#name-date-time-formats
	 *
	 * @param {string} date
	 * @returns {Date | undefined}
	 */
	function parseHttpDate (date) {
	  // Sun, 06 Nov 1994 08:49:37 GMT    ; IMF-fixdate
	  // Sun Nov  6 08:49:37 1994         ; ANSI C's asctime() format
	  // Sunday, 06-Nov-94 08:49:37 GMT   ; obsolete RFC 850 format

	  switch (date[3]) {
	    case ',': return parseImfDate(date)
	    case ' ': return parseAscTimeDate(date)
	    default: return parseRfc850Date(date)
	  }
	}

	function makeDate (year, monthIdx, day, hour, minute, second, weekday) {
	  const result = new Date(Date.UTC(year, monthIdx, day, hour, minute, second));

	  // Date.UTC treats years 0-99 as 1900-1999. Reset the full year so component
	  // checks below validate the HTTP date as written.
	  if (year >= 0 && year <= 99) {
	    result.setUTCFullYear(year);
	  }

	  return result.getUTCFullYear() === year &&
	    result.getUTCMonth() === monthIdx &&
	    result.getUTCDate() === day &&
	    result.getUTCHours() === hour &&
	    result.getUTCMinutes() === minute &&
	    result.getUTCSeconds() === second &&
	    result.getUTCDay() === weekday
	    ? result
	    : undefined
	}

	/**
	 * @see https://httpwg.org/specs/rfc9110.html#preferred.date.format
	 *
	 * @param {string} date
	 * @returns {Date | undefined}
	 */
	function parseImfDate (date) {
	  if (
	    date.length !== 29 ||
	    date[4] !== ' ' ||
	    date[7] !== ' ' ||
	    date[11] !== ' ' ||
	    date[16] !== ' ' ||
	    date[19] !== ':' ||
	    date[22] !== ':' ||
	    date[25] !== ' ' ||
	    date[26] !== 'G' ||
	    date[27] !== 'M' ||
	    date[28] !== 'T'
	  ) {
	    return undefined
	  }

	  let weekday = -1;
	  if (date[0] === 'S' && date[1] === 'u' && date[2] === 'n') { // Sunday
	    weekday = 0;
	  } else if (date[0] === 'M' && date[1] === 'o' && date[2] === 'n') { // Monday
	    weekday = 1;
	  } else if (date[0] === 'T' && date[1] === 'u' && date[2] === 'e') { // Tuesday
	    weekday = 2;
	  } else if (date[0] === 'W' && date[1] === 'e' && date[2] === 'd') { // Wednesday
	    weekday = 3;
	  } else if (date[0] === 'T' && date[1] === 'h' && date[2] === 'u') { // Thursday
	    weekday = 4;
	  } else if (date[0] === 'F' && date[1] === 'r' && date[2] === 'i') { // Friday
	    weekday = 5;
	  } else if (date[0] === 'S' && date[1] === 'a' && date[2] === 't') { // Saturday
	    weekday = 6;
	  } else {
	    return undefined // Not a valid day of the week
	  }

	  let day = 0;
	  if (date[5] === '0') {
	    // Single digit day, e.g. "Sun Nov 6 08:49:37 1994"
	    const code = date.charCodeAt(6);
	    if (code < 49 || code > 57) {
	      return undefined // Not a digit
	    }
	    day = code - 48; // Convert ASCII code to number
	  } else {
	    const code1 = date.charCodeAt(5);
	    if (code1 < 49 || code1 > 51) {
	      return undefined // Not a digit between 1 and 3
	    }
	    const code2 = date.charCodeAt(6);
	    if (code2 < 48 || code2 > 57) {
	      return undefined // Not a digit
	    }
	    day = (code1 - 48) * 10 + (code2 - 48); // Convert ASCII codes to number
	  }

	  let monthIdx = -1;
	  if (
	    (date[8] === 'J' && date[9] === 'a' && date[10] === 'n')
	  ) {
	    monthIdx = 0; // Jan
	  } else if (
	    (date[8] === 'F' && date[9] === 'e' && date[10] === 'b')
	  ) {
	    monthIdx = 1; // Feb
	  } else if (
	    (date[8] === 'M' && date[9] === 'a')
	  ) {
	    if (date[10] === 'r') {
	      monthIdx = 2; // Mar
	    } else if (date[10] === 'y') {
	      monthIdx = 4; // May
	    } else {
	      return undefined // Invalid month
	    }
	  } else if (
	    (date[8] === 'J')
	  ) {
	    if (date[9] === 'a' && date[10] === 'n') {
	      monthIdx = 0; // Jan
	    } else if (date[9] === 'u') {
	      if (date[10] === 'n') {
	        monthIdx = 5; // Jun
	      } else if (date[10] === 'l') {
	        monthIdx = 6; // Jul
	      } else {
	        return undefined // Invalid month
	      }
	    } else {
	      return undefined // Invalid month
	    }
	  } else if (
	    (date[8] === 'A')
	  ) {
	    if (date[9] === 'p' && date[10] === 'r') {
	      monthIdx = 3; // Apr
	    } else if (date[9] === 'u' && date[10] === 'g') {
	      monthIdx = 7; // Aug
	    } else {
	      return undefined // Invalid month
	    }
	  } else if (
	    (date[8] === 'S' && date[9] === 'e' && date[10] === 'p')
	  ) {
	    monthIdx = 8; // Sep
	  } else if (
	    (date[8] === 'O' && date[9] === 'c' && date[10] === 't')
	  ) {
	    monthIdx = 9; // Oct
	  } else if (
	    (date[8] === 'N' && date[9] === 'o' && date[10] === 'v')
	  ) {
	    monthIdx = 10; // Nov
	  } else if (
	    (date[8] === 'D' && date[9] === 'e' && date[10] === 'c')
	  ) {
	    monthIdx = 11; // Dec
	  } else {
	    // Not a valid month
	    return undefined
	  }

	  const yearDigit1 = date.charCodeAt(12);
	  if (yearDigit1 < 48 || yearDigit1 > 57) {
	    return undefined // Not a digit
	  }
	  const yearDigit2 = date.charCodeAt(13);
	  if (yearDigit2 < 48 || yearDigit2 > 57) {
	    return undefined // Not a digit
	  }
	  const yearDigit3 = date.charCodeAt(14);
	  if (yearDigit3 < 48 || yearDigit3 > 57) {
	    return undefined // Not a digit
	  }
	  const yearDigit4 = date.charCodeAt(15);
	  if (yearDigit4 < 48 || yearDigit4 > 57) {
	    return undefined // Not a digit
	  }
	  const year = (yearDigit1 - 48) * 1000 + (yearDigit2 - 48) * 100 + (yearDigit3 - 48) * 10 + (yearDigit4 - 48);

	  let hour = 0;
	  if (date[17] === '0') {
	    const code = date.charCodeAt(18);
	    if (code < 48 || code > 57) {
	      return undefined // Not a digit
	    }
	    hour = code - 48; // Convert ASCII code to number
	  } else {
	    const code1 = date.charCodeAt(17);
	    if (code1 < 48 || code1 > 50) {
	      return undefined // Not a digit between 0 and 2
	    }
	    const code2 = date.charCodeAt(18);
	    if (code2 < 48 || code2 > 57) {
	      return undefined // Not a digit
	    }
	    if (code1 === 50 && code2 > 51) {
	      return undefined // Hour cannot be greater than 23
	    }
	    hour = (code1 - 48) * 10 + (code2 - 48); // Convert ASCII codes to number
	  }

	  let minute = 0;
	  if (date[20] === '0') {
	    const code = date.charCodeAt(21);
	    if (code < 48 || code > 57) {
	      return undefined // Not a digit
	    }
	    minute = code - 48; // Convert ASCII code to number
	  } else {
	    const code1 = date.charCodeAt(20);
	    if (code1 < 48 || code1 > 53) {
	      return undefined // Not a digit between 0 and 5
	    }
	    const code2 = date.charCodeAt(21);
	    if (code2 < 48 || code2 > 57) {
	      return undefined // Not a digit
	    }
	    minute = (code1 - 48) * 10 + (code2 - 48); // Convert ASCII codes to number
	  }

	  let second = 0;
	  if (date[23] === '0') {
	    const code = date.charCodeAt(24);
	    if (code < 48 || code > 57) {
	      return undefined // Not a digit
	    }
	    second = code - 48; // Convert ASCII code to number
	  } else {
	    const code1 = date.charCodeAt(23);
	    if (code1 < 48 || code1 > 53) {
	      return undefined // Not a digit between 0 and 5
	    }
	    const code2 = date.charCodeAt(24);
	    if (code2 < 48 || code2 > 57) {
	      return undefined // Not a digit
	    }
	    second = (code1 - 48) * 10 + (code2 - 48); // Convert ASCII codes to number
	  }

	  return makeDate(year, monthIdx, day, hour, minute, second, weekday)
	}

	/**
	 * @see https://httpwg.org/specs/rfc9110.html#obsolete.date.formats
	 *
	 * @param {string} date
	 * @returns {Date | undefined}
	 */
	function parseAscTimeDate (date) {
	  // This is assumed to be in UTC

	  if (
	    date.length !== 24 ||
	    date[7] !== ' ' ||
	    date[10] !== ' ' ||
	    date[19] !== ' '
	  ) {
	    return undefined
	  }

	  let weekday = -1;
	  if (date[0] === 'S' && date[1] === 'u' && date[2] === 'n') { // Sunday
	    weekday = 0;
	  } else if (date[0] === 'M' && date[1] === 'o' && date[2] === 'n') { // Monday
	    weekday = 1;
	  } else if (date[0] === 'T' && date[1] === 'u' && date[2] === 'e') { // Tuesday
	    weekday = 2;
	  } else if (date[0] === 'W' && date[1] === 'e' && date[2] === 'd') { // Wednesday
	    weekday = 3;
	  } else if (date[0] === 'T' && date[1] === 'h' && date[2] === 'u') { // Thursday
	    weekday = 4;
	  } else if (date[0] === 'F' && date[1] === 'r' && date[2] === 'i') { // Friday
	    weekday = 5;
	  } else if (date[0] === 'S' && date[1] === 'a' && date[2] === 't') { // Saturday
	    weekday = 6;
	  } else {
	    return undefined // Not a valid day of the week
	  }

	  let monthIdx = -1;
	  if (
	    (date[4] === 'J' && date[5] === 'a' && date[6] === 'n')
	  ) {
	    monthIdx = 0; // Jan
	  } else if (
	    (date[4] === 'F' && date[5] === 'e' && date[6] === 'b')
	  ) {
	    monthIdx = 1; // Feb
	  } else if (
	    (date[4] === 'M' && date[5] === 'a')
	  ) {
	    if (date[6] === 'r') {
	      monthIdx = 2; // Mar
	    } else if (date[6] === 'y') {
	      monthIdx = 4; // May
	    } else {
	      return undefined // Invalid month
	    }
	  } else if (
	    (date[4] === 'J')
	  ) {
	    if (date[5] === 'a' && date[6] === 'n') {
	      monthIdx = 0; // Jan
	    } else if (date[5] === 'u') {
	      if (date[6] === 'n') {
	        monthIdx = 5; // Jun
	      } else if (date[6] === 'l') {
	        monthIdx = 6; // Jul
	      } else {
	        return undefined // Invalid month
	      }
	    } else {
	      return undefined // Invalid month
	    }
	  } else if (
	    (date[4] === 'A')
	  ) {
	    if (date[5] === 'p' && date[6] === 'r') {
	      monthIdx = 3; // Apr
	    } else if (date[5] === 'u' && date[6] === 'g') {
	      monthIdx = 7; // Aug
	    } else {
	      return undefined // Invalid month
	    }
	  } else if (
	    (date[4] === 'S' && date[5] === 'e' && date[6] === 'p')
	  ) {
	    monthIdx = 8; // Sep
	  } else if (
	    (date[4] === 'O' && date[5] === 'c' && date[6] === 't')
	  ) {
	    monthIdx = 9; // Oct
	  } else if (
	    (date[4] === 'N' && date[5] === 'o' && date[6] === 'v')
	  ) {
	    monthIdx = 10; // Nov
	  } else if (
	    (date[4] === 'D' && date[5] === 'e' && date[6] === 'c')
	  ) {
	    monthIdx = 11; // Dec
	  } else {
	    // Not a valid month
	    return undefined
	  }

	  let day = 0;
	  if (date[8] === ' ') {
	    // Single digit day, e.g. "Sun Nov 6 08:49:37 1994"
	    const code = date.charCodeAt(9);
	    if (code < 49 || code > 57) {
	      return undefined // Not a digit
	    }
	    day = code - 48; // Convert ASCII code to number
	  } else {
	    const code1 = date.charCodeAt(8);
	    if (code1 < 49 || code1 > 51) {
	      return undefined // Not a digit between 1 and 3
	    }
	    const code2 = date.charCodeAt(9);
	    if (code2 < 48 || code2 > 57) {
	      return undefined // Not a digit
	    }
	    day = (code1 - 48) * 10 + (code2 - 48); // Convert ASCII codes to number
	  }

	  let hour = 0;
	  if (date[11] === '0') {
	    const code = date.charCodeAt(12);
	    if (code < 48 || code > 57) {
	      return undefined // Not a digit
	    }
	    hour = code - 48; // Convert ASCII code to number
	  } else {
	    const code1 = date.charCodeAt(11);
	    if (code1 < 48 || code1 > 50) {
	      return undefined // Not a digit between 0 and 2
	    }
	    const code2 = date.charCodeAt(12);
	    if (code2 < 48 || code2 > 57) {
	      return undefined // Not a digit
	    }
	    if (code1 === 50 && code2 > 51) {
	      return undefined // Hour cannot be greater than 23
	    }
	    hour = (code1 - 48) * 10 + (code2 - 48); // Convert ASCII codes to number
	  }

	  let minute = 0;
	  if (date[14] === '0') {
	    const code = date.charCodeAt(15);
	    if (code < 48 || code > 57) {
	      return undefined // Not a digit
	    }
	    minute = code - 48; // Convert ASCII code to number
	  } else {
	    const code1 = date.charCodeAt(14);
	    if (code1 < 48 || code1 > 53) {
	      return undefined // Not a digit between 0 and 5
	    }
	    const code2 = date.charCodeAt(15);
	    if (code2 < 48 || code2 > 57) {
	      return undefined // Not a digit
	    }
	    minute = (code1 - 48) * 10 + (code2 - 48); // Convert ASCII codes to number
	  }

	  let second = 0;
	  if (date[17] === '0') {
	    const code = date.charCodeAt(18);
	    if (code < 48 || code > 57) {
	      return undefined // Not a digit
	    }
	    second = code - 48; // Convert ASCII code to number
	  } else {
	    const code1 = date.charCodeAt(17);
	    if (code1 < 48 || code1 > 53) {
	      return undefined // Not a digit between 0 and 5
	    }
	    const code2 = date.charCodeAt(18);
	    if (code2 < 48 || code2 > 57) {
	      return undefined // Not a digit
	    }
	    second = (code1 - 48) * 10 + (code2 - 48); // Convert ASCII codes to number
	  }

	  const yearDigit1 = date.charCodeAt(20);
	  if (yearDigit1 < 48 || yearDigit1 > 57) {
	    return undefined // Not a digit
	  }
	  const yearDigit2 = date.charCodeAt(21);
	  if (yearDigit2 < 48 || yearDigit2 > 57) {
	    return undefined // Not a digit
	  }
	  const yearDigit3 = date.charCodeAt(22);
	  if (yearDigit3 < 48 || yearDigit3 > 57) {
	    return undefined // Not a digit
	  }
	  const yearDigit4 = date.charCodeAt(23);
	  if (yearDigit4 < 48 || yearDigit4 > 57) {
	    return undefined // Not a digit
	  }
	  const year = (yearDigit1 - 48) * 1000 + (yearDigit2 - 48) * 100 + (yearDigit3 - 48) * 10 + (yearDigit4 - 48);

	  return makeDate(year, monthIdx, day, hour, minute, second, weekday)
	}

	/**
	 * @see https://httpwg.org/specs/rfc9110.html#obsolete.date.formats
	 *
	 * @param {string} date
	 * @returns {Date | undefined}
	 */
	function parseRfc850Date (date) {
	  let commaIndex = -1;

	  let weekday = -1;
	  if (date[0] === 'S') {
	    if (date[1] === 'u' && date[2] === 'n' && date[3] === 'd' && date[4] === 'a' && date[5] === 'y') {
	      weekday = 0; // Sunday
	      commaIndex = 6;
	    } else if (date[1] === 'a' && date[2] === 't' && date[3] === 'u' && date[4] === 'r' && date[5] === 'd' && date[6] === 'a' && date[7] === 'y') {
	      weekday = 6; // Saturday
	      commaIndex = 8;
	    }
	  } else if (date[0] === 'M' && date[1] === 'o' && date[2] === 'n' && date[3] === 'd' && date[4] === 'a' && date[5] === 'y') {
	    weekday = 1; // Monday
	    commaIndex = 6;
	  } else if (date[0] === 'T') {
	    if (date[1] === 'u' && date[2] === 'e' && date[3] === 's' && date[4] === 'd' && date[5] === 'a' && date[6] === 'y') {
	      weekday = 2; // Tuesday
	      commaIndex = 7;
	    } else if (date[1] === 'h' && date[2] === 'u' && date[3] === 'r' && date[4] === 's' && date[5] === 'd' && date[6] === 'a' && date[7] === 'y') {
	      weekday = 4; // Thursday
	      commaIndex = 8;
	    }
	  } else if (date[0] === 'W' && date[1] === 'e' && date[2] === 'd' && date[3] === 'n' && date[4] === 'e' && date[5] === 's' && date[6] === 'd' && date[7] === 'a' && date[8] === 'y') {
	    weekday = 3; // Wednesday
	    commaIndex = 9;
	  } else if (date[0] === 'F' && date[1] === 'r' && date[2] === 'i' && date[3] === 'd' && date[4] === 'a' && date[5] === 'y') {
	    weekday = 5; // Friday
	    commaIndex = 6;
	  } else {
	    // Not a valid day name
	    return undefined
	  }

	  if (
	    date[commaIndex] !== ',' ||
	    (date.length - commaIndex - 1) !== 23 ||
	    date[commaIndex + 1] !== ' ' ||
	    date[commaIndex + 4] !== '-' ||
	    date[commaIndex + 8] !== '-' ||
	    date[commaIndex + 11] !== ' ' ||
	    date[commaIndex + 14] !== ':' ||
	    date[commaIndex + 17] !== ':' ||
	    date[commaIndex + 20] !== ' ' ||
	    date[commaIndex + 21] !== 'G' ||
	    date[commaIndex + 22] !== 'M' ||
	    date[commaIndex + 23] !== 'T'
	  ) {
	    return undefined
	  }

	  let day = 0;
	  if (date[commaIndex + 2] === '0') {
	    // Single digit day, e.g. "Sun Nov 6 08:49:37 1994"
	    const code = date.charCodeAt(commaIndex + 3);
	    if (code < 49 || code > 57) {
	      return undefined // Not a digit
	    }
	    day = code - 48; // Convert ASCII code to number
	  } else {
	    const code1 = date.charCodeAt(commaIndex + 2);
	    if (code1 < 49 || code1 > 51) {
	      return undefined // Not a digit between 1 and 3
	    }
	    const code2 = date.charCodeAt(commaIndex + 3);
	    if (code2 < 48 || code2 > 57) {
	      return undefined // Not a digit
	    }
	    day = (code1 - 48) * 10 + (code2 - 48); // Convert ASCII codes to number
	  }

	  let monthIdx = -1;
	  if (
	    (date[commaIndex + 5] === 'J' && date[commaIndex + 6] === 'a' && date[commaIndex + 7] === 'n')
	  ) {
	    monthIdx = 0; // Jan
	  } else if (
	    (date[commaIndex + 5] === 'F' && date[commaIndex + 6] === 'e' && date[commaIndex + 7] === 'b')
	  ) {
	    monthIdx = 1; // Feb
	  } else if (
	    (date[commaIndex + 5] === 'M' && date[commaIndex + 6] === 'a' && date[commaIndex + 7] === 'r')
	  ) {
	    monthIdx = 2; // Mar
	  } else if (
	    (date[commaIndex + 5] === 'A' && date[commaIndex + 6] === 'p' && date[commaIndex + 7] === 'r')
	  ) {
	    monthIdx = 3; // Apr
	  } else if (
	    (date[commaIndex + 5] === 'M' && date[commaIndex + 6] === 'a' && date[commaIndex + 7] === 'y')
	  ) {
	    monthIdx = 4; // May
	  } else if (
	    (date[commaIndex + 5] === 'J' && date[commaIndex + 6] === 'u' && date[commaIndex + 7] === 'n')
	  ) {
	    monthIdx = 5; // Jun
	  } else if (
	    (date[commaIndex + 5] === 'J' && date[commaIndex + 6] === 'u' && date[commaIndex + 7] === 'l')
	  ) {
	    monthIdx = 6; // Jul
	  } else if (
	    (date[commaIndex + 5] === 'A' && date[commaIndex + 6] === 'u' && date[commaIndex + 7] === 'g')
	  ) {
	    monthIdx = 7; // Aug
	  } else if (
	    (date[commaIndex + 5] === 'S' && date[commaIndex + 6] === 'e' && date[commaIndex + 7] === 'p')
	  ) {
	    monthIdx = 8; // Sep
	  } else if (
	    (date[commaIndex + 5] === 'O' && date[commaIndex + 6] === 'c' && date[commaIndex + 7] === 't')
	  ) {
	    monthIdx = 9; // Oct
	  } else if (
	    (date[commaIndex + 5] === 'N' && date[commaIndex + 6] === 'o' && date[commaIndex + 7] === 'v')
	  ) {
	    monthIdx = 10; // Nov
	  } else if (
	    (date[commaIndex + 5] === 'D' && date[commaIndex + 6] === 'e' && date[commaIndex + 7] === 'c')
	  ) {
	    monthIdx = 11; // Dec
	  } else {
	    // Not a valid month
	    return undefined
	  }

	  const yearDigit1 = date.charCodeAt(commaIndex + 9);
	  if (yearDigit1 < 48 || yearDigit1 > 57) {
	    return undefined // Not a digit
	  }
	  const yearDigit2 = date.charCodeAt(commaIndex + 10);
	  if (yearDigit2 < 48 || yearDigit2 > 57) {
	    return undefined // Not a digit
	  }

	  let year = (yearDigit1 - 48) * 10 + (yearDigit2 - 48); // Convert ASCII codes to number

	  // RFC 6265 states that the year is in the range 1970-2069.
	  // @see https://datatracker.ietf.org/doc/html/rfc6265#section-5.1.1
	  //
	  // 3. If the year-value is greater than or equal to 70 and less than or
	  //    equal to 99, increment the year-value by 1900.
	  // 4. If the year-value is greater than or equal to 0 and less than or
	  //    equal to 69, increment the year-value by 2000.
	  year += year < 70 ? 2000 : 1900;

	  let hour = 0;
	  if (date[commaIndex + 12] === '0') {
	    const code = date.charCodeAt(commaIndex + 13);
	    if (code < 48 || code > 57) {
	      return undefined // Not a digit
	    }
	    hour = code - 48; // Convert ASCII code to number
	  } else {
	    const code1 = date.charCodeAt(commaIndex + 12);
	    if (code1 < 48 || code1 > 50) {
	      return undefined // Not a digit between 0 and 2
	    }
	    const code2 = date.charCodeAt(commaIndex + 13);
	    if (code2 < 48 || code2 > 57) {
	      return undefined // Not a digit
	    }
	    if (code1 === 50 && code2 > 51) {
	      return undefined // Hour cannot be greater than 23
	    }
	    hour = (code1 - 48) * 10 + (code2 - 48); // Convert ASCII codes to number
	  }

	  let minute = 0;
	  if (date[commaIndex + 15] === '0') {
	    const code = date.charCodeAt(commaIndex + 16);
	    if (code < 48 || code > 57) {
	      return undefined // Not a digit
	    }
	    minute = code - 48; // Convert ASCII code to number
	  } else {
	    const code1 = date.charCodeAt(commaIndex + 15);
	    if (code1 < 48 || code1 > 53) {
	      return undefined // Not a digit between 0 and 5
	    }
	    const code2 = date.charCodeAt(commaIndex + 16);
	    if (code2 < 48 || code2 > 57) {
	      return undefined // Not a digit
	    }
	    minute = (code1 - 48) * 10 + (code2 - 48); // Convert ASCII codes to number
	  }

	  let second = 0;
	  if (date[commaIndex + 18] === '0') {
	    const code = date.charCodeAt(commaIndex + 19);
	    if (code < 48 || code > 57) {
	      return undefined // Not a digit
	    }
	    second = code - 48; // Convert ASCII code to number
	  } else {
	    const code1 = date.charCodeAt(commaIndex + 18);
	    if (code1 < 48 || code1 > 53) {
	      return undefined // Not a digit between 0 and 5
	    }
	    const code2 = date.charCodeAt(commaIndex + 19);
	    if (code2 < 48 || code2 > 57) {
	      return undefined // Not a digit
	    }
	    second = (code1 - 48) * 10 + (code2 - 48); // Convert ASCII codes to number
	  }

	  return makeDate(year, monthIdx, day, hour, minute, second, weekday)
	}

	date = {
	  parseHttpDate
	};
	return date;
}

var cacheHandler;
var hasRequiredCacheHandler;

function requireCacheHandler () {
	if (hasRequiredCacheHandler) return cacheHandler;
	hasRequiredCacheHandler = 1;

	const util = requireUtil$4();
	const { kRedirectCacheControl } = requireSymbols();
	const {
	  parseCacheControlHeader,
	  hasInvalidCacheControlDirective,
	  parseVaryHeader,
	  hasVaryStar,
	  isInvalidOrWildcardVaryHeader,
	  isEtagUsable
	} = requireCache$2();

	/**
	 * A suppressed redirect hop recorded by the redirect handler. Carried on
	 * {@link kRedirectCacheControl} and inspected by the cache handler before the
	 * final response is stored under the original request key.
	 *
	 * @typedef {object} RedirectHop
	 * @property {number} statusCode The hop's response status code (e.g. 302).
	 * @property {import('../../types/header.d.ts').IncomingHttpHeaders} headers The hop's response headers.
	 * @property {number} receivedAt The time the hop's response headers were received.
	 */
	const { parseHttpDate } = requireDate();

	function noop () {}

	/**
	 * @param {string | URL} a
	 * @param {string | URL} b
	 * @returns {boolean}
	 */
	function sameOrigin (a, b) {
	  try {
	    return new URL(String(a)).origin === new URL(String(b)).origin
	  } catch {
	    return String(a) === String(b)
	  }
	}

	// Status codes that we can use some heuristics on to cache
	const HEURISTICALLY_CACHEABLE_STATUS_CODES = [
	  200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501
	];

	// Status codes which semantic is not handled by the cache
	// https://datatracker.ietf.org/doc/html/rfc9111#section-3
	// This list should not grow beyond 206 unless the RFC is updated
	// by a newer one including more. Please introduce another list if
	// implementing caching of responses with the 'must-understand' directive.
	const NOT_UNDERSTOOD_STATUS_CODES = [
	  206
	];

	const MAX_RESPONSE_AGE = 2147483647000;

	// Retention for revalidation-only entries (zero freshness lifetime but a
	// validator present); each successful revalidation re-stores the entry.
	const REVALIDATION_ONLY_RETENTION = 86400000; // 24 hours

	function trimOWS (value) {
	  return value.replace(/^[\t ]+|[\t ]+$/g, '')
	}

	function arrayIncludes (array, value) {
	  for (let i = 0; i < array.length; i++) {
	    if (array[i] === value) {
	      return true
	    }
	  }

	  return false
	}

	function appendVaryValues (target, varyValue) {
	  if (Array.isArray(varyValue)) {
	    for (let i = 0; i < varyValue.length; i++) {
	      target.push(varyValue[i]);
	    }
	  } else if (varyValue != null) {
	    target.push(varyValue);
	  }
	}

	function appendConnectionHeaderTokens (headersToRemove, connectionHeader) {
	  const values = Array.isArray(connectionHeader) ? connectionHeader : [connectionHeader];

	  for (let i = 0; i < values.length; i++) {
	    const tokens = values[i].split(',');
	    for (let j = 0; j < tokens.length; j++) {
	      headersToRemove.push(trimOWS(tokens[j]).toLowerCase());
	    }
	  }
	}

	function getSameOriginPath (cacheKey, location) {
	  if (typeof location !== 'string') {
	    return undefined
	  }

	  let originUrl;
	  let requestUrl;
	  let locationUrl;
	  try {
	    originUrl = new URL(cacheKey.origin);
	    requestUrl = new URL(cacheKey.path, originUrl);
	    locationUrl = new URL(location, requestUrl);
	  } catch {
	    return undefined
	  }

	  if (locationUrl.origin !== originUrl.origin) {
	    return undefined
	  }

	  return locationUrl.pathname + locationUrl.search
	}

	function deleteCachedUri (store, cacheKey, path) {
	  deleteCachedValue(store, {
	    ...cacheKey,
	    path
	  });

	  for (let i = 0; i < util.safeHTTPMethods.length; i++) {
	    const method = util.safeHTTPMethods[i];
	    if (method !== cacheKey.method) {
	      deleteCachedValue(store, {
	        ...cacheKey,
	        method,
	        path
	      });
	    }
	  }
	}

	function deleteLocationTargets (store, cacheKey, headerValue) {
	  if (headerValue === undefined) {
	    return
	  }

	  const values = Array.isArray(headerValue) ? headerValue : [headerValue];
	  for (let i = 0; i < values.length; i++) {
	    const path = getSameOriginPath(cacheKey, values[i]);
	    if (path !== undefined) {
	      deleteCachedUri(store, cacheKey, path);
	    }
	  }
	}

	function invalidateUnsafeRequest (store, cacheKey, resHeaders) {
	  deleteCachedUri(store, cacheKey, cacheKey.path);
	  deleteLocationTargets(store, cacheKey, resHeaders.location);
	  deleteLocationTargets(store, cacheKey, resHeaders['content-location']);
	}

	/**
	 * Whether the original request carried a credential that is not reflected in
	 * the cache key. The memory/sqlite stores key an entry on origin, method, path
	 * and `vary` only, so a credentialed request that is redirected to a resource
	 * that varies per principal must not be stored under the original (alias) key:
	 * a later caller would be served the first principal's body. The set mirrors the
	 * request credentials the redirect handler strips across origins (`authorization`,
	 * `cookie`, `proxy-authorization`).
	 *
	 * @param {import('../../types/header.d.ts').IncomingHttpHeaders | undefined} headers
	 * @returns {boolean}
	 */
	function requestCarriesCredentials (headers) {
	  return headers != null && (
	    Object.hasOwn(headers, 'authorization') ||
	    Object.hasOwn(headers, 'cookie') ||
	    Object.hasOwn(headers, 'proxy-authorization')
	  )
	}
	/**
	 * @typedef {import('../../types/dispatcher.d.ts').default.DispatchHandler} DispatchHandler
	 *
	 * @implements {DispatchHandler}
	 */
	class CacheHandler {
	  /**
	   * @type {import('../../types/cache-interceptor.d.ts').default.CacheKey}
	   */
	  #cacheKey

	  /**
	   * @type {import('../../types/cache-interceptor.d.ts').default.CacheHandlerOptions['type']}
	   */
	  #cacheType

	  /**
	   * @type {number | undefined}
	   */
	  #cacheByDefault

	  /**
	   * @type {import('../../types/cache-interceptor.d.ts').default.CacheStore}
	   */
	  #store

	  /**
	   * @type {import('../../types/dispatcher.d.ts').default.DispatchHandler}
	   */
	  #handler

	  /**
	   * @type {import('node:stream').Writable | undefined}
	   */
	  #writeStream

	  /**
	   * The URLs visited while following redirects, shared by reference from the
	   * redirect handler through the request context. Carries the suppressed hops'
	   * status/headers under {@link kRedirectCacheControl}.
	   * @type {URL[] | undefined}
	   */
	  #history

	  #replaying304 = false
	  #suppress304End = false

	  /**
	   * @type {{ controller: import('../../types/dispatcher.d.ts').default.DispatchController, trailers: import('../../types/header.d.ts').IncomingHttpHeaders } | undefined}
	   */
	  #pending304End

	  /**
	   * @param {import('../../types/cache-interceptor.d.ts').default.CacheHandlerOptions} opts
	   * @param {import('../../types/cache-interceptor.d.ts').default.CacheKey} cacheKey
	   * @param {import('../../types/dispatcher.d.ts').default.DispatchHandler} handler
	   */
	  constructor ({ store, type, cacheByDefault }, cacheKey, handler) {
	    this.#store = store;
	    this.#cacheType = type;
	    this.#cacheByDefault = cacheByDefault;
	    this.#cacheKey = cacheKey;
	    this.#handler = handler;
	  }

	  onRequestStart (controller, context) {
	    this.#writeStream?.destroy();
	    this.#writeStream = undefined;
	    this.#replaying304 = false;
	    this.#suppress304End = false;
	    this.#pending304End = undefined;
	    // The redirect handler mutates this shared history as redirects are
	    // followed, allowing the cache to identify the response's actual origin.
	    this.#history = context?.history;
	    this.#handler.onRequestStart?.(controller, context);
	  }

	  onRequestUpgrade (controller, statusCode, headers, socket) {
	    this.#handler.onRequestUpgrade?.(controller, statusCode, headers, socket);
	  }

	  /**
	   * @param {import('../../types/dispatcher.d.ts').default.DispatchController} controller
	   * @param {number} statusCode
	   * @param {import('../../types/header.d.ts').IncomingHttpHeaders} resHeaders
	   * @param {string} statusMessage
	   */
	  onResponseStart (
	    controller,
	    statusCode,
	    resHeaders,
	    statusMessage
	  ) {
	    const downstreamOnHeaders = () =>
	      this.#handler.onResponseStart?.(
	        controller,
	        statusCode,
	        resHeaders,
	        statusMessage
	      );
	    const handler = this;

	    if (
	      !arrayIncludes(util.safeHTTPMethods, this.#cacheKey.method) &&
	      statusCode >= 200 &&
	      statusCode <= 399
	    ) {
	      // Successful response to an unsafe method, delete it from cache
	      //  https://www.rfc-editor.org/rfc/rfc9111.html#name-invalidating-stored-response
	      invalidateUnsafeRequest(this.#store, this.#cacheKey, resHeaders);
	      return downstreamOnHeaders()
	    }

	    // A credential-bearing request that was redirected must not have the final
	    // hop's response stored under the original request's key. The cache key
	    // does not include the credential, and the redirect target may vary per
	    // principal (e.g. `/me` -> `/profile/{user}`), so replaying the body under
	    // the alias key would leak one principal's data to another \u2014 or to an
	    // unauthenticated caller \u2014 from a shared cache. The final hop's permissive
	    // cache-control (e.g. `public`) does not authorize this: the credential was
	    // presented to the original hop, not the resource that actually produced
	    // the body. Fail closed. A history with more than one entry means at least
	    // one redirect was actually followed (a single non-redirected hop records
	    // exactly one entry), so a plain revalidation is not mistaken for a redirect.
	    if (
	      this.#history && this.#history.length > 1 &&
	      requestCarriesCredentials(this.#cacheKey.headers)
	    ) {
	      return downstreamOnHeaders()
	    }

	    // A cross-origin redirect can change the origin that actually produced the
	    // final response. Keying that response on the original (trusted) origin
	    // would let a redirect target control an entry for a URL the application
	    // trusts. Every hop in the redirect chain must stay on the cache key's
	    // origin. An intermediate cross-origin hop can bounce back to the trusted
	    // origin (or to any cacheable asset there) even when the final response
	    // comes from the trusted origin, so checking only the final URL is not
	    // enough.
	    if (this.#history && this.#history.length > 0) {
	      for (const hopUrl of this.#history) {
	        if (!sameOrigin(hopUrl.origin, this.#cacheKey.origin)) {
	          return downstreamOnHeaders()
	        }
	      }
	    }

	    // A redirect hop that is not forwarded can still carry a storage policy
	    // (for example `no-store`, `private` for a shared cache, `no-cache`,
	    // `must-revalidate`, zero freshness, or `Vary: *`) that the final response
	    // body does not inherit. Honor it, otherwise a redirect that must not be
	    // stored (or that selects a private/authenticated target) could be
	    // laundered into a cacheable final response under the original key.
	    const now = Date.now();
	    const redirectHopInfo = this.#history?.[kRedirectCacheControl];
	    const redirectPolicy = redirectHopInfo?.length > 0
	      ? getRedirectPolicy(
	        this.#cacheType,
	        this.#cacheKey.method,
	        redirectHopInfo,
	        this.#cacheKey.headers,
	        this.#cacheByDefault,
	        now
	      )
	      : undefined;
	    if (redirectHopInfo?.length > 0 && redirectPolicy === undefined) {
	      return downstreamOnHeaders()
	    }

	    const cacheControlHeader = resHeaders['cache-control'];
	    const cacheControlDirectives = cacheControlHeader ? parseCacheControlHeader(cacheControlHeader) : {};

	    if (revalidationResponseDisallowsCachedReuse(this.#cacheType, resHeaders, cacheControlDirectives)) {
	      deleteCachedValue(this.#store, this.#cacheKey);
	      return downstreamOnHeaders()
	    }

	    const heuristicallyCacheable = resHeaders['last-modified'] && arrayIncludes(HEURISTICALLY_CACHEABLE_STATUS_CODES, statusCode);
	    if (
	      !cacheControlHeader &&
	      !resHeaders['expires'] &&
	      !heuristicallyCacheable &&
	      !this.#cacheByDefault
	    ) {
	      if (statusCode === 304 && resHeaders.vary && isInvalidOrWildcardVaryHeader(resHeaders.vary)) {
	        deleteCachedValue(this.#store, this.#cacheKey);
	      }

	      // Don't have anything to tell us this response is cachable and we're not
	      //  caching by default
	      return downstreamOnHeaders()
	    }

	    if (!canCacheResponse(this.#cacheType, this.#cacheKey.method, statusCode, resHeaders, cacheControlDirectives, this.#cacheKey.headers)) {
	      if (statusCode === 304 && (cacheControlHeader || revalidationResponseDisallowsCachedReuse(this.#cacheType, resHeaders, cacheControlDirectives))) {
	        deleteCachedValue(this.#store, this.#cacheKey);
	      }

	      return downstreamOnHeaders()
	    }

	    const resAge = Object.hasOwn(resHeaders, 'age') ? getAge(resHeaders.age) : undefined;
	    if (resAge !== undefined && resAge >= MAX_RESPONSE_AGE) {
	      // Response considered stale
	      deleteCachedValueIfNotModified(statusCode, this.#store, this.#cacheKey);
	      return downstreamOnHeaders()
	    }

	    const resDate = Object.hasOwn(resHeaders, 'date') ? getDate(resHeaders.date) : undefined;
	    if (resDate === null) {
	      deleteCachedValueIfNotModified(statusCode, this.#store, this.#cacheKey);
	      return downstreamOnHeaders()
	    }

	    const apparentAge = resDate ? Math.max(0, now - resDate.getTime()) : 0;
	    const currentAge = Math.max(apparentAge, resAge ?? 0);

	    const hasValidator =
	      (typeof resHeaders.etag === 'string' && isEtagUsable(resHeaders.etag)) ||
	      typeof resHeaders['last-modified'] === 'string';

	    const staleAt =
	      determineStaleAt(this.#cacheType, now, resAge, resHeaders, resDate, cacheControlDirectives, hasValidator) ??
	      this.#cacheByDefault;
	    // Zero freshness lifetime but a validator: stale from the start, yet still
	    // storable since each reuse is preceded by a revalidation request.
	    // https://www.rfc-editor.org/rfc/rfc9111.html#section-5.2.2.4
	    const revalidationOnly = staleAt === 0 && hasValidator;
	    if (staleAt === undefined || (currentAge >= staleAt && !revalidationOnly)) {
	      if (cacheControlHeader || staleAt !== undefined) {
	        deleteCachedValueIfNotModified(statusCode, this.#store, this.#cacheKey);
	      }

	      return downstreamOnHeaders()
	    }

	    const baseTime = now - currentAge;
	    let absoluteStaleAt = staleAt + baseTime;
	    if (redirectPolicy !== undefined) {
	      absoluteStaleAt = Math.min(absoluteStaleAt, redirectPolicy.staleAt);
	    }
	    if (now >= absoluteStaleAt && !revalidationOnly) {
	      // Response is already stale
	      deleteCachedValueIfNotModified(statusCode, this.#store, this.#cacheKey);
	      return downstreamOnHeaders()
	    }

	    // Union the `Vary` of every suppressed redirect hop with the final
	    // response's `Vary`. A 3xx hop that negotiates its target on `Authorization`
	    // / `Cookie` (or any other header) must make the stored entry vary on those
	    // headers too, or an authenticated user's private response would be served
	    // to unrelated callers.
	    let varyDirectives;
	    const combinedVary = [];
	    if (redirectHopInfo) {
	      for (const hop of redirectHopInfo) {
	        appendVaryValues(combinedVary, hop?.headers?.vary);
	      }
	    }
	    appendVaryValues(combinedVary, resHeaders.vary);
	    if (combinedVary.length > 0) {
	      for (const varyHeader of combinedVary) {
	        if (hasVaryStar(varyHeader)) {
	          // `Vary: *` means the response can never be reused (RFC 9111 \u00a74.1)
	          return downstreamOnHeaders()
	        }
	      }
	      if (this.#cacheKey.headers) {
	        varyDirectives = parseVaryHeader(combinedVary, this.#cacheKey.headers);
	        if (!varyDirectives) {
	          // Parse error
	          return downstreamOnHeaders()
	        }
	      }
	    }

	    // When the entry was folded from a redirect chain, the final response's
	    // stale-serving directives (RFC 5861) must not outlive the hops' freshness.
	    // A hop that grants no `stale-while-revalidate` / `stale-if-error` caps
	    // stale serving at its freshness, so the final response cannot launder a
	    // stale-serving window past the hop-bounded `staleAt`. Drop those directives
	    // (and keep the `proxy-revalidate` the hop policy may require) so the entry
	    // revalidates at `staleAt` instead of being served stale for the final
	    // response's window.
	    let effectiveCacheControlDirectives = cacheControlDirectives;
	    if (redirectPolicy !== undefined) {
	      effectiveCacheControlDirectives = { ...cacheControlDirectives };
	      delete effectiveCacheControlDirectives['stale-while-revalidate'];
	      delete effectiveCacheControlDirectives['stale-if-error'];
	      if (redirectPolicy.requiresRevalidation === true) {
	        effectiveCacheControlDirectives['proxy-revalidate'] = true;
	      }
	    }

	    const cachedAt = baseTime;
	    const deleteAt = determineDeleteAt(baseTime, now, effectiveCacheControlDirectives, absoluteStaleAt);
	    const strippedHeaders = stripNecessaryHeaders(resHeaders, cacheControlDirectives);

	    /**
	     * @type {import('../../types/cache-interceptor.d.ts').default.CacheValue}
	     */
	    const value = {
	      statusCode,
	      statusMessage,
	      headers: strippedHeaders,
	      vary: varyDirectives,
	      cacheControlDirectives: effectiveCacheControlDirectives,
	      cachedAt,
	      staleAt: absoluteStaleAt,
	      deleteAt
	    };

	    // Not modified, re-use the cached value
	    // https://www.rfc-editor.org/rfc/rfc9111.html#name-handling-304-not-modified
	    if (statusCode === 304) {
	      this.#replaying304 = true;
	      let done = false;
	      const finish304 = () => {
	        if (done) {
	          return
	        }
	        done = true;
	        this.#replaying304 = false;
	        if (this.#pending304End) {
	          const { controller, trailers } = this.#pending304End;
	          this.#pending304End = undefined;
	          this.#writeStream?.end();
	          this.#handler.onResponseEnd?.(controller, trailers);
	        }
	      };

	      // The cached body below is replayed to the downstream handler from later
	      // stream ticks (or an iterator loop), outside the dispatcher's own error
	      // handling, so a throwing downstream handler must be converged to a
	      // per-request error instead of escaping as an uncaught exception.
	      const failReplay = (err) => {
	        if (done) {
	          return
	        }
	        done = true;
	        this.#replaying304 = false;
	        this.#suppress304End = true;
	        this.#pending304End = undefined;
	        this.#writeStream?.destroy();
	        // The v7 handler API has no downstream block/release controller. Keep
	        // the origin response lifecycle independent, suppress its completion,
	        // and report the replay failure directly downstream.
	        try {
	          this.#handler.onResponseError?.(controller, err);
	        } catch {
	          // Never let a missing legacy error callback escape this async replay.
	        }
	      };

	      const handle304 = (cachedValue) => {
	        if (!cachedValue) {
	          // Do not create a new cache entry, as a 304 won't have a body - so cannot be cached.
	          downstreamOnHeaders();
	          finish304();
	          return
	        }

	        // Re-use the cached value: statuscode, statusmessage, headers and body
	        value.statusCode = cachedValue.statusCode;
	        value.statusMessage = cachedValue.statusMessage;
	        value.etag = cachedValue.etag;
	        value.vary = varyDirectives ?? cachedValue.vary;
	        value.headers = { ...cachedValue.headers, ...strippedHeaders };

	        downstreamOnHeaders();

	        this.#writeStream = this.#store.createWriteStream(this.#cacheKey, value);

	        if (!this.#writeStream || !cachedValue?.body) {
	          finish304();
	          return
	        }

	        if (typeof cachedValue.body.values === 'function') {
	          const bodyIterator = cachedValue.body.values();

	          const streamCachedBody = () => {
	            if (done) {
	              return
	            }
	            try {
	              for (const chunk of bodyIterator) {
	                const full = this.#writeStream?.write(chunk) === false;
	                this.#handler.onResponseData?.(controller, chunk);
	                // when stream is full stop writing until we get a 'drain' event
	                if (full) {
	                  return
	                }
	              }
	              finish304();
	            } catch (err) {
	              failReplay(err);
	            }
	          };

	          this.#writeStream
	            .on('error', function () {
	              handler.#writeStream = undefined;
	              handler.#store.delete(handler.#cacheKey);
	              // Keep replaying downstream without the store.
	              streamCachedBody();
	            })
	            .on('drain', () => {
	              streamCachedBody();
	            })
	            .on('close', function () {
	              if (handler.#writeStream === this) {
	                handler.#writeStream = undefined;
	                // Keep replaying downstream without the store.
	                streamCachedBody();
	              }
	            });

	          streamCachedBody();
	        } else if (typeof cachedValue.body.on === 'function') {
	          // Readable stream body (e.g. from async/remote cache stores)
	          cachedValue.body
	            .on('data', (chunk) => {
	              try {
	                this.#writeStream?.write(chunk);
	                this.#handler.onResponseData?.(controller, chunk);
	              } catch (err) {
	                cachedValue.body.destroy();
	                failReplay(err);
	              }
	            })
	            .on('end', () => {
	              this.#writeStream?.end();
	              finish304();
	            })
	            .on('error', () => {
	              this.#writeStream = undefined;
	              this.#store.delete(this.#cacheKey);
	              finish304();
	            });

	          this.#writeStream
	            .on('error', function () {
	              handler.#writeStream = undefined;
	              handler.#store.delete(handler.#cacheKey);
	            })
	            .on('close', function () {
	              if (handler.#writeStream === this) {
	                handler.#writeStream = undefined;
	              }
	            });
	        } else {
	          finish304();
	        }
	      };

	      /**
	       * @type {import('../../types/cache-interceptor.d.ts').default.CacheValue}
	       */
	      const result = this.#store.get(this.#cacheKey);
	      if (result && typeof result.then === 'function') {
	        result.then(handle304, () => handle304(undefined)).catch((err) => {
	          failReplay(err);
	        });
	      } else {
	        handle304(result);
	      }
	    } else {
	      if (typeof resHeaders.etag === 'string' && isEtagUsable(resHeaders.etag)) {
	        value.etag = resHeaders.etag;
	      }

	      this.#writeStream = this.#store.createWriteStream(this.#cacheKey, value);

	      if (!this.#writeStream) {
	        return downstreamOnHeaders()
	      }

	      this.#writeStream
	        .on('drain', () => controller.resume())
	        .on('error', function () {
	          // TODO (fix): Make error somehow observable?
	          handler.#writeStream = undefined;

	          // Delete the value in case the cache store is holding onto state from
	          //  the call to createWriteStream
	          handler.#store.delete(handler.#cacheKey);
	        })
	        .on('close', function () {
	          if (handler.#writeStream === this) {
	            handler.#writeStream = undefined;
	          }

	          // TODO (fix): Should we resume even if was paused downstream?
	          controller.resume();
	        });

	      downstreamOnHeaders();
	    }
	  }

	  onResponseData (controller, chunk) {
	    if (this.#writeStream?.write(chunk) === false) {
	      controller.pause();
	    }

	    this.#handler.onResponseData?.(controller, chunk);
	  }

	  onResponseEnd (controller, trailers) {
	    if (this.#suppress304End) {
	      this.#suppress304End = false;
	      return
	    }
	    if (this.#replaying304) {
	      this.#pending304End = { controller, trailers };
	      return
	    }
	    this.#writeStream?.end();
	    this.#handler.onResponseEnd?.(controller, trailers);
	  }

	  onResponseError (controller, err) {
	    this.#replaying304 = false;
	    this.#pending304End = undefined;
	    this.#writeStream?.destroy(err);
	    this.#writeStream = undefined;
	    this.#handler.onResponseError?.(controller, err);
	  }
	}

	/**
	 * @param {import('../../types/cache-interceptor.d.ts').default.CacheStore} store
	 * @param {import('../../types/cache-interceptor.d.ts').default.CacheKey} cacheKey
	 */
	function deleteCachedValue (store, cacheKey) {
	  try {
	    store.delete(cacheKey)?.catch?.(noop);
	  } catch {
	    // Fail silently
	  }
	}

	function deleteCachedValueIfNotModified (statusCode, store, cacheKey) {
	  if (statusCode === 304) {
	    deleteCachedValue(store, cacheKey);
	  }
	}

	/**
	 * @param {import('../../types/cache-interceptor.d.ts').default.CacheOptions['type']} cacheType
	 * @param {import('../../types/header.d.ts').IncomingHttpHeaders} resHeaders
	 * @param {import('../../types/cache-interceptor.d.ts').default.CacheControlDirectives} cacheControlDirectives
	 * @returns {boolean}
	 */
	function revalidationResponseDisallowsCachedReuse (cacheType, resHeaders, cacheControlDirectives) {
	  return cacheControlDirectives['no-store'] === true ||
	    (cacheType === 'shared' && (
	      cacheControlDirectives.private === true ||
	      Object.hasOwn(resHeaders, 'set-cookie')
	    )) ||
	    (resHeaders.vary ? isInvalidOrWildcardVaryHeader(resHeaders.vary) : false)
	}

	/**
	 * @see https://www.rfc-editor.org/rfc/rfc9111.html#name-storing-responses-to-authen
	 *
	 * @param {import('../../types/cache-interceptor.d.ts').default.CacheOptions['type']} cacheType
	 * @param {string} method
	 * @param {number} statusCode
	 * @param {import('../../types/header.d.ts').IncomingHttpHeaders} resHeaders
	 * @param {import('../../types/cache-interceptor.d.ts').default.CacheControlDirectives} cacheControlDirectives
	 * @param {import('../../types/header.d.ts').IncomingHttpHeaders} [reqHeaders]
	 */
	function canCacheResponse (cacheType, method, statusCode, resHeaders, cacheControlDirectives, reqHeaders) {
	  if (!arrayIncludes(util.safeHTTPMethods, method)) {
	    return false
	  }
	  // Status code must be final and understood.
	  if (statusCode < 200 || arrayIncludes(NOT_UNDERSTOOD_STATUS_CODES, statusCode)) {
	    return false
	  }
	  // Responses with neither status codes that are heuristically cacheable, nor "explicit enough" caching
	  // directives, are not cacheable. "Explicit enough": see https://www.rfc-editor.org/rfc/rfc9111.html#section-3
	  if (!arrayIncludes(HEURISTICALLY_CACHEABLE_STATUS_CODES, statusCode) && !resHeaders['expires'] &&
	    !cacheControlDirectives.public &&
	    cacheControlDirectives['max-age'] === undefined &&
	    // RFC 9111: a private response directive, if the cache is not shared
	    !(cacheControlDirectives.private && cacheType === 'private') &&
	    !(cacheControlDirectives['s-maxage'] !== undefined && cacheType === 'shared')
	  ) {
	    return false
	  }

	  if (cacheControlDirectives['no-store']) {
	    return false
	  }

	  if (cacheType === 'shared' && (
	    cacheControlDirectives.private === true ||
	    Object.hasOwn(resHeaders, 'set-cookie')
	  )) {
	    return false
	  }

	  // https://www.rfc-editor.org/rfc/rfc9111.html#section-4.1-5
	  if (resHeaders.vary && hasVaryStar(resHeaders.vary)) {
	    return false
	  }

	  // https://www.rfc-editor.org/rfc/rfc9111.html#name-storing-responses-to-authen
	  if (reqHeaders != null && Object.hasOwn(reqHeaders, 'authorization')) {
	    if (
	      !cacheControlDirectives.public &&
	      !cacheControlDirectives['s-maxage'] &&
	      !cacheControlDirectives['must-revalidate']
	    ) {
	      return false
	    }

	    if (typeof reqHeaders.authorization !== 'string') {
	      return false
	    }

	    if (
	      Array.isArray(cacheControlDirectives['no-cache']) &&
	      arrayIncludes(cacheControlDirectives['no-cache'], 'authorization')
	    ) {
	      return false
	    }

	    if (
	      Array.isArray(cacheControlDirectives['private']) &&
	      arrayIncludes(cacheControlDirectives['private'], 'authorization')
	    ) {
	      return false
	    }
	  }

	  return true
	}

	/**
	 * Determine the absolute freshness deadline imposed by all suppressed redirect
	 * hops. Returning `undefined` means at least one hop cannot safely be folded
	 * into the final response under the original request key.
	 *
	 * @param {import('../../types/cache-interceptor.d.ts').default.CacheOptions['type']} cacheType
	 * @param {string} method
	 * @param {RedirectHop[]} redirectHops
	 * @param {import('../../types/header.d.ts').IncomingHttpHeaders} reqHeaders
	 * @param {number | undefined} cacheByDefault
	 * @param {number} now
	 * @returns {{ staleAt: number, requiresRevalidation: boolean } | undefined}
	 */
	function getRedirectPolicy (cacheType, method, redirectHops, reqHeaders, cacheByDefault, now) {
	  let staleAt = Infinity;
	  let requiresRevalidation = false;

	  for (const hop of redirectHops) {
	    const hopPolicy = getRedirectHopPolicy(cacheType, method, hop, reqHeaders, cacheByDefault);
	    if (hopPolicy === undefined || hopPolicy.staleAt <= now) {
	      return undefined
	    }

	    staleAt = Math.min(staleAt, hopPolicy.staleAt);
	    requiresRevalidation ||= hopPolicy.requiresRevalidation;
	  }

	  return { staleAt, requiresRevalidation }
	}

	/**
	 * Calculate one redirect hop's absolute freshness deadline using the same age,
	 * date, expiration, invalid-directive, and heuristic rules as a final response.
	 *
	 * @param {import('../../types/cache-interceptor.d.ts').default.CacheOptions['type']} cacheType
	 * @param {string} method
	 * @param {RedirectHop} hop
	 * @param {import('../../types/header.d.ts').IncomingHttpHeaders} reqHeaders
	 * @param {number | undefined} cacheByDefault
	 * @returns {{ staleAt: number, requiresRevalidation: boolean } | undefined}
	 */
	function getRedirectHopPolicy (cacheType, method, hop, reqHeaders, cacheByDefault) {
	  if (!Number.isInteger(hop?.statusCode) || !Number.isFinite(hop?.receivedAt)) {
	    return undefined
	  }

	  const hopHeaders = hop.headers ?? {};
	  const cacheControlHeader = hopHeaders['cache-control'];
	  const hopCacheControl = cacheControlHeader
	    ? parseCacheControlHeader(cacheControlHeader)
	    : {};

	  // https://www.rfc-editor.org/rfc/rfc9111.html#section-4.1-5
	  if (hopHeaders.vary && hasVaryStar(hopHeaders.vary)) {
	    return undefined
	  }

	  if (hopCacheControl['no-store'] === true) {
	    return undefined
	  }

	  // A qualified `private` directive still marks the named fields as private.
	  // Folding a redirect that says `private="location"` would preserve the
	  // private target choice in the final body even though a shared cache is not
	  // allowed to store that Location field.
	  if (cacheType === 'shared' && Object.hasOwn(hopCacheControl, 'private')) {
	    return undefined
	  }

	  // These directives require the hop to be revalidated before reuse. Since the
	  // cache stores only the final response, it cannot independently validate the
	  // suppressed redirect response.
	  if (
	    Object.hasOwn(hopCacheControl, 'no-cache') ||
	    hopCacheControl['must-revalidate'] === true ||
	    (cacheType === 'shared' && hopCacheControl['proxy-revalidate'] === true)
	  ) {
	    return undefined
	  }

	  const heuristicallyCacheable =
	    hopHeaders['last-modified'] &&
	    arrayIncludes(HEURISTICALLY_CACHEABLE_STATUS_CODES, hop.statusCode);
	  if (
	    !cacheControlHeader &&
	    !hopHeaders.expires &&
	    !heuristicallyCacheable &&
	    !cacheByDefault
	  ) {
	    return undefined
	  }

	  if (!canCacheResponse(cacheType, method, hop.statusCode, hopHeaders, hopCacheControl, reqHeaders)) {
	    return undefined
	  }

	  const age = Object.hasOwn(hopHeaders, 'age') ? getAge(hopHeaders.age) : undefined;
	  if (age !== undefined && age >= MAX_RESPONSE_AGE) {
	    return undefined
	  }

	  const responseDate = Object.hasOwn(hopHeaders, 'date') ? getDate(hopHeaders.date) : undefined;
	  if (responseDate === null) {
	    return undefined
	  }

	  const apparentAge = responseDate ? Math.max(0, hop.receivedAt - responseDate.getTime()) : 0;
	  const currentAge = Math.max(apparentAge, age ?? 0);
	  const hasValidator =
	    (typeof hopHeaders.etag === 'string' && isEtagUsable(hopHeaders.etag)) ||
	    typeof hopHeaders['last-modified'] === 'string';
	  const freshnessLifetime =
	    determineStaleAt(
	      cacheType,
	      hop.receivedAt,
	      age,
	      hopHeaders,
	      responseDate,
	      hopCacheControl,
	      hasValidator
	    ) ?? cacheByDefault;

	  if (freshnessLifetime === undefined) {
	    return undefined
	  }

	  return {
	    staleAt: hop.receivedAt - currentAge + freshnessLifetime,
	    // RFC 9111 \u00a75.2.2.10: s-maxage implies proxy-revalidate for shared caches.
	    requiresRevalidation: cacheType === 'shared' && Object.hasOwn(hopCacheControl, 's-maxage')
	  }
	}

	/**
	 * @param {string | string[]} dateHeader
	 * @returns {Date | null | undefined}
	 */
	function getDate (dateHeader) {
	  let dateValue = dateHeader;
	  if (Array.isArray(dateValue)) {
	    if (dateValue.length !== 1) {
	      return null
	    }

	    dateValue = dateValue[0];
	  }

	  if (typeof dateValue !== 'string') {
	    return null
	  }

	  return parseHttpDate(dateValue)
	}

	/**
	 * @param {string | string[]} ageHeader
	 * @returns {number | undefined}
	 */
	function getAge (ageHeader) {
	  let ageValue = ageHeader;
	  if (Array.isArray(ageValue)) {
	    if (ageValue.length !== 1) {
	      return MAX_RESPONSE_AGE
	    }

	    ageValue = ageValue[0];
	  }

	  if (typeof ageValue !== 'string' || !/^[\t ]*[0-9]+[\t ]*$/.test(ageValue)) {
	    return MAX_RESPONSE_AGE
	  }

	  const age = BigInt(ageValue.replace(/^[\t ]+|[\t ]+$/g, ''));
	  if (age >= BigInt(MAX_RESPONSE_AGE / 1000)) {
	    return MAX_RESPONSE_AGE
	  }

	  return Number(age) * 1000
	}

	/**
	 * @param {import('../../types/cache-interceptor.d.ts').default.CacheOptions['type']} cacheType
	 * @param {number} now
	 * @param {number | undefined} age
	 * @param {import('../../types/header.d.ts').IncomingHttpHeaders} resHeaders
	 * @param {Date | undefined} responseDate
	 * @param {import('../../types/cache-interceptor.d.ts').default.CacheControlDirectives} cacheControlDirectives
	 * @param {boolean} hasValidator whether the response has a validator (etag or
	 * last-modified) that revalidation requests can be made with
	 *
	 * @returns {number | undefined} time that the value is stale at in seconds or undefined if it shouldn't be cached
	 */
	function determineStaleAt (cacheType, now, age, resHeaders, responseDate, cacheControlDirectives, hasValidator) {
	  if (cacheType === 'shared') {
	    // Prioritize s-maxage since we're a shared cache
	    //  s-maxage > max-age > Expire
	    //  https://www.rfc-editor.org/rfc/rfc9111.html#section-5.2.2.10-3
	    if (hasInvalidCacheControlDirective(cacheControlDirectives, 's-maxage')) {
	      return 0
	    }

	    const sMaxAge = cacheControlDirectives['s-maxage'];
	    if (sMaxAge !== undefined) {
	      return sMaxAge * 1000
	    }
	  }

	  if (hasInvalidCacheControlDirective(cacheControlDirectives, 'max-age')) {
	    return 0
	  }

	  const maxAge = cacheControlDirectives['max-age'];
	  if (maxAge !== undefined) {
	    return maxAge * 1000
	  }

	  if (Object.hasOwn(resHeaders, 'expires')) {
	    // https://www.rfc-editor.org/rfc/rfc9111.html#section-5.3
	    if (typeof resHeaders.expires !== 'string') {
	      return 0
	    }

	    const expiresDate = parseHttpDate(resHeaders.expires);
	    if (!expiresDate) {
	      return 0
	    }

	    if (now >= expiresDate.getTime()) {
	      return 0
	    }

	    if (responseDate) {
	      if (responseDate >= expiresDate) {
	        return 0
	      }

	      const freshnessLifetime = expiresDate.getTime() - responseDate.getTime();
	      if (age !== undefined && age >= freshnessLifetime) {
	        return 0
	      }

	      return freshnessLifetime
	    }

	    return expiresDate.getTime() - now
	  }

	  if (typeof resHeaders['last-modified'] === 'string') {
	    // https://www.rfc-editor.org/rfc/rfc9111.html#name-calculating-heuristic-fresh
	    const lastModified = parseHttpDate(resHeaders['last-modified']);
	    if (lastModified) {
	      if (lastModified.getTime() >= now) {
	        return undefined
	      }

	      const responseAge = now - lastModified.getTime();

	      return responseAge * 0.1
	    }
	  }

	  if (cacheControlDirectives.immutable) {
	    // https://www.rfc-editor.org/rfc/rfc8246.html#section-2.2
	    return 31536000000
	  }

	  if (cacheControlDirectives['no-cache'] === true && hasValidator) {
	    // No freshness source, but a validator lets us revalidate before reuse.
	    // https://www.rfc-editor.org/rfc/rfc9111.html#section-5.2.2.4
	    return 0
	  }

	  return undefined
	}

	/**
	 * @param {number} baseTime
	 * @param {number} cachedAt
	 * @param {import('../../types/cache-interceptor.d.ts').default.CacheControlDirectives} cacheControlDirectives
	 * @param {number} staleAt
	 */
	function determineDeleteAt (baseTime, cachedAt, cacheControlDirectives, staleAt) {
	  let staleWhileRevalidate = -Infinity;
	  let staleIfError = -Infinity;
	  let immutable = -Infinity;

	  if (cacheControlDirectives['stale-while-revalidate']) {
	    staleWhileRevalidate = staleAt + (cacheControlDirectives['stale-while-revalidate'] * 1000);
	  }

	  if (cacheControlDirectives['stale-if-error']) {
	    staleIfError = staleAt + (cacheControlDirectives['stale-if-error'] * 1000);
	  }

	  if (cacheControlDirectives.immutable && staleWhileRevalidate === -Infinity && staleIfError === -Infinity) {
	    immutable = cachedAt + 31536000000;
	  }

	  // When no stale directives or immutable flag, add a revalidation buffer
	  // equal to the freshness lifetime so the entry survives past staleAt long
	  // enough to be revalidated instead of silently disappearing.
	  //
	  // Response Date headers only have second precision, so baseTime can trail the
	  // actual cache insertion time by up to ~1s. Pad the buffer by that bounded
	  // skew so short-lived entries do not disappear exactly when they should be
	  // revalidated.
	  if (staleWhileRevalidate === -Infinity && staleIfError === -Infinity && immutable === -Infinity) {
	    const freshnessLifetime = staleAt - baseTime;
	    if (freshnessLifetime <= 0) {
	      // Revalidation-only entry: no freshness lifetime to size the buffer on,
	      // so retain it for a bounded window instead.
	      return cachedAt + REVALIDATION_ONLY_RETENTION
	    }
	    const datePrecisionPadding = Math.min(Math.max(cachedAt - baseTime, 0), 1000);
	    return staleAt + freshnessLifetime + datePrecisionPadding
	  }

	  return Math.max(staleAt, staleWhileRevalidate, staleIfError, immutable)
	}

	/**
	 * Strips headers required to be removed in cached responses
	 * @param {import('../../types/header.d.ts').IncomingHttpHeaders} resHeaders
	 * @param {import('../../types/cache-interceptor.d.ts').default.CacheControlDirectives} cacheControlDirectives
	 * @returns {Record<string, string | string []>}
	 */
	function stripNecessaryHeaders (resHeaders, cacheControlDirectives) {
	  const headersToRemove = [
	    'connection',
	    'proxy-authenticate',
	    'proxy-authentication-info',
	    'proxy-authorization',
	    'proxy-connection',
	    'te',
	    'transfer-encoding',
	    'upgrade',
	    // We'll add age back when serving it
	    'age'
	  ];

	  if (resHeaders['connection']) {
	    appendConnectionHeaderTokens(headersToRemove, resHeaders['connection']);
	  }

	  if (Array.isArray(cacheControlDirectives['no-cache'])) {
	    headersToRemove.push(...cacheControlDirectives['no-cache']);
	  }

	  if (Array.isArray(cacheControlDirectives['private'])) {
	    headersToRemove.push(...cacheControlDirectives['private']);
	  }

	  let strippedHeaders;
	  for (const headerName of headersToRemove) {
	    if (Object.hasOwn(resHeaders, headerName)) {
	      strippedHeaders ??= { ...resHeaders };
	      delete strippedHeaders[headerName];
	    }
	  }

	  return strippedHeaders ?? resHeaders
	}

	cacheHandler = CacheHandler;
	return cacheHandler;
}

var memoryCacheStore;
var hasRequiredMemoryCacheStore;

function requireMemoryCacheStore () {
	if (hasRequiredMemoryCacheStore) return memoryCacheStore;
	hasRequiredMemoryCacheStore = 1;

	const { Writable } = __require$8();
	const { EventEmitter } = __require$a();
	const { assertCacheKey, assertCacheValue } = requireCache$2();

	/**
	 * @typedef {import('../../types/cache-interceptor.d.ts').default.CacheKey} CacheKey
	 * @typedef {import('../../types/cache-interceptor.d.ts').default.CacheValue} CacheValue
	 * @typedef {import('../../types/cache-interceptor.d.ts').default.CacheStore} CacheStore
	 * @typedef {import('../../types/cache-interceptor.d.ts').default.GetResult} GetResult
	 */

	/**
	 * @implements {CacheStore}
	 * @extends {EventEmitter}
	 */
	class MemoryCacheStore extends EventEmitter {
	  #maxCount = 1024
	  #maxSize = 104857600 // 100MB
	  #maxEntrySize = 5242880 // 5MB

	  #size = 0
	  #count = 0
	  #entries = new Map()
	  #hasEmittedMaxSizeEvent = false

	  /**
	   * @param {import('../../types/cache-interceptor.d.ts').default.MemoryCacheStoreOpts | undefined} [opts]
	   */
	  constructor (opts) {
	    super();
	    if (opts) {
	      if (typeof opts !== 'object') {
	        throw new TypeError('MemoryCacheStore options must be an object')
	      }

	      if (opts.maxCount !== undefined) {
	        if (
	          typeof opts.maxCount !== 'number' ||
	          !Number.isInteger(opts.maxCount) ||
	          opts.maxCount < 0
	        ) {
	          throw new TypeError('MemoryCacheStore options.maxCount must be a non-negative integer')
	        }
	        this.#maxCount = opts.maxCount;
	      }

	      if (opts.maxSize !== undefined) {
	        if (
	          typeof opts.maxSize !== 'number' ||
	          !Number.isInteger(opts.maxSize) ||
	          opts.maxSize < 0
	        ) {
	          throw new TypeError('MemoryCacheStore options.maxSize must be a non-negative integer')
	        }
	        this.#maxSize = opts.maxSize;
	      }

	      if (opts.maxEntrySize !== undefined) {
	        if (
	          typeof opts.maxEntrySize !== 'number' ||
	          !Number.isInteger(opts.maxEntrySize) ||
	          opts.maxEntrySize < 0
	        ) {
	          throw new TypeError('MemoryCacheStore options.maxEntrySize must be a non-negative integer')
	        }
	        this.#maxEntrySize = opts.maxEntrySize;
	      }
	    }
	  }

	  /**
	   * Get the current size of the cache in bytes
	   * @returns {number} The current size of the cache in bytes
	   */
	  get size () {
	    return this.#size
	  }

	  /**
	   * Check if the cache is full (either max size or max count reached)
	   * @returns {boolean} True if the cache is full, false otherwise
	   */
	  isFull () {
	    return this.#size >= this.#maxSize || this.#count >= this.#maxCount
	  }

	  /**
	   * @param {import('../../types/cache-interceptor.d.ts').default.CacheKey} req
	   * @returns {import('../../types/cache-interceptor.d.ts').default.GetResult | undefined}
	   */
	  get (key) {
	    assertCacheKey(key);

	    const topLevelKey = `${key.origin}:${key.path}`;

	    const now = Date.now();
	    const entries = this.#entries.get(topLevelKey);

	    const entry = entries ? findEntry(key, entries, now) : null;

	    return entry == null
	      ? undefined
	      : {
	          statusMessage: entry.statusMessage,
	          statusCode: entry.statusCode,
	          headers: entry.headers,
	          body: entry.body,
	          vary: entry.vary ? entry.vary : undefined,
	          etag: entry.etag,
	          cacheControlDirectives: entry.cacheControlDirectives,
	          cachedAt: entry.cachedAt,
	          staleAt: entry.staleAt,
	          deleteAt: entry.deleteAt
	        }
	  }

	  /**
	   * @param {import('../../types/cache-interceptor.d.ts').default.CacheKey} key
	   * @param {import('../../types/cache-interceptor.d.ts').default.CacheValue} val
	   * @returns {Writable | undefined}
	   */
	  createWriteStream (key, val) {
	    assertCacheKey(key);
	    assertCacheValue(val);

	    const topLevelKey = `${key.origin}:${key.path}`;

	    const store = this;
	    const entry = { ...key, ...val, body: [], size: 0 };

	    return new Writable({
	      write (chunk, encoding, callback) {
	        if (typeof chunk === 'string') {
	          chunk = Buffer.from(chunk, encoding);
	        }

	        entry.size += chunk.byteLength;

	        if (entry.size >= store.#maxEntrySize) {
	          this.destroy();
	        } else {
	          entry.body.push(chunk);
	        }

	        callback(null);
	      },
	      final (callback) {
	        let entries = store.#entries.get(topLevelKey);
	        if (!entries) {
	          entries = [];
	          store.#entries.set(topLevelKey, entries);
	        }
	        const previousEntry = findEntry(key, entries, Date.now());
	        if (previousEntry) {
	          const index = entries.indexOf(previousEntry);
	          entries.splice(index, 1, entry);
	          store.#size -= previousEntry.size;
	        } else {
	          entries.push(entry);
	          store.#count += 1;
	        }

	        store.#size += entry.size;

	        // Check if cache is full and emit event if needed
	        if (store.#size > store.#maxSize || store.#count > store.#maxCount) {
	          // Emit maxSizeExceeded event if we haven't already
	          if (!store.#hasEmittedMaxSizeEvent) {
	            store.emit('maxSizeExceeded', {
	              size: store.#size,
	              maxSize: store.#maxSize,
	              count: store.#count,
	              maxCount: store.#maxCount
	            });
	            store.#hasEmittedMaxSizeEvent = true;
	          }

	          // Perform eviction
	          for (const [key, entries] of store.#entries) {
	            for (const entry of entries.splice(0, entries.length / 2)) {
	              store.#size -= entry.size;
	              store.#count -= 1;
	            }
	            if (entries.length === 0) {
	              store.#entries.delete(key);
	            }
	          }

	          // Reset the event flag after eviction
	          if (store.#size < store.#maxSize && store.#count < store.#maxCount) {
	            store.#hasEmittedMaxSizeEvent = false;
	          }
	        }

	        callback(null);
	      }
	    })
	  }

	  /**
	   * @param {CacheKey} key
	   */
	  delete (key) {
	    if (typeof key !== 'object') {
	      throw new TypeError(`expected key to be object, got ${typeof key}`)
	    }

	    const topLevelKey = `${key.origin}:${key.path}`;

	    for (const entry of this.#entries.get(topLevelKey) ?? []) {
	      this.#size -= entry.size;
	      this.#count -= 1;
	    }
	    this.#entries.delete(topLevelKey);
	  }
	}

	function findEntry (key, entries, now) {
	  for (let i = 0; i < entries.length; i++) {
	    const entry = entries[i];
	    if (
	      entry.deleteAt > now &&
	      entry.method === key.method &&
	      varyMatches(key, entry)
	    ) {
	      return entry
	    }
	  }
	}

	function varyMatches (key, entry) {
	  if (entry.vary == null) {
	    return true
	  }

	  for (const headerName in entry.vary) {
	    if (Object.hasOwn(entry.vary, headerName) && !headerValueEquals(key.headers?.[headerName], entry.vary[headerName])) {
	      return false
	    }
	  }

	  return true
	}

	/**
	 * @param {string|string[]|null|undefined} lhs
	 * @param {string|string[]|null|undefined} rhs
	 * @returns {boolean}
	 */
	function headerValueEquals (lhs, rhs) {
	  if (lhs == null && rhs == null) {
	    return true
	  }

	  if ((lhs == null && rhs != null) ||
	      (lhs != null && rhs == null)) {
	    return false
	  }

	  if (Array.isArray(lhs) && Array.isArray(rhs)) {
	    if (lhs.length !== rhs.length) {
	      return false
	    }

	    for (let i = 0; i < lhs.length; i++) {
	      if (lhs[i] !== rhs[i]) {
	        return false
	      }
	    }

	    return true
	  }

	  return lhs === rhs
	}

	memoryCacheStore = MemoryCacheStore;
	return memoryCacheStore;
}

var cacheRevalidationHandler;
var hasRequiredCacheRevalidationHandler;

function requireCacheRevalidationHandler () {
	if (hasRequiredCacheRevalidationHandler) return cacheRevalidationHandler;
	hasRequiredCacheRevalidationHandler = 1;

	const assert = __require$5();

	/**
	 * This takes care of revalidation requests we send to the origin. If we get
	 *  a response indicating that what we have is cached (via a HTTP 304), we can
	 *  continue using the cached value. Otherwise, we'll receive the new response
	 *  here, which we then just pass on to the next handler (most likely a
	 *  CacheHandler). Note that this assumes the proper headers were already
	 *  included in the request to tell the origin that we want to revalidate the
	 *  response (i.e. if-modified-since or if-none-match).
	 *
	 * @see https://www.rfc-editor.org/rfc/rfc9111.html#name-validation
	 *
	 * @implements {import('../../types/dispatcher.d.ts').default.DispatchHandler}
	 */
	class CacheRevalidationHandler {
	  #successful = false

	  /**
	   * @type {((success: boolean, context?: any, statusCode?: number, headers?: import('../../types/header.d.ts').IncomingHttpHeaders) => void) | null}
	   */
	  #callback

	  /**
	   * @type {(import('../../types/dispatcher.d.ts').default.DispatchHandler)}
	   */
	  #handler

	  #context

	  /**
	   * @type {boolean}
	   */
	  #allowErrorStatusCodes

	  /**
	   * @param {(success: boolean, context?: any, statusCode?: number, headers?: import('../../types/header.d.ts').IncomingHttpHeaders) => void} callback Function to call if the cached value is valid
	   * @param {import('../../types/dispatcher.d.ts').default.DispatchHandlers} handler
	   * @param {boolean} allowErrorStatusCodes
	   */
	  constructor (callback, handler, allowErrorStatusCodes) {
	    if (typeof callback !== 'function') {
	      throw new TypeError('callback must be a function')
	    }

	    this.#callback = callback;
	    this.#handler = handler;
	    this.#allowErrorStatusCodes = allowErrorStatusCodes;
	  }

	  onRequestStart (_, context) {
	    this.#successful = false;
	    this.#context = context;
	  }

	  onRequestUpgrade (controller, statusCode, headers, socket) {
	    this.#handler.onRequestUpgrade?.(controller, statusCode, headers, socket);
	  }

	  onResponseStart (
	    controller,
	    statusCode,
	    headers,
	    statusMessage
	  ) {
	    assert(this.#callback != null);

	    // https://www.rfc-editor.org/rfc/rfc9111.html#name-handling-a-validation-respo
	    // https://datatracker.ietf.org/doc/html/rfc5861#section-4
	    this.#successful = statusCode === 304 ||
	      (this.#allowErrorStatusCodes && statusCode >= 500 && statusCode <= 504);
	    this.#callback(this.#successful, this.#context, statusCode, headers);
	    this.#callback = null;

	    if (this.#successful) {
	      return true
	    }

	    this.#handler.onRequestStart?.(controller, this.#context);
	    this.#handler.onResponseStart?.(
	      controller,
	      statusCode,
	      headers,
	      statusMessage
	    );
	  }

	  onResponseData (controller, chunk) {
	    if (this.#successful) {
	      return
	    }

	    return this.#handler.onResponseData?.(controller, chunk)
	  }

	  onResponseEnd (controller, trailers) {
	    if (this.#successful) {
	      return
	    }

	    this.#handler.onResponseEnd?.(controller, trailers);
	  }

	  onResponseError (controller, err) {
	    if (this.#successful) {
	      return
	    }

	    if (this.#callback) {
	      this.#callback(false);
	      this.#callback = null;
	    }

	    if (typeof this.#handler.onResponseError === 'function') {
	      this.#handler.onResponseError(controller, err);
	    } else {
	      throw err
	    }
	  }
	}

	cacheRevalidationHandler = CacheRevalidationHandler;
	return cacheRevalidationHandler;
}

var cache$1;
var hasRequiredCache$1;

function requireCache$1 () {
	if (hasRequiredCache$1) return cache$1;
	hasRequiredCache$1 = 1;

	const assert = __require$5();
	const { Readable } = __require$8();
	const util = requireUtil$4();
	const CacheHandler = requireCacheHandler();
	const MemoryCacheStore = requireMemoryCacheStore();
	const CacheRevalidationHandler = requireCacheRevalidationHandler();
	const {
	  assertCacheStore,
	  assertCacheMethods,
	  makeCacheKey,
	  normalizeHeaders,
	  parseCacheControlHeader,
	  isInvalidOrWildcardVaryHeader,
	  parseVaryHeader,
	  isEtagUsable
	} = requireCache$2();
	const { AbortError } = requireErrors();
	const { parseHttpDate } = requireDate();

	/**
	 * @param {(string | RegExp)[] | undefined} origins
	 * @param {string} name
	 */
	function assertCacheOrigins (origins, name) {
	  if (origins === undefined) return
	  if (!Array.isArray(origins)) {
	    throw new TypeError(`expected ${name} to be an array or undefined, got ${typeof origins}`)
	  }
	  for (let i = 0; i < origins.length; i++) {
	    const origin = origins[i];
	    if (typeof origin !== 'string' && !(origin instanceof RegExp)) {
	      throw new TypeError(`expected ${name}[${i}] to be a string or RegExp, got ${typeof origin}`)
	    }
	  }
	}

	const nop = () => {};

	function trimOWS (value) {
	  return value.replace(/^[\t ]+|[\t ]+$/g, '')
	}

	function arrayIncludes (array, value) {
	  for (let i = 0; i < array.length; i++) {
	    if (array[i] === value) {
	      return true
	    }
	  }

	  return false
	}

	function hasPragmaNoCache (headers) {
	  const pragma = headers?.pragma;
	  if (!pragma) {
	    return false
	  }

	  const values = Array.isArray(pragma) ? pragma : [pragma];
	  for (let i = 0; i < values.length; i++) {
	    const value = values[i];
	    if (typeof value !== 'string') {
	      continue
	    }

	    const directives = value.split(',');
	    for (let j = 0; j < directives.length; j++) {
	      if (trimOWS(directives[j]).toLowerCase() === 'no-cache') {
	        return true
	      }
	    }
	  }

	  return false
	}

	/**
	 * @typedef {(options: import('../../types/dispatcher.d.ts').default.DispatchOptions, handler: import('../../types/dispatcher.d.ts').default.DispatchHandler) => void} DispatchFn
	 */

	/**
	 * @param {import('../../types/cache-interceptor.d.ts').default.GetResult} result
	 * @param {import('../../types/cache-interceptor.d.ts').default.CacheControlDirectives | undefined} cacheControlDirectives
	 * @param {import('../../types/dispatcher.d.ts').default.RequestOptions} opts
	 * @returns {boolean}
	 */
	function needsRevalidation (result, cacheControlDirectives, { headers = {} }) {
	  // Always revalidate requests with the no-cache request directive.
	  if (cacheControlDirectives?.['no-cache']) {
	    return true
	  }

	  // Always revalidate requests with unqualified no-cache response directive.
	  if (result.cacheControlDirectives?.['no-cache'] && !Array.isArray(result.cacheControlDirectives['no-cache'])) {
	    return true
	  }

	  // Always revalidate requests with conditional headers.
	  if (headers['if-modified-since'] || headers['if-none-match']) {
	    return true
	  }

	  return false
	}

	/**
	 * @param {import('../../types/cache-interceptor.d.ts').default.GetResult} result
	 * @param {import('../../types/cache-interceptor.d.ts').default.CacheOptions['type']} cacheType
	 * @returns {boolean}
	 */
	function staleResponseRequiresRevalidation (result, cacheType) {
	  return result.cacheControlDirectives?.['must-revalidate'] === true ||
	    (cacheType === 'shared' && (
	      result.cacheControlDirectives?.['proxy-revalidate'] === true ||
	      // https://www.rfc-editor.org/rfc/rfc9111.html#section-5.2.2.10
	      // s-maxage implies proxy-revalidate for shared caches.
	      result.cacheControlDirectives?.['s-maxage'] !== undefined
	    ))
	}

	/**
	 * @param {import('../../types/cache-interceptor.d.ts').default.CacheOptions['type']} cacheType
	 * @param {import('../../types/header.d.ts').IncomingHttpHeaders} headers
	 * @returns {boolean}
	 */
	function revalidationResponseDisallowsCachedReuse (cacheType, headers) {
	  if (
	    (headers.vary && isInvalidOrWildcardVaryHeader(headers.vary)) ||
	    (cacheType === 'shared' && Object.hasOwn(headers, 'set-cookie'))
	  ) {
	    return true
	  }

	  const cacheControl = headers['cache-control'];
	  if (!cacheControl) {
	    return false
	  }

	  const cacheControlDirectives = parseCacheControlHeader(cacheControl);
	  return cacheControlDirectives['no-store'] === true ||
	    (cacheType === 'shared' && cacheControlDirectives.private === true)
	}

	function revalidationResponseUpdatesCacheControl (headers) {
	  return headers['cache-control'] !== undefined
	}

	/**
	 * @param {import('../../types/cache-interceptor.d.ts').default.GetResult} result
	 * @param {Record<string, string | string[] | null> | undefined} varyDirectives
	 * @returns {boolean}
	 */
	function revalidationResponseAddsVary (result, varyDirectives) {
	  if (!varyDirectives) {
	    return false
	  }

	  for (const key in varyDirectives) {
	    if (result.vary == null || !Object.hasOwn(result.vary, key)) {
	      return true
	    }
	  }

	  return false
	}

	function deleteCachedValue (store, cacheKey) {
	  try {
	    store.delete(cacheKey)?.catch?.(nop);
	  } catch {
	    // Fail silently
	  }
	}

	function getUsableLastModified (headers) {
	  const lastModified = headers?.['last-modified'];
	  if (typeof lastModified === 'string' && parseHttpDate(lastModified)) {
	    return lastModified
	  }
	}

	function makeRevalidationHeaders (opts, result) {
	  const headers = {
	    ...opts.headers,
	    'if-modified-since': getUsableLastModified(result.headers) ?? new Date(result.cachedAt).toUTCString()
	  };

	  if (result.etag) {
	    headers['if-none-match'] = result.etag;
	  }

	  if (result.vary) {
	    for (const key in result.vary) {
	      if (result.vary[key] != null) {
	        headers[key] = result.vary[key];
	      }
	    }
	  }

	  return headers
	}

	function revalidationTargetMatchesCacheKey (cacheKey, context) {
	  const history = context?.history;
	  if (!Array.isArray(history) || history.length === 0) {
	    return true
	  }

	  try {
	    const cachedUrl = new URL(cacheKey.path, cacheKey.origin);
	    const responseUrl = history[history.length - 1];
	    return responseUrl.origin === cachedUrl.origin &&
	      responseUrl.pathname === cachedUrl.pathname &&
	      responseUrl.search === cachedUrl.search
	  } catch {
	    return false
	  }
	}

	function revalidationEtagMatchesCachedValue (result, headers) {
	  if (!Object.hasOwn(headers, 'etag')) {
	    return true
	  }

	  const responseEtag = headers.etag;
	  const cachedEtag = result.etag;
	  if (
	    typeof responseEtag !== 'string' ||
	    typeof cachedEtag !== 'string' ||
	    !isEtagUsable(responseEtag) ||
	    !isEtagUsable(cachedEtag)
	  ) {
	    return false
	  }

	  if (!responseEtag.startsWith('W/')) {
	    return responseEtag === cachedEtag
	  }

	  const cachedOpaqueTag = cachedEtag.startsWith('W/') ? cachedEtag.slice(2) : cachedEtag;
	  return responseEtag.slice(2) === cachedOpaqueTag
	}

	/**
	 * @param {import('../../types/cache-interceptor.d.ts').default.GetResult} result
	 * @param {import('../../types/cache-interceptor.d.ts').default.CacheControlDirectives | undefined} cacheControlDirectives
	 * @param {import('../../types/cache-interceptor.d.ts').default.CacheOptions['type']} cacheType
	 * @returns {boolean}
	 */
	function isStale (result, cacheControlDirectives, cacheType) {
	  const now = Date.now();
	  if (now > result.staleAt) {
	    // Response is stale
	    if (!staleResponseRequiresRevalidation(result, cacheType) && cacheControlDirectives?.['max-stale']) {
	      // There's a threshold where we can serve stale responses, let's see if
	      //  we're in it
	      // https://www.rfc-editor.org/rfc/rfc9111.html#name-max-stale
	      const gracePeriod = result.staleAt + (cacheControlDirectives['max-stale'] * 1000);
	      return now > gracePeriod
	    }

	    return true
	  }

	  if (cacheControlDirectives?.['min-fresh']) {
	    // https://www.rfc-editor.org/rfc/rfc9111.html#section-5.2.1.3

	    // At this point, staleAt is always > now
	    const timeLeftTillStale = result.staleAt - now;
	    const threshold = cacheControlDirectives['min-fresh'] * 1000;

	    return timeLeftTillStale <= threshold
	  }

	  return false
	}

	/**
	 * Check if we're within the stale-while-revalidate window for a stale response
	 * @param {import('../../types/cache-interceptor.d.ts').default.GetResult} result
	 * @param {import('../../types/cache-interceptor.d.ts').default.CacheOptions['type']} cacheType
	 * @returns {boolean}
	 */
	function withinStaleWhileRevalidateWindow (result, cacheType) {
	  const staleWhileRevalidate = result.cacheControlDirectives?.['stale-while-revalidate'];
	  if (!staleWhileRevalidate || staleResponseRequiresRevalidation(result, cacheType)) {
	    return false
	  }

	  const now = Date.now();
	  const staleWhileRevalidateExpiry = result.staleAt + (staleWhileRevalidate * 1000);
	  return now <= staleWhileRevalidateExpiry
	}

	/**
	 * @param {DispatchFn} dispatch
	 * @param {import('../../types/cache-interceptor.d.ts').default.CacheHandlerOptions} globalOpts
	 * @param {import('../../types/cache-interceptor.d.ts').default.CacheKey} cacheKey
	 * @param {import('../../types/dispatcher.d.ts').default.DispatchHandler} handler
	 * @param {import('../../types/dispatcher.d.ts').default.RequestOptions} opts
	 * @param {import('../../types/cache-interceptor.d.ts').default.CacheControlDirectives | undefined} reqCacheControl
	 */
	function handleUncachedResponse (
	  dispatch,
	  globalOpts,
	  cacheKey,
	  handler,
	  opts,
	  reqCacheControl
	) {
	  if (reqCacheControl?.['only-if-cached']) {
	    let aborted = false;
	    try {
	      if (typeof handler.onConnect === 'function') {
	        handler.onConnect(() => {
	          aborted = true;
	        });

	        if (aborted) {
	          return
	        }
	      }

	      if (typeof handler.onHeaders === 'function') {
	        handler.onHeaders(504, [], nop, 'Gateway Timeout');
	        if (aborted) {
	          return
	        }
	      }

	      if (typeof handler.onComplete === 'function') {
	        handler.onComplete([]);
	      }
	    } catch (err) {
	      if (typeof handler.onError === 'function') {
	        handler.onError(err);
	      }
	    }

	    return true
	  }

	  return dispatch(opts, new CacheHandler(globalOpts, cacheKey, handler))
	}

	/**
	 * @param {import('../../types/dispatcher.d.ts').default.DispatchHandler} handler
	 * @param {import('../../types/dispatcher.d.ts').default.RequestOptions} opts
	 * @param {import('../../types/cache-interceptor.d.ts').default.GetResult} result
	 * @param {number} age
	 * @param {any} context
	 * @param {boolean} isStale
	 */
	function sendCachedValue (handler, opts, result, age, context, isStale) {
	  // TODO (perf): Readable.from path can be optimized...
	  const stream = util.isStream(result.body)
	    ? result.body
	    : Readable.from(result.body ?? []);

	  assert(!stream.destroyed, 'stream should not be destroyed');
	  assert(!stream.readableDidRead, 'stream should not be readableDidRead');

	  const controller = {
	    resume () {
	      stream.resume();
	    },
	    pause () {
	      stream.pause();
	    },
	    get paused () {
	      return stream.isPaused()
	    },
	    get aborted () {
	      return stream.destroyed
	    },
	    get reason () {
	      return stream.errored
	    },
	    abort (reason) {
	      stream.destroy(reason ?? new AbortError());
	    }
	  };

	  stream
	    .on('error', function (err) {
	      // Never rethrow: this runs from a stream event on a later tick, where a
	      // throw would crash the process. Like core's Request.onResponseError,
	      // the error is dropped if the handler has no onResponseError.
	      if (!this.readableEnded) {
	        handler.onResponseError?.(controller, err);
	      }
	    })
	    .on('close', function () {
	      if (!this.errored) {
	        try {
	          handler.onResponseEnd?.(controller, {});
	        } catch (err) {
	          // The stream is already closed, so the error can't be routed
	          // through it; report it to the handler directly instead.
	          handler.onResponseError?.(controller, err);
	        }
	      }
	    });

	  // Downstream handler calls below run outside the dispatcher's own error
	  // handling (on later ticks for the body, or inside a promise callback for
	  // async stores), so a throw must be converged to a per-request error
	  // instead of escaping as an uncaught exception.
	  try {
	    handler.onRequestStart?.(controller, context);
	  } catch (err) {
	    stream.destroy(err);
	    return
	  }

	  if (stream.destroyed) {
	    return
	  }

	  // Add the age header
	  // https://www.rfc-editor.org/rfc/rfc9111.html#name-age
	  const headers = { ...result.headers, age: String(age) };

	  if (isStale) {
	    // Add warning header
	    //  https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Warning
	    headers.warning = '110 - "response is stale"';
	  }

	  controller.rawHeaders = util.toRawHeaders(headers);

	  try {
	    handler.onResponseStart?.(controller, result.statusCode, headers, result.statusMessage);
	  } catch (err) {
	    stream.destroy(err);
	    return
	  }

	  if (opts.method === 'HEAD') {
	    stream.destroy();
	  } else {
	    stream.on('data', function (chunk) {
	      try {
	        handler.onResponseData?.(controller, chunk);
	      } catch (err) {
	        stream.destroy(err);
	      }
	    });
	  }
	}

	/**
	 * @param {DispatchFn} dispatch
	 * @param {import('../../types/cache-interceptor.d.ts').default.CacheHandlerOptions} globalOpts
	 * @param {import('../../types/cache-interceptor.d.ts').default.CacheKey} cacheKey
	 * @param {import('../../types/dispatcher.d.ts').default.DispatchHandler} handler
	 * @param {import('../../types/dispatcher.d.ts').default.RequestOptions} opts
	 * @param {import('../../types/cache-interceptor.d.ts').default.CacheControlDirectives | undefined} reqCacheControl
	 * @param {import('../../types/cache-interceptor.d.ts').default.GetResult | undefined} result
	 */
	function handleResult (
	  dispatch,
	  globalOpts,
	  cacheKey,
	  handler,
	  opts,
	  reqCacheControl,
	  result
	) {
	  if (!result) {
	    return handleUncachedResponse(dispatch, globalOpts, cacheKey, handler, opts, reqCacheControl)
	  }

	  // Shared stores may outlive the Undici version that wrote them. Do not
	  // re-serve a Set-Cookie header from an existing shared-cache entry.
	  if (globalOpts.type === 'shared' && Object.hasOwn(result.headers, 'set-cookie')) {
	    if (util.isStream(result.body)) {
	      result.body.on('error', nop).destroy();
	    }

	    deleteCachedValue(globalOpts.store, cacheKey);
	    return handleUncachedResponse(dispatch, globalOpts, cacheKey, handler, opts, reqCacheControl)
	  }

	  const now = Date.now();
	  if (now > result.deleteAt) {
	    // Response is expired, cache store shouldn't have given this to us
	    return dispatch(opts, new CacheHandler(globalOpts, cacheKey, handler))
	  }

	  const age = Math.round((now - result.cachedAt) / 1000);
	  const requestMaxAgeExpired = reqCacheControl?.['max-age'] !== undefined && age >= reqCacheControl['max-age'];

	  const stale = requestMaxAgeExpired || isStale(result, reqCacheControl, globalOpts.type);
	  const revalidate = requestMaxAgeExpired || needsRevalidation(result, reqCacheControl, opts);

	  // Check if the response is stale
	  if (stale || revalidate) {
	    if (util.isStream(opts.body) && util.bodyLength(opts.body) !== 0) {
	      // If body is a stream we can't revalidate...
	      // TODO (fix): This could be less strict...
	      return dispatch(opts, new CacheHandler(globalOpts, cacheKey, handler))
	    }

	    // RFC 5861: If we're within stale-while-revalidate window, serve stale immediately
	    // and revalidate in background, unless immediate revalidation is necessary
	    if (!revalidate && withinStaleWhileRevalidateWindow(result, globalOpts.type)) {
	      // Serve stale response immediately
	      sendCachedValue(handler, opts, result, age, null, true);

	      // Start background revalidation (fire-and-forget)
	      queueMicrotask(() => {
	        const headers = makeRevalidationHeaders(opts, result);

	        // Background revalidation - update cache if we get new data
	        dispatch(
	          {
	            ...opts,
	            headers
	          },
	          new CacheHandler(globalOpts, cacheKey, {
	            // Silent handler that just updates the cache
	            onRequestStart () {},
	            onRequestUpgrade () {},
	            onResponseStart () {},
	            onResponseData () {},
	            onResponseEnd () {},
	            onResponseError () {}
	          })
	        );
	      });

	      return true
	    }

	    let withinStaleIfErrorThreshold = false;
	    if (!staleResponseRequiresRevalidation(result, globalOpts.type)) {
	      const staleIfErrorExpiry = result.cacheControlDirectives['stale-if-error'] ?? reqCacheControl?.['stale-if-error'];
	      if (staleIfErrorExpiry) {
	        withinStaleIfErrorThreshold = now < (result.staleAt + (staleIfErrorExpiry * 1000));
	      }
	    }

	    const headers = makeRevalidationHeaders(opts, result);
	    const refetch = () => {
	      if (util.isStream(result.body)) {
	        result.body.on('error', nop).destroy();
	      }

	      deleteCachedValue(globalOpts.store, cacheKey);
	      return dispatch(opts, new CacheHandler(globalOpts, cacheKey, handler))
	    };

	    // We need to revalidate the response
	    return dispatch(
	      {
	        ...opts,
	        headers
	      },
	      new CacheRevalidationHandler(
	        (success, context, statusCode, headers) => {
	          if (success) {
	            if (statusCode === 304) {
	              if (
	                !revalidationTargetMatchesCacheKey(cacheKey, context) ||
	                !revalidationEtagMatchesCachedValue(result, headers) ||
	                revalidationResponseDisallowsCachedReuse(globalOpts.type, headers)
	              ) {
	                return refetch()
	              }

	              if (revalidationResponseUpdatesCacheControl(headers)) {
	                deleteCachedValue(globalOpts.store, cacheKey);
	              } else if (revalidationResponseAddsVary(result, headers.vary ? parseVaryHeader(headers.vary, opts.headers) : undefined)) {
	                return refetch()
	              }
	            }

	            // TODO: successful revalidation should be considered fresh (not give stale warning).
	            sendCachedValue(handler, opts, result, age, context, stale);
	          } else if (util.isStream(result.body)) {
	            result.body.on('error', nop).destroy();
	          }
	        },
	        new CacheHandler(globalOpts, cacheKey, handler),
	        withinStaleIfErrorThreshold
	      )
	    )
	  }

	  // Dump request body.
	  if (util.isStream(opts.body)) {
	    opts.body.on('error', nop).destroy();
	  }

	  sendCachedValue(handler, opts, result, age, null, false);
	}

	/**
	 * @param {import('../../types/cache-interceptor.d.ts').default.CacheOptions} [opts]
	 * @returns {import('../../types/dispatcher.d.ts').default.DispatcherComposeInterceptor}
	 */
	cache$1 = (opts = {}) => {
	  const {
	    store = new MemoryCacheStore(),
	    methods = ['GET'],
	    cacheByDefault = undefined,
	    type = 'shared',
	    origins = undefined
	  } = opts;

	  if (typeof opts !== 'object' || opts === null) {
	    throw new TypeError(`expected type of opts to be an Object, got ${opts === null ? 'null' : typeof opts}`)
	  }

	  assertCacheStore(store, 'opts.store');
	  assertCacheMethods(methods, 'opts.methods');
	  assertCacheOrigins(origins, 'opts.origins');

	  if (typeof cacheByDefault !== 'undefined' && typeof cacheByDefault !== 'number') {
	    throw new TypeError(`expected opts.cacheByDefault to be number or undefined, got ${typeof cacheByDefault}`)
	  }

	  if (typeof type !== 'undefined' && type !== 'shared' && type !== 'private') {
	    throw new TypeError(`expected opts.type to be shared, private, or undefined, got ${typeof type}`)
	  }

	  const globalOpts = {
	    store,
	    methods,
	    cacheByDefault,
	    type
	  };

	  const safeMethodsToNotCache = [];
	  for (let i = 0; i < util.safeHTTPMethods.length; i++) {
	    const method = util.safeHTTPMethods[i];
	    if (!arrayIncludes(methods, method)) {
	      safeMethodsToNotCache.push(method);
	    }
	  }

	  return dispatch => {
	    return (opts, handler) => {
	      if (!opts.origin || arrayIncludes(safeMethodsToNotCache, opts.method)) {
	        // Not a method we want to cache or we don't have the origin, skip
	        return dispatch(opts, handler)
	      }

	      // Check if origin is in whitelist
	      if (origins !== undefined) {
	        const requestOrigin = opts.origin.toString().toLowerCase();
	        let isAllowed = false;

	        for (let i = 0; i < origins.length; i++) {
	          const allowed = origins[i];
	          if (typeof allowed === 'string') {
	            if (allowed.toLowerCase() === requestOrigin) {
	              isAllowed = true;
	              break
	            }
	          } else if (allowed.test(requestOrigin)) {
	            isAllowed = true;
	            break
	          }
	        }

	        if (!isAllowed) {
	          return dispatch(opts, handler)
	        }
	      }

	      opts = {
	        ...opts,
	        headers: normalizeHeaders(opts)
	      };

	      const reqCacheControl = opts.headers?.['cache-control']
	        ? parseCacheControlHeader(opts.headers['cache-control'])
	        : hasPragmaNoCache(opts.headers)
	          ? { 'no-cache': true }
	          : undefined;

	      if (reqCacheControl?.['no-store']) {
	        return dispatch(opts, handler)
	      }

	      /**
	       * @type {import('../../types/cache-interceptor.d.ts').default.CacheKey}
	       */
	      const cacheKey = makeCacheKey(opts);

	      if (!arrayIncludes(util.safeHTTPMethods, opts.method)) {
	        return dispatch(opts, new CacheHandler(globalOpts, cacheKey, handler))
	      }

	      const result = store.get(cacheKey);

	      if (result && typeof result.then === 'function') {
	        return result
	          .then(result => handleResult(dispatch,
	            globalOpts,
	            cacheKey,
	            handler,
	            opts,
	            reqCacheControl,
	            result
	          ))
	          .catch((err) => {
	            // Any throw escaping handleResult on the async-store path (e.g. a
	            // rejection from store.get() itself, or a throw in a code path not
	            // converged by sendCachedValue) would otherwise surface as an
	            // unhandled promise rejection and crash the process. Route it to
	            // the handler instead, matching the synchronous store path where
	            // the error propagates to the request() call site.
	            if (typeof handler.onResponseError === 'function') {
	              handler.onResponseError({
	                rawHeaders: [],
	                rawTrailers: [],
	                pause () {},
	                resume () {},
	                get paused () { return false },
	                get aborted () { return false },
	                get reason () { return null },
	                abort () {}
	              }, err);
	            } else {
	              throw err
	            }
	          })
	      } else {
	        return handleResult(
	          dispatch,
	          globalOpts,
	          cacheKey,
	          handler,
	          opts,
	          reqCacheControl,
	          result
	        )
	      }
	    }
	  }
	};
	return cache$1;
}

var decompress;
var hasRequiredDecompress;

function requireDecompress () {
	if (hasRequiredDecompress) return decompress;
	hasRequiredDecompress = 1;

	const { createInflate, createGunzip, createBrotliDecompress, createZstdDecompress } = __require$c();
	const { pipeline, Transform: TransformStream } = __require$8();
	const { InvalidArgumentError, ResponseExceededMaxSizeError } = requireErrors();
	const DecoratorHandler = requireDecoratorHandler();
	const { runtimeFeatures } = requireRuntimeFeatures();

	/** @typedef {import('node:stream').Transform} Transform */
	/** @typedef {import('node:stream').Transform} Controller */
	/** @typedef {Transform&import('node:zlib').Zlib} DecompressorStream */

	class DecompressController {
	  #onPause
	  #onResume
	  #onAbort
	  #paused = false

	  constructor (onPause, onResume, onAbort) {
	    this.#onPause = onPause;
	    this.#onResume = onResume;
	    this.#onAbort = onAbort;
	    this.target = null;
	  }

	  pause () {
	    if (this.#paused) {
	      return
	    }

	    this.#paused = true;
	    this.#onPause();
	  }

	  resume () {
	    if (!this.#paused) {
	      return
	    }

	    this.#paused = false;
	    this.#onResume();
	  }

	  abort (reason) {
	    this.target?.abort(reason);
	    this.#onAbort(reason);
	  }

	  get paused () { return this.#paused }
	  get aborted () { return this.target?.aborted ?? false }
	  get reason () { return this.target?.reason ?? null }
	  get rawHeaders () { return this.target?.rawHeaders ?? null }
	  set rawHeaders (value) {
	    if (this.target) {
	      this.target.rawHeaders = value;
	    }
	  }

	  get rawTrailers () { return this.target?.rawTrailers ?? null }
	  set rawTrailers (value) {
	    if (this.target) {
	      this.target.rawTrailers = value;
	    }
	  }
	}

	/** @type {Record<string, () => DecompressorStream>} */
	const supportedEncodings = {
	  gzip: createGunzip,
	  'x-gzip': createGunzip,
	  br: createBrotliDecompress,
	  deflate: createInflate,
	  compress: createInflate,
	  'x-compress': createInflate,
	  ...(runtimeFeatures.has('zstd') ? { zstd: createZstdDecompress } : {})
	};

	const defaultSkipStatusCodes = /** @type {const} */ ([204, 304]);
	const defaultMaxSize = 0;

	/**
	 * Limits the output of one stage in a decompression chain.
	 * @param {number} maxSize - Maximum output size in bytes
	 * @returns {Transform}
	 */
	function createMaxSizeLimiter (maxSize) {
	  let size = 0;

	  return new TransformStream({
	    transform (chunk, _encoding, callback) {
	      const decompressedSize = size + chunk.length;
	      if (decompressedSize > maxSize) {
	        callback(new ResponseExceededMaxSizeError(
	          `Decompressed response size (${decompressedSize}) exceeded maxSize (${maxSize})`
	        ));
	        return
	      }

	      size = decompressedSize;
	      callback(null, chunk);
	    }
	  })
	}

	let warningEmitted = /** @type {boolean} */ (false);

	/**
	 * @typedef {Object} DecompressHandlerOptions
	 * @property {number[]|Readonly<number[]>} [skipStatusCodes=[204, 304]] - List of status codes to skip decompression for
	 * @property {boolean} [skipErrorResponses] - Whether to skip decompression for error responses (status codes >= 400)
	 * @property {number} [maxSize=0] - Maximum decompressed response size in bytes. 0 disables the limit
	 */

	class DecompressHandler extends DecoratorHandler {
	  /** @type {Transform[]} */
	  #decompressors = []
	  /** @type {Record<string, string | string[]> | undefined} */
	  #trailers
	  /** @type {Readonly<number[]>} */
	  #skipStatusCodes
	  /** @type {boolean} */
	  #skipErrorResponses
	  /** @type {number} */
	  #maxSize
	  /** @type {number} */
	  #decompressedSize = 0
	  /** @type {boolean} */
	  #terminated = false
	  /** @type {boolean} */
	  #inputEnded = false
	  /** @type {boolean} */
	  #inputBackpressured = false
	  /** @type {boolean} */
	  #upstreamPaused = false
	  /** @type {boolean} */
	  #draining = false
	  /** @type {boolean} */
	  #drainRequested = false
	  /** @type {boolean} */
	  #completionPending = false
	  /** @type {DecompressorStream | undefined} */
	  #finalDecompressor
	  /** @type {DecompressController} */
	  #controller

	  constructor (handler, { skipStatusCodes = defaultSkipStatusCodes, skipErrorResponses = true, maxSize = defaultMaxSize } = {}) {
	    if (!Number.isSafeInteger(maxSize) || maxSize < 0) {
	      throw new InvalidArgumentError('maxSize must be a non-negative integer')
	    }

	    super(handler);
	    this.#skipStatusCodes = skipStatusCodes;
	    this.#skipErrorResponses = skipErrorResponses;
	    this.#maxSize = maxSize;
	    this.#controller = new DecompressController(
	      () => this.#onDownstreamPause(),
	      () => this.#onDownstreamResume(),
	      reason => {
	        if (this.#inputEnded && !this.#terminated) {
	          this.onResponseError(this.#controller, reason);
	        }
	      }
	    );
	  }

	  #onDownstreamPause () {
	    this.#pauseUpstream();
	  }

	  #onDownstreamResume () {
	    const drainWasDeferred = this.#draining;
	    this.#drainOutput();
	    if (!drainWasDeferred) {
	      this.#resumeUpstreamIfNeeded();
	      this.#finishIfReady();
	    }
	  }

	  #pauseUpstream () {
	    if (!this.#upstreamPaused && !this.#terminated) {
	      this.#upstreamPaused = true;
	      this.#controller.target?.pause();
	    }
	  }

	  #resumeUpstreamIfNeeded () {
	    if (this.#upstreamPaused && !this.#controller.paused && !this.#inputBackpressured) {
	      this.#upstreamPaused = false;
	      if (!this.#inputEnded) {
	        this.#controller.target?.resume();
	      }
	    }
	  }

	  #drainOutput () {
	    if (this.#terminated || this.#controller.paused || !this.#finalDecompressor) {
	      return
	    }

	    if (this.#draining) {
	      this.#drainRequested = true;
	      return
	    }

	    this.#draining = true;
	    try {
	      do {
	        this.#drainRequested = false;
	        let chunk;
	        while (!this.#terminated && !this.#controller.paused && (chunk = this.#finalDecompressor.read()) !== null) {
	          if (this.#maxSize > 0) {
	            const decompressedSize = this.#decompressedSize + chunk.length;
	            if (decompressedSize > this.#maxSize) {
	              this.#fail(new ResponseExceededMaxSizeError(
	                `Decompressed response size (${decompressedSize}) exceeded maxSize (${this.#maxSize})`
	              ));
	              return
	            }

	            this.#decompressedSize = decompressedSize;
	          }

	          try {
	            const result = super.onResponseData(this.#controller, chunk);
	            if (result === false && !this.#controller.paused) {
	              this.#controller.pause();
	            }
	          } catch (err) {
	            this.#fail(err);
	            return
	          }
	        }
	      } while (this.#drainRequested && !this.#terminated && !this.#controller.paused)
	    } finally {
	      this.#draining = false;
	    }

	    this.#resumeUpstreamIfNeeded();
	    this.#finishIfReady();
	  }

	  #finishIfReady () {
	    if (this.#terminated || !this.#completionPending || this.#controller.paused || this.#draining) {
	      return
	    }

	    this.#cleanupDecompressors();
	    try {
	      super.onResponseEnd(this.#controller, this.#trailers);
	    } catch (err) {
	      this.#fail(err);
	      return
	    }
	    this.#terminated = true;
	  }

	  #onDecompressionEnd () {
	    if (this.#terminated) {
	      return
	    }

	    this.#completionPending = true;
	    this.#drainOutput();
	    this.#finishIfReady();
	  }

	  /**
	   * Determines if decompression should be skipped based on encoding and status code
	   * @param {string} contentEncoding - Content-Encoding header value
	   * @param {number} statusCode - HTTP status code of the response
	   * @returns {boolean} - True if decompression should be skipped
	   */
	  #shouldSkipDecompression (contentEncoding, statusCode) {
	    if (!contentEncoding || statusCode < 200) return true
	    if (this.#skipStatusCodes.includes(statusCode)) return true
	    if (this.#skipErrorResponses && statusCode >= 400) return true
	    return false
	  }

	  /**
	   * Creates a chain of decompressors for multiple content encodings
	   *
	   * @param {string} encodings - Comma-separated list of content encodings
	   * @returns {Array<Transform>} - Array of decompressor and limiting streams
	   * @throws {Error} - If the number of content-encodings exceeds the maximum allowed
	   */
	  #createDecompressionChain (encodings) {
	    const parts = encodings.split(',');

	    // Limit the number of content-encodings to prevent resource exhaustion.
	    // CVE fix similar to urllib3 (GHSA-gm62-xv2j-4w53) and curl (CVE-2022-32206).
	    const maxContentEncodings = 5;
	    if (parts.length > maxContentEncodings) {
	      throw new Error(`too many content-encodings in response: ${parts.length}, maximum allowed is ${maxContentEncodings}`)
	    }

	    /** @type {DecompressorStream[]} */
	    const decompressors = [];

	    for (let i = parts.length - 1; i >= 0; i--) {
	      const encoding = parts[i].trim();
	      if (!encoding) continue

	      if (!supportedEncodings[encoding]) {
	        decompressors.length = 0; // Clear if unsupported encoding
	        return decompressors // Unsupported encoding
	      }

	      decompressors.push(supportedEncodings[encoding]());
	    }

	    if (decompressors.length < 2) {
	      return decompressors
	    }

	    /** @type {Transform[]} */
	    const streams = [];
	    for (let i = 0; i < decompressors.length; i++) {
	      streams.push(decompressors[i]);
	      if (i < decompressors.length - 1 && this.#maxSize > 0) {
	        streams.push(createMaxSizeLimiter(this.#maxSize));
	      }
	    }

	    return streams
	  }

	  /**
	   * Stops decompression and reports an error.
	   * @param {Error} error - The decompression error
	   * @returns {void}
	   */
	  #fail (error) {
	    if (this.#terminated) {
	      return
	    }

	    if (this.#inputEnded) {
	      // The request is already marked complete once the compressed input ends,
	      // so controller.abort() can no longer propagate decoder flush errors.
	      this.onResponseError(this.#controller, error);
	    } else {
	      this.#controller.abort(error);
	    }
	  }

	  /**
	   * Sets up event handlers for the final decompressor stream.
	   * @param {DecompressorStream} decompressor - The decompressor stream
	   * @returns {void}
	   */
	  #setupDecompressorEvents (decompressor) {
	    this.#finalDecompressor = decompressor;
	    decompressor.on('readable', () => this.#drainOutput());
	    decompressor.on('error', (error) => this.#fail(error));
	  }

	  /**
	   * Sets up event handling for a single decompressor
	   * @returns {void}
	   */
	  #setupSingleDecompressor () {
	    const decompressor = this.#decompressors[0];
	    this.#setupDecompressorEvents(decompressor);

	    decompressor.on('end', () => this.#onDecompressionEnd());
	  }

	  /**
	   * Sets up event handling for multiple chained decompressors using pipeline
	   * @returns {void}
	   */
	  #setupMultipleDecompressors () {
	    const lastDecompressor = this.#decompressors[this.#decompressors.length - 1];
	    this.#setupDecompressorEvents(lastDecompressor);

	    pipeline(this.#decompressors, (err) => {
	      if (this.#terminated) {
	        return
	      }

	      if (err) {
	        this.#fail(err);
	        return
	      }

	      this.#onDecompressionEnd();
	    });
	  }

	  #setupInputBackpressure () {
	    const decompressor = this.#decompressors[0];
	    decompressor.on('drain', () => {
	      if (this.#terminated) {
	        return
	      }

	      this.#inputBackpressured = false;
	      if (!this.#controller.paused) {
	        this.#drainOutput();
	        this.#resumeUpstreamIfNeeded();
	      }
	    });
	  }

	  /**
	   * Cleans up decompressor references to prevent memory leaks
	   * @returns {void}
	   */
	  #cleanupDecompressors () {
	    this.#decompressors.length = 0;
	    this.#finalDecompressor = undefined;
	  }

	  onRequestStart (controller, context) {
	    this.#controller.target = controller;
	    return super.onRequestStart(this.#controller, context)
	  }

	  onRequestUpgrade (controller, statusCode, headers, socket) {
	    return super.onRequestUpgrade(this.#controller, statusCode, headers, socket)
	  }

	  /**
	   * @param {Controller} controller
	   * @param {number} statusCode
	   * @param {Record<string, string | string[] | undefined>} headers
	   * @param {string} statusMessage
	   * @returns {void}
	   */
	  onResponseStart (controller, statusCode, headers, statusMessage) {
	    // Repeated field lines reach us as an array. RFC 9110 section 5.3 lets a
	    // recipient join them with commas, which yields the single-line form the
	    // decompression chain already handles.
	    const rawContentEncoding = headers['content-encoding'];
	    const contentEncoding = Array.isArray(rawContentEncoding)
	      ? rawContentEncoding.join(',')
	      : rawContentEncoding;

	    // If content encoding is not supported or status code is in skip list
	    if (this.#shouldSkipDecompression(contentEncoding, statusCode)) {
	      return super.onResponseStart(this.#controller, statusCode, headers, statusMessage)
	    }

	    const decompressors = this.#createDecompressionChain(contentEncoding.toLowerCase());

	    if (decompressors.length === 0) {
	      this.#cleanupDecompressors();
	      return super.onResponseStart(this.#controller, statusCode, headers, statusMessage)
	    }

	    this.#decompressors = decompressors;

	    // Remove compression headers since we're decompressing
	    const { 'content-encoding': _, 'content-length': __, ...newHeaders } = headers;

	    if (this.#controller.rawHeaders) {
	      const rawHeaders = this.#controller.rawHeaders;

	      if (Array.isArray(rawHeaders)) {
	        const filteredHeaders = [];
	        for (let i = 0; i < rawHeaders.length; i += 2) {
	          const headerName = rawHeaders[i];
	          const name = Buffer.isBuffer(headerName) ? headerName.toString('latin1') : `${headerName}`;
	          const lowerName = name.toLowerCase();

	          if (lowerName === 'content-encoding' || lowerName === 'content-length') {
	            continue
	          }

	          filteredHeaders.push(rawHeaders[i], rawHeaders[i + 1]);
	        }
	        rawHeaders.splice(0, rawHeaders.length, ...filteredHeaders);
	      } else if (typeof rawHeaders === 'object') {
	        for (const name of Object.keys(rawHeaders)) {
	          const lowerName = name.toLowerCase();
	          if (lowerName === 'content-encoding' || lowerName === 'content-length') {
	            delete rawHeaders[name];
	          }
	        }
	      }
	    }

	    this.#setupInputBackpressure();
	    if (this.#decompressors.length === 1) {
	      this.#setupSingleDecompressor();
	    } else {
	      this.#setupMultipleDecompressors();
	    }

	    return super.onResponseStart(this.#controller, statusCode, newHeaders, statusMessage)
	  }

	  /**
	   * @param {Controller} controller
	   * @param {Buffer} chunk
	   * @returns {void}
	   */
	  onResponseData (controller, chunk) {
	    if (this.#decompressors.length > 0) {
	      if (!this.#decompressors[0].write(chunk)) {
	        this.#inputBackpressured = true;
	        this.#pauseUpstream();
	      }
	      return
	    }
	    return super.onResponseData(this.#controller, chunk)
	  }

	  /**
	   * @param {Controller} controller
	   * @param {Record<string, string | string[]> | undefined} trailers
	   * @returns {void}
	   */
	  onResponseEnd (controller, trailers) {
	    if (this.#decompressors.length > 0) {
	      this.#inputEnded = true;
	      this.#trailers = trailers;
	      this.#decompressors[0].end();
	      return
	    }
	    return super.onResponseEnd(this.#controller, trailers)
	  }

	  /**
	   * @param {Controller} controller
	   * @param {Error} err
	   * @returns {void}
	   */
	  onResponseError (controller, err) {
	    if (this.#terminated) {
	      return
	    }

	    this.#terminated = true;
	    for (const decompressor of this.#decompressors) {
	      decompressor.destroy();
	    }
	    this.#cleanupDecompressors();
	    super.onResponseError(this.#controller, err);
	  }
	}

	/**
	 * Creates a decompression interceptor for HTTP responses
	 * @param {DecompressHandlerOptions} [options] - Options for the interceptor
	 * @returns {Function} - Interceptor function
	 */
	function createDecompressInterceptor (options = {}) {
	  // Emit experimental warning only once
	  if (!warningEmitted) {
	    process.emitWarning(
	      'DecompressInterceptor is experimental and subject to change',
	      'ExperimentalWarning'
	    );
	    warningEmitted = true;
	  }

	  return (dispatch) => {
	    return (opts, handler) => {
	      const decompressHandler = new DecompressHandler(handler, options);
	      return dispatch(opts, decompressHandler)
	    }
	  }
	}

	decompress = createDecompressInterceptor;
	return decompress;
}

var deduplicationHandler;
var hasRequiredDeduplicationHandler;

function requireDeduplicationHandler () {
	if (hasRequiredDeduplicationHandler) return deduplicationHandler;
	hasRequiredDeduplicationHandler = 1;

	const { RequestAbortedError } = requireErrors();

	/**
	 * @typedef {import('../../types/dispatcher.d.ts').default.DispatchHandler} DispatchHandler
	 */

	const DEFAULT_MAX_BUFFER_SIZE = 5 * 1024 * 1024;

	/**
	 * @typedef {Object} WaitingHandler
	 * @property {DispatchHandler} handler
	 * @property {import('../../types/dispatcher.d.ts').default.DispatchController} controller
	 * @property {Buffer[]} bufferedChunks
	 * @property {number} bufferedBytes
	 * @property {object | null} pendingTrailers
	 * @property {boolean} done
	 * @property {boolean} [pendingStart] onRequestStart deferred until the primary request's context is known
	 */

	/**
	 * Handler that forwards response events to multiple waiting handlers.
	 * Used for request deduplication.
	 *
	 * @implements {DispatchHandler}
	 */
	class DeduplicationHandler {
	  /**
	   * @type {DispatchHandler}
	   */
	  #primaryHandler

	  /**
	   * Whether the primary request has started (onRequestStart received). Until
	   * then the request context is unknown and cannot be given to waiting handlers.
	   * @type {boolean}
	   */
	  #requestStarted = false

	  /**
	   * The primary request context, replayed to waiting handlers so they observe
	   * the same redirect history as the primary.
	   * @type {any}
	   */
	  #context = null

	  /**
	   * @type {WaitingHandler[]}
	   */
	  #waitingHandlers = []

	  /**
	   * @type {number}
	   */
	  #maxBufferSize = DEFAULT_MAX_BUFFER_SIZE

	  /**
	   * @type {number}
	   */
	  #statusCode = 0

	  /**
	   * @type {Record<string, string | string[]>}
	   */
	  #headers = {}

	  /**
	   * @type {string}
	   */
	  #statusMessage = ''

	  /**
	   * @type {boolean}
	   */
	  #aborted = false

	  /**
	   * @type {boolean}
	   */
	  #responseStarted = false

	  /**
	   * @type {boolean}
	   */
	  #responseDataStarted = false

	  /**
	   * @type {boolean}
	   */
	  #completed = false

	  /**
	   * @type {import('../../types/dispatcher.d.ts').default.DispatchController | null}
	   */
	  #controller = null

	  /**
	   * @type {(() => void) | null}
	   */
	  #onComplete = null

	  /**
	   * @param {DispatchHandler} primaryHandler The primary handler
	   * @param {() => void} onComplete Callback when request completes
	   * @param {number} [maxBufferSize] Maximum paused buffer size per waiting handler
	   */
	  constructor (primaryHandler, onComplete, maxBufferSize = DEFAULT_MAX_BUFFER_SIZE) {
	    this.#primaryHandler = primaryHandler;
	    this.#onComplete = onComplete;
	    this.#maxBufferSize = maxBufferSize;
	  }

	  /**
	   * Add a waiting handler that will receive response events.
	   * Returns false if deduplication can no longer safely attach this handler.
	   *
	   * @param {DispatchHandler} handler
	   * @returns {boolean}
	   */
	  addWaitingHandler (handler) {
	    if (this.#completed || this.#responseDataStarted) {
	      return false
	    }

	    const waitingHandler = this.#createWaitingHandler(handler);
	    const waitingController = waitingHandler.controller;

	    try {
	      if (this.#requestStarted) {
	        // The primary request has started, so its context (including the
	        // redirect history) is known and can be delivered immediately.
	        handler.onRequestStart?.(waitingController, this.#context);

	        if (waitingController.aborted) {
	          waitingHandler.done = true;
	          return true
	        }

	        if (this.#responseStarted) {
	          handler.onResponseStart?.(
	            waitingController,
	            this.#statusCode,
	            this.#headers,
	            this.#statusMessage
	          );
	        }
	      } else {
	        // The primary request has not started yet. Defer onRequestStart until
	        // its context is known, so the waiting handler observes the same
	        // redirect history as the primary (a cache handler relies on it to
	        // reject cross-origin redirect responses).
	        waitingHandler.pendingStart = true;
	      }
	    } catch {
	      // Ignore errors from waiting handlers
	      waitingHandler.done = true;
	      return true
	    }

	    if (!waitingController.aborted) {
	      this.#waitingHandlers.push(waitingHandler);
	    }

	    return true
	  }

	  /**
	   * @param {import('../../types/dispatcher.d.ts').default.DispatchController} controller
	   * @param {any} context
	   */
	  onRequestStart (controller, context) {
	    this.#controller = controller;
	    if (!this.#requestStarted) {
	      this.#requestStarted = true;
	      this.#context = context;
	      // Deliver the now-known context to handlers that joined before the
	      // primary request started.
	      for (const waitingHandler of this.#waitingHandlers) {
	        if (waitingHandler.pendingStart && !waitingHandler.done && !waitingHandler.controller.aborted) {
	          waitingHandler.pendingStart = false;
	          try {
	            waitingHandler.handler.onRequestStart?.(waitingHandler.controller, context);
	          } catch {
	            // Ignore errors from waiting handlers
	            waitingHandler.done = true;
	          }
	        }
	      }
	      this.#pruneDoneWaitingHandlers();
	    }
	    this.#primaryHandler.onRequestStart?.(controller, context);
	  }

	  /**
	   * @param {import('../../types/dispatcher.d.ts').default.DispatchController} controller
	   * @param {number} statusCode
	   * @param {import('../../types/header.d.ts').IncomingHttpHeaders} headers
	   * @param {Socket} socket
	   */
	  onRequestUpgrade (controller, statusCode, headers, socket) {
	    this.#primaryHandler.onRequestUpgrade?.(controller, statusCode, headers, socket);
	  }

	  /**
	   * @param {import('../../types/dispatcher.d.ts').default.DispatchController} controller
	   * @param {number} statusCode
	   * @param {Record<string, string | string[]>} headers
	   * @param {string} statusMessage
	   */
	  onResponseStart (controller, statusCode, headers, statusMessage) {
	    this.#responseStarted = true;
	    this.#statusCode = statusCode;
	    this.#headers = headers;
	    this.#statusMessage = statusMessage;

	    this.#primaryHandler.onResponseStart?.(controller, statusCode, headers, statusMessage);

	    for (const waitingHandler of this.#waitingHandlers) {
	      const { handler, controller: waitingController } = waitingHandler;

	      if (waitingHandler.done || waitingController.aborted) {
	        waitingHandler.done = true;
	        continue
	      }

	      try {
	        handler.onResponseStart?.(
	          waitingController,
	          statusCode,
	          headers,
	          statusMessage
	        );
	      } catch {
	        // Ignore errors from waiting handlers
	      }

	      if (waitingController.aborted) {
	        waitingHandler.done = true;
	      }
	    }

	    this.#pruneDoneWaitingHandlers();
	  }

	  /**
	   * @param {import('../../types/dispatcher.d.ts').default.DispatchController} controller
	   * @param {Buffer} chunk
	   */
	  onResponseData (controller, chunk) {
	    if (this.#aborted || this.#completed) {
	      return
	    }

	    this.#responseDataStarted = true;

	    this.#primaryHandler.onResponseData?.(controller, chunk);

	    for (const waitingHandler of this.#waitingHandlers) {
	      const { handler, controller: waitingController } = waitingHandler;

	      if (waitingHandler.done || waitingController.aborted) {
	        waitingHandler.done = true;
	        continue
	      }

	      if (waitingController.paused) {
	        this.#bufferWaitingChunk(waitingHandler, chunk);
	        continue
	      }

	      try {
	        handler.onResponseData?.(waitingController, chunk);
	      } catch {
	        // Ignore errors from waiting handlers
	      }

	      if (waitingController.aborted) {
	        waitingHandler.done = true;
	        waitingHandler.bufferedChunks = [];
	        waitingHandler.bufferedBytes = 0;
	      }
	    }

	    this.#pruneDoneWaitingHandlers();
	  }

	  /**
	   * @param {import('../../types/dispatcher.d.ts').default.DispatchController} controller
	   * @param {object} trailers
	   */
	  onResponseEnd (controller, trailers) {
	    if (this.#aborted || this.#completed) {
	      return
	    }

	    this.#completed = true;
	    this.#primaryHandler.onResponseEnd?.(controller, trailers);

	    for (const waitingHandler of this.#waitingHandlers) {
	      if (waitingHandler.done || waitingHandler.controller.aborted) {
	        waitingHandler.done = true;
	        continue
	      }

	      this.#flushWaitingHandler(waitingHandler);

	      if (waitingHandler.done || waitingHandler.controller.aborted) {
	        waitingHandler.done = true;
	        continue
	      }

	      if (waitingHandler.controller.paused && waitingHandler.bufferedChunks.length > 0) {
	        waitingHandler.pendingTrailers = trailers;
	        continue
	      }

	      try {
	        waitingHandler.handler.onResponseEnd?.(waitingHandler.controller, trailers);
	      } catch {
	        // Ignore errors from waiting handlers
	      }

	      waitingHandler.done = true;
	    }

	    this.#pruneDoneWaitingHandlers();
	    this.#onComplete?.();
	  }

	  /**
	   * @param {import('../../types/dispatcher.d.ts').default.DispatchController} controller
	   * @param {Error} err
	   */
	  onResponseError (controller, err) {
	    if (this.#completed) {
	      return
	    }

	    this.#aborted = true;
	    this.#completed = true;

	    this.#primaryHandler.onResponseError?.(controller, err);

	    for (const waitingHandler of this.#waitingHandlers) {
	      this.#errorWaitingHandler(waitingHandler, err);
	    }

	    this.#waitingHandlers = [];
	    this.#onComplete?.();
	  }

	  /**
	   * @param {DispatchHandler} handler
	   * @returns {WaitingHandler}
	   */
	  #createWaitingHandler (handler) {
	    /** @type {WaitingHandler} */
	    const waitingHandler = {
	      handler,
	      controller: null,
	      bufferedChunks: [],
	      bufferedBytes: 0,
	      pendingTrailers: null,
	      done: false,
	      pendingStart: false
	    };

	    const state = {
	      aborted: false,
	      paused: false,
	      reason: null
	    };

	    waitingHandler.controller = {
	      resume: () => {
	        if (state.aborted) {
	          return
	        }

	        state.paused = false;
	        this.#flushWaitingHandler(waitingHandler);

	        if (
	          this.#completed &&
	          waitingHandler.pendingTrailers &&
	          waitingHandler.bufferedChunks.length === 0 &&
	          !state.paused &&
	          !state.aborted
	        ) {
	          try {
	            waitingHandler.handler.onResponseEnd?.(waitingHandler.controller, waitingHandler.pendingTrailers);
	          } catch {
	            // Ignore errors from waiting handlers
	          }

	          waitingHandler.pendingTrailers = null;
	          waitingHandler.done = true;
	        }

	        this.#pruneDoneWaitingHandlers();
	      },
	      pause: () => {
	        if (!state.aborted) {
	          state.paused = true;
	        }
	      },
	      get paused () { return state.paused },
	      get aborted () { return state.aborted },
	      get reason () { return state.reason },
	      abort: (reason) => {
	        state.aborted = true;
	        state.reason = reason ?? null;
	        waitingHandler.done = true;
	        waitingHandler.pendingTrailers = null;
	        waitingHandler.bufferedChunks = [];
	        waitingHandler.bufferedBytes = 0;
	      }
	    };

	    return waitingHandler
	  }

	  /**
	   * @param {WaitingHandler} waitingHandler
	   * @param {Buffer} chunk
	   */
	  #bufferWaitingChunk (waitingHandler, chunk) {
	    if (waitingHandler.done || waitingHandler.controller.aborted) {
	      waitingHandler.done = true;
	      waitingHandler.bufferedChunks = [];
	      waitingHandler.bufferedBytes = 0;
	      return
	    }

	    const bufferedChunk = Buffer.from(chunk);
	    waitingHandler.bufferedChunks.push(bufferedChunk);
	    waitingHandler.bufferedBytes += bufferedChunk.length;

	    if (waitingHandler.bufferedBytes > this.#maxBufferSize) {
	      const err = new RequestAbortedError(`Deduplicated waiting handler exceeded maxBufferSize (${this.#maxBufferSize} bytes) while paused`);
	      this.#errorWaitingHandler(waitingHandler, err);
	    }
	  }

	  /**
	   * @param {WaitingHandler} waitingHandler
	   */
	  #flushWaitingHandler (waitingHandler) {
	    const { handler, controller } = waitingHandler;

	    while (
	      !waitingHandler.done &&
	      !controller.aborted &&
	      !controller.paused &&
	      waitingHandler.bufferedChunks.length > 0
	    ) {
	      const bufferedChunk = waitingHandler.bufferedChunks.shift();
	      waitingHandler.bufferedBytes -= bufferedChunk.length;

	      try {
	        handler.onResponseData?.(controller, bufferedChunk);
	      } catch {
	        // Ignore errors from waiting handlers
	      }

	      if (controller.aborted) {
	        waitingHandler.done = true;
	        waitingHandler.pendingTrailers = null;
	        waitingHandler.bufferedChunks = [];
	        waitingHandler.bufferedBytes = 0;
	        break
	      }
	    }
	  }

	  /**
	   * @param {WaitingHandler} waitingHandler
	   * @param {Error} err
	   */
	  #errorWaitingHandler (waitingHandler, err) {
	    if (waitingHandler.done) {
	      return
	    }

	    waitingHandler.done = true;
	    waitingHandler.pendingTrailers = null;
	    waitingHandler.bufferedChunks = [];
	    waitingHandler.bufferedBytes = 0;

	    try {
	      waitingHandler.controller.abort(err);
	      waitingHandler.handler.onResponseError?.(waitingHandler.controller, err);
	    } catch {
	      // Ignore errors from waiting handlers
	    }
	  }

	  #pruneDoneWaitingHandlers () {
	    this.#waitingHandlers = this.#waitingHandlers.filter(waitingHandler => waitingHandler.done === false);
	  }
	}

	deduplicationHandler = DeduplicationHandler;
	return deduplicationHandler;
}

var deduplicate;
var hasRequiredDeduplicate;

function requireDeduplicate () {
	if (hasRequiredDeduplicate) return deduplicate;
	hasRequiredDeduplicate = 1;

	const diagnosticsChannel = __require$d();
	const util = requireUtil$4();
	const DeduplicationHandler = requireDeduplicationHandler();
	const { normalizeHeaders, makeCacheKey, makeDeduplicationKey } = requireCache$2();

	const pendingRequestsChannel = diagnosticsChannel.channel('undici:request:pending-requests');

	/**
	 * @param {import('../../types/interceptors.d.ts').default.DeduplicateInterceptorOpts} [opts]
	 * @returns {import('../../types/dispatcher.d.ts').default.DispatcherComposeInterceptor}
	 */
	deduplicate = (opts = {}) => {
	  const {
	    methods = ['GET'],
	    skipHeaderNames = [],
	    excludeHeaderNames = [],
	    maxBufferSize = 5 * 1024 * 1024
	  } = opts;

	  if (typeof opts !== 'object' || opts === null) {
	    throw new TypeError(`expected type of opts to be an Object, got ${opts === null ? 'null' : typeof opts}`)
	  }

	  if (!Array.isArray(methods)) {
	    throw new TypeError(`expected opts.methods to be an array, got ${typeof methods}`)
	  }

	  for (const method of methods) {
	    if (!util.safeHTTPMethods.includes(method)) {
	      throw new TypeError(`expected opts.methods to only contain safe HTTP methods, got ${method}`)
	    }
	  }

	  if (!Array.isArray(skipHeaderNames)) {
	    throw new TypeError(`expected opts.skipHeaderNames to be an array, got ${typeof skipHeaderNames}`)
	  }

	  if (!Array.isArray(excludeHeaderNames)) {
	    throw new TypeError(`expected opts.excludeHeaderNames to be an array, got ${typeof excludeHeaderNames}`)
	  }

	  if (!Number.isFinite(maxBufferSize) || maxBufferSize <= 0) {
	    throw new TypeError(`expected opts.maxBufferSize to be a positive finite number, got ${maxBufferSize}`)
	  }

	  // Convert to lowercase Set for case-insensitive header matching
	  const skipHeaderNamesSet = new Set(skipHeaderNames.map(name => name.toLowerCase()));

	  // Convert to lowercase Set for case-insensitive header exclusion from deduplication key
	  const excludeHeaderNamesSet = new Set(excludeHeaderNames.map(name => name.toLowerCase()));

	  /**
	   * Map of pending requests for deduplication
	   * @type {Map<string, DeduplicationHandler>}
	   */
	  const pendingRequests = new Map();

	  return dispatch => {
	    return (opts, handler) => {
	      if (!opts.origin || methods.includes(opts.method) === false) {
	        return dispatch(opts, handler)
	      }

	      opts = {
	        ...opts,
	        headers: normalizeHeaders(opts)
	      };

	      // Skip deduplication if request contains any of the specified headers
	      if (skipHeaderNamesSet.size > 0) {
	        for (const headerName of Object.keys(opts.headers)) {
	          if (skipHeaderNamesSet.has(headerName.toLowerCase())) {
	            return dispatch(opts, handler)
	          }
	        }
	      }

	      const cacheKey = makeCacheKey(opts);
	      const dedupeKey = makeDeduplicationKey(cacheKey, excludeHeaderNamesSet);

	      // Check if there's already a pending request for this key
	      const pendingHandler = pendingRequests.get(dedupeKey);
	      if (pendingHandler) {
	        // Add this handler to the waiting list when safe.
	        // If body streaming has already started, this request must be sent independently.
	        if (pendingHandler.addWaitingHandler(handler)) {
	          return true
	        }

	        return dispatch(opts, handler)
	      }

	      // Create a new deduplication handler
	      const deduplicationHandler = new DeduplicationHandler(
	        handler,
	        () => {
	          // Clean up when request completes
	          pendingRequests.delete(dedupeKey);
	          if (pendingRequestsChannel.hasSubscribers) {
	            pendingRequestsChannel.publish({ size: pendingRequests.size, key: dedupeKey, type: 'removed' });
	          }
	        },
	        maxBufferSize
	      );

	      // Register the pending request
	      pendingRequests.set(dedupeKey, deduplicationHandler);
	      if (pendingRequestsChannel.hasSubscribers) {
	        pendingRequestsChannel.publish({ size: pendingRequests.size, key: dedupeKey, type: 'added' });
	      }

	      return dispatch(opts, deduplicationHandler)
	    }
	  }
	};
	return deduplicate;
}

var sqliteCacheStore;
var hasRequiredSqliteCacheStore;

function requireSqliteCacheStore () {
	if (hasRequiredSqliteCacheStore) return sqliteCacheStore;
	hasRequiredSqliteCacheStore = 1;

	const { Writable } = __require$8();
	const { assertCacheKey, assertCacheValue } = requireCache$2();

	let DatabaseSync;

	// Bump when entries written by an older cache policy are unsafe to reuse.
	// Version 4 invalidates entries that may have been poisoned through redirects.
	const VERSION = 4;

	// 2gb
	const MAX_ENTRY_SIZE = 2 * 1000 * 1000 * 1000;

	/**
	 * @typedef {import('../../types/cache-interceptor.d.ts').default.CacheStore} CacheStore
	 * @implements {CacheStore}
	 *
	 * @typedef {{
	 *  id: Readonly<number>,
	 *  body?: Uint8Array
	 *  statusCode: number
	 *  statusMessage: string
	 *  headers?: string
	 *  vary?: string
	 *  etag?: string
	 *  cacheControlDirectives?: string
	 *  cachedAt: number
	 *  staleAt: number
	 *  deleteAt: number
	 * }} SqliteStoreValue
	 */
	sqliteCacheStore = class SqliteCacheStore {
	  #maxEntrySize = MAX_ENTRY_SIZE
	  #maxCount = Infinity

	  /**
	   * @type {import('node:sqlite').DatabaseSync}
	   */
	  #db

	  /**
	   * @type {import('node:sqlite').StatementSync}
	   */
	  #getValuesQuery

	  /**
	   * @type {import('node:sqlite').StatementSync}
	   */
	  #updateValueQuery

	  /**
	   * @type {import('node:sqlite').StatementSync}
	   */
	  #insertValueQuery

	  /**
	   * @type {import('node:sqlite').StatementSync}
	   */
	  #deleteExpiredValuesQuery

	  /**
	   * @type {import('node:sqlite').StatementSync}
	   */
	  #deleteByUrlQuery

	  /**
	   * @type {import('node:sqlite').StatementSync}
	   */
	  #countEntriesQuery

	  /**
	   * @type {import('node:sqlite').StatementSync | null}
	   */
	  #deleteOldValuesQuery

	  /**
	   * @param {import('../../types/cache-interceptor.d.ts').default.SqliteCacheStoreOpts | undefined} opts
	   */
	  constructor (opts) {
	    if (opts) {
	      if (typeof opts !== 'object') {
	        throw new TypeError('SqliteCacheStore options must be an object')
	      }

	      if (opts.maxEntrySize !== undefined) {
	        if (
	          typeof opts.maxEntrySize !== 'number' ||
	          !Number.isInteger(opts.maxEntrySize) ||
	          opts.maxEntrySize < 0
	        ) {
	          throw new TypeError('SqliteCacheStore options.maxEntrySize must be a non-negative integer')
	        }

	        if (opts.maxEntrySize > MAX_ENTRY_SIZE) {
	          throw new TypeError('SqliteCacheStore options.maxEntrySize must be less than 2gb')
	        }

	        this.#maxEntrySize = opts.maxEntrySize;
	      }

	      if (opts.maxCount !== undefined) {
	        if (
	          typeof opts.maxCount !== 'number' ||
	          !Number.isInteger(opts.maxCount) ||
	          opts.maxCount < 0
	        ) {
	          throw new TypeError('SqliteCacheStore options.maxCount must be a non-negative integer')
	        }
	        this.#maxCount = opts.maxCount;
	      }
	    }

	    if (!DatabaseSync) {
	      DatabaseSync = require('node:sqlite').DatabaseSync;
	    }
	    this.#db = new DatabaseSync(opts?.location ?? ':memory:');

	    this.#db.exec(`
      PRAGMA journal_mode = WAL;
      PRAGMA synchronous = NORMAL;
      PRAGMA temp_store = memory;
      PRAGMA optimize;

      CREATE TABLE IF NOT EXISTS cacheInterceptorV${VERSION} (
        -- Data specific to us
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        url TEXT NOT NULL,
        method TEXT NOT NULL,

        -- Data returned to the interceptor
        body BUF NULL,
        deleteAt INTEGER NOT NULL,
        statusCode INTEGER NOT NULL,
        statusMessage TEXT NOT NULL,
        headers TEXT NULL,
        cacheControlDirectives TEXT NULL,
        etag TEXT NULL,
        vary TEXT NULL,
        cachedAt INTEGER NOT NULL,
        staleAt INTEGER NOT NULL
      );

      CREATE INDEX IF NOT EXISTS idx_cacheInterceptorV${VERSION}_getValuesQuery ON cacheInterceptorV${VERSION}(url, method, deleteAt);
      CREATE INDEX IF NOT EXISTS idx_cacheInterceptorV${VERSION}_deleteByUrlQuery ON cacheInterceptorV${VERSION}(deleteAt);
    `);

	    this.#getValuesQuery = this.#db.prepare(`
      SELECT
        id,
        body,
        deleteAt,
        statusCode,
        statusMessage,
        headers,
        etag,
        cacheControlDirectives,
        vary,
        cachedAt,
        staleAt
      FROM cacheInterceptorV${VERSION}
      WHERE
        url = ?
        AND method = ?
      ORDER BY
        deleteAt ASC
    `);

	    this.#updateValueQuery = this.#db.prepare(`
      UPDATE cacheInterceptorV${VERSION} SET
        body = ?,
        deleteAt = ?,
        statusCode = ?,
        statusMessage = ?,
        headers = ?,
        etag = ?,
        cacheControlDirectives = ?,
        cachedAt = ?,
        staleAt = ?
      WHERE
        id = ?
    `);

	    this.#insertValueQuery = this.#db.prepare(`
      INSERT INTO cacheInterceptorV${VERSION} (
        url,
        method,
        body,
        deleteAt,
        statusCode,
        statusMessage,
        headers,
        etag,
        cacheControlDirectives,
        vary,
        cachedAt,
        staleAt
      ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    `);

	    this.#deleteByUrlQuery = this.#db.prepare(
	      `DELETE FROM cacheInterceptorV${VERSION} WHERE url = ?`
	    );

	    this.#countEntriesQuery = this.#db.prepare(
	      `SELECT COUNT(*) AS total FROM cacheInterceptorV${VERSION}`
	    );

	    this.#deleteExpiredValuesQuery = this.#db.prepare(
	      `DELETE FROM cacheInterceptorV${VERSION} WHERE deleteAt <= ?`
	    );

	    this.#deleteOldValuesQuery = this.#maxCount === Infinity
	      ? null
	      : this.#db.prepare(`
        DELETE FROM cacheInterceptorV${VERSION}
        WHERE id IN (
          SELECT
            id
          FROM cacheInterceptorV${VERSION}
          ORDER BY cachedAt ASC
          LIMIT ?
        )
      `);
	  }

	  close () {
	    this.#db.close();
	  }

	  /**
	   * @param {import('../../types/cache-interceptor.d.ts').default.CacheKey} key
	   * @returns {(import('../../types/cache-interceptor.d.ts').default.GetResult & { body?: Buffer }) | undefined}
	   */
	  get (key) {
	    assertCacheKey(key);

	    const value = this.#findValue(key);
	    return value
	      ? {
	          body: value.body ? Buffer.from(value.body.buffer, value.body.byteOffset, value.body.byteLength) : undefined,
	          statusCode: value.statusCode,
	          statusMessage: value.statusMessage,
	          headers: value.headers ? JSON.parse(value.headers) : undefined,
	          etag: value.etag ? value.etag : undefined,
	          vary: value.vary ? JSON.parse(value.vary) : undefined,
	          cacheControlDirectives: value.cacheControlDirectives
	            ? JSON.parse(value.cacheControlDirectives)
	            : undefined,
	          cachedAt: value.cachedAt,
	          staleAt: value.staleAt,
	          deleteAt: value.deleteAt
	        }
	      : undefined
	  }

	  /**
	   * @param {import('../../types/cache-interceptor.d.ts').default.CacheKey} key
	   * @param {import('../../types/cache-interceptor.d.ts').default.CacheValue & { body: null | Buffer | Array<Buffer>}} value
	   */
	  set (key, value) {
	    assertCacheKey(key);

	    const url = this.#makeValueUrl(key);
	    const body = Array.isArray(value.body) ? Buffer.concat(value.body) : value.body;
	    const size = body?.byteLength;

	    if (size && size > this.#maxEntrySize) {
	      return
	    }

	    const existingValue = this.#findValue(key, true);
	    if (existingValue) {
	      // Updating an existing response, let's overwrite it
	      this.#updateValueQuery.run(
	        body,
	        value.deleteAt,
	        value.statusCode,
	        value.statusMessage,
	        value.headers ? JSON.stringify(value.headers) : null,
	        value.etag ? value.etag : null,
	        value.cacheControlDirectives ? JSON.stringify(value.cacheControlDirectives) : null,
	        value.cachedAt,
	        value.staleAt,
	        existingValue.id
	      );
	    } else {
	      // New response, let's insert it
	      this.#insertValueQuery.run(
	        url,
	        key.method,
	        body,
	        value.deleteAt,
	        value.statusCode,
	        value.statusMessage,
	        value.headers ? JSON.stringify(value.headers) : null,
	        value.etag ? value.etag : null,
	        value.cacheControlDirectives ? JSON.stringify(value.cacheControlDirectives) : null,
	        value.vary ? JSON.stringify(value.vary) : null,
	        value.cachedAt,
	        value.staleAt
	      );
	      this.#prune();
	    }
	  }

	  /**
	   * @param {import('../../types/cache-interceptor.d.ts').default.CacheKey} key
	   * @param {import('../../types/cache-interceptor.d.ts').default.CacheValue} value
	   * @returns {Writable | undefined}
	   */
	  createWriteStream (key, value) {
	    assertCacheKey(key);
	    assertCacheValue(value);

	    let size = 0;
	    /**
	     * @type {Buffer[] | null}
	     */
	    const body = [];
	    const store = this;

	    return new Writable({
	      decodeStrings: true,
	      write (chunk, encoding, callback) {
	        size += chunk.byteLength;

	        if (size < store.#maxEntrySize) {
	          body.push(chunk);
	        } else {
	          this.destroy();
	        }

	        callback();
	      },
	      final (callback) {
	        store.set(key, { ...value, body });
	        callback();
	      }
	    })
	  }

	  /**
	   * @param {import('../../types/cache-interceptor.d.ts').default.CacheKey} key
	   */
	  delete (key) {
	    if (typeof key !== 'object') {
	      throw new TypeError(`expected key to be object, got ${typeof key}`)
	    }

	    this.#deleteByUrlQuery.run(this.#makeValueUrl(key));
	  }

	  #prune () {
	    if (Number.isFinite(this.#maxCount) && this.size <= this.#maxCount) {
	      return 0
	    }

	    {
	      const removed = this.#deleteExpiredValuesQuery.run(Date.now()).changes;
	      if (removed) {
	        return removed
	      }
	    }

	    {
	      const removed = this.#deleteOldValuesQuery?.run(Math.max(Math.floor(this.#maxCount * 0.1), 1)).changes;
	      if (removed) {
	        return removed
	      }
	    }

	    return 0
	  }

	  /**
	   * Counts the number of rows in the cache
	   * @returns {Number}
	   */
	  get size () {
	    const { total } = this.#countEntriesQuery.get();
	    return total
	  }

	  /**
	   * @param {import('../../types/cache-interceptor.d.ts').default.CacheKey} key
	   * @returns {string}
	   */
	  #makeValueUrl (key) {
	    return `${key.origin}/${key.path}`
	  }

	  /**
	   * @param {import('../../types/cache-interceptor.d.ts').default.CacheKey} key
	   * @param {boolean} [canBeExpired=false]
	   * @returns {SqliteStoreValue | undefined}
	   */
	  #findValue (key, canBeExpired = false) {
	    const url = this.#makeValueUrl(key);
	    const { headers, method } = key;

	    /**
	     * @type {SqliteStoreValue[]}
	     */
	    const values = this.#getValuesQuery.all(url, method);

	    if (values.length === 0) {
	      return undefined
	    }

	    const now = Date.now();
	    for (const value of values) {
	      if (now >= value.deleteAt && !canBeExpired) {
	        continue
	      }

	      let matches = true;

	      if (value.vary) {
	        const vary = JSON.parse(value.vary);

	        for (const header in vary) {
	          if (!headerValueEquals(headers[header], vary[header])) {
	            matches = false;
	            break
	          }
	        }
	      }

	      if (matches) {
	        return value
	      }
	    }

	    return undefined
	  }
	};

	/**
	 * @param {string|string[]|null|undefined} lhs
	 * @param {string|string[]|null|undefined} rhs
	 * @returns {boolean}
	 */
	function headerValueEquals (lhs, rhs) {
	  if (lhs == null && rhs == null) {
	    return true
	  }

	  if ((lhs == null && rhs != null) ||
	      (lhs != null && rhs == null)) {
	    return false
	  }

	  if (Array.isArray(lhs) && Array.isArray(rhs)) {
	    if (lhs.length !== rhs.length) {
	      return false
	    }

	    for (let i = 0; i < lhs.length; i++) {
	      if (lhs[i] !== rhs[i]) {
	        return false
	      }
	    }

	    return true
	  }

	  return lhs === rhs
	}
	return sqliteCacheStore;
}

var headers;
var hasRequiredHeaders;

function requireHeaders () {
	if (hasRequiredHeaders) return headers;
	hasRequiredHeaders = 1;

	const { kConstruct } = requireSymbols();
	const { kEnumerableProperty } = requireUtil$4();
	const {
	  iteratorMixin,
	  isValidHeaderName,
	  isValidHeaderValue
	} = requireUtil$5();
	const { webidl } = requireWebidl();
	const assert = __require$5();
	const util = __require$7();

	/**
	 * @param {number} code
	 * @returns {code is (0x0a | 0x0d | 0x09 | 0x20)}
	 */
	function isHTTPWhiteSpaceCharCode (code) {
	  return code === 0x0a || code === 0x0d || code === 0x09 || code === 0x20
	}

	/**
	 * @see https://fetch.spec.whatwg.org/#concept-header-value-normalize
	 * @param {string} potentialValue
	 * @returns {string}
	 */
	function headerValueNormalize (potentialValue) {
	  //  To normalize a byte sequence potentialValue, remove
	  //  any leading and trailing HTTP whitespace bytes from
	  //  potentialValue.
	  let i = 0; let j = potentialValue.length;

	  while (j > i && isHTTPWhiteSpaceCharCode(potentialValue.charCodeAt(j - 1))) --j;
	  while (j > i && isHTTPWhiteSpaceCharCode(potentialValue.charCodeAt(i))) ++i;

	  return i === 0 && j === potentialValue.length ? potentialValue : potentialValue.substring(i, j)
	}

	/**
	 * @param {Headers} headers
	 * @param {Array|Object} object
	 */
	function fill (headers, object) {
	  // To fill a Headers object headers with a given object object, run these steps:

	  // 1. If object is a sequence, then for each header in object:
	  // Note: webidl conversion to array has already been done.
	  if (Array.isArray(object)) {
	    for (let i = 0; i < object.length; ++i) {
	      const header = object[i];
	      // 1. If header does not contain exactly two items, then throw a TypeError.
	      if (header.length !== 2) {
	        throw webidl.errors.exception({
	          header: 'Headers constructor',
	          message: `expected name/value pair to be length 2, found ${header.length}.`
	        })
	      }

	      // 2. Append (header\u2019s first item, header\u2019s second item) to headers.
	      appendHeader(headers, header[0], header[1]);
	    }
	  } else if (typeof object === 'object' && object !== null) {
	    // Note: null should throw

	    // 2. Otherwise, object is a record, then for each key \u2192 value in object,
	    //    append (key, value) to headers
	    const keys = Object.keys(object);
	    for (let i = 0; i < keys.length; ++i) {
	      appendHeader(headers, keys[i], object[keys[i]]);
	    }
	  } else {
	    throw webidl.errors.conversionFailed({
	      prefix: 'Headers constructor',
	      argument: 'Argument 1',
	      types: ['sequence<sequence<ByteString>>', 'record<ByteString, ByteString>']
	    })
	  }
	}

	/**
	 * @see https://fetch.spec.whatwg.org/#concept-headers-append
	 * @param {Headers} headers
	 * @param {string} name
	 * @param {string} value
	 */
	function appendHeader (headers, name, value) {
	  // 1. Normalize value.
	  value = headerValueNormalize(value);

	  // 2. If name is not a header name or value is not a
	  //    header value, then throw a TypeError.
	  if (!isValidHeaderName(name)) {
	    throw webidl.errors.invalidArgument({
	      prefix: 'Headers.append',
	      value: name,
	      type: 'header name'
	    })
	  } else if (!isValidHeaderValue(value)) {
	    throw webidl.errors.invalidArgument({
	      prefix: 'Headers.append',
	      value,
	      type: 'header value'
	    })
	  }

	  // 3. If headers\u2019s guard is "immutable", then throw a TypeError.
	  // 4. Otherwise, if headers\u2019s guard is "request" and name is a
	  //    forbidden header name, return.
	  // 5. Otherwise, if headers\u2019s guard is "request-no-cors":
	  //    TODO
	  // Note: undici does not implement forbidden header names
	  if (getHeadersGuard(headers) === 'immutable') {
	    throw new TypeError('immutable')
	  }

	  // 6. Otherwise, if headers\u2019s guard is "response" and name is a
	  //    forbidden response-header name, return.

	  // 7. Append (name, value) to headers\u2019s header list.
	  return getHeadersList(headers).append(name, value, false)

	  // 8. If headers\u2019s guard is "request-no-cors", then remove
	  //    privileged no-CORS request headers from headers
	}

	// https://fetch.spec.whatwg.org/#concept-header-list-sort-and-combine
	/**
	 * @param {Headers} target
	 */
	function headersListSortAndCombine (target) {
	  const headersList = getHeadersList(target);

	  if (!headersList) {
	    return []
	  }

	  if (headersList.sortedMap) {
	    return headersList.sortedMap
	  }

	  // 1. Let headers be an empty list of headers with the key being the name
	  //    and value the value.
	  const headers = [];

	  // 2. Let names be the result of convert header names to a sorted-lowercase
	  //    set with all the names of the headers in list.
	  const names = headersList.toSortedArray();

	  const cookies = headersList.cookies;

	  // fast-path
	  if (cookies === null || cookies.length === 1) {
	    // Note: The non-null assertion of value has already been done by `HeadersList#toSortedArray`
	    return (headersList.sortedMap = names)
	  }

	  // 3. For each name of names:
	  for (let i = 0; i < names.length; ++i) {
	    const { 0: name, 1: value } = names[i];
	    // 1. If name is `set-cookie`, then:
	    if (name === 'set-cookie') {
	      // 1. Let values be a list of all values of headers in list whose name
	      //    is a byte-case-insensitive match for name, in order.

	      // 2. For each value of values:
	      // 1. Append (name, value) to headers.
	      for (let j = 0; j < cookies.length; ++j) {
	        headers.push([name, cookies[j]]);
	      }
	    } else {
	      // 2. Otherwise:

	      // 1. Let value be the result of getting name from list.

	      // 2. Assert: value is non-null.
	      // Note: This operation was done by `HeadersList#toSortedArray`.

	      // 3. Append (name, value) to headers.
	      headers.push([name, value]);
	    }
	  }

	  // 4. Return headers.
	  return (headersList.sortedMap = headers)
	}

	function compareHeaderName (a, b) {
	  return a[0] < b[0] ? -1 : 1
	}

	class HeadersList {
	  /** @type {[string, string][]|null} */
	  cookies = null

	  sortedMap
	  headersMap

	  constructor (init) {
	    if (init instanceof HeadersList) {
	      this.headersMap = new Map(init.headersMap);
	      this.sortedMap = init.sortedMap;
	      this.cookies = init.cookies === null ? null : [...init.cookies];
	    } else {
	      this.headersMap = new Map(init);
	      this.sortedMap = null;
	    }
	  }

	  /**
	   * @see https://fetch.spec.whatwg.org/#header-list-contains
	   * @param {string} name
	   * @param {boolean} isLowerCase
	   */
	  contains (name, isLowerCase) {
	    // A header list list contains a header name name if list
	    // contains a header whose name is a byte-case-insensitive
	    // match for name.

	    return this.headersMap.has(isLowerCase ? name : name.toLowerCase())
	  }

	  clear () {
	    this.headersMap.clear();
	    this.sortedMap = null;
	    this.cookies = null;
	  }

	  /**
	   * @see https://fetch.spec.whatwg.org/#concept-header-list-append
	   * @param {string} name
	   * @param {string} value
	   * @param {boolean} isLowerCase
	   */
	  append (name, value, isLowerCase) {
	    this.sortedMap = null;

	    // 1. If list contains name, then set name to the first such
	    //    header\u2019s name.
	    const lowercaseName = isLowerCase ? name : name.toLowerCase();
	    const exists = this.headersMap.get(lowercaseName);

	    // 2. Append (name, value) to list.
	    if (exists) {
	      const delimiter = lowercaseName === 'cookie' ? '; ' : ', ';
	      this.headersMap.set(lowercaseName, {
	        name: exists.name,
	        value: `${exists.value}${delimiter}${value}`
	      });
	    } else {
	      this.headersMap.set(lowercaseName, { name, value });
	    }

	    if (lowercaseName === 'set-cookie') {
	      (this.cookies ??= []).push(value);
	    }
	  }

	  /**
	   * @see https://fetch.spec.whatwg.org/#concept-header-list-set
	   * @param {string} name
	   * @param {string} value
	   * @param {boolean} isLowerCase
	   */
	  set (name, value, isLowerCase) {
	    this.sortedMap = null;
	    const lowercaseName = isLowerCase ? name : name.toLowerCase();

	    if (lowercaseName === 'set-cookie') {
	      this.cookies = [value];
	    }

	    // 1. If list contains name, then set the value of
	    //    the first such header to value and remove the
	    //    others.
	    // 2. Otherwise, append header (name, value) to list.
	    this.headersMap.set(lowercaseName, { name, value });
	  }

	  /**
	   * @see https://fetch.spec.whatwg.org/#concept-header-list-delete
	   * @param {string} name
	   * @param {boolean} isLowerCase
	   */
	  delete (name, isLowerCase) {
	    this.sortedMap = null;
	    if (!isLowerCase) name = name.toLowerCase();

	    if (name === 'set-cookie') {
	      this.cookies = null;
	    }

	    this.headersMap.delete(name);
	  }

	  /**
	   * @see https://fetch.spec.whatwg.org/#concept-header-list-get
	   * @param {string} name
	   * @param {boolean} isLowerCase
	   * @returns {string | null}
	   */
	  get (name, isLowerCase) {
	    // 1. If list does not contain name, then return null.
	    // 2. Return the values of all headers in list whose name
	    //    is a byte-case-insensitive match for name,
	    //    separated from each other by 0x2C 0x20, in order.
	    return this.headersMap.get(isLowerCase ? name : name.toLowerCase())?.value ?? null
	  }

	  * [Symbol.iterator] () {
	    // use the lowercased name
	    for (const { 0: name, 1: { value } } of this.headersMap) {
	      yield [name, value];
	    }
	  }

	  get entries () {
	    const headers = {};

	    if (this.headersMap.size !== 0) {
	      for (const { name, value } of this.headersMap.values()) {
	        headers[name] = value;
	      }
	    }

	    return headers
	  }

	  rawValues () {
	    return this.headersMap.values()
	  }

	  get entriesList () {
	    const headers = [];

	    if (this.headersMap.size !== 0) {
	      for (const { 0: lowerName, 1: { name, value } } of this.headersMap) {
	        if (lowerName === 'set-cookie') {
	          for (const cookie of this.cookies) {
	            headers.push([name, cookie]);
	          }
	        } else {
	          headers.push([name, value]);
	        }
	      }
	    }

	    return headers
	  }

	  // https://fetch.spec.whatwg.org/#convert-header-names-to-a-sorted-lowercase-set
	  toSortedArray () {
	    const size = this.headersMap.size;
	    const array = new Array(size);
	    // In most cases, you will use the fast-path.
	    // fast-path: Use binary insertion sort for small arrays.
	    if (size <= 32) {
	      if (size === 0) {
	        // If empty, it is an empty array. To avoid the first index assignment.
	        return array
	      }
	      // Improve performance by unrolling loop and avoiding double-loop.
	      // Double-loop-less version of the binary insertion sort.
	      const iterator = this.headersMap[Symbol.iterator]();
	      const firstValue = iterator.next().value;
	      // set [name, value] to first index.
	      array[0] = [firstValue[0], firstValue[1].value];
	      // https://fetch.spec.whatwg.org/#concept-header-list-sort-and-combine
	      // 3.2.2. Assert: value is non-null.
	      assert(firstValue[1].value !== null);
	      for (
	        let i = 1, j = 0, right = 0, left = 0, pivot = 0, x, value;
	        i < size;
	        ++i
	      ) {
	        // get next value
	        value = iterator.next().value;
	        // set [name, value] to current index.
	        x = array[i] = [value[0], value[1].value];
	        // https://fetch.spec.whatwg.org/#concept-header-list-sort-and-combine
	        // 3.2.2. Assert: value is non-null.
	        assert(x[1] !== null);
	        left = 0;
	        right = i;
	        // binary search
	        while (left < right) {
	          // middle index
	          pivot = left + ((right - left) >> 1);
	          // compare header name
	          if (array[pivot][0] <= x[0]) {
	            left = pivot + 1;
	          } else {
	            right = pivot;
	          }
	        }
	        if (i !== pivot) {
	          j = i;
	          while (j > left) {
	            array[j] = array[--j];
	          }
	          array[left] = x;
	        }
	      }
	      /* c8 ignore next 4 */
	      if (!iterator.next().done) {
	        // This is for debugging and will never be called.
	        throw new TypeError('Unreachable')
	      }
	      return array
	    } else {
	      // This case would be a rare occurrence.
	      // slow-path: fallback
	      let i = 0;
	      for (const { 0: name, 1: { value } } of this.headersMap) {
	        array[i++] = [name, value];
	        // https://fetch.spec.whatwg.org/#concept-header-list-sort-and-combine
	        // 3.2.2. Assert: value is non-null.
	        assert(value !== null);
	      }
	      return array.sort(compareHeaderName)
	    }
	  }
	}

	// https://fetch.spec.whatwg.org/#headers-class
	class Headers {
	  #guard
	  /**
	   * @type {HeadersList}
	   */
	  #headersList

	  /**
	   * @param {HeadersInit|Symbol} [init]
	   * @returns
	   */
	  constructor (init = undefined) {
	    webidl.util.markAsUncloneable(this);

	    if (init === kConstruct) {
	      return
	    }

	    this.#headersList = new HeadersList();

	    // The new Headers(init) constructor steps are:

	    // 1. Set this\u2019s guard to "none".
	    this.#guard = 'none';

	    // 2. If init is given, then fill this with init.
	    if (init !== undefined) {
	      init = webidl.converters.HeadersInit(init, 'Headers constructor', 'init');
	      fill(this, init);
	    }
	  }

	  // https://fetch.spec.whatwg.org/#dom-headers-append
	  append (name, value) {
	    webidl.brandCheck(this, Headers);

	    webidl.argumentLengthCheck(arguments, 2, 'Headers.append');

	    const prefix = 'Headers.append';
	    name = webidl.converters.ByteString(name, prefix, 'name');
	    value = webidl.converters.ByteString(value, prefix, 'value');

	    return appendHeader(this, name, value)
	  }

	  // https://fetch.spec.whatwg.org/#dom-headers-delete
	  delete (name) {
	    webidl.brandCheck(this, Headers);

	    webidl.argumentLengthCheck(arguments, 1, 'Headers.delete');

	    const prefix = 'Headers.delete';
	    name = webidl.converters.ByteString(name, prefix, 'name');

	    // 1. If name is not a header name, then throw a TypeError.
	    if (!isValidHeaderName(name)) {
	      throw webidl.errors.invalidArgument({
	        prefix: 'Headers.delete',
	        value: name,
	        type: 'header name'
	      })
	    }

	    // 2. If this\u2019s guard is "immutable", then throw a TypeError.
	    // 3. Otherwise, if this\u2019s guard is "request" and name is a
	    //    forbidden header name, return.
	    // 4. Otherwise, if this\u2019s guard is "request-no-cors", name
	    //    is not a no-CORS-safelisted request-header name, and
	    //    name is not a privileged no-CORS request-header name,
	    //    return.
	    // 5. Otherwise, if this\u2019s guard is "response" and name is
	    //    a forbidden response-header name, return.
	    // Note: undici does not implement forbidden header names
	    if (this.#guard === 'immutable') {
	      throw new TypeError('immutable')
	    }

	    // 6. If this\u2019s header list does not contain name, then
	    //    return.
	    if (!this.#headersList.contains(name, false)) {
	      return
	    }

	    // 7. Delete name from this\u2019s header list.
	    // 8. If this\u2019s guard is "request-no-cors", then remove
	    //    privileged no-CORS request headers from this.
	    this.#headersList.delete(name, false);
	  }

	  // https://fetch.spec.whatwg.org/#dom-headers-get
	  get (name) {
	    webidl.brandCheck(this, Headers);

	    webidl.argumentLengthCheck(arguments, 1, 'Headers.get');

	    const prefix = 'Headers.get';
	    name = webidl.converters.ByteString(name, prefix, 'name');

	    // 1. If name is not a header name, then throw a TypeError.
	    if (!isValidHeaderName(name)) {
	      throw webidl.errors.invalidArgument({
	        prefix,
	        value: name,
	        type: 'header name'
	      })
	    }

	    // 2. Return the result of getting name from this\u2019s header
	    //    list.
	    return this.#headersList.get(name, false)
	  }

	  // https://fetch.spec.whatwg.org/#dom-headers-has
	  has (name) {
	    webidl.brandCheck(this, Headers);

	    webidl.argumentLengthCheck(arguments, 1, 'Headers.has');

	    const prefix = 'Headers.has';
	    name = webidl.converters.ByteString(name, prefix, 'name');

	    // 1. If name is not a header name, then throw a TypeError.
	    if (!isValidHeaderName(name)) {
	      throw webidl.errors.invalidArgument({
	        prefix,
	        value: name,
	        type: 'header name'
	      })
	    }

	    // 2. Return true if this\u2019s header list contains name;
	    //    otherwise false.
	    return this.#headersList.contains(name, false)
	  }

	  // https://fetch.spec.whatwg.org/#dom-headers-set
	  set (name, value) {
	    webidl.brandCheck(this, Headers);

	    webidl.argumentLengthCheck(arguments, 2, 'Headers.set');

	    const prefix = 'Headers.set';
	    name = webidl.converters.ByteString(name, prefix, 'name');
	    value = webidl.converters.ByteString(value, prefix, 'value');

	    // 1. Normalize value.
	    value = headerValueNormalize(value);

	    // 2. If name is not a header name or value is not a
	    //    header value, then throw a TypeError.
	    if (!isValidHeaderName(name)) {
	      throw webidl.errors.invalidArgument({
	        prefix,
	        value: name,
	        type: 'header name'
	      })
	    } else if (!isValidHeaderValue(value)) {
	      throw webidl.errors.invalidArgument({
	        prefix,
	        value,
	        type: 'header value'
	      })
	    }

	    // 3. If this\u2019s guard is "immutable", then throw a TypeError.
	    // 4. Otherwise, if this\u2019s guard is "request" and name is a
	    //    forbidden header name, return.
	    // 5. Otherwise, if this\u2019s guard is "request-no-cors" and
	    //    name/value is not a no-CORS-safelisted request-header,
	    //    return.
	    // 6. Otherwise, if this\u2019s guard is "response" and name is a
	    //    forbidden response-header name, return.
	    // Note: undici does not implement forbidden header names
	    if (this.#guard === 'immutable') {
	      throw new TypeError('immutable')
	    }

	    // 7. Set (name, value) in this\u2019s header list.
	    // 8. If this\u2019s guard is "request-no-cors", then remove
	    //    privileged no-CORS request headers from this
	    this.#headersList.set(name, value, false);
	  }

	  // https://fetch.spec.whatwg.org/#dom-headers-getsetcookie
	  getSetCookie () {
	    webidl.brandCheck(this, Headers);

	    // 1. If this\u2019s header list does not contain `Set-Cookie`, then return \u00ab \u00bb.
	    // 2. Return the values of all headers in this\u2019s header list whose name is
	    //    a byte-case-insensitive match for `Set-Cookie`, in order.

	    const list = this.#headersList.cookies;

	    if (list) {
	      return [...list]
	    }

	    return []
	  }

	  [util.inspect.custom] (depth, options) {
	    options.depth ??= depth;

	    return `Headers ${util.formatWithOptions(options, this.#headersList.entries)}`
	  }

	  static getHeadersGuard (o) {
	    return o.#guard
	  }

	  static setHeadersGuard (o, guard) {
	    o.#guard = guard;
	  }

	  /**
	   * @param {Headers} o
	   */
	  static getHeadersList (o) {
	    return o.#headersList
	  }

	  /**
	   * @param {Headers} target
	   * @param {HeadersList} list
	   */
	  static setHeadersList (target, list) {
	    target.#headersList = list;
	  }
	}

	const { getHeadersGuard, setHeadersGuard, getHeadersList, setHeadersList } = Headers;
	Reflect.deleteProperty(Headers, 'getHeadersGuard');
	Reflect.deleteProperty(Headers, 'setHeadersGuard');
	Reflect.deleteProperty(Headers, 'getHeadersList');
	Reflect.deleteProperty(Headers, 'setHeadersList');

	iteratorMixin('Headers', Headers, headersListSortAndCombine, 0, 1);

	Object.defineProperties(Headers.prototype, {
	  append: kEnumerableProperty,
	  delete: kEnumerableProperty,
	  get: kEnumerableProperty,
	  has: kEnumerableProperty,
	  set: kEnumerableProperty,
	  getSetCookie: kEnumerableProperty,
	  [Symbol.toStringTag]: {
	    value: 'Headers',
	    configurable: true
	  },
	  [util.inspect.custom]: {
	    enumerable: false
	  }
	});

	webidl.converters.HeadersInit = function (V, prefix, argument) {
	  if (webidl.util.Type(V) === webidl.util.Types.OBJECT) {
	    const iterator = Reflect.get(V, Symbol.iterator);

	    // A work-around to ensure we send the properly-cased Headers when V is a Headers object.
	    // Read https://github.com/nodejs/undici/pull/3159#issuecomment-2075537226 before touching, please.
	    if (!util.types.isProxy(V) && iterator === Headers.prototype.entries) { // Headers object
	      try {
	        return getHeadersList(V).entriesList
	      } catch {
	        // fall-through
	      }
	    }

	    if (typeof iterator === 'function') {
	      return webidl.converters['sequence<sequence<ByteString>>'](V, prefix, argument, iterator.bind(V))
	    }

	    return webidl.converters['record<ByteString, ByteString>'](V, prefix, argument)
	  }

	  throw webidl.errors.conversionFailed({
	    prefix: 'Headers constructor',
	    argument: 'Argument 1',
	    types: ['sequence<sequence<ByteString>>', 'record<ByteString, ByteString>']
	  })
	};

	headers = {
	  fill,
	  // for test.
	  compareHeaderName,
	  Headers,
	  HeadersList,
	  getHeadersGuard,
	  setHeadersGuard,
	  setHeadersList,
	  getHeadersList
	};
	return headers;
}

var response;
var hasRequiredResponse;

function requireResponse () {
	if (hasRequiredResponse) return response;
	hasRequiredResponse = 1;

	const { Headers, HeadersList, fill, getHeadersGuard, setHeadersGuard, setHeadersList } = requireHeaders();
	const { extractBody, cloneBody, mixinBody, streamRegistry, bodyUnusable } = requireBody();
	const util = requireUtil$4();
	const nodeUtil = __require$7();
	const { kEnumerableProperty } = util;
	const {
	  isValidReasonPhrase,
	  isCancelled,
	  isAborted,
	  isErrorLike,
	  environmentSettingsObject: relevantRealm
	} = requireUtil$5();
	const {
	  redirectStatusSet,
	  nullBodyStatus
	} = requireConstants$2();
	const { webidl } = requireWebidl();
	const { URLSerializer } = requireDataUrl();
	const { kConstruct } = requireSymbols();
	const assert = __require$5();
	const { isomorphicEncode, serializeJavascriptValueToJSONString } = requireInfra();

	const textEncoder = new TextEncoder('utf-8');

	// https://fetch.spec.whatwg.org/#response-class
	class Response {
	  /** @type {Headers} */
	  #headers

	  #state

	  // Creates network error Response.
	  static error () {
	    // The static error() method steps are to return the result of creating a
	    // Response object, given a new network error, "immutable", and this\u2019s
	    // relevant Realm.
	    const responseObject = fromInnerResponse(makeNetworkError(), 'immutable');

	    return responseObject
	  }

	  // https://fetch.spec.whatwg.org/#dom-response-json
	  static json (data, init = undefined) {
	    webidl.argumentLengthCheck(arguments, 1, 'Response.json');

	    if (init !== null) {
	      init = webidl.converters.ResponseInit(init);
	    }

	    // 1. Let bytes the result of running serialize a JavaScript value to JSON bytes on data.
	    const bytes = textEncoder.encode(
	      serializeJavascriptValueToJSONString(data)
	    );

	    // 2. Let body be the result of extracting bytes.
	    const body = extractBody(bytes);

	    // 3. Let responseObject be the result of creating a Response object, given a new response,
	    //    "response", and this\u2019s relevant Realm.
	    const responseObject = fromInnerResponse(makeResponse({}), 'response');

	    // 4. Perform initialize a response given responseObject, init, and (body, "application/json").
	    initializeResponse(responseObject, init, { body: body[0], type: 'application/json' });

	    // 5. Return responseObject.
	    return responseObject
	  }

	  // Creates a redirect Response that redirects to url with status status.
	  static redirect (url, status = 302) {
	    webidl.argumentLengthCheck(arguments, 1, 'Response.redirect');

	    url = webidl.converters.USVString(url);
	    status = webidl.converters['unsigned short'](status);

	    // 1. Let parsedURL be the result of parsing url with current settings
	    // object\u2019s API base URL.
	    // 2. If parsedURL is failure, then throw a TypeError.
	    // TODO: base-URL?
	    let parsedURL;
	    try {
	      parsedURL = new URL(url, relevantRealm.settingsObject.baseUrl);
	    } catch (err) {
	      throw new TypeError(`Failed to parse URL from ${url}`, { cause: err })
	    }

	    // 3. If status is not a redirect status, then throw a RangeError.
	    if (!redirectStatusSet.has(status)) {
	      throw new RangeError(`Invalid status code ${status}`)
	    }

	    // 4. Let responseObject be the result of creating a Response object,
	    // given a new response, "immutable", and this\u2019s relevant Realm.
	    const responseObject = fromInnerResponse(makeResponse({}), 'immutable');

	    // 5. Set responseObject\u2019s response\u2019s status to status.
	    responseObject.#state.status = status;

	    // 6. Let value be parsedURL, serialized and isomorphic encoded.
	    const value = isomorphicEncode(URLSerializer(parsedURL));

	    // 7. Append `Location`/value to responseObject\u2019s response\u2019s header list.
	    responseObject.#state.headersList.append('location', value, true);

	    // 8. Return responseObject.
	    return responseObject
	  }

	  // https://fetch.spec.whatwg.org/#dom-response
	  constructor (body = null, init = undefined) {
	    webidl.util.markAsUncloneable(this);

	    if (body === kConstruct) {
	      return
	    }

	    if (body !== null) {
	      body = webidl.converters.BodyInit(body, 'Response', 'body');
	    }

	    init = webidl.converters.ResponseInit(init);

	    // 1. Set this\u2019s response to a new response.
	    this.#state = makeResponse({});

	    // 2. Set this\u2019s headers to a new Headers object with this\u2019s relevant
	    // Realm, whose header list is this\u2019s response\u2019s header list and guard
	    // is "response".
	    this.#headers = new Headers(kConstruct);
	    setHeadersGuard(this.#headers, 'response');
	    setHeadersList(this.#headers, this.#state.headersList);

	    // 3. Let bodyWithType be null.
	    let bodyWithType = null;

	    // 4. If body is non-null, then set bodyWithType to the result of extracting body.
	    if (body != null) {
	      const [extractedBody, type] = extractBody(body);
	      bodyWithType = { body: extractedBody, type };
	    }

	    // 5. Perform initialize a response given this, init, and bodyWithType.
	    initializeResponse(this, init, bodyWithType);
	  }

	  // Returns response\u2019s type, e.g., "cors".
	  get type () {
	    webidl.brandCheck(this, Response);

	    // The type getter steps are to return this\u2019s response\u2019s type.
	    return this.#state.type
	  }

	  // Returns response\u2019s URL, if it has one; otherwise the empty string.
	  get url () {
	    webidl.brandCheck(this, Response);

	    const urlList = this.#state.urlList;

	    // The url getter steps are to return the empty string if this\u2019s
	    // response\u2019s URL is null; otherwise this\u2019s response\u2019s URL,
	    // serialized with exclude fragment set to true.
	    const url = urlList[urlList.length - 1] ?? null;

	    if (url === null) {
	      return ''
	    }

	    return URLSerializer(url, true)
	  }

	  // Returns whether response was obtained through a redirect.
	  get redirected () {
	    webidl.brandCheck(this, Response);

	    // The redirected getter steps are to return true if this\u2019s response\u2019s URL
	    // list has more than one item; otherwise false.
	    return this.#state.urlList.length > 1
	  }

	  // Returns response\u2019s status.
	  get status () {
	    webidl.brandCheck(this, Response);

	    // The status getter steps are to return this\u2019s response\u2019s status.
	    return this.#state.status
	  }

	  // Returns whether response\u2019s status is an ok status.
	  get ok () {
	    webidl.brandCheck(this, Response);

	    // The ok getter steps are to return true if this\u2019s response\u2019s status is an
	    // ok status; otherwise false.
	    return this.#state.status >= 200 && this.#state.status <= 299
	  }

	  // Returns response\u2019s status message.
	  get statusText () {
	    webidl.brandCheck(this, Response);

	    // The statusText getter steps are to return this\u2019s response\u2019s status
	    // message.
	    return this.#state.statusText
	  }

	  // Returns response\u2019s headers as Headers.
	  get headers () {
	    webidl.brandCheck(this, Response);

	    // The headers getter steps are to return this\u2019s headers.
	    return this.#headers
	  }

	  get body () {
	    webidl.brandCheck(this, Response);

	    return this.#state.body ? this.#state.body.stream : null
	  }

	  get bodyUsed () {
	    webidl.brandCheck(this, Response);

	    return !!this.#state.body && util.isDisturbed(this.#state.body.stream)
	  }

	  // Returns a clone of response.
	  clone () {
	    webidl.brandCheck(this, Response);

	    // 1. If this is unusable, then throw a TypeError.
	    if (bodyUnusable(this.#state)) {
	      throw webidl.errors.exception({
	        header: 'Response.clone',
	        message: 'Body has already been consumed.'
	      })
	    }

	    // 2. Let clonedResponse be the result of cloning this\u2019s response.
	    const clonedResponse = cloneResponse(this.#state);

	    // Note: To re-register because of a new stream.
	    // Don't set finalizers other than for fetch responses.
	    if (this.#state.urlList.length !== 0 && this.#state.body?.stream) {
	      streamRegistry.register(this, new WeakRef(this.#state.body.stream));
	    }

	    // 3. Return the result of creating a Response object, given
	    // clonedResponse, this\u2019s headers\u2019s guard, and this\u2019s relevant Realm.
	    return fromInnerResponse(clonedResponse, getHeadersGuard(this.#headers))
	  }

	  [nodeUtil.inspect.custom] (depth, options) {
	    if (options.depth === null) {
	      options.depth = 2;
	    }

	    options.colors ??= true;

	    const properties = {
	      status: this.status,
	      statusText: this.statusText,
	      headers: this.headers,
	      body: this.body,
	      bodyUsed: this.bodyUsed,
	      ok: this.ok,
	      redirected: this.redirected,
	      type: this.type,
	      url: this.url
	    };

	    return `Response ${nodeUtil.formatWithOptions(options, properties)}`
	  }

	  /**
	   * @param {Response} response
	   */
	  static getResponseHeaders (response) {
	    return response.#headers
	  }

	  /**
	   * @param {Response} response
	   * @param {Headers} newHeaders
	   */
	  static setResponseHeaders (response, newHeaders) {
	    response.#headers = newHeaders;
	  }

	  /**
	   * @param {Response} response
	   */
	  static getResponseState (response) {
	    return response.#state
	  }

	  /**
	   * @param {Response} response
	   * @param {any} newState
	   */
	  static setResponseState (response, newState) {
	    response.#state = newState;
	  }
	}

	const { getResponseHeaders, setResponseHeaders, getResponseState, setResponseState } = Response;
	Reflect.deleteProperty(Response, 'getResponseHeaders');
	Reflect.deleteProperty(Response, 'setResponseHeaders');
	Reflect.deleteProperty(Response, 'getResponseState');
	Reflect.deleteProperty(Response, 'setResponseState');

	mixinBody(Response, getResponseState);

	Object.defineProperties(Response.prototype, {
	  type: kEnumerableProperty,
	  url: kEnumerableProperty,
	  status: kEnumerableProperty,
	  ok: kEnumerableProperty,
	  redirected: kEnumerableProperty,
	  statusText: kEnumerableProperty,
	  headers: kEnumerableProperty,
	  clone: kEnumerableProperty,
	  body: kEnumerableProperty,
	  bodyUsed: kEnumerableProperty,
	  [Symbol.toStringTag]: {
	    value: 'Response',
	    configurable: true
	  }
	});

	Object.defineProperties(Response, {
	  json: kEnumerableProperty,
	  redirect: kEnumerableProperty,
	  error: kEnumerableProperty
	});

	// https://fetch.spec.whatwg.org/#concept-response-clone
	function cloneResponse (response) {
	  // To clone a response response, run these steps:

	  // 1. If response is a filtered response, then return a new identical
	  // filtered response whose internal response is a clone of response\u2019s
	  // internal response.
	  if (response.internalResponse) {
	    return filterResponse(
	      cloneResponse(response.internalResponse),
	      response.type
	    )
	  }

	  // 2. Let newResponse be a copy of response, except for its body.
	  const newResponse = makeResponse({ ...response, body: null });

	  // 3. If response\u2019s body is non-null, then set newResponse\u2019s body to the
	  // result of cloning response\u2019s body.
	  if (response.body != null) {
	    newResponse.body = cloneBody(response.body);
	  }

	  // 4. Return newResponse.
	  return newResponse
	}

	function makeResponse (init) {
	  return {
	    aborted: false,
	    rangeRequested: false,
	    timingAllowPassed: false,
	    requestIncludesCredentials: false,
	    type: 'default',
	    status: 200,
	    timingInfo: null,
	    cacheState: '',
	    statusText: '',
	    ...init,
	    headersList: init?.headersList
	      ? new HeadersList(init?.headersList)
	      : new HeadersList(),
	    urlList: init?.urlList ? [...init.urlList] : []
	  }
	}

	function makeNetworkError (reason) {
	  const isError = isErrorLike(reason);
	  return makeResponse({
	    type: 'error',
	    status: 0,
	    error: isError
	      ? reason
	      : new Error(reason ? String(reason) : reason),
	    aborted: reason && reason.name === 'AbortError'
	  })
	}

	// @see https://fetch.spec.whatwg.org/#concept-network-error
	function isNetworkError (response) {
	  return (
	    // A network error is a response whose type is "error",
	    response.type === 'error' &&
	    // status is 0
	    response.status === 0
	  )
	}

	function makeFilteredResponse (response, state) {
	  state = {
	    internalResponse: response,
	    ...state
	  };

	  return new Proxy(response, {
	    get (target, p) {
	      return p in state ? state[p] : target[p]
	    },
	    set (target, p, value) {
	      assert(!(p in state));
	      target[p] = value;
	      return true
	    }
	  })
	}

	// https://fetch.spec.whatwg.org/#concept-filtered-response
	function filterResponse (response, type) {
	  // Set response to the following filtered response with response as its
	  // internal response, depending on request\u2019s response tainting:
	  if (type === 'basic') {
	    // A basic filtered response is a filtered response whose type is "basic"
	    // and header list excludes any headers in internal response\u2019s header list
	    // whose name is a forbidden response-header name.

	    // Note: undici does not implement forbidden response-header names
	    return makeFilteredResponse(response, {
	      type: 'basic',
	      headersList: response.headersList
	    })
	  } else if (type === 'cors') {
	    // A CORS filtered response is a filtered response whose type is "cors"
	    // and header list excludes any headers in internal response\u2019s header
	    // list whose name is not a CORS-safelisted response-header name, given
	    // internal response\u2019s CORS-exposed header-name list.

	    // Note: undici does not implement CORS-safelisted response-header names
	    return makeFilteredResponse(response, {
	      type: 'cors',
	      headersList: response.headersList
	    })
	  } else if (type === 'opaque') {
	    // An opaque filtered response is a filtered response whose type is
	    // "opaque", URL list is the empty list, status is 0, status message
	    // is the empty byte sequence, header list is empty, and body is null.

	    return makeFilteredResponse(response, {
	      type: 'opaque',
	      urlList: [],
	      status: 0,
	      statusText: '',
	      body: null
	    })
	  } else if (type === 'opaqueredirect') {
	    // An opaque-redirect filtered response is a filtered response whose type
	    // is "opaqueredirect", status is 0, status message is the empty byte
	    // sequence, header list is empty, and body is null.

	    return makeFilteredResponse(response, {
	      type: 'opaqueredirect',
	      status: 0,
	      statusText: '',
	      headersList: [],
	      body: null
	    })
	  } else {
	    assert(false);
	  }
	}

	// https://fetch.spec.whatwg.org/#appropriate-network-error
	function makeAppropriateNetworkError (fetchParams, err = null) {
	  // 1. Assert: fetchParams is canceled.
	  assert(isCancelled(fetchParams));

	  // 2. Return an aborted network error if fetchParams is aborted;
	  // otherwise return a network error.
	  return isAborted(fetchParams)
	    ? makeNetworkError(Object.assign(new DOMException('The operation was aborted.', 'AbortError'), { cause: err }))
	    : makeNetworkError(Object.assign(new DOMException('Request was cancelled.'), { cause: err }))
	}

	// https://whatpr.org/fetch/1392.html#initialize-a-response
	function initializeResponse (response, init, body) {
	  // 1. If init["status"] is not in the range 200 to 599, inclusive, then
	  //    throw a RangeError.
	  if (init.status !== null && (init.status < 200 || init.status > 599)) {
	    throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.')
	  }

	  // 2. If init["statusText"] does not match the reason-phrase token production,
	  //    then throw a TypeError.
	  if ('statusText' in init && init.statusText != null) {
	    // See, https://datatracker.ietf.org/doc/html/rfc7230#section-3.1.2:
	    //   reason-phrase  = *( HTAB / SP / VCHAR / obs-text )
	    if (!isValidReasonPhrase(String(init.statusText))) {
	      throw new TypeError('Invalid statusText')
	    }
	  }

	  // 3. Set response\u2019s response\u2019s status to init["status"].
	  if ('status' in init && init.status != null) {
	    getResponseState(response).status = init.status;
	  }

	  // 4. Set response\u2019s response\u2019s status message to init["statusText"].
	  if ('statusText' in init && init.statusText != null) {
	    getResponseState(response).statusText = init.statusText;
	  }

	  // 5. If init["headers"] exists, then fill response\u2019s headers with init["headers"].
	  if ('headers' in init && init.headers != null) {
	    fill(getResponseHeaders(response), init.headers);
	  }

	  // 6. If body was given, then:
	  if (body) {
	    // 1. If response's status is a null body status, then throw a TypeError.
	    if (nullBodyStatus.includes(response.status)) {
	      throw webidl.errors.exception({
	        header: 'Response constructor',
	        message: `Invalid response status code ${response.status}`
	      })
	    }

	    // 2. Set response's body to body's body.
	    getResponseState(response).body = body.body;

	    // 3. If body's type is non-null and response's header list does not contain
	    //    `Content-Type`, then append (`Content-Type`, body's type) to response's header list.
	    if (body.type != null && !getResponseState(response).headersList.contains('content-type', true)) {
	      getResponseState(response).headersList.append('content-type', body.type, true);
	    }
	  }
	}

	/**
	 * @see https://fetch.spec.whatwg.org/#response-create
	 * @param {any} innerResponse
	 * @param {'request' | 'immutable' | 'request-no-cors' | 'response' | 'none'} guard
	 * @returns {Response}
	 */
	function fromInnerResponse (innerResponse, guard) {
	  const response = new Response(kConstruct);
	  setResponseState(response, innerResponse);
	  const headers = new Headers(kConstruct);
	  setResponseHeaders(response, headers);
	  setHeadersList(headers, innerResponse.headersList);
	  setHeadersGuard(headers, guard);

	  // Note: If innerResponse's urlList contains a URL, it is a fetch response.
	  if (innerResponse.urlList.length !== 0 && innerResponse.body?.stream) {
	    // If the target (response) is reclaimed, the cleanup callback may be called at some point with
	    // the held value provided for it (innerResponse.body.stream). The held value can be any value:
	    // a primitive or an object, even undefined. If the held value is an object, the registry keeps
	    // a strong reference to it (so it can pass it to the cleanup callback later). Reworded from
	    // https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/FinalizationRegistry
	    streamRegistry.register(response, new WeakRef(innerResponse.body.stream));
	  }

	  return response
	}

	// https://fetch.spec.whatwg.org/#typedefdef-xmlhttprequestbodyinit
	webidl.converters.XMLHttpRequestBodyInit = function (V, prefix, name) {
	  if (typeof V === 'string') {
	    return webidl.converters.USVString(V, prefix, name)
	  }

	  if (webidl.is.Blob(V)) {
	    return V
	  }

	  if (webidl.is.BufferSource(V)) {
	    return V
	  }

	  if (webidl.is.FormData(V)) {
	    return V
	  }

	  if (webidl.is.URLSearchParams(V)) {
	    return V
	  }

	  return webidl.converters.DOMString(V, prefix, name)
	};

	// https://fetch.spec.whatwg.org/#bodyinit
	webidl.converters.BodyInit = function (V, prefix, argument) {
	  if (webidl.is.ReadableStream(V)) {
	    return V
	  }

	  // Note: the spec doesn't include async iterables,
	  // this is an undici extension.
	  if (V?.[Symbol.asyncIterator]) {
	    return V
	  }

	  return webidl.converters.XMLHttpRequestBodyInit(V, prefix, argument)
	};

	webidl.converters.ResponseInit = webidl.dictionaryConverter([
	  {
	    key: 'status',
	    converter: webidl.converters['unsigned short'],
	    defaultValue: () => 200
	  },
	  {
	    key: 'statusText',
	    converter: webidl.converters.ByteString,
	    defaultValue: () => ''
	  },
	  {
	    key: 'headers',
	    converter: webidl.converters.HeadersInit
	  }
	]);

	webidl.is.Response = webidl.util.MakeTypeAssertion(Response);

	response = {
	  isNetworkError,
	  makeNetworkError,
	  makeResponse,
	  makeAppropriateNetworkError,
	  filterResponse,
	  Response,
	  cloneResponse,
	  fromInnerResponse,
	  getResponseState
	};
	return response;
}

/* globals AbortController */

var request$1;
var hasRequiredRequest;

function requireRequest () {
	if (hasRequiredRequest) return request$1;
	hasRequiredRequest = 1;

	const { extractBody, mixinBody, cloneBody, bodyUnusable } = requireBody();
	const { Headers, fill: fillHeaders, HeadersList, setHeadersGuard, getHeadersGuard, setHeadersList, getHeadersList } = requireHeaders();
	const util = requireUtil$4();
	const nodeUtil = __require$7();
	const {
	  isValidHTTPToken,
	  sameOrigin,
	  environmentSettingsObject
	} = requireUtil$5();
	const {
	  forbiddenMethodsSet,
	  corsSafeListedMethodsSet,
	  referrerPolicy,
	  requestRedirect,
	  requestMode,
	  requestCredentials,
	  requestCache,
	  requestDuplex
	} = requireConstants$2();
	const { kEnumerableProperty, normalizedMethodRecordsBase, normalizedMethodRecords } = util;
	const { webidl } = requireWebidl();
	const { URLSerializer } = requireDataUrl();
	const { kConstruct } = requireSymbols();
	const assert = __require$5();
	const { getMaxListeners, setMaxListeners, defaultMaxListeners } = __require$a();

	const kAbortController = Symbol('abortController');

	const requestFinalizer = new FinalizationRegistry(({ signal, abort }) => {
	  signal.removeEventListener('abort', abort);
	});

	const dependentControllerMap = new WeakMap();

	let abortSignalHasEventHandlerLeakWarning;

	try {
	  abortSignalHasEventHandlerLeakWarning = getMaxListeners(new AbortController().signal) > 0;
	} catch {
	  abortSignalHasEventHandlerLeakWarning = false;
	}

	function buildAbort (acRef) {
	  return abort

	  function abort () {
	    const ac = acRef.deref();
	    if (ac !== undefined) {
	      // Currently, there is a problem with FinalizationRegistry.
	      // https://github.com/nodejs/node/issues/49344
	      // https://github.com/nodejs/node/issues/47748
	      // In the case of abort, the first step is to unregister from it.
	      // If the controller can refer to it, it is still registered.
	      // It will be removed in the future.
	      requestFinalizer.unregister(abort);

	      // Unsubscribe a listener.
	      // FinalizationRegistry will no longer be called, so this must be done.
	      this.removeEventListener('abort', abort);

	      ac.abort(this.reason);

	      const controllerList = dependentControllerMap.get(ac.signal);

	      if (controllerList !== undefined) {
	        if (controllerList.size !== 0) {
	          for (const ref of controllerList) {
	            const ctrl = ref.deref();
	            if (ctrl !== undefined) {
	              ctrl.abort(this.reason);
	            }
	          }
	          controllerList.clear();
	        }
	        dependentControllerMap.delete(ac.signal);
	      }
	    }
	  }
	}

	let patchMethodWarning = false;

	// https://fetch.spec.whatwg.org/#request-class
	class Request {
	  /** @type {AbortSignal} */
	  #signal

	  /** @type {import('../../dispatcher/dispatcher')} */
	  #dispatcher

	  /** @type {Headers} */
	  #headers

	  #state

	  // https://fetch.spec.whatwg.org/#dom-request
	  constructor (input, init = undefined) {
	    webidl.util.markAsUncloneable(this);

	    if (input === kConstruct) {
	      return
	    }

	    const prefix = 'Request constructor';
	    webidl.argumentLengthCheck(arguments, 1, prefix);

	    input = webidl.converters.RequestInfo(input);
	    init = webidl.converters.RequestInit(init);

	    // 1. Let request be null.
	    let request = null;

	    // 2. Let fallbackMode be null.
	    let fallbackMode = null;

	    // 3. Let baseURL be this\u2019s relevant settings object\u2019s API base URL.
	    const baseUrl = environmentSettingsObject.settingsObject.baseUrl;

	    // 4. Let signal be null.
	    let signal = null;

	    // 5. If input is a string, then:
	    if (typeof input === 'string') {
	      this.#dispatcher = init.dispatcher;

	      // 1. Let parsedURL be the result of parsing input with baseURL.
	      // 2. If parsedURL is failure, then throw a TypeError.
	      let parsedURL;
	      try {
	        parsedURL = new URL(input, baseUrl);
	      } catch (err) {
	        throw new TypeError('Failed to parse URL from ' + input, { cause: err })
	      }

	      // 3. If parsedURL includes credentials, then throw a TypeError.
	      if (parsedURL.username || parsedURL.password) {
	        throw new TypeError(
	          'Request cannot be constructed from a URL that includes credentials: ' +
	            input
	        )
	      }

	      // 4. Set request to a new request whose URL is parsedURL.
	      request = makeRequest({ urlList: [parsedURL] });

	      // 5. Set fallbackMode to "cors".
	      fallbackMode = 'cors';
	    } else {
	      // 6. Otherwise:

	      // 7. Assert: input is a Request object.
	      assert(webidl.is.Request(input));

	      // 8. Set request to input\u2019s request.
	      request = input.#state;

	      // 9. Set signal to input\u2019s signal.
	      signal = input.#signal;

	      this.#dispatcher = init.dispatcher || input.#dispatcher;
	    }

	    // 7. Let origin be this\u2019s relevant settings object\u2019s origin.
	    const origin = environmentSettingsObject.settingsObject.origin;

	    // 8. Let window be "client".
	    let window = 'client';

	    // 9. If request\u2019s window is an environment settings object and its origin
	    // is same origin with origin, then set window to request\u2019s window.
	    if (
	      request.window?.constructor?.name === 'EnvironmentSettingsObject' &&
	      sameOrigin(request.window, origin)
	    ) {
	      window = request.window;
	    }

	    // 10. If init["window"] exists and is non-null, then throw a TypeError.
	    if (init.window != null) {
	      throw new TypeError(`'window' option '${window}' must be null`)
	    }

	    // 11. If init["window"] exists, then set window to "no-window".
	    if ('window' in init) {
	      window = 'no-window';
	    }

	    // 12. Set request to a new request with the following properties:
	    request = makeRequest({
	      // URL request\u2019s URL.
	      // undici implementation note: this is set as the first item in request's urlList in makeRequest
	      // method request\u2019s method.
	      method: request.method,
	      // header list A copy of request\u2019s header list.
	      // undici implementation note: headersList is cloned in makeRequest
	      headersList: request.headersList,
	      // unsafe-request flag Set.
	      unsafeRequest: request.unsafeRequest,
	      // client This\u2019s relevant settings object.
	      client: environmentSettingsObject.settingsObject,
	      // window window.
	      window,
	      // priority request\u2019s priority.
	      priority: request.priority,
	      // origin request\u2019s origin. The propagation of the origin is only significant for navigation requests
	      // being handled by a service worker. In this scenario a request can have an origin that is different
	      // from the current client.
	      origin: request.origin,
	      // referrer request\u2019s referrer.
	      referrer: request.referrer,
	      // referrer policy request\u2019s referrer policy.
	      referrerPolicy: request.referrerPolicy,
	      // mode request\u2019s mode.
	      mode: request.mode,
	      // credentials mode request\u2019s credentials mode.
	      credentials: request.credentials,
	      // cache mode request\u2019s cache mode.
	      cache: request.cache,
	      // redirect mode request\u2019s redirect mode.
	      redirect: request.redirect,
	      // integrity metadata request\u2019s integrity metadata.
	      integrity: request.integrity,
	      // keepalive request\u2019s keepalive.
	      keepalive: request.keepalive,
	      // reload-navigation flag request\u2019s reload-navigation flag.
	      reloadNavigation: request.reloadNavigation,
	      // history-navigation flag request\u2019s history-navigation flag.
	      historyNavigation: request.historyNavigation,
	      // URL list A clone of request\u2019s URL list.
	      urlList: [...request.urlList]
	    });

	    const initHasKey = Object.keys(init).length !== 0;

	    // 13. If init is not empty, then:
	    if (initHasKey) {
	      // 1. If request\u2019s mode is "navigate", then set it to "same-origin".
	      if (request.mode === 'navigate') {
	        request.mode = 'same-origin';
	      }

	      // 2. Unset request\u2019s reload-navigation flag.
	      request.reloadNavigation = false;

	      // 3. Unset request\u2019s history-navigation flag.
	      request.historyNavigation = false;

	      // 4. Set request\u2019s origin to "client".
	      request.origin = 'client';

	      // 5. Set request\u2019s referrer to "client"
	      request.referrer = 'client';

	      // 6. Set request\u2019s referrer policy to the empty string.
	      request.referrerPolicy = '';

	      // 7. Set request\u2019s URL to request\u2019s current URL.
	      request.url = request.urlList[request.urlList.length - 1];

	      // 8. Set request\u2019s URL list to \u00ab request\u2019s URL \u00bb.
	      request.urlList = [request.url];
	    }

	    // 14. If init["referrer"] exists, then:
	    if (init.referrer !== undefined) {
	      // 1. Let referrer be init["referrer"].
	      const referrer = init.referrer;

	      // 2. If referrer is the empty string, then set request\u2019s referrer to "no-referrer".
	      if (referrer === '') {
	        request.referrer = 'no-referrer';
	      } else {
	        // 1. Let parsedReferrer be the result of parsing referrer with
	        // baseURL.
	        // 2. If parsedReferrer is failure, then throw a TypeError.
	        let parsedReferrer;
	        try {
	          parsedReferrer = new URL(referrer, baseUrl);
	        } catch (err) {
	          throw new TypeError(`Referrer "${referrer}" is not a valid URL.`, { cause: err })
	        }

	        // 3. If one of the following is true
	        // - parsedReferrer\u2019s scheme is "about" and path is the string "client"
	        // - parsedReferrer\u2019s origin is not same origin with origin
	        // then set request\u2019s referrer to "client".
	        if (
	          (parsedReferrer.protocol === 'about:' && parsedReferrer.hostname === 'client') ||
	          (origin && !sameOrigin(parsedReferrer, environmentSettingsObject.settingsObject.baseUrl))
	        ) {
	          request.referrer = 'client';
	        } else {
	          // 4. Otherwise, set request\u2019s referrer to parsedReferrer.
	          request.referrer = parsedReferrer;
	        }
	      }
	    }

	    // 15. If init["referrerPolicy"] exists, then set request\u2019s referrer policy
	    // to it.
	    if (init.referrerPolicy !== undefined) {
	      request.referrerPolicy = init.referrerPolicy;
	    }

	    // 16. Let mode be init["mode"] if it exists, and fallbackMode otherwise.
	    let mode;
	    if (init.mode !== undefined) {
	      mode = init.mode;
	    } else {
	      mode = fallbackMode;
	    }

	    // 17. If mode is "navigate", then throw a TypeError.
	    if (mode === 'navigate') {
	      throw webidl.errors.exception({
	        header: 'Request constructor',
	        message: 'invalid request mode navigate.'
	      })
	    }

	    // 18. If mode is non-null, set request\u2019s mode to mode.
	    if (mode != null) {
	      request.mode = mode;
	    }

	    // 19. If init["credentials"] exists, then set request\u2019s credentials mode
	    // to it.
	    if (init.credentials !== undefined) {
	      request.credentials = init.credentials;
	    }

	    // 18. If init["cache"] exists, then set request\u2019s cache mode to it.
	    if (init.cache !== undefined) {
	      request.cache = init.cache;
	    }

	    // 21. If request\u2019s cache mode is "only-if-cached" and request\u2019s mode is
	    // not "same-origin", then throw a TypeError.
	    if (request.cache === 'only-if-cached' && request.mode !== 'same-origin') {
	      throw new TypeError(
	        "'only-if-cached' can be set only with 'same-origin' mode"
	      )
	    }

	    // 22. If init["redirect"] exists, then set request\u2019s redirect mode to it.
	    if (init.redirect !== undefined) {
	      request.redirect = init.redirect;
	    }

	    // 23. If init["integrity"] exists, then set request\u2019s integrity metadata to it.
	    if (init.integrity != null) {
	      request.integrity = String(init.integrity);
	    }

	    // 24. If init["keepalive"] exists, then set request\u2019s keepalive to it.
	    if (init.keepalive !== undefined) {
	      request.keepalive = Boolean(init.keepalive);
	    }

	    // 25. If init["method"] exists, then:
	    if (init.method !== undefined) {
	      // 1. Let method be init["method"].
	      let method = init.method;

	      const mayBeNormalized = normalizedMethodRecords[method];

	      if (mayBeNormalized !== undefined) {
	        // Note: Bypass validation DELETE, GET, HEAD, OPTIONS, POST, PUT, PATCH and these lowercase ones
	        request.method = mayBeNormalized;
	      } else {
	        // 2. If method is not a method or method is a forbidden method, then
	        // throw a TypeError.
	        if (!isValidHTTPToken(method)) {
	          throw new TypeError(`'${method}' is not a valid HTTP method.`)
	        }

	        const upperCase = method.toUpperCase();

	        if (forbiddenMethodsSet.has(upperCase)) {
	          throw new TypeError(`'${method}' HTTP method is unsupported.`)
	        }

	        // 3. Normalize method.
	        // https://fetch.spec.whatwg.org/#concept-method-normalize
	        // Note: must be in uppercase
	        method = normalizedMethodRecordsBase[upperCase] ?? method;

	        // 4. Set request\u2019s method to method.
	        request.method = method;
	      }

	      if (!patchMethodWarning && request.method === 'patch') {
	        process.emitWarning('Using `patch` is highly likely to result in a `405 Method Not Allowed`. `PATCH` is much more likely to succeed.', {
	          code: 'UNDICI-FETCH-patch'
	        });

	        patchMethodWarning = true;
	      }
	    }

	    // 26. If init["signal"] exists, then set signal to it.
	    if (init.signal !== undefined) {
	      signal = init.signal;
	    }

	    // 27. Set this\u2019s request to request.
	    this.#state = request;

	    // 28. Set this\u2019s signal to a new AbortSignal object with this\u2019s relevant
	    // Realm.
	    // TODO: could this be simplified with AbortSignal.any
	    // (https://dom.spec.whatwg.org/#dom-abortsignal-any)
	    const ac = new AbortController();
	    this.#signal = ac.signal;

	    // 29. If signal is not null, then make this\u2019s signal follow signal.
	    if (signal != null) {
	      if (signal.aborted) {
	        ac.abort(signal.reason);
	      } else {
	        // Keep a strong ref to ac while request object
	        // is alive. This is needed to prevent AbortController
	        // from being prematurely garbage collected.
	        // See, https://github.com/nodejs/undici/issues/1926.
	        this[kAbortController] = ac;

	        const acRef = new WeakRef(ac);
	        const abort = buildAbort(acRef);

	        // If the max amount of listeners is equal to the default, increase it
	        if (abortSignalHasEventHandlerLeakWarning && getMaxListeners(signal) === defaultMaxListeners) {
	          setMaxListeners(1500, signal);
	        }

	        util.addAbortListener(signal, abort);
	        // The third argument must be a registry key to be unregistered.
	        // Without it, you cannot unregister.
	        // https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/FinalizationRegistry
	        // abort is used as the unregister key. (because it is unique)
	        requestFinalizer.register(ac, { signal, abort }, abort);
	      }
	    }

	    // 30. Set this\u2019s headers to a new Headers object with this\u2019s relevant
	    // Realm, whose header list is request\u2019s header list and guard is
	    // "request".
	    this.#headers = new Headers(kConstruct);
	    setHeadersList(this.#headers, request.headersList);
	    setHeadersGuard(this.#headers, 'request');

	    // 31. If this\u2019s request\u2019s mode is "no-cors", then:
	    if (mode === 'no-cors') {
	      // 1. If this\u2019s request\u2019s method is not a CORS-safelisted method,
	      // then throw a TypeError.
	      if (!corsSafeListedMethodsSet.has(request.method)) {
	        throw new TypeError(
	          `'${request.method} is unsupported in no-cors mode.`
	        )
	      }

	      // 2. Set this\u2019s headers\u2019s guard to "request-no-cors".
	      setHeadersGuard(this.#headers, 'request-no-cors');
	    }

	    // 32. If init is not empty, then:
	    if (initHasKey) {
	      /** @type {HeadersList} */
	      const headersList = getHeadersList(this.#headers);
	      // 1. Let headers be a copy of this\u2019s headers and its associated header
	      // list.
	      // 2. If init["headers"] exists, then set headers to init["headers"].
	      const headers = init.headers !== undefined ? init.headers : new HeadersList(headersList);

	      // 3. Empty this\u2019s headers\u2019s header list.
	      headersList.clear();

	      // 4. If headers is a Headers object, then for each header in its header
	      // list, append header\u2019s name/header\u2019s value to this\u2019s headers.
	      if (headers instanceof HeadersList) {
	        for (const { name, value } of headers.rawValues()) {
	          headersList.append(name, value, false);
	        }
	        // Note: Copy the `set-cookie` meta-data.
	        headersList.cookies = headers.cookies;
	      } else {
	        // 5. Otherwise, fill this\u2019s headers with headers.
	        fillHeaders(this.#headers, headers);
	      }
	    }

	    // 33. Let inputBody be input\u2019s request\u2019s body if input is a Request
	    // object; otherwise null.
	    const inputBody = webidl.is.Request(input) ? input.#state.body : null;

	    // 34. If either init["body"] exists and is non-null or inputBody is
	    // non-null, and request\u2019s method is `GET` or `HEAD`, then throw a
	    // TypeError.
	    if (
	      (init.body != null || inputBody != null) &&
	      (request.method === 'GET' || request.method === 'HEAD')
	    ) {
	      throw new TypeError('Request with GET/HEAD method cannot have body.')
	    }

	    // 35. Let initBody be null.
	    let initBody = null;

	    // 36. If init["body"] exists and is non-null, then:
	    if (init.body != null) {
	      // 1. Let Content-Type be null.
	      // 2. Set initBody and Content-Type to the result of extracting
	      // init["body"], with keepalive set to request\u2019s keepalive.
	      const [extractedBody, contentType] = extractBody(
	        init.body,
	        request.keepalive
	      );
	      initBody = extractedBody;

	      // 3, If Content-Type is non-null and this\u2019s headers\u2019s header list does
	      // not contain `Content-Type`, then append `Content-Type`/Content-Type to
	      // this\u2019s headers.
	      if (contentType && !getHeadersList(this.#headers).contains('content-type', true)) {
	        this.#headers.append('content-type', contentType, true);
	      }
	    }

	    // 37. Let inputOrInitBody be initBody if it is non-null; otherwise
	    // inputBody.
	    const inputOrInitBody = initBody ?? inputBody;

	    // 38. If inputOrInitBody is non-null and inputOrInitBody\u2019s source is
	    // null, then:
	    if (inputOrInitBody != null && inputOrInitBody.source == null) {
	      // 1. If initBody is non-null and init["duplex"] does not exist,
	      //    then throw a TypeError.
	      if (initBody != null && init.duplex == null) {
	        throw new TypeError('RequestInit: duplex option is required when sending a body.')
	      }

	      // 2. If this\u2019s request\u2019s mode is neither "same-origin" nor "cors",
	      // then throw a TypeError.
	      if (request.mode !== 'same-origin' && request.mode !== 'cors') {
	        throw new TypeError(
	          'If request is made from ReadableStream, mode should be "same-origin" or "cors"'
	        )
	      }

	      // 3. Set this\u2019s request\u2019s use-CORS-preflight flag.
	      request.useCORSPreflightFlag = true;
	    }

	    // 39. Let finalBody be inputOrInitBody.
	    let finalBody = inputOrInitBody;

	    // 40. If initBody is null and inputBody is non-null, then:
	    if (initBody == null && inputBody != null) {
	      // 1. If input is unusable, then throw a TypeError.
	      if (bodyUnusable(input.#state)) {
	        throw new TypeError(
	          'Cannot construct a Request with a Request object that has already been used.'
	        )
	      }

	      // 2. Set finalBody to the result of creating a proxy for inputBody.
	      // https://streams.spec.whatwg.org/#readablestream-create-a-proxy
	      const identityTransform = new TransformStream();
	      inputBody.stream.pipeThrough(identityTransform);
	      finalBody = {
	        source: inputBody.source,
	        length: inputBody.length,
	        stream: identityTransform.readable
	      };
	    }

	    // 41. Set this\u2019s request\u2019s body to finalBody.
	    this.#state.body = finalBody;
	  }

	  // Returns request\u2019s HTTP method, which is "GET" by default.
	  get method () {
	    webidl.brandCheck(this, Request);

	    // The method getter steps are to return this\u2019s request\u2019s method.
	    return this.#state.method
	  }

	  // Returns the URL of request as a string.
	  get url () {
	    webidl.brandCheck(this, Request);

	    // The url getter steps are to return this\u2019s request\u2019s URL, serialized.
	    return URLSerializer(this.#state.url)
	  }

	  // Returns a Headers object consisting of the headers associated with request.
	  // Note that headers added in the network layer by the user agent will not
	  // be accounted for in this object, e.g., the "Host" header.
	  get headers () {
	    webidl.brandCheck(this, Request);

	    // The headers getter steps are to return this\u2019s headers.
	    return this.#headers
	  }

	  // Returns the kind of resource requested by request, e.g., "document"
	  // or "script".
	  get destination () {
	    webidl.brandCheck(this, Request);

	    // The destination getter are to return this\u2019s request\u2019s destination.
	    return this.#state.destination
	  }

	  // Returns the referrer of request. Its value can be a same-origin URL if
	  // explicitly set in init, the empty string to indicate no referrer, and
	  // "about:client" when defaulting to the global\u2019s default. This is used
	  // during fetching to determine the value of the `Referer` header of the
	  // request being made.
	  get referrer () {
	    webidl.brandCheck(this, Request);

	    // 1. If this\u2019s request\u2019s referrer is "no-referrer", then return the
	    // empty string.
	    if (this.#state.referrer === 'no-referrer') {
	      return ''
	    }

	    // 2. If this\u2019s request\u2019s referrer is "client", then return
	    // "about:client".
	    if (this.#state.referrer === 'client') {
	      return 'about:client'
	    }

	    // Return this\u2019s request\u2019s referrer, serialized.
	    return this.#state.referrer.toString()
	  }

	  // Returns the referrer policy associated with request.
	  // This is used during fetching to compute the value of the request\u2019s
	  // referrer.
	  get referrerPolicy () {
	    webidl.brandCheck(this, Request);

	    // The referrerPolicy getter steps are to return this\u2019s request\u2019s referrer policy.
	    return this.#state.referrerPolicy
	  }

	  // Returns the mode associated with request, which is a string indicating
	  // whether the request will use CORS, or will be restricted to same-origin
	  // URLs.
	  get mode () {
	    webidl.brandCheck(this, Request);

	    // The mode getter steps are to return this\u2019s request\u2019s mode.
	    return this.#state.mode
	  }

	  // Returns the credentials mode associated with request,
	  // which is a string indicating whether credentials will be sent with the
	  // request always, never, or only when sent to a same-origin URL.
	  get credentials () {
	    webidl.brandCheck(this, Request);

	    // The credentials getter steps are to return this\u2019s request\u2019s credentials mode.
	    return this.#state.credentials
	  }

	  // Returns the cache mode associated with request,
	  // which is a string indicating how the request will
	  // interact with the browser\u2019s cache when fetching.
	  get cache () {
	    webidl.brandCheck(this, Request);

	    // The cache getter steps are to return this\u2019s request\u2019s cache mode.
	    return this.#state.cache
	  }

	  // Returns the redirect mode associated with request,
	  // which is a string indicating how redirects for the
	  // request will be handled during fetching. A request
	  // will follow redirects by default.
	  get redirect () {
	    webidl.brandCheck(this, Request);

	    // The redirect getter steps are to return this\u2019s request\u2019s redirect mode.
	    return this.#state.redirect
	  }

	  // Returns request\u2019s subresource integrity metadata, which is a
	  // cryptographic hash of the resource being fetched. Its value
	  // consists of multiple hashes separated by whitespace. [SRI]
	  get integrity () {
	    webidl.brandCheck(this, Request);

	    // The integrity getter steps are to return this\u2019s request\u2019s integrity
	    // metadata.
	    return this.#state.integrity
	  }

	  // Returns a boolean indicating whether or not request can outlive the
	  // global in which it was created.
	  get keepalive () {
	    webidl.brandCheck(this, Request);

	    // The keepalive getter steps are to return this\u2019s request\u2019s keepalive.
	    return this.#state.keepalive
	  }

	  // Returns a boolean indicating whether or not request is for a reload
	  // navigation.
	  get isReloadNavigation () {
	    webidl.brandCheck(this, Request);

	    // The isReloadNavigation getter steps are to return true if this\u2019s
	    // request\u2019s reload-navigation flag is set; otherwise false.
	    return this.#state.reloadNavigation
	  }

	  // Returns a boolean indicating whether or not request is for a history
	  // navigation (a.k.a. back-forward navigation).
	  get isHistoryNavigation () {
	    webidl.brandCheck(this, Request);

	    // The isHistoryNavigation getter steps are to return true if this\u2019s request\u2019s
	    // history-navigation flag is set; otherwise false.
	    return this.#state.historyNavigation
	  }

	  // Returns the signal associated with request, which is an AbortSignal
	  // object indicating whether or not request has been aborted, and its
	  // abort event handler.
	  get signal () {
	    webidl.brandCheck(this, Request);

	    // The signal getter steps are to return this\u2019s signal.
	    return this.#signal
	  }

	  get body () {
	    webidl.brandCheck(this, Request);

	    return this.#state.body ? this.#state.body.stream : null
	  }

	  get bodyUsed () {
	    webidl.brandCheck(this, Request);

	    return !!this.#state.body && util.isDisturbed(this.#state.body.stream)
	  }

	  get duplex () {
	    webidl.brandCheck(this, Request);

	    return 'half'
	  }

	  // Returns a clone of request.
	  clone () {
	    webidl.brandCheck(this, Request);

	    // 1. If this is unusable, then throw a TypeError.
	    if (bodyUnusable(this.#state)) {
	      throw new TypeError('unusable')
	    }

	    // 2. Let clonedRequest be the result of cloning this\u2019s request.
	    const clonedRequest = cloneRequest(this.#state);

	    // 3. Let clonedRequestObject be the result of creating a Request object,
	    // given clonedRequest, this\u2019s headers\u2019s guard, and this\u2019s relevant Realm.
	    // 4. Make clonedRequestObject\u2019s signal follow this\u2019s signal.
	    const ac = new AbortController();
	    if (this.signal.aborted) {
	      ac.abort(this.signal.reason);
	    } else {
	      let list = dependentControllerMap.get(this.signal);
	      if (list === undefined) {
	        list = new Set();
	        dependentControllerMap.set(this.signal, list);
	      }
	      const acRef = new WeakRef(ac);
	      list.add(acRef);
	      util.addAbortListener(
	        ac.signal,
	        buildAbort(acRef)
	      );
	    }

	    // 4. Return clonedRequestObject.
	    return fromInnerRequest(clonedRequest, this.#dispatcher, ac.signal, getHeadersGuard(this.#headers))
	  }

	  [nodeUtil.inspect.custom] (depth, options) {
	    if (options.depth === null) {
	      options.depth = 2;
	    }

	    options.colors ??= true;

	    const properties = {
	      method: this.method,
	      url: this.url,
	      headers: this.headers,
	      destination: this.destination,
	      referrer: this.referrer,
	      referrerPolicy: this.referrerPolicy,
	      mode: this.mode,
	      credentials: this.credentials,
	      cache: this.cache,
	      redirect: this.redirect,
	      integrity: this.integrity,
	      keepalive: this.keepalive,
	      isReloadNavigation: this.isReloadNavigation,
	      isHistoryNavigation: this.isHistoryNavigation,
	      signal: this.signal
	    };

	    return `Request ${nodeUtil.formatWithOptions(options, properties)}`
	  }

	  /**
	   * @param {Request} request
	   * @param {AbortSignal} newSignal
	   */
	  static setRequestSignal (request, newSignal) {
	    request.#signal = newSignal;
	    return request
	  }

	  /**
	   * @param {Request} request
	   */
	  static getRequestDispatcher (request) {
	    return request.#dispatcher
	  }

	  /**
	   * @param {Request} request
	   * @param {import('../../dispatcher/dispatcher')} newDispatcher
	   */
	  static setRequestDispatcher (request, newDispatcher) {
	    request.#dispatcher = newDispatcher;
	  }

	  /**
	   * @param {Request} request
	   * @param {Headers} newHeaders
	   */
	  static setRequestHeaders (request, newHeaders) {
	    request.#headers = newHeaders;
	  }

	  /**
	   * @param {Request} request
	   */
	  static getRequestState (request) {
	    return request.#state
	  }

	  /**
	   * @param {Request} request
	   * @param {any} newState
	   */
	  static setRequestState (request, newState) {
	    request.#state = newState;
	  }
	}

	const { setRequestSignal, getRequestDispatcher, setRequestDispatcher, setRequestHeaders, getRequestState, setRequestState } = Request;
	Reflect.deleteProperty(Request, 'setRequestSignal');
	Reflect.deleteProperty(Request, 'getRequestDispatcher');
	Reflect.deleteProperty(Request, 'setRequestDispatcher');
	Reflect.deleteProperty(Request, 'setRequestHeaders');
	Reflect.deleteProperty(Request, 'getRequestState');
	Reflect.deleteProperty(Request, 'setRequestState');

	mixinBody(Request, getRequestState);

	// https://fetch.spec.whatwg.org/#requests
	function makeRequest (init) {
	  return {
	    method: init.method ?? 'GET',
	    localURLsOnly: init.localURLsOnly ?? false,
	    unsafeRequest: init.unsafeRequest ?? false,
	    body: init.body ?? null,
	    client: init.client ?? null,
	    reservedClient: init.reservedClient ?? null,
	    replacesClientId: init.replacesClientId ?? '',
	    window: init.window ?? 'client',
	    keepalive: init.keepalive ?? false,
	    serviceWorkers: init.serviceWorkers ?? 'all',
	    initiator: init.initiator ?? '',
	    destination: init.destination ?? '',
	    priority: init.priority ?? null,
	    origin: init.origin ?? 'client',
	    policyContainer: init.policyContainer ?? 'client',
	    referrer: init.referrer ?? 'client',
	    referrerPolicy: init.referrerPolicy ?? '',
	    mode: init.mode ?? 'no-cors',
	    useCORSPreflightFlag: init.useCORSPreflightFlag ?? false,
	    credentials: init.credentials ?? 'same-origin',
	    useCredentials: init.useCredentials ?? false,
	    cache: init.cache ?? 'default',
	    redirect: init.redirect ?? 'follow',
	    integrity: init.integrity ?? '',
	    cryptoGraphicsNonceMetadata: init.cryptoGraphicsNonceMetadata ?? '',
	    parserMetadata: init.parserMetadata ?? '',
	    reloadNavigation: init.reloadNavigation ?? false,
	    historyNavigation: init.historyNavigation ?? false,
	    userActivation: init.userActivation ?? false,
	    taintedOrigin: init.taintedOrigin ?? false,
	    redirectCount: init.redirectCount ?? 0,
	    responseTainting: init.responseTainting ?? 'basic',
	    preventNoCacheCacheControlHeaderModification: init.preventNoCacheCacheControlHeaderModification ?? false,
	    done: init.done ?? false,
	    timingAllowFailed: init.timingAllowFailed ?? false,
	    useURLCredentials: init.useURLCredentials ?? undefined,
	    traversableForUserPrompts: init.traversableForUserPrompts ?? 'client',
	    urlList: init.urlList,
	    url: init.urlList[0],
	    headersList: init.headersList
	      ? new HeadersList(init.headersList)
	      : new HeadersList()
	  }
	}

	// https://fetch.spec.whatwg.org/#concept-request-clone
	function cloneRequest (request) {
	  // To clone a request request, run these steps:

	  // 1. Let newRequest be a copy of request, except for its body.
	  const newRequest = makeRequest({ ...request, body: null });

	  // 2. If request\u2019s body is non-null, set newRequest\u2019s body to the
	  // result of cloning request\u2019s body.
	  if (request.body != null) {
	    newRequest.body = cloneBody(request.body);
	  }

	  // 3. Return newRequest.
	  return newRequest
	}

	/**
	 * @see https://fetch.spec.whatwg.org/#request-create
	 * @param {any} innerRequest
	 * @param {import('../../dispatcher/agent')} dispatcher
	 * @param {AbortSignal} signal
	 * @param {'request' | 'immutable' | 'request-no-cors' | 'response' | 'none'} guard
	 * @returns {Request}
	 */
	function fromInnerRequest (innerRequest, dispatcher, signal, guard) {
	  const request = new Request(kConstruct);
	  setRequestState(request, innerRequest);
	  setRequestDispatcher(request, dispatcher);
	  setRequestSignal(request, signal);
	  const headers = new Headers(kConstruct);
	  setRequestHeaders(request, headers);
	  setHeadersList(headers, innerRequest.headersList);
	  setHeadersGuard(headers, guard);
	  return request
	}

	Object.defineProperties(Request.prototype, {
	  method: kEnumerableProperty,
	  url: kEnumerableProperty,
	  headers: kEnumerableProperty,
	  redirect: kEnumerableProperty,
	  clone: kEnumerableProperty,
	  signal: kEnumerableProperty,
	  duplex: kEnumerableProperty,
	  destination: kEnumerableProperty,
	  body: kEnumerableProperty,
	  bodyUsed: kEnumerableProperty,
	  isHistoryNavigation: kEnumerableProperty,
	  isReloadNavigation: kEnumerableProperty,
	  keepalive: kEnumerableProperty,
	  integrity: kEnumerableProperty,
	  cache: kEnumerableProperty,
	  credentials: kEnumerableProperty,
	  attribute: kEnumerableProperty,
	  referrerPolicy: kEnumerableProperty,
	  referrer: kEnumerableProperty,
	  mode: kEnumerableProperty,
	  [Symbol.toStringTag]: {
	    value: 'Request',
	    configurable: true
	  }
	});

	webidl.is.Request = webidl.util.MakeTypeAssertion(Request);

	/**
	 * @param {*} V
	 * @returns {import('../../../types/fetch').Request|string}
	 *
	 * @see https://fetch.spec.whatwg.org/#requestinfo
	 */
	webidl.converters.RequestInfo = function (V) {
	  if (typeof V === 'string') {
	    return webidl.converters.USVString(V)
	  }

	  if (webidl.is.Request(V)) {
	    return V
	  }

	  return webidl.converters.USVString(V)
	};

	/**
	 * @param {*} V
	 * @returns {import('../../../types/fetch').RequestInit}
	 * @see https://fetch.spec.whatwg.org/#requestinit
	 */
	webidl.converters.RequestInit = webidl.dictionaryConverter([
	  {
	    key: 'method',
	    converter: webidl.converters.ByteString
	  },
	  {
	    key: 'headers',
	    converter: webidl.converters.HeadersInit
	  },
	  {
	    key: 'body',
	    converter: webidl.nullableConverter(
	      webidl.converters.BodyInit
	    )
	  },
	  {
	    key: 'referrer',
	    converter: webidl.converters.USVString
	  },
	  {
	    key: 'referrerPolicy',
	    converter: webidl.converters.DOMString,
	    // https://w3c.github.io/webappsec-referrer-policy/#referrer-policy
	    allowedValues: referrerPolicy
	  },
	  {
	    key: 'mode',
	    converter: webidl.converters.DOMString,
	    // https://fetch.spec.whatwg.org/#concept-request-mode
	    allowedValues: requestMode
	  },
	  {
	    key: 'credentials',
	    converter: webidl.converters.DOMString,
	    // https://fetch.spec.whatwg.org/#requestcredentials
	    allowedValues: requestCredentials
	  },
	  {
	    key: 'cache',
	    converter: webidl.converters.DOMString,
	    // https://fetch.spec.whatwg.org/#requestcache
	    allowedValues: requestCache
	  },
	  {
	    key: 'redirect',
	    converter: webidl.converters.DOMString,
	    // https://fetch.spec.whatwg.org/#requestredirect
	    allowedValues: requestRedirect
	  },
	  {
	    key: 'integrity',
	    converter: webidl.converters.DOMString
	  },
	  {
	    key: 'keepalive',
	    converter: webidl.converters.boolean
	  },
	  {
	    key: 'signal',
	    converter: webidl.nullableConverter(
	      (signal) => webidl.converters.AbortSignal(
	        signal,
	        'RequestInit',
	        'signal'
	      )
	    )
	  },
	  {
	    key: 'window',
	    converter: webidl.converters.any
	  },
	  {
	    key: 'duplex',
	    converter: webidl.converters.DOMString,
	    allowedValues: requestDuplex
	  },
	  {
	    key: 'dispatcher', // undici specific option
	    converter: webidl.converters.any
	  },
	  {
	    key: 'priority',
	    converter: webidl.converters.DOMString,
	    allowedValues: ['high', 'low', 'auto'],
	    defaultValue: () => 'auto'
	  }
	]);

	request$1 = {
	  Request,
	  makeRequest,
	  fromInnerRequest,
	  cloneRequest,
	  getRequestDispatcher,
	  getRequestState
	};
	return request$1;
}

var subresourceIntegrity;
var hasRequiredSubresourceIntegrity;

function requireSubresourceIntegrity () {
	if (hasRequiredSubresourceIntegrity) return subresourceIntegrity;
	hasRequiredSubresourceIntegrity = 1;

	const assert = __require$5();
	const { runtimeFeatures } = requireRuntimeFeatures();
	const { asciiLowercase } = requireInfra();

	/**
	 * @typedef {object} Metadata
	 * @property {SRIHashAlgorithm} alg - The algorithm used for the hash.
	 * @property {string} val - The base64-encoded hash value.
	 */

	/**
	 * @typedef {Metadata[]} MetadataList
	 */

	/**
	 * @typedef {('sha256' | 'sha384' | 'sha512')} SRIHashAlgorithm
	 */

	/**
	 * @type {Map<SRIHashAlgorithm, number>}
	 *
	 * The valid SRI hash algorithm token set is the ordered set \u00ab "sha256",
	 * "sha384", "sha512" \u00bb (corresponding to SHA-256, SHA-384, and SHA-512
	 * respectively). The ordering of this set is meaningful, with stronger
	 * algorithms appearing later in the set.
	 *
	 * @see https://w3c.github.io/webappsec-subresource-integrity/#valid-sri-hash-algorithm-token-set
	 */
	const validSRIHashAlgorithmTokenSet = new Map([['sha256', 0], ['sha384', 1], ['sha512', 2]]);

	// https://nodejs.org/api/crypto.html#determining-if-crypto-support-is-unavailable
	/** @type {import('node:crypto')} */
	let crypto;

	if (runtimeFeatures.has('crypto')) {
	  crypto = __require$9();
	  const cryptoHashes = crypto.getHashes();

	  // If no hashes are available, we cannot support SRI.
	  if (cryptoHashes.length === 0) {
	    validSRIHashAlgorithmTokenSet.clear();
	  }

	  for (const algorithm of validSRIHashAlgorithmTokenSet.keys()) {
	    // If the algorithm is not supported, remove it from the list.
	    if (cryptoHashes.includes(algorithm) === false) {
	      validSRIHashAlgorithmTokenSet.delete(algorithm);
	    }
	  }
	} else {
	  // If crypto is not available, we cannot support SRI.
	  validSRIHashAlgorithmTokenSet.clear();
	}

	/**
	 * @typedef GetSRIHashAlgorithmIndex
	 * @type {(algorithm: SRIHashAlgorithm) => number}
	 * @param {SRIHashAlgorithm} algorithm
	 * @returns {number} The index of the algorithm in the valid SRI hash algorithm
	 * token set.
	 */

	const getSRIHashAlgorithmIndex = /** @type {GetSRIHashAlgorithmIndex} */ (Map.prototype.get.bind(
	  validSRIHashAlgorithmTokenSet));

	/**
	 * @typedef IsValidSRIHashAlgorithm
	 * @see https://w3c.github.io/webappsec-subresource-integrity/#valid-sri-hash-algorithm-token
	 * @type {(algorithm: string) => algorithm is SRIHashAlgorithm}
	 * @param {*} algorithm
	 * @returns {algorithm is SRIHashAlgorithm}
	 */
	const isValidSRIHashAlgorithm = (algorithm) => validSRIHashAlgorithmTokenSet.has(asciiLowercase(algorithm));

	/**
	 * @param {Uint8Array} bytes
	 * @param {string} metadataList
	 * @returns {boolean}
	 *
	 * @see https://w3c.github.io/webappsec-subresource-integrity/#does-response-match-metadatalist
	 */
	const bytesMatch = runtimeFeatures.has('crypto') === false || validSRIHashAlgorithmTokenSet.size === 0
	  // If node is not built with OpenSSL support, we cannot check
	  // a request's integrity, so allow it by default (the spec will
	  // allow requests if an invalid hash is given, as precedence).
	  ? () => true
	  : (bytes, metadataList) => {
	    // 1. Let parsedMetadata be the result of parsing metadataList.
	      const parsedMetadata = parseMetadata(metadataList);

	      // 2. If parsedMetadata is empty set, return true.
	      if (parsedMetadata.length === 0) {
	        return true
	      }

	      // 3. Let metadata be the result of getting the strongest
	      //    metadata from parsedMetadata.
	      const metadata = getStrongestMetadata(parsedMetadata);

	      // 4. For each item in metadata:
	      for (const item of metadata) {
	      // 1. Let algorithm be the item["alg"].
	        const algorithm = item.alg;

	        // 2. Let expectedValue be the item["val"].
	        const expectedValue = item.val;

	        // See https://github.com/web-platform-tests/wpt/commit/e4c5cc7a5e48093220528dfdd1c4012dc3837a0e
	        // "be liberal with padding". This is annoying, and it's not even in the spec.

	        // 3. Let actualValue be the result of applying algorithm to bytes .
	        const actualValue = applyAlgorithmToBytes(algorithm, bytes);

	        // 4. If actualValue is a case-sensitive match for expectedValue,
	        //    return true.
	        if (caseSensitiveMatch(actualValue, expectedValue)) {
	          return true
	        }
	      }

	      // 5. Return false.
	      return false
	    };

	/**
	 * @param {MetadataList} metadataList
	 * @returns {MetadataList} The strongest hash algorithm from the metadata list.
	 */
	function getStrongestMetadata (metadataList) {
	  // 1. Let result be the empty set and strongest be the empty string.
	  const result = [];
	  /** @type {Metadata|null} */
	  let strongest = null;

	  // 2. For each item in set:
	  for (const item of metadataList) {
	    // 1. Assert: item["alg"] is a valid SRI hash algorithm token.
	    assert(isValidSRIHashAlgorithm(item.alg), 'Invalid SRI hash algorithm token');

	    // 2. If result is the empty set, then:
	    if (result.length === 0) {
	      // 1. Append item to result.
	      result.push(item);

	      // 2. Set strongest to item.
	      strongest = item;

	      // 3. Continue.
	      continue
	    }

	    // 3. Let currentAlgorithm be strongest["alg"], and currentAlgorithmIndex be
	    // the index of currentAlgorithm in the valid SRI hash algorithm token set.
	    const currentAlgorithm = /** @type {Metadata} */ (strongest).alg;
	    const currentAlgorithmIndex = getSRIHashAlgorithmIndex(currentAlgorithm);

	    // 4. Let newAlgorithm be the item["alg"], and newAlgorithmIndex be the
	    // index of newAlgorithm in the valid SRI hash algorithm token set.
	    const newAlgorithm = item.alg;
	    const newAlgorithmIndex = getSRIHashAlgorithmIndex(newAlgorithm);

	    // 5. If newAlgorithmIndex is less than currentAlgorithmIndex, then continue.
	    if (newAlgorithmIndex < currentAlgorithmIndex) {
	      continue

	    // 6. Otherwise, if newAlgorithmIndex is greater than
	    // currentAlgorithmIndex:
	    } else if (newAlgorithmIndex > currentAlgorithmIndex) {
	      // 1. Set strongest to item.
	      strongest = item;

	      // 2. Set result to \u00ab item \u00bb.
	      result[0] = item;
	      result.length = 1;

	    // 7. Otherwise, newAlgorithmIndex and currentAlgorithmIndex are the same
	    // value. Append item to result.
	    } else {
	      result.push(item);
	    }
	  }

	  // 3. Return result.
	  return result
	}

	/**
	 * @param {string} metadata
	 * @returns {MetadataList}
	 *
	 * @see https://w3c.github.io/webappsec-subresource-integrity/#parse-metadata
	 */
	function parseMetadata (metadata) {
	  // 1. Let result be the empty set.
	  /** @type {MetadataList} */
	  const result = [];

	  // 2. For each item returned by splitting metadata on ASCII whitespace:
	  for (const item of metadata.split(/[\t\n\f\r ]+/)) {
	    // 1. Let expression-and-options be the result of splitting item on U+003F (?).
	    const expressionAndOptions = item.split('?', 1);

	    // 2. Let algorithm-expression be expression-and-options[0].
	    const algorithmExpression = expressionAndOptions[0];

	    // 3. Let base64-value be the empty string.
	    let base64Value = '';

	    // 4. Let algorithm-and-value be the result of splitting algorithm-expression on U+002D (-).
	    const algorithmAndValue = [algorithmExpression.slice(0, 6), algorithmExpression.slice(7)];

	    // 5. Let algorithm be algorithm-and-value[0].
	    const algorithm = algorithmAndValue[0];

	    // 6. If algorithm is not a valid SRI hash algorithm token, then continue.
	    if (!isValidSRIHashAlgorithm(algorithm)) {
	      continue
	    }

	    // 7. If algorithm-and-value[1] exists, set base64-value to
	    // algorithm-and-value[1].
	    if (algorithmAndValue[1]) {
	      base64Value = algorithmAndValue[1];
	    }

	    // 8. Let metadata be the ordered map
	    // \u00ab["alg" \u2192 algorithm, "val" \u2192 base64-value]\u00bb.
	    const metadata = {
	      // Possible spec bug?
	      alg: asciiLowercase(algorithm),
	      val: base64Value
	    };

	    // 9. Append metadata to result.
	    result.push(metadata);
	  }

	  // 3. Return result.
	  return result
	}

	/**
	 * Applies the specified hash algorithm to the given bytes
	 *
	 * @typedef {(algorithm: SRIHashAlgorithm, bytes: Uint8Array) => string} ApplyAlgorithmToBytes
	 * @param {SRIHashAlgorithm} algorithm
	 * @param {Uint8Array} bytes
	 * @returns {string}
	 */
	const applyAlgorithmToBytes = (algorithm, bytes) => {
	  return crypto.hash(algorithm, bytes, 'base64')
	};

	/**
	 * Compares two base64 strings, allowing for base64url
	 * in the second string.
	 *
	 * @param {string} actualValue base64 encoded string
	 * @param {string} expectedValue base64 or base64url encoded string
	 * @returns {boolean}
	 */
	function caseSensitiveMatch (actualValue, expectedValue) {
	  // Ignore padding characters from the end of the strings by
	  // decreasing the length by 1 or 2 if the last characters are `=`.
	  let actualValueLength = actualValue.length;
	  if (actualValueLength !== 0 && actualValue[actualValueLength - 1] === '=') {
	    actualValueLength -= 1;
	  }
	  if (actualValueLength !== 0 && actualValue[actualValueLength - 1] === '=') {
	    actualValueLength -= 1;
	  }
	  let expectedValueLength = expectedValue.length;
	  if (expectedValueLength !== 0 && expectedValue[expectedValueLength - 1] === '=') {
	    expectedValueLength -= 1;
	  }
	  if (expectedValueLength !== 0 && expectedValue[expectedValueLength - 1] === '=') {
	    expectedValueLength -= 1;
	  }

	  if (actualValueLength !== expectedValueLength) {
	    return false
	  }

	  for (let i = 0; i < actualValueLength; ++i) {
	    if (
	      actualValue[i] === expectedValue[i] ||
	      (actualValue[i] === '+' && expectedValue[i] === '-') ||
	      (actualValue[i] === '/' && expectedValue[i] === '_')
	    ) {
	      continue
	    }
	    return false
	  }

	  return true
	}

	subresourceIntegrity = {
	  applyAlgorithmToBytes,
	  bytesMatch,
	  caseSensitiveMatch,
	  isValidSRIHashAlgorithm,
	  getStrongestMetadata,
	  parseMetadata
	};
	return subresourceIntegrity;
}

var fetch_1;
var hasRequiredFetch;

function requireFetch () {
	if (hasRequiredFetch) return fetch_1;
	hasRequiredFetch = 1;

	const {
	  makeNetworkError,
	  makeAppropriateNetworkError,
	  filterResponse,
	  makeResponse,
	  fromInnerResponse,
	  getResponseState
	} = requireResponse();
	const { HeadersList } = requireHeaders();
	const { Request, cloneRequest, getRequestDispatcher, getRequestState } = requireRequest();
	const zlib = __require$c();
	const {
	  makePolicyContainer,
	  clonePolicyContainer,
	  requestBadPort,
	  TAOCheck,
	  appendRequestOriginHeader,
	  responseLocationURL,
	  requestCurrentURL,
	  setRequestReferrerPolicyOnRedirect,
	  tryUpgradeRequestToAPotentiallyTrustworthyURL,
	  createOpaqueTimingInfo,
	  appendFetchMetadata,
	  corsCheck,
	  crossOriginResourcePolicyCheck,
	  determineRequestsReferrer,
	  coarsenedSharedCurrentTime,
	  sameOrigin,
	  isCancelled,
	  isAborted,
	  isErrorLike,
	  fullyReadBody,
	  readableStreamClose,
	  urlIsLocal,
	  urlIsHttpHttpsScheme,
	  urlHasHttpsScheme,
	  clampAndCoarsenConnectionTimingInfo,
	  simpleRangeHeaderValue,
	  buildContentRange,
	  createInflate,
	  extractMimeType,
	  hasAuthenticationEntry,
	  includesCredentials,
	  isTraversableNavigable
	} = requireUtil$5();
	const assert = __require$5();
	const { safelyExtractBody, extractBody } = requireBody();
	const {
	  redirectStatusSet,
	  nullBodyStatus,
	  safeMethodsSet,
	  requestBodyHeader,
	  subresourceSet
	} = requireConstants$2();
	const EE = __require$a();
	const { Readable, pipeline, finished, isErrored, isReadable } = __require$8();
	const { addAbortListener, bufferToLowerCasedHeaderName } = requireUtil$4();
	const { dataURLProcessor, serializeAMimeType, minimizeSupportedMimeType } = requireDataUrl();
	const { getGlobalDispatcher } = requireGlobal();
	const { webidl } = requireWebidl();
	const { STATUS_CODES } = __require$6();
	const { bytesMatch } = requireSubresourceIntegrity();
	const { createDeferredPromise } = requirePromise();
	const { isomorphicEncode } = requireInfra();
	const { runtimeFeatures } = requireRuntimeFeatures();

	// Node.js v23.8.0+ and v22.15.0+ supports Zstandard
	const hasZstd = runtimeFeatures.has('zstd');

	const GET_OR_HEAD = ['GET', 'HEAD'];

	const defaultUserAgent = typeof __UNDICI_IS_NODE__ !== 'undefined' || typeof esbuildDetection !== 'undefined'
	  ? 'node'
	  : 'undici';

	/** @type {import('buffer').resolveObjectURL} */
	let resolveObjectURL;

	class Fetch extends EE {
	  constructor (dispatcher) {
	    super();

	    this.dispatcher = dispatcher;
	    this.connection = null;
	    this.dump = false;
	    this.state = 'ongoing';
	  }

	  terminate (reason) {
	    if (this.state !== 'ongoing') {
	      return
	    }

	    this.state = 'terminated';
	    this.connection?.destroy(reason);
	    this.emit('terminated', reason);
	  }

	  // https://fetch.spec.whatwg.org/#fetch-controller-abort
	  abort (error) {
	    if (this.state !== 'ongoing') {
	      return
	    }

	    // 1. Set controller\u2019s state to "aborted".
	    this.state = 'aborted';

	    // 2. Let fallbackError be an "AbortError" DOMException.
	    // 3. Set error to fallbackError if it is not given.
	    if (!error) {
	      error = new DOMException('The operation was aborted.', 'AbortError');
	    }

	    // 4. Let serializedError be StructuredSerialize(error).
	    //    If that threw an exception, catch it, and let
	    //    serializedError be StructuredSerialize(fallbackError).

	    // 5. Set controller\u2019s serialized abort reason to serializedError.
	    this.serializedAbortReason = error;

	    this.connection?.destroy(error);
	    this.emit('terminated', error);
	  }
	}

	function handleFetchDone (response) {
	  finalizeAndReportTiming(response, 'fetch');
	}

	// https://fetch.spec.whatwg.org/#fetch-method
	function fetch (input, init = undefined) {
	  webidl.argumentLengthCheck(arguments, 1, 'globalThis.fetch');

	  // 1. Let p be a new promise.
	  let p = createDeferredPromise();

	  // 2. Let requestObject be the result of invoking the initial value of
	  // Request as constructor with input and init as arguments. If this throws
	  // an exception, reject p with it and return p.
	  let requestObject;

	  try {
	    requestObject = new Request(input, init);
	  } catch (e) {
	    p.reject(e);
	    return p.promise
	  }

	  // 3. Let request be requestObject\u2019s request.
	  const request = getRequestState(requestObject);

	  // 4. If requestObject\u2019s signal\u2019s aborted flag is set, then:
	  if (requestObject.signal.aborted) {
	    // 1. Abort the fetch() call with p, request, null, and
	    //    requestObject\u2019s signal\u2019s abort reason.
	    abortFetch(p, request, null, requestObject.signal.reason, null);

	    // 2. Return p.
	    return p.promise
	  }

	  // 5. Let globalObject be request\u2019s client\u2019s global object.
	  const globalObject = request.client.globalObject;

	  // 6. If globalObject is a ServiceWorkerGlobalScope object, then set
	  // request\u2019s service-workers mode to "none".
	  if (globalObject?.constructor?.name === 'ServiceWorkerGlobalScope') {
	    request.serviceWorkers = 'none';
	  }

	  // 7. Let responseObject be null.
	  let responseObject = null;

	  // 8. Let relevantRealm be this\u2019s relevant Realm.

	  // 9. Let locallyAborted be false.
	  let locallyAborted = false;

	  // 10. Let controller be null.
	  let controller = null;

	  // 11. Add the following abort steps to requestObject\u2019s signal:
	  addAbortListener(
	    requestObject.signal,
	    () => {
	      // 1. Set locallyAborted to true.
	      locallyAborted = true;

	      // 2. Assert: controller is non-null.
	      assert(controller != null);

	      // 3. Abort controller with requestObject\u2019s signal\u2019s abort reason.
	      controller.abort(requestObject.signal.reason);

	      const realResponse = responseObject?.deref();

	      // 4. Abort the fetch() call with p, request, responseObject,
	      //    and requestObject\u2019s signal\u2019s abort reason.
	      abortFetch(p, request, realResponse, requestObject.signal.reason, controller.controller);
	    }
	  );

	  // 12. Let handleFetchDone given response response be to finalize and
	  // report timing with response, globalObject, and "fetch".
	  // see function handleFetchDone

	  // 13. Set controller to the result of calling fetch given request,
	  // with processResponseEndOfBody set to handleFetchDone, and processResponse
	  // given response being these substeps:

	  const processResponse = (response) => {
	    // 1. If locallyAborted is true, terminate these substeps.
	    if (locallyAborted) {
	      return
	    }

	    // 2. If response\u2019s aborted flag is set, then:
	    if (response.aborted) {
	      // 1. Let deserializedError be the result of deserialize a serialized
	      //    abort reason given controller\u2019s serialized abort reason and
	      //    relevantRealm.

	      // 2. Abort the fetch() call with p, request, responseObject, and
	      //    deserializedError.

	      abortFetch(p, request, responseObject, controller.serializedAbortReason, controller.controller);
	      return
	    }

	    // 3. If response is a network error, then reject p with a TypeError
	    // and terminate these substeps.
	    if (response.type === 'error') {
	      p.reject(new TypeError('fetch failed', { cause: response.error }));
	      return
	    }

	    // 4. Set responseObject to the result of creating a Response object,
	    // given response, "immutable", and relevantRealm.
	    responseObject = new WeakRef(fromInnerResponse(response, 'immutable'));

	    // 5. Resolve p with responseObject.
	    p.resolve(responseObject.deref());
	    p = null;
	  };

	  controller = fetching({
	    request,
	    processResponseEndOfBody: handleFetchDone,
	    processResponse,
	    dispatcher: getRequestDispatcher(requestObject), // undici
	    // Keep requestObject alive to prevent its AbortController from being GC'd
	    // See https://github.com/nodejs/undici/issues/4627
	    requestObject
	  });

	  // 14. Return p.
	  return p.promise
	}

	// https://fetch.spec.whatwg.org/#finalize-and-report-timing
	function finalizeAndReportTiming (response, initiatorType = 'other') {
	  // 1. If response is an aborted network error, then return.
	  if (response.type === 'error' && response.aborted) {
	    return
	  }

	  // 2. If response\u2019s URL list is null or empty, then return.
	  if (!response.urlList?.length) {
	    return
	  }

	  // 3. Let originalURL be response\u2019s URL list[0].
	  const originalURL = response.urlList[0];

	  // 4. Let timingInfo be response\u2019s timing info.
	  let timingInfo = response.timingInfo;

	  // 5. Let cacheState be response\u2019s cache state.
	  let cacheState = response.cacheState;

	  // 6. If originalURL\u2019s scheme is not an HTTP(S) scheme, then return.
	  if (!urlIsHttpHttpsScheme(originalURL)) {
	    return
	  }

	  // 7. If timingInfo is null, then return.
	  if (timingInfo === null) {
	    return
	  }

	  // 8. If response\u2019s timing allow passed flag is not set, then:
	  if (!response.timingAllowPassed) {
	    //  1. Set timingInfo to a the result of creating an opaque timing info for timingInfo.
	    timingInfo = createOpaqueTimingInfo({
	      startTime: timingInfo.startTime
	    });

	    //  2. Set cacheState to the empty string.
	    cacheState = '';
	  }

	  // 9. Set timingInfo\u2019s end time to the coarsened shared current time
	  // given global\u2019s relevant settings object\u2019s cross-origin isolated
	  // capability.
	  // TODO: given global\u2019s relevant settings object\u2019s cross-origin isolated
	  // capability?
	  timingInfo.endTime = coarsenedSharedCurrentTime();

	  // 10. Set response\u2019s timing info to timingInfo.
	  response.timingInfo = timingInfo;

	  // 11. Mark resource timing for timingInfo, originalURL, initiatorType,
	  // global, and cacheState.
	  markResourceTiming(
	    timingInfo,
	    originalURL.href,
	    initiatorType,
	    globalThis,
	    cacheState,
	    '', // bodyType
	    response.status
	  );
	}

	// https://w3c.github.io/resource-timing/#dfn-mark-resource-timing
	const markResourceTiming = performance.markResourceTiming;

	// https://fetch.spec.whatwg.org/#abort-fetch
	function abortFetch (p, request, responseObject, error, controller /* undici-specific */) {
	  // 1. Reject promise with error.
	  if (p) {
	    // We might have already resolved the promise at this stage
	    p.reject(error);
	  }

	  // 2. If request\u2019s body is not null and is readable, then cancel request\u2019s
	  // body with error.
	  if (request.body?.stream != null && isReadable(request.body.stream)) {
	    request.body.stream.cancel(error).catch((err) => {
	      if (err.code === 'ERR_INVALID_STATE') {
	        // Node bug?
	        return
	      }
	      throw err
	    });
	  }

	  // 3. If responseObject is null, then return.
	  if (responseObject == null) {
	    return
	  }

	  // 4. Let response be responseObject\u2019s response.
	  const response = getResponseState(responseObject);

	  // 5. If response\u2019s body is not null and is readable, then error response\u2019s
	  // body with error.
	  if (response.body?.stream != null && isReadable(response.body.stream)) {
	    controller.error(error);
	  }
	}

	// https://fetch.spec.whatwg.org/#fetching
	function fetching ({
	  request,
	  processRequestBodyChunkLength,
	  processRequestEndOfBody,
	  processResponse,
	  processResponseEndOfBody,
	  processResponseConsumeBody,
	  useParallelQueue = false,
	  dispatcher = getGlobalDispatcher(), // undici
	  requestObject = null // Keep alive to prevent AbortController GC, see #4627
	}) {
	  // Ensure that the dispatcher is set accordingly
	  assert(dispatcher);

	  // 1. Let taskDestination be null.
	  let taskDestination = null;

	  // 2. Let crossOriginIsolatedCapability be false.
	  let crossOriginIsolatedCapability = false;

	  // 3. If request\u2019s client is non-null, then:
	  if (request.client != null) {
	    // 1. Set taskDestination to request\u2019s client\u2019s global object.
	    taskDestination = request.client.globalObject;

	    // 2. Set crossOriginIsolatedCapability to request\u2019s client\u2019s cross-origin
	    // isolated capability.
	    crossOriginIsolatedCapability =
	      request.client.crossOriginIsolatedCapability;
	  }

	  // 4. If useParallelQueue is true, then set taskDestination to the result of
	  // starting a new parallel queue.
	  // TODO

	  // 5. Let timingInfo be a new fetch timing info whose start time and
	  // post-redirect start time are the coarsened shared current time given
	  // crossOriginIsolatedCapability.
	  const currentTime = coarsenedSharedCurrentTime(crossOriginIsolatedCapability);
	  const timingInfo = createOpaqueTimingInfo({
	    startTime: currentTime
	  });

	  // 6. Let fetchParams be a new fetch params whose
	  // request is request,
	  // timing info is timingInfo,
	  // process request body chunk length is processRequestBodyChunkLength,
	  // process request end-of-body is processRequestEndOfBody,
	  // process response is processResponse,
	  // process response consume body is processResponseConsumeBody,
	  // process response end-of-body is processResponseEndOfBody,
	  // task destination is taskDestination,
	  // and cross-origin isolated capability is crossOriginIsolatedCapability.
	  const fetchParams = {
	    controller: new Fetch(dispatcher),
	    request,
	    timingInfo,
	    processRequestBodyChunkLength,
	    processRequestEndOfBody,
	    processResponse,
	    processResponseConsumeBody,
	    processResponseEndOfBody,
	    taskDestination,
	    crossOriginIsolatedCapability,
	    // Keep requestObject alive to prevent its AbortController from being GC'd
	    requestObject
	  };

	  // 7. If request\u2019s body is a byte sequence, then set request\u2019s body to
	  //    request\u2019s body as a body.
	  // NOTE: Since fetching is only called from fetch, body should already be
	  // extracted.
	  assert(!request.body || request.body.stream);

	  // 8. If request\u2019s window is "client", then set request\u2019s window to request\u2019s
	  // client, if request\u2019s client\u2019s global object is a Window object; otherwise
	  // "no-window".
	  if (request.window === 'client') {
	    // TODO: What if request.client is null?
	    request.window =
	      request.client?.globalObject?.constructor?.name === 'Window'
	        ? request.client
	        : 'no-window';
	  }

	  // 9. If request\u2019s origin is "client", then set request\u2019s origin to request\u2019s
	  // client\u2019s origin.
	  if (request.origin === 'client') {
	    request.origin = request.client.origin;
	  }

	  // 10. If all of the following conditions are true:
	  // TODO

	  // 11. If request\u2019s policy container is "client", then:
	  if (request.policyContainer === 'client') {
	    // 1. If request\u2019s client is non-null, then set request\u2019s policy
	    // container to a clone of request\u2019s client\u2019s policy container. [HTML]
	    if (request.client != null) {
	      request.policyContainer = clonePolicyContainer(
	        request.client.policyContainer
	      );
	    } else {
	      // 2. Otherwise, set request\u2019s policy container to a new policy
	      // container.
	      request.policyContainer = makePolicyContainer();
	    }
	  }

	  // 12. If request\u2019s header list does not contain `Accept`, then:
	  if (!request.headersList.contains('accept', true)) {
	    // 1. Let value be `*/*`.
	    const value = '*/*';

	    // 2. A user agent should set value to the first matching statement, if
	    // any, switching on request\u2019s destination:
	    // "document"
	    // "frame"
	    // "iframe"
	    // `text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8`
	    // "image"
	    // `image/png,image/svg+xml,image/*;q=0.8,*/*;q=0.5`
	    // "style"
	    // `text/css,*/*;q=0.1`
	    // TODO

	    // 3. Append `Accept`/value to request\u2019s header list.
	    request.headersList.append('accept', value, true);
	  }

	  // 13. If request\u2019s header list does not contain `Accept-Language`, then
	  // user agents should append `Accept-Language`/an appropriate value to
	  // request\u2019s header list.
	  if (!request.headersList.contains('accept-language', true)) {
	    request.headersList.append('accept-language', '*', true);
	  }

	  // 14. If request\u2019s priority is null, then use request\u2019s initiator and
	  // destination appropriately in setting request\u2019s priority to a
	  // user-agent-defined object.
	  if (request.priority === null) ;

	  // 15. If request is a subresource request, then:
	  if (subresourceSet.has(request.destination)) ;

	  // 16. Run main fetch given fetchParams.
	  mainFetch(fetchParams, false);

	  // 17. Return fetchParam's controller
	  return fetchParams.controller
	}

	// https://fetch.spec.whatwg.org/#concept-main-fetch
	async function mainFetch (fetchParams, recursive) {
	  try {
	    // 1. Let request be fetchParams\u2019s request.
	    const request = fetchParams.request;

	    // 2. Let response be null.
	    let response = null;

	    // 3. If request\u2019s local-URLs-only flag is set and request\u2019s current URL is
	    // not local, then set response to a network error.
	    if (request.localURLsOnly && !urlIsLocal(requestCurrentURL(request))) {
	      response = makeNetworkError('local URLs only');
	    }

	    // 4. Run report Content Security Policy violations for request.
	    // TODO

	    // 5. Upgrade request to a potentially trustworthy URL, if appropriate.
	    tryUpgradeRequestToAPotentiallyTrustworthyURL(request);

	    // 6. If should request be blocked due to a bad port, should fetching request
	    // be blocked as mixed content, or should request be blocked by Content
	    // Security Policy returns blocked, then set response to a network error.
	    if (requestBadPort(request) === 'blocked') {
	      response = makeNetworkError('bad port');
	    }
	    // TODO: should fetching request be blocked as mixed content?
	    // TODO: should request be blocked by Content Security Policy?

	    // 7. If request\u2019s referrer policy is the empty string, then set request\u2019s
	    // referrer policy to request\u2019s policy container\u2019s referrer policy.
	    if (request.referrerPolicy === '') {
	      request.referrerPolicy = request.policyContainer.referrerPolicy;
	    }

	    // 8. If request\u2019s referrer is not "no-referrer", then set request\u2019s
	    // referrer to the result of invoking determine request\u2019s referrer.
	    if (request.referrer !== 'no-referrer') {
	      request.referrer = determineRequestsReferrer(request);
	    }

	    // 9. Set request\u2019s current URL\u2019s scheme to "https" if all of the following
	    // conditions are true:
	    // - request\u2019s current URL\u2019s scheme is "http"
	    // - request\u2019s current URL\u2019s host is a domain
	    // - Matching request\u2019s current URL\u2019s host per Known HSTS Host Domain Name
	    //   Matching results in either a superdomain match with an asserted
	    //   includeSubDomains directive or a congruent match (with or without an
	    //   asserted includeSubDomains directive). [HSTS]
	    // TODO

	    // 10. If recursive is false, then run the remaining steps in parallel.
	    // TODO

	    // 11. If response is null, then set response to the result of running
	    // the steps corresponding to the first matching statement:
	    if (response === null) {
	      const currentURL = requestCurrentURL(request);
	      if (
	        // - request\u2019s current URL\u2019s origin is same origin with request\u2019s origin,
	        //   and request\u2019s response tainting is "basic"
	        (sameOrigin(currentURL, request.url) && request.responseTainting === 'basic') ||
	        // request\u2019s current URL\u2019s scheme is "data"
	        (currentURL.protocol === 'data:') ||
	        // - request\u2019s mode is "navigate" or "websocket"
	        (request.mode === 'navigate' || request.mode === 'websocket')
	      ) {
	        // 1. Set request\u2019s response tainting to "basic".
	        request.responseTainting = 'basic';

	        // 2. Return the result of running scheme fetch given fetchParams.
	        response = await schemeFetch(fetchParams);

	      // request\u2019s mode is "same-origin"
	      } else if (request.mode === 'same-origin') {
	        // 1. Return a network error.
	        response = makeNetworkError('request mode cannot be "same-origin"');

	      // request\u2019s mode is "no-cors"
	      } else if (request.mode === 'no-cors') {
	        // 1. If request\u2019s redirect mode is not "follow", then return a network
	        // error.
	        if (request.redirect !== 'follow') {
	          response = makeNetworkError(
	            'redirect mode cannot be "follow" for "no-cors" request'
	          );
	        } else {
	          // 2. Set request\u2019s response tainting to "opaque".
	          request.responseTainting = 'opaque';

	          // 3. Return the result of running scheme fetch given fetchParams.
	          response = await schemeFetch(fetchParams);
	        }
	      // request\u2019s current URL\u2019s scheme is not an HTTP(S) scheme
	      } else if (!urlIsHttpHttpsScheme(requestCurrentURL(request))) {
	        // Return a network error.
	        response = makeNetworkError('URL scheme must be a HTTP(S) scheme');

	        // - request\u2019s use-CORS-preflight flag is set
	        // - request\u2019s unsafe-request flag is set and either request\u2019s method is
	        //   not a CORS-safelisted method or CORS-unsafe request-header names with
	        //   request\u2019s header list is not empty
	        //    1. Set request\u2019s response tainting to "cors".
	        //    2. Let corsWithPreflightResponse be the result of running HTTP fetch
	        //    given fetchParams and true.
	        //    3. If corsWithPreflightResponse is a network error, then clear cache
	        //    entries using request.
	        //    4. Return corsWithPreflightResponse.
	        // TODO

	      // Otherwise
	      } else {
	        //    1. Set request\u2019s response tainting to "cors".
	        request.responseTainting = 'cors';

	        //    2. Return the result of running HTTP fetch given fetchParams.
	        response = await httpFetch(fetchParams);
	      }
	    }

	    // 12. If recursive is true, then return response.
	    if (recursive) {
	      return response
	    }

	    // 13. If response is not a network error and response is not a filtered
	    // response, then:
	    if (response.status !== 0 && !response.internalResponse) {
	      // If request\u2019s response tainting is "cors", then:
	      if (request.responseTainting === 'cors') {
	        // 1. Let headerNames be the result of extracting header list values
	        // given `Access-Control-Expose-Headers` and response\u2019s header list.
	        // TODO
	        // 2. If request\u2019s credentials mode is not "include" and headerNames
	        // contains `*`, then set response\u2019s CORS-exposed header-name list to
	        // all unique header names in response\u2019s header list.
	        // TODO
	        // 3. Otherwise, if headerNames is not null or failure, then set
	        // response\u2019s CORS-exposed header-name list to headerNames.
	        // TODO
	      }

	      // Set response to the following filtered response with response as its
	      // internal response, depending on request\u2019s response tainting:
	      if (request.responseTainting === 'basic') {
	        response = filterResponse(response, 'basic');
	      } else if (request.responseTainting === 'cors') {
	        response = filterResponse(response, 'cors');
	      } else if (request.responseTainting === 'opaque') {
	        response = filterResponse(response, 'opaque');
	      } else {
	        assert(false);
	      }
	    }

	    // 14. Let internalResponse be response, if response is a network error,
	    // and response\u2019s internal response otherwise.
	    let internalResponse =
	      response.status === 0 ? response : response.internalResponse;

	    // 15. If internalResponse\u2019s URL list is empty, then set it to a clone of
	    // request\u2019s URL list.
	    if (internalResponse.urlList.length === 0) {
	      internalResponse.urlList.push(...request.urlList);
	    }

	    // 16. If request\u2019s timing allow failed flag is unset, then set
	    // internalResponse\u2019s timing allow passed flag.
	    if (!request.timingAllowFailed) {
	      response.timingAllowPassed = true;
	    }

	    // 17. If response is not a network error and any of the following returns
	    // blocked
	    // - should internalResponse to request be blocked as mixed content
	    // - should internalResponse to request be blocked by Content Security Policy
	    // - should internalResponse to request be blocked due to its MIME type
	    // - should internalResponse to request be blocked due to nosniff
	    // TODO

	    // 18. If response\u2019s type is "opaque", internalResponse\u2019s status is 206,
	    // internalResponse\u2019s range-requested flag is set, and request\u2019s header
	    // list does not contain `Range`, then set response and internalResponse
	    // to a network error.
	    if (
	      response.type === 'opaque' &&
	      internalResponse.status === 206 &&
	      internalResponse.rangeRequested &&
	      !request.headers.contains('range', true)
	    ) {
	      response = internalResponse = makeNetworkError();
	    }

	    // 19. If response is not a network error and either request\u2019s method is
	    // `HEAD` or `CONNECT`, or internalResponse\u2019s status is a null body status,
	    // set internalResponse\u2019s body to null and disregard any enqueuing toward
	    // it (if any).
	    if (
	      response.status !== 0 &&
	      (request.method === 'HEAD' ||
	        request.method === 'CONNECT' ||
	        nullBodyStatus.includes(internalResponse.status))
	    ) {
	      internalResponse.body = null;
	      fetchParams.controller.dump = true;
	    }

	    // 20. If request\u2019s integrity metadata is not the empty string, then:
	    if (request.integrity) {
	      // 1. Let processBodyError be this step: run fetch finale given fetchParams
	      // and a network error.
	      const processBodyError = (reason) =>
	        fetchFinale(fetchParams, makeNetworkError(reason));

	      // 2. If request\u2019s response tainting is "opaque", or response\u2019s body is null,
	      // then run processBodyError and abort these steps.
	      if (request.responseTainting === 'opaque' || response.body == null) {
	        processBodyError(response.error);
	        return
	      }

	      // 3. Let processBody given bytes be these steps:
	      const processBody = (bytes) => {
	        // 1. If bytes do not match request\u2019s integrity metadata,
	        // then run processBodyError and abort these steps. [SRI]
	        if (!bytesMatch(bytes, request.integrity)) {
	          processBodyError('integrity mismatch');
	          return
	        }

	        // 2. Set response\u2019s body to bytes as a body.
	        response.body = safelyExtractBody(bytes)[0];

	        // 3. Run fetch finale given fetchParams and response.
	        fetchFinale(fetchParams, response);
	      };

	      // 4. Fully read response\u2019s body given processBody and processBodyError.
	      fullyReadBody(response.body, processBody, processBodyError);
	    } else {
	      // 21. Otherwise, run fetch finale given fetchParams and response.
	      fetchFinale(fetchParams, response);
	    }
	  } catch (err) {
	    fetchParams.controller.terminate(err);
	  }
	}

	// https://fetch.spec.whatwg.org/#concept-scheme-fetch
	// given a fetch params fetchParams
	function schemeFetch (fetchParams) {
	  // Note: since the connection is destroyed on redirect, which sets fetchParams to a
	  // cancelled state, we do not want this condition to trigger *unless* there have been
	  // no redirects. See https://github.com/nodejs/undici/issues/1776
	  // 1. If fetchParams is canceled, then return the appropriate network error for fetchParams.
	  if (isCancelled(fetchParams) && fetchParams.request.redirectCount === 0) {
	    return Promise.resolve(makeAppropriateNetworkError(fetchParams))
	  }

	  // 2. Let request be fetchParams\u2019s request.
	  const { request } = fetchParams;

	  const { protocol: scheme } = requestCurrentURL(request);

	  // 3. Switch on request\u2019s current URL\u2019s scheme and run the associated steps:
	  switch (scheme) {
	    case 'about:': {
	      // If request\u2019s current URL\u2019s path is the string "blank", then return a new response
	      // whose status message is `OK`, header list is \u00ab (`Content-Type`, `text/html;charset=utf-8`) \u00bb,
	      // and body is the empty byte sequence as a body.

	      // Otherwise, return a network error.
	      return Promise.resolve(makeNetworkError('about scheme is not supported'))
	    }
	    case 'blob:': {
	      if (!resolveObjectURL) {
	        resolveObjectURL = __require$e().resolveObjectURL;
	      }

	      // 1. Let blobURLEntry be request\u2019s current URL\u2019s blob URL entry.
	      const blobURLEntry = requestCurrentURL(request);

	      // https://github.com/web-platform-tests/wpt/blob/7b0ebaccc62b566a1965396e5be7bb2bc06f841f/FileAPI/url/resources/fetch-tests.js#L52-L56
	      // Buffer.resolveObjectURL does not ignore URL queries.
	      if (blobURLEntry.search.length !== 0) {
	        return Promise.resolve(makeNetworkError('NetworkError when attempting to fetch resource.'))
	      }

	      const blob = resolveObjectURL(blobURLEntry.toString());

	      // 2. If request\u2019s method is not `GET`, blobURLEntry is null, or blobURLEntry\u2019s
	      //    object is not a Blob object, then return a network error.
	      if (request.method !== 'GET' || !webidl.is.Blob(blob)) {
	        return Promise.resolve(makeNetworkError('invalid method'))
	      }

	      // 3. Let blob be blobURLEntry\u2019s object.
	      // Note: done above

	      // 4. Let response be a new response.
	      const response = makeResponse();

	      // 5. Let fullLength be blob\u2019s size.
	      const fullLength = blob.size;

	      // 6. Let serializedFullLength be fullLength, serialized and isomorphic encoded.
	      const serializedFullLength = isomorphicEncode(`${fullLength}`);

	      // 7. Let type be blob\u2019s type.
	      const type = blob.type;

	      // 8. If request\u2019s header list does not contain `Range`:
	      // 9. Otherwise:
	      if (!request.headersList.contains('range', true)) {
	        // 1. Let bodyWithType be the result of safely extracting blob.
	        // Note: in the FileAPI a blob "object" is a Blob *or* a MediaSource.
	        // In node, this can only ever be a Blob. Therefore we can safely
	        // use extractBody directly.
	        const bodyWithType = extractBody(blob);

	        // 2. Set response\u2019s status message to `OK`.
	        response.statusText = 'OK';

	        // 3. Set response\u2019s body to bodyWithType\u2019s body.
	        response.body = bodyWithType[0];

	        // 4. Set response\u2019s header list to \u00ab (`Content-Length`, serializedFullLength), (`Content-Type`, type) \u00bb.
	        response.headersList.set('content-length', serializedFullLength, true);
	        response.headersList.set('content-type', type, true);
	      } else {
	        // 1. Set response\u2019s range-requested flag.
	        response.rangeRequested = true;

	        // 2. Let rangeHeader be the result of getting `Range` from request\u2019s header list.
	        const rangeHeader = request.headersList.get('range', true);

	        // 3. Let rangeValue be the result of parsing a single range header value given rangeHeader and true.
	        const rangeValue = simpleRangeHeaderValue(rangeHeader, true);

	        // 4. If rangeValue is failure, then return a network error.
	        if (rangeValue === 'failure') {
	          return Promise.resolve(makeNetworkError('failed to fetch the data URL'))
	        }

	        // 5. Let (rangeStart, rangeEnd) be rangeValue.
	        let { rangeStartValue: rangeStart, rangeEndValue: rangeEnd } = rangeValue;

	        // 6. If rangeStart is null:
	        // 7. Otherwise:
	        if (rangeStart === null) {
	          // 1. Set rangeStart to fullLength \u2212 rangeEnd.
	          rangeStart = fullLength - rangeEnd;

	          // 2. Set rangeEnd to rangeStart + rangeEnd \u2212 1.
	          rangeEnd = rangeStart + rangeEnd - 1;
	        } else {
	          // 1. If rangeStart is greater than or equal to fullLength, then return a network error.
	          if (rangeStart >= fullLength) {
	            return Promise.resolve(makeNetworkError('Range start is greater than the blob\'s size.'))
	          }

	          // 2. If rangeEnd is null or rangeEnd is greater than or equal to fullLength, then set
	          //    rangeEnd to fullLength \u2212 1.
	          if (rangeEnd === null || rangeEnd >= fullLength) {
	            rangeEnd = fullLength - 1;
	          }
	        }

	        // 8. Let slicedBlob be the result of invoking slice blob given blob, rangeStart,
	        //    rangeEnd + 1, and type.
	        const slicedBlob = blob.slice(rangeStart, rangeEnd + 1, type);

	        // 9. Let slicedBodyWithType be the result of safely extracting slicedBlob.
	        // Note: same reason as mentioned above as to why we use extractBody
	        const slicedBodyWithType = extractBody(slicedBlob);

	        // 10. Set response\u2019s body to slicedBodyWithType\u2019s body.
	        response.body = slicedBodyWithType[0];

	        // 11. Let serializedSlicedLength be slicedBlob\u2019s size, serialized and isomorphic encoded.
	        const serializedSlicedLength = isomorphicEncode(`${slicedBlob.size}`);

	        // 12. Let contentRange be the result of invoking build a content range given rangeStart,
	        //     rangeEnd, and fullLength.
	        const contentRange = buildContentRange(rangeStart, rangeEnd, fullLength);

	        // 13. Set response\u2019s status to 206.
	        response.status = 206;

	        // 14. Set response\u2019s status message to `Partial Content`.
	        response.statusText = 'Partial Content';

	        // 15. Set response\u2019s header list to \u00ab (`Content-Length`, serializedSlicedLength),
	        //     (`Content-Type`, type), (`Content-Range`, contentRange) \u00bb.
	        response.headersList.set('content-length', serializedSlicedLength, true);
	        response.headersList.set('content-type', type, true);
	        response.headersList.set('content-range', contentRange, true);
	      }

	      // 10. Return response.
	      return Promise.resolve(response)
	    }
	    case 'data:': {
	      // 1. Let dataURLStruct be the result of running the
	      //    data: URL processor on request\u2019s current URL.
	      const currentURL = requestCurrentURL(request);
	      const dataURLStruct = dataURLProcessor(currentURL);

	      // 2. If dataURLStruct is failure, then return a
	      //    network error.
	      if (dataURLStruct === 'failure') {
	        return Promise.resolve(makeNetworkError('failed to fetch the data URL'))
	      }

	      // 3. Let mimeType be dataURLStruct\u2019s MIME type, serialized.
	      const mimeType = serializeAMimeType(dataURLStruct.mimeType);

	      // 4. Return a response whose status message is `OK`,
	      //    header list is \u00ab (`Content-Type`, mimeType) \u00bb,
	      //    and body is dataURLStruct\u2019s body as a body.
	      return Promise.resolve(makeResponse({
	        statusText: 'OK',
	        headersList: [
	          ['content-type', { name: 'Content-Type', value: mimeType }]
	        ],
	        body: safelyExtractBody(dataURLStruct.body)[0]
	      }))
	    }
	    case 'file:': {
	      // For now, unfortunate as it is, file URLs are left as an exercise for the reader.
	      // When in doubt, return a network error.
	      return Promise.resolve(makeNetworkError('not implemented... yet...'))
	    }
	    case 'http:':
	    case 'https:': {
	      // Return the result of running HTTP fetch given fetchParams.

	      return httpFetch(fetchParams)
	        .catch((err) => makeNetworkError(err))
	    }
	    default: {
	      return Promise.resolve(makeNetworkError('unknown scheme'))
	    }
	  }
	}

	// https://fetch.spec.whatwg.org/#finalize-response
	function finalizeResponse (fetchParams, response) {
	  // 1. Set fetchParams\u2019s request\u2019s done flag.
	  fetchParams.request.done = true;

	  // 2, If fetchParams\u2019s process response done is not null, then queue a fetch
	  // task to run fetchParams\u2019s process response done given response, with
	  // fetchParams\u2019s task destination.
	  if (fetchParams.processResponseDone != null) {
	    queueMicrotask(() => fetchParams.processResponseDone(response));
	  }
	}

	// https://fetch.spec.whatwg.org/#fetch-finale
	function fetchFinale (fetchParams, response) {
	  // 1. Let timingInfo be fetchParams\u2019s timing info.
	  let timingInfo = fetchParams.timingInfo;

	  // 2. If response is not a network error and fetchParams\u2019s request\u2019s client is a secure context,
	  //    then set timingInfo\u2019s server-timing headers to the result of getting, decoding, and splitting
	  //    `Server-Timing` from response\u2019s internal response\u2019s header list.
	  // TODO

	  // 3. Let processResponseEndOfBody be the following steps:
	  const processResponseEndOfBody = () => {
	    // 1. Let unsafeEndTime be the unsafe shared current time.
	    const unsafeEndTime = Date.now(); // ?

	    // 2. If fetchParams\u2019s request\u2019s destination is "document", then set fetchParams\u2019s controller\u2019s
	    //    full timing info to fetchParams\u2019s timing info.
	    if (fetchParams.request.destination === 'document') {
	      fetchParams.controller.fullTimingInfo = timingInfo;
	    }

	    // 3. Set fetchParams\u2019s controller\u2019s report timing steps to the following steps given a global object global:
	    fetchParams.controller.reportTimingSteps = () => {
	      // 1. If fetchParams\u2019s request\u2019s URL\u2019s scheme is not an HTTP(S) scheme, then return.
	      if (!urlIsHttpHttpsScheme(fetchParams.request.url)) {
	        return
	      }

	      // 2. Set timingInfo\u2019s end time to the relative high resolution time given unsafeEndTime and global.
	      timingInfo.endTime = unsafeEndTime;

	      // 3. Let cacheState be response\u2019s cache state.
	      let cacheState = response.cacheState;

	      // 4. Let bodyInfo be response\u2019s body info.
	      const bodyInfo = response.bodyInfo;

	      // 5. If response\u2019s timing allow passed flag is not set, then set timingInfo to the result of creating an
	      //    opaque timing info for timingInfo and set cacheState to the empty string.
	      if (!response.timingAllowPassed) {
	        timingInfo = createOpaqueTimingInfo(timingInfo);

	        cacheState = '';
	      }

	      // 6. Let responseStatus be 0.
	      let responseStatus = 0;

	      // 7. If fetchParams\u2019s request\u2019s mode is not "navigate" or response\u2019s has-cross-origin-redirects is false:
	      if (fetchParams.request.mode !== 'navigate' || !response.hasCrossOriginRedirects) {
	        // 1. Set responseStatus to response\u2019s status.
	        responseStatus = response.status;

	        // 2. Let mimeType be the result of extracting a MIME type from response\u2019s header list.
	        const mimeType = extractMimeType(response.headersList);

	        // 3. If mimeType is not failure, then set bodyInfo\u2019s content type to the result of minimizing a supported MIME type given mimeType.
	        if (mimeType !== 'failure') {
	          bodyInfo.contentType = minimizeSupportedMimeType(mimeType);
	        }
	      }

	      // 8. If fetchParams\u2019s request\u2019s initiator type is non-null, then mark resource timing given timingInfo,
	      //    fetchParams\u2019s request\u2019s URL, fetchParams\u2019s request\u2019s initiator type, global, cacheState, bodyInfo,
	      //    and responseStatus.
	      if (fetchParams.request.initiatorType != null) {
	        markResourceTiming(timingInfo, fetchParams.request.url.href, fetchParams.request.initiatorType, globalThis, cacheState, bodyInfo, responseStatus);
	      }
	    };

	    // 4. Let processResponseEndOfBodyTask be the following steps:
	    const processResponseEndOfBodyTask = () => {
	      // 1. Set fetchParams\u2019s request\u2019s done flag.
	      fetchParams.request.done = true;

	      // 2. If fetchParams\u2019s process response end-of-body is non-null, then run fetchParams\u2019s process
	      //    response end-of-body given response.
	      if (fetchParams.processResponseEndOfBody != null) {
	        queueMicrotask(() => fetchParams.processResponseEndOfBody(response));
	      }

	      // 3. If fetchParams\u2019s request\u2019s initiator type is non-null and fetchParams\u2019s request\u2019s client\u2019s
	      //    global object is fetchParams\u2019s task destination, then run fetchParams\u2019s controller\u2019s report
	      //    timing steps given fetchParams\u2019s request\u2019s client\u2019s global object.
	      if (fetchParams.request.initiatorType != null) {
	        fetchParams.controller.reportTimingSteps();
	      }
	    };

	    // 5. Queue a fetch task to run processResponseEndOfBodyTask with fetchParams\u2019s task destination
	    queueMicrotask(() => processResponseEndOfBodyTask());
	  };

	  // 4. If fetchParams\u2019s process response is non-null, then queue a fetch task to run fetchParams\u2019s
	  //    process response given response, with fetchParams\u2019s task destination.
	  if (fetchParams.processResponse != null) {
	    queueMicrotask(() => {
	      fetchParams.processResponse(response);
	      fetchParams.processResponse = null;
	    });
	  }

	  // 5. Let internalResponse be response, if response is a network error; otherwise response\u2019s internal response.
	  const internalResponse = response.type === 'error' ? response : (response.internalResponse ?? response);

	  // 6. If internalResponse\u2019s body is null, then run processResponseEndOfBody.
	  // 7. Otherwise:
	  if (internalResponse.body == null) {
	    processResponseEndOfBody();
	  } else {
	    // mcollina: all the following steps of the specs are skipped.
	    // The internal transform stream is not needed.
	    // See https://github.com/nodejs/undici/pull/3093#issuecomment-2050198541

	    // 1. Let transformStream be a new TransformStream.
	    // 2. Let identityTransformAlgorithm be an algorithm which, given chunk, enqueues chunk in transformStream.
	    // 3. Set up transformStream with transformAlgorithm set to identityTransformAlgorithm and flushAlgorithm
	    //    set to processResponseEndOfBody.
	    // 4. Set internalResponse\u2019s body\u2019s stream to the result of internalResponse\u2019s body\u2019s stream piped through transformStream.

	    finished(internalResponse.body.stream, () => {
	      processResponseEndOfBody();
	    });
	  }
	}

	// https://fetch.spec.whatwg.org/#http-fetch
	async function httpFetch (fetchParams) {
	  // 1. Let request be fetchParams\u2019s request.
	  const request = fetchParams.request;

	  // 2. Let response be null.
	  let response = null;

	  // 3. Let actualResponse be null.
	  let actualResponse = null;

	  // 4. Let timingInfo be fetchParams\u2019s timing info.
	  const timingInfo = fetchParams.timingInfo;

	  // 5. If request\u2019s service-workers mode is "all", then:
	  if (request.serviceWorkers === 'all') ;

	  // 6. If response is null, then:
	  if (response === null) {
	    // 1. If makeCORSPreflight is true and one of these conditions is true:
	    // TODO

	    // 2. If request\u2019s redirect mode is "follow", then set request\u2019s
	    // service-workers mode to "none".
	    if (request.redirect === 'follow') {
	      request.serviceWorkers = 'none';
	    }

	    // 3. Set response and actualResponse to the result of running
	    // HTTP-network-or-cache fetch given fetchParams.
	    actualResponse = response = await httpNetworkOrCacheFetch(fetchParams);

	    // 4. If request\u2019s response tainting is "cors" and a CORS check
	    // for request and response returns failure, then return a network error.
	    if (
	      request.responseTainting === 'cors' &&
	      corsCheck(request, response) === 'failure'
	    ) {
	      return makeNetworkError('cors failure')
	    }

	    // 5. If the TAO check for request and response returns failure, then set
	    // request\u2019s timing allow failed flag.
	    if (TAOCheck(request, response) === 'failure') {
	      request.timingAllowFailed = true;
	    }
	  }

	  // 7. If either request\u2019s response tainting or response\u2019s type
	  // is "opaque", and the cross-origin resource policy check with
	  // request\u2019s origin, request\u2019s client, request\u2019s destination,
	  // and actualResponse returns blocked, then return a network error.
	  if (
	    (request.responseTainting === 'opaque' || response.type === 'opaque') &&
	    crossOriginResourcePolicyCheck(
	      request.origin,
	      request.client,
	      request.destination,
	      actualResponse
	    ) === 'blocked'
	  ) {
	    return makeNetworkError('blocked')
	  }

	  // 8. If actualResponse\u2019s status is a redirect status, then:
	  if (redirectStatusSet.has(actualResponse.status)) {
	    // 1. If actualResponse\u2019s status is not 303, request\u2019s body is not null,
	    // and the connection uses HTTP/2, then user agents may, and are even
	    // encouraged to, transmit an RST_STREAM frame.
	    // See, https://github.com/whatwg/fetch/issues/1288
	    if (request.redirect !== 'manual') {
	      fetchParams.controller.connection.destroy(undefined, false);
	    }

	    // 2. Switch on request\u2019s redirect mode:
	    if (request.redirect === 'error') {
	      // Set response to a network error.
	      response = makeNetworkError('unexpected redirect');
	    } else if (request.redirect === 'manual') {
	      // Set response to an opaque-redirect filtered response whose internal
	      // response is actualResponse.
	      // NOTE(spec): On the web this would return an `opaqueredirect` response,
	      // but that doesn't make sense server side.
	      // See https://github.com/nodejs/undici/issues/1193.
	      response = actualResponse;
	    } else if (request.redirect === 'follow') {
	      // Set response to the result of running HTTP-redirect fetch given
	      // fetchParams and response.
	      response = await httpRedirectFetch(fetchParams, response);
	    } else {
	      assert(false);
	    }
	  }

	  // 9. Set response\u2019s timing info to timingInfo.
	  response.timingInfo = timingInfo;

	  // 10. Return response.
	  return response
	}

	// https://fetch.spec.whatwg.org/#http-redirect-fetch
	function httpRedirectFetch (fetchParams, response) {
	  // 1. Let request be fetchParams\u2019s request.
	  const request = fetchParams.request;

	  // 2. Let actualResponse be response, if response is not a filtered response,
	  // and response\u2019s internal response otherwise.
	  const actualResponse = response.internalResponse
	    ? response.internalResponse
	    : response;

	  // 3. Let locationURL be actualResponse\u2019s location URL given request\u2019s current
	  // URL\u2019s fragment.
	  let locationURL;

	  try {
	    locationURL = responseLocationURL(
	      actualResponse,
	      requestCurrentURL(request).hash
	    );

	    // 4. If locationURL is null, then return response.
	    if (locationURL == null) {
	      return response
	    }
	  } catch (err) {
	    // 5. If locationURL is failure, then return a network error.
	    return Promise.resolve(makeNetworkError(err))
	  }

	  // 6. If locationURL\u2019s scheme is not an HTTP(S) scheme, then return a network
	  // error.
	  if (!urlIsHttpHttpsScheme(locationURL)) {
	    return Promise.resolve(makeNetworkError('URL scheme must be a HTTP(S) scheme'))
	  }

	  // 7. If request\u2019s redirect count is 20, then return a network error.
	  if (request.redirectCount === 20) {
	    return Promise.resolve(makeNetworkError('redirect count exceeded'))
	  }

	  // 8. Increase request\u2019s redirect count by 1.
	  request.redirectCount += 1;

	  // 9. If request\u2019s mode is "cors", locationURL includes credentials, and
	  // request\u2019s origin is not same origin with locationURL\u2019s origin, then return
	  //  a network error.
	  if (
	    request.mode === 'cors' &&
	    (locationURL.username || locationURL.password) &&
	    !sameOrigin(request, locationURL)
	  ) {
	    return Promise.resolve(makeNetworkError('cross origin not allowed for request mode "cors"'))
	  }

	  // 10. If request\u2019s response tainting is "cors" and locationURL includes
	  // credentials, then return a network error.
	  if (
	    request.responseTainting === 'cors' &&
	    (locationURL.username || locationURL.password)
	  ) {
	    return Promise.resolve(makeNetworkError(
	      'URL cannot contain credentials for request mode "cors"'
	    ))
	  }

	  // 11. If actualResponse\u2019s status is not 303, request\u2019s body is non-null,
	  // and request\u2019s body\u2019s source is null, then return a network error.
	  if (
	    actualResponse.status !== 303 &&
	    request.body != null &&
	    request.body.source == null
	  ) {
	    return Promise.resolve(makeNetworkError())
	  }

	  // 12. If one of the following is true
	  // - actualResponse\u2019s status is 301 or 302 and request\u2019s method is `POST`
	  // - actualResponse\u2019s status is 303 and request\u2019s method is not `GET` or `HEAD`
	  if (
	    ([301, 302].includes(actualResponse.status) && request.method === 'POST') ||
	    (actualResponse.status === 303 &&
	      !GET_OR_HEAD.includes(request.method))
	  ) {
	    // then:
	    // 1. Set request\u2019s method to `GET` and request\u2019s body to null.
	    request.method = 'GET';
	    request.body = null;

	    // 2. For each headerName of request-body-header name, delete headerName from
	    // request\u2019s header list.
	    for (const headerName of requestBodyHeader) {
	      request.headersList.delete(headerName);
	    }
	  }

	  // 13. If request\u2019s current URL\u2019s origin is not same origin with locationURL\u2019s
	  //     origin, then for each headerName of CORS non-wildcard request-header name,
	  //     delete headerName from request\u2019s header list.
	  if (!sameOrigin(requestCurrentURL(request), locationURL)) {
	    // https://fetch.spec.whatwg.org/#cors-non-wildcard-request-header-name
	    request.headersList.delete('authorization', true);

	    // https://fetch.spec.whatwg.org/#authentication-entries
	    request.headersList.delete('proxy-authorization', true);

	    // "Cookie" and "Host" are forbidden request-headers, which undici doesn't implement.
	    request.headersList.delete('cookie', true);
	    request.headersList.delete('host', true);
	  }

	  // 14. If request's body is non-null, then set request's body to the first return
	  // value of safely extracting request's body's source.
	  if (request.body != null) {
	    assert(request.body.source != null);
	    request.body = safelyExtractBody(request.body.source)[0];
	  }

	  // 15. Let timingInfo be fetchParams\u2019s timing info.
	  const timingInfo = fetchParams.timingInfo;

	  // 16. Set timingInfo\u2019s redirect end time and post-redirect start time to the
	  // coarsened shared current time given fetchParams\u2019s cross-origin isolated
	  // capability.
	  timingInfo.redirectEndTime = timingInfo.postRedirectStartTime =
	    coarsenedSharedCurrentTime(fetchParams.crossOriginIsolatedCapability);

	  // 17. If timingInfo\u2019s redirect start time is 0, then set timingInfo\u2019s
	  //  redirect start time to timingInfo\u2019s start time.
	  if (timingInfo.redirectStartTime === 0) {
	    timingInfo.redirectStartTime = timingInfo.startTime;
	  }

	  // 18. Append locationURL to request\u2019s URL list.
	  request.urlList.push(locationURL);

	  // 19. Invoke set request\u2019s referrer policy on redirect on request and
	  // actualResponse.
	  setRequestReferrerPolicyOnRedirect(request, actualResponse);

	  // 20. Return the result of running main fetch given fetchParams and true.
	  return mainFetch(fetchParams, true)
	}

	// https://fetch.spec.whatwg.org/#http-network-or-cache-fetch
	async function httpNetworkOrCacheFetch (
	  fetchParams,
	  isAuthenticationFetch = false,
	  isNewConnectionFetch = false
	) {
	  // 1. Let request be fetchParams\u2019s request.
	  const request = fetchParams.request;

	  // 2. Let httpFetchParams be null.
	  let httpFetchParams = null;

	  // 3. Let httpRequest be null.
	  let httpRequest = null;

	  // 4. Let response be null.
	  let response = null;

	  // 8. Run these steps, but abort when the ongoing fetch is terminated:

	  //    1. If request\u2019s window is "no-window" and request\u2019s redirect mode is
	  //    "error", then set httpFetchParams to fetchParams and httpRequest to
	  //    request.
	  if (request.window === 'no-window' && request.redirect === 'error') {
	    httpFetchParams = fetchParams;
	    httpRequest = request;
	  } else {
	    // Otherwise:

	    // 1. Set httpRequest to a clone of request.
	    httpRequest = cloneRequest(request);

	    // 2. Set httpFetchParams to a copy of fetchParams.
	    httpFetchParams = { ...fetchParams };

	    // 3. Set httpFetchParams\u2019s request to httpRequest.
	    httpFetchParams.request = httpRequest;
	  }

	  //    3. Let includeCredentials be true if one of
	  const includeCredentials =
	    request.credentials === 'include' ||
	    (request.credentials === 'same-origin' &&
	      request.responseTainting === 'basic');

	  //    4. Let contentLength be httpRequest\u2019s body\u2019s length, if httpRequest\u2019s
	  //    body is non-null; otherwise null.
	  const contentLength = httpRequest.body ? httpRequest.body.length : null;

	  //    5. Let contentLengthHeaderValue be null.
	  let contentLengthHeaderValue = null;

	  //    6. If httpRequest\u2019s body is null and httpRequest\u2019s method is `POST` or
	  //    `PUT`, then set contentLengthHeaderValue to `0`.
	  if (
	    httpRequest.body == null &&
	    ['POST', 'PUT'].includes(httpRequest.method)
	  ) {
	    contentLengthHeaderValue = '0';
	  }

	  //    7. If contentLength is non-null, then set contentLengthHeaderValue to
	  //    contentLength, serialized and isomorphic encoded.
	  if (contentLength != null) {
	    contentLengthHeaderValue = isomorphicEncode(`${contentLength}`);
	  }

	  //    8. If contentLengthHeaderValue is non-null, then append
	  //    `Content-Length`/contentLengthHeaderValue to httpRequest\u2019s header
	  //    list.
	  if (
	    contentLengthHeaderValue != null &&
	    !httpRequest.headersList.contains('content-length', true)
	  ) {
	    httpRequest.headersList.append('content-length', contentLengthHeaderValue, true);
	  }

	  //    9. If contentLengthHeaderValue is non-null, then append (`Content-Length`,
	  //    contentLengthHeaderValue) to httpRequest\u2019s header list.

	  //    10. If contentLength is non-null and httpRequest\u2019s keepalive is true,
	  //    then:
	  if (contentLength != null && httpRequest.keepalive) ;

	  //    11. If httpRequest\u2019s referrer is a URL, then append
	  //    `Referer`/httpRequest\u2019s referrer, serialized and isomorphic encoded,
	  //     to httpRequest\u2019s header list.
	  if (webidl.is.URL(httpRequest.referrer)) {
	    httpRequest.headersList.append('referer', isomorphicEncode(httpRequest.referrer.href), true);
	  }

	  //    12. Append a request `Origin` header for httpRequest.
	  appendRequestOriginHeader(httpRequest);

	  //    13. Append the Fetch metadata headers for httpRequest. [FETCH-METADATA]
	  appendFetchMetadata(httpRequest);

	  //    14. If httpRequest\u2019s header list does not contain `User-Agent`, then
	  //    user agents should append `User-Agent`/default `User-Agent` value to
	  //    httpRequest\u2019s header list.
	  if (!httpRequest.headersList.contains('user-agent', true)) {
	    httpRequest.headersList.append('user-agent', defaultUserAgent, true);
	  }

	  //    15. If httpRequest\u2019s cache mode is "default" and httpRequest\u2019s header
	  //    list contains `If-Modified-Since`, `If-None-Match`,
	  //    `If-Unmodified-Since`, `If-Match`, or `If-Range`, then set
	  //    httpRequest\u2019s cache mode to "no-store".
	  if (
	    httpRequest.cache === 'default' &&
	    (httpRequest.headersList.contains('if-modified-since', true) ||
	      httpRequest.headersList.contains('if-none-match', true) ||
	      httpRequest.headersList.contains('if-unmodified-since', true) ||
	      httpRequest.headersList.contains('if-match', true) ||
	      httpRequest.headersList.contains('if-range', true))
	  ) {
	    httpRequest.cache = 'no-store';
	  }

	  //    16. If httpRequest\u2019s cache mode is "no-cache", httpRequest\u2019s prevent
	  //    no-cache cache-control header modification flag is unset, and
	  //    httpRequest\u2019s header list does not contain `Cache-Control`, then append
	  //    `Cache-Control`/`max-age=0` to httpRequest\u2019s header list.
	  if (
	    httpRequest.cache === 'no-cache' &&
	    !httpRequest.preventNoCacheCacheControlHeaderModification &&
	    !httpRequest.headersList.contains('cache-control', true)
	  ) {
	    httpRequest.headersList.append('cache-control', 'max-age=0', true);
	  }

	  //    17. If httpRequest\u2019s cache mode is "no-store" or "reload", then:
	  if (httpRequest.cache === 'no-store' || httpRequest.cache === 'reload') {
	    // 1. If httpRequest\u2019s header list does not contain `Pragma`, then append
	    // `Pragma`/`no-cache` to httpRequest\u2019s header list.
	    if (!httpRequest.headersList.contains('pragma', true)) {
	      httpRequest.headersList.append('pragma', 'no-cache', true);
	    }

	    // 2. If httpRequest\u2019s header list does not contain `Cache-Control`,
	    // then append `Cache-Control`/`no-cache` to httpRequest\u2019s header list.
	    if (!httpRequest.headersList.contains('cache-control', true)) {
	      httpRequest.headersList.append('cache-control', 'no-cache', true);
	    }
	  }

	  //    18. If httpRequest\u2019s header list contains `Range`, then append
	  //    `Accept-Encoding`/`identity` to httpRequest\u2019s header list.
	  if (httpRequest.headersList.contains('range', true)) {
	    httpRequest.headersList.append('accept-encoding', 'identity', true);
	  }

	  //    19. Modify httpRequest\u2019s header list per HTTP. Do not append a given
	  //    header if httpRequest\u2019s header list contains that header\u2019s name.
	  //    TODO: https://github.com/whatwg/fetch/issues/1285#issuecomment-896560129
	  if (!httpRequest.headersList.contains('accept-encoding', true)) {
	    if (urlHasHttpsScheme(requestCurrentURL(httpRequest))) {
	      httpRequest.headersList.append('accept-encoding', 'br, gzip, deflate', true);
	    } else {
	      httpRequest.headersList.append('accept-encoding', 'gzip, deflate', true);
	    }
	  }

	  httpRequest.headersList.delete('host', true);

	  //    21. If includeCredentials is true, then:
	  if (includeCredentials) {
	    // 1. If the user agent is not configured to block cookies for httpRequest
	    // (see section 7 of [COOKIES]), then:
	    // TODO: credentials

	    // 2. If httpRequest\u2019s header list does not contain `Authorization`, then:
	    if (!httpRequest.headersList.contains('authorization', true)) {
	      // 1. Let authorizationValue be null.
	      let authorizationValue = null;

	      // 2. If there\u2019s an authentication entry for httpRequest and either
	      //    httpRequest\u2019s use-URL-credentials flag is unset or httpRequest\u2019s
	      //    current URL does not include credentials, then set
	      //    authorizationValue to authentication entry.
	      if (hasAuthenticationEntry(httpRequest) && (
	        httpRequest.useURLCredentials === undefined || !includesCredentials(requestCurrentURL(httpRequest))
	      )) ; else if (includesCredentials(requestCurrentURL(httpRequest)) && isAuthenticationFetch) {
	        // 3. Otherwise, if httpRequest\u2019s current URL does include credentials
	        //    and isAuthenticationFetch is true, set authorizationValue to
	        //    httpRequest\u2019s current URL, converted to an `Authorization` value
	        const { username, password } = requestCurrentURL(httpRequest);
	        authorizationValue = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
	      }

	      // 4. If authorizationValue is non-null, then append (`Authorization`,
	      //    authorizationValue) to httpRequest\u2019s header list.
	      if (authorizationValue !== null) {
	        httpRequest.headersList.append('Authorization', authorizationValue, false);
	      }
	    }
	  }

	  //    21. If there\u2019s a proxy-authentication entry, use it as appropriate.
	  //    TODO: proxy-authentication

	  //    22. Set httpCache to the result of determining the HTTP cache
	  //    partition, given httpRequest.
	  //    TODO: cache

	  //    23. If httpCache is null, then set httpRequest\u2019s cache mode to
	  //    "no-store".
	  {
	    httpRequest.cache = 'no-store';
	  }

	  //    24. If httpRequest\u2019s cache mode is neither "no-store" nor "reload",
	  //    then:
	  if (httpRequest.cache !== 'no-store' && httpRequest.cache !== 'reload') ;

	  // 9. If aborted, then return the appropriate network error for fetchParams.
	  // TODO

	  // 10. If response is null, then:
	  if (response == null) {
	    // 1. If httpRequest\u2019s cache mode is "only-if-cached", then return a
	    // network error.
	    if (httpRequest.cache === 'only-if-cached') {
	      return makeNetworkError('only if cached')
	    }

	    // 2. Let forwardResponse be the result of running HTTP-network fetch
	    // given httpFetchParams, includeCredentials, and isNewConnectionFetch.
	    const forwardResponse = await httpNetworkFetch(
	      httpFetchParams,
	      includeCredentials,
	      isNewConnectionFetch
	    );

	    // 3. If httpRequest\u2019s method is unsafe and forwardResponse\u2019s status is
	    // in the range 200 to 399, inclusive, invalidate appropriate stored
	    // responses in httpCache, as per the "Invalidation" chapter of HTTP
	    // Caching, and set storedResponse to null. [HTTP-CACHING]
	    if (
	      !safeMethodsSet.has(httpRequest.method) &&
	      forwardResponse.status >= 200 &&
	      forwardResponse.status <= 399
	    ) ;

	    // 5. If response is null, then:
	    if (response == null) {
	      // 1. Set response to forwardResponse.
	      response = forwardResponse;

	      // 2. Store httpRequest and forwardResponse in httpCache, as per the
	      // "Storing Responses in Caches" chapter of HTTP Caching. [HTTP-CACHING]
	      // TODO: cache
	    }
	  }

	  // 11. Set response\u2019s URL list to a clone of httpRequest\u2019s URL list.
	  response.urlList = [...httpRequest.urlList];

	  // 12. If httpRequest\u2019s header list contains `Range`, then set response\u2019s
	  // range-requested flag.
	  if (httpRequest.headersList.contains('range', true)) {
	    response.rangeRequested = true;
	  }

	  // 13. Set response\u2019s request-includes-credentials to includeCredentials.
	  response.requestIncludesCredentials = includeCredentials;

	  // 14. If response\u2019s status is 401, httpRequest\u2019s response tainting is not "cors",
	  //     includeCredentials is true, and request\u2019s traversable for user prompts is
	  //     a traversable navigable:
	  //
	  //     In Node.js there is no traversable navigable to prompt the user, but we
	  //     still need to handle URL-embedded credentials so authentication retries
	  //     for WebSocket handshakes continue to work.
	  if (response.status === 401 && httpRequest.responseTainting !== 'cors' && includeCredentials && (
	    request.useURLCredentials !== undefined ||
	    isTraversableNavigable(request.traversableForUserPrompts)
	  )) {
	    // 2. If request\u2019s body is non-null, then:
	    if (request.body != null) {
	      // 1. If request\u2019s body\u2019s source is null, then return a network error.
	      if (request.body.source == null) {
	        // Note: In Node.js, this code path should not be reached because
	        // isTraversableNavigable() returns false for non-navigable contexts.
	        // However, we handle it gracefully by returning the response instead of
	        // a network error, as we won't actually retry the request.
	        // This aligns with the Fetch spec discussion in whatwg/fetch#1132,
	        // which allows implementations flexibility when credentials can't be obtained.
	        return response
	      }

	      // 2. Set request\u2019s body to the body of the result of safely extracting
	      //    request\u2019s body\u2019s source.
	      request.body = safelyExtractBody(request.body.source)[0];
	    }

	    // 3. If request\u2019s use-URL-credentials flag is unset or isAuthenticationFetch is
	    //    true, then:
	    if (request.useURLCredentials === undefined || isAuthenticationFetch) {
	      // 1. If fetchParams is canceled, then return the appropriate network error
	      //    for fetchParams.
	      if (isCancelled(fetchParams)) {
	        return makeAppropriateNetworkError(fetchParams)
	      }

	      // 2. Let username and password be the result of prompting the end user for a
	      //    username and password, respectively, in request\u2019s traversable for user prompts.
	      // TODO

	      // 3. Set the username given request\u2019s current URL and username.
	      // requestCurrentURL(request).username = TODO

	      // 4. Set the password given request\u2019s current URL and password.
	      // requestCurrentURL(request).password = TODO

	      // In browsers, the user will be prompted to enter a username/password before the request
	      // is re-sent. To prevent an infinite 401 loop, return the response for now.
	      // https://github.com/nodejs/undici/pull/4756
	      return response
	    }

	    // 4. Set response to the result of running HTTP-network-or-cache fetch given
	    //    fetchParams and true.
	    fetchParams.controller.connection.destroy();

	    response = await httpNetworkOrCacheFetch(fetchParams, true);
	  }

	  // 15. If response\u2019s status is 407, then:
	  if (response.status === 407) {
	    // 1. If request\u2019s window is "no-window", then return a network error.
	    if (request.window === 'no-window') {
	      return makeNetworkError()
	    }

	    // 2. ???

	    // 3. If fetchParams is canceled, then return the appropriate network error for fetchParams.
	    if (isCancelled(fetchParams)) {
	      return makeAppropriateNetworkError(fetchParams)
	    }

	    // 4. Prompt the end user as appropriate in request\u2019s window and store
	    // the result as a proxy-authentication entry. [HTTP-AUTH]
	    // TODO: Invoke some kind of callback?

	    // 5. Set response to the result of running HTTP-network-or-cache fetch given
	    // fetchParams.
	    // TODO
	    return makeNetworkError('proxy authentication required')
	  }

	  // 16. If all of the following are true
	  if (
	    // response\u2019s status is 421
	    response.status === 421 &&
	    // isNewConnectionFetch is false
	    !isNewConnectionFetch &&
	    // request\u2019s body is null, or request\u2019s body is non-null and request\u2019s body\u2019s source is non-null
	    (request.body == null || request.body.source != null)
	  ) {
	    // then:

	    // 1. If fetchParams is canceled, then return the appropriate network error for fetchParams.
	    if (isCancelled(fetchParams)) {
	      return makeAppropriateNetworkError(fetchParams)
	    }

	    // 2. Set response to the result of running HTTP-network-or-cache
	    // fetch given fetchParams, isAuthenticationFetch, and true.

	    // TODO (spec): The spec doesn't specify this but we need to cancel
	    // the active response before we can start a new one.
	    // https://github.com/whatwg/fetch/issues/1293
	    fetchParams.controller.connection.destroy();

	    response = await httpNetworkOrCacheFetch(
	      fetchParams,
	      isAuthenticationFetch,
	      true
	    );
	  }

	  // 18. Return response.
	  return response
	}

	// https://fetch.spec.whatwg.org/#http-network-fetch
	async function httpNetworkFetch (
	  fetchParams,
	  includeCredentials = false,
	  forceNewConnection = false
	) {
	  assert(!fetchParams.controller.connection || fetchParams.controller.connection.destroyed);

	  fetchParams.controller.connection = {
	    abort: null,
	    destroyed: false,
	    destroy (err, abort = true) {
	      if (!this.destroyed) {
	        this.destroyed = true;
	        if (abort) {
	          this.abort?.(err ?? new DOMException('The operation was aborted.', 'AbortError'));
	        }
	      }
	    }
	  };

	  // 1. Let request be fetchParams\u2019s request.
	  const request = fetchParams.request;

	  // 2. Let response be null.
	  let response = null;

	  // 3. Let timingInfo be fetchParams\u2019s timing info.
	  const timingInfo = fetchParams.timingInfo;

	  // 5. If httpCache is null, then set request\u2019s cache mode to "no-store".
	  {
	    request.cache = 'no-store';
	  }

	  // 8. Switch on request\u2019s mode:
	  if (request.mode === 'websocket') ;

	  // 9. Run these steps, but abort when the ongoing fetch is terminated:

	  //    1. If connection is failure, then return a network error.

	  //    2. Set timingInfo\u2019s final connection timing info to the result of
	  //    calling clamp and coarsen connection timing info with connection\u2019s
	  //    timing info, timingInfo\u2019s post-redirect start time, and fetchParams\u2019s
	  //    cross-origin isolated capability.

	  //    3. If connection is not an HTTP/2 connection, request\u2019s body is non-null,
	  //    and request\u2019s body\u2019s source is null, then append (`Transfer-Encoding`,
	  //    `chunked`) to request\u2019s header list.

	  //    4. Set timingInfo\u2019s final network-request start time to the coarsened
	  //    shared current time given fetchParams\u2019s cross-origin isolated
	  //    capability.

	  //    5. Set response to the result of making an HTTP request over connection
	  //    using request with the following caveats:

	  //        - Follow the relevant requirements from HTTP. [HTTP] [HTTP-SEMANTICS]
	  //        [HTTP-COND] [HTTP-CACHING] [HTTP-AUTH]

	  //        - If request\u2019s body is non-null, and request\u2019s body\u2019s source is null,
	  //        then the user agent may have a buffer of up to 64 kibibytes and store
	  //        a part of request\u2019s body in that buffer. If the user agent reads from
	  //        request\u2019s body beyond that buffer\u2019s size and the user agent needs to
	  //        resend request, then instead return a network error.

	  //        - Set timingInfo\u2019s final network-response start time to the coarsened
	  //        shared current time given fetchParams\u2019s cross-origin isolated capability,
	  //        immediately after the user agent\u2019s HTTP parser receives the first byte
	  //        of the response (e.g., frame header bytes for HTTP/2 or response status
	  //        line for HTTP/1.x).

	  //        - Wait until all the headers are transmitted.

	  //        - Any responses whose status is in the range 100 to 199, inclusive,
	  //        and is not 101, are to be ignored, except for the purposes of setting
	  //        timingInfo\u2019s final network-response start time above.

	  //    - If request\u2019s header list contains `Transfer-Encoding`/`chunked` and
	  //    response is transferred via HTTP/1.0 or older, then return a network
	  //    error.

	  //    - If the HTTP request results in a TLS client certificate dialog, then:

	  //        1. If request\u2019s window is an environment settings object, make the
	  //        dialog available in request\u2019s window.

	  //        2. Otherwise, return a network error.

	  // To transmit request\u2019s body body, run these steps:
	  let requestBody = null;
	  // 1. If body is null and fetchParams\u2019s process request end-of-body is
	  // non-null, then queue a fetch task given fetchParams\u2019s process request
	  // end-of-body and fetchParams\u2019s task destination.
	  if (request.body == null && fetchParams.processRequestEndOfBody) {
	    queueMicrotask(() => fetchParams.processRequestEndOfBody());
	  } else if (request.body != null) {
	    // 2. Otherwise, if body is non-null:

	    //    1. Let processBodyChunk given bytes be these steps:
	    const processBodyChunk = async function * (bytes) {
	      // 1. If the ongoing fetch is terminated, then abort these steps.
	      if (isCancelled(fetchParams)) {
	        return
	      }

	      // 2. Run this step in parallel: transmit bytes.
	      yield bytes;

	      // 3. If fetchParams\u2019s process request body is non-null, then run
	      // fetchParams\u2019s process request body given bytes\u2019s length.
	      fetchParams.processRequestBodyChunkLength?.(bytes.byteLength);
	    };

	    // 2. Let processEndOfBody be these steps:
	    const processEndOfBody = () => {
	      // 1. If fetchParams is canceled, then abort these steps.
	      if (isCancelled(fetchParams)) {
	        return
	      }

	      // 2. If fetchParams\u2019s process request end-of-body is non-null,
	      // then run fetchParams\u2019s process request end-of-body.
	      if (fetchParams.processRequestEndOfBody) {
	        fetchParams.processRequestEndOfBody();
	      }
	    };

	    // 3. Let processBodyError given e be these steps:
	    const processBodyError = (e) => {
	      // 1. If fetchParams is canceled, then abort these steps.
	      if (isCancelled(fetchParams)) {
	        return
	      }

	      // 2. If e is an "AbortError" DOMException, then abort fetchParams\u2019s controller.
	      if (e.name === 'AbortError') {
	        fetchParams.controller.abort();
	      } else {
	        fetchParams.controller.terminate(e);
	      }
	    };

	    // 4. Incrementally read request\u2019s body given processBodyChunk, processEndOfBody,
	    // processBodyError, and fetchParams\u2019s task destination.
	    requestBody = (async function * () {
	      try {
	        for await (const bytes of request.body.stream) {
	          yield * processBodyChunk(bytes);
	        }
	        processEndOfBody();
	      } catch (err) {
	        processBodyError(err);
	      }
	    })();
	  }

	  try {
	    // socket is only provided for websockets
	    const { body, status, statusText, headersList, socket } = await dispatch({ body: requestBody });

	    if (socket) {
	      response = makeResponse({ status, statusText, headersList, socket });
	    } else {
	      const iterator = body[Symbol.asyncIterator]();
	      fetchParams.controller.next = () => iterator.next();

	      response = makeResponse({ status, statusText, headersList });
	    }
	  } catch (err) {
	    // 10. If aborted, then:
	    if (err.name === 'AbortError') {
	      // 1. If connection uses HTTP/2, then transmit an RST_STREAM frame.
	      fetchParams.controller.connection.destroy();

	      // 2. Return the appropriate network error for fetchParams.
	      return makeAppropriateNetworkError(fetchParams, err)
	    }

	    return makeNetworkError(err)
	  }

	  // 11. Let pullAlgorithm be an action that resumes the ongoing fetch
	  // if it is suspended.
	  const pullAlgorithm = () => {
	    return fetchParams.controller.resume()
	  };

	  // 12. Let cancelAlgorithm be an algorithm that aborts fetchParams\u2019s
	  // controller with reason, given reason.
	  const cancelAlgorithm = (reason) => {
	    // If the aborted fetch was already terminated, then we do not
	    // need to do anything.
	    if (!isCancelled(fetchParams)) {
	      fetchParams.controller.abort(reason);
	    }
	  };

	  // 13. Let highWaterMark be a non-negative, non-NaN number, chosen by
	  // the user agent.
	  // TODO

	  // 14. Let sizeAlgorithm be an algorithm that accepts a chunk object
	  // and returns a non-negative, non-NaN, non-infinite number, chosen by the user agent.
	  // TODO

	  // 15. Let stream be a new ReadableStream.
	  // 16. Set up stream with byte reading support with pullAlgorithm set to pullAlgorithm,
	  //     cancelAlgorithm set to cancelAlgorithm.
	  const stream = new ReadableStream(
	    {
	      start (controller) {
	        fetchParams.controller.controller = controller;
	      },
	      pull: pullAlgorithm,
	      cancel: cancelAlgorithm,
	      type: 'bytes'
	    }
	  );

	  // 17. Run these steps, but abort when the ongoing fetch is terminated:

	  //    1. Set response\u2019s body to a new body whose stream is stream.
	  response.body = { stream, source: null, length: null };

	  //    2. If response is not a network error and request\u2019s cache mode is
	  //    not "no-store", then update response in httpCache for request.
	  //    TODO

	  //    3. If includeCredentials is true and the user agent is not configured
	  //    to block cookies for request (see section 7 of [COOKIES]), then run the
	  //    "set-cookie-string" parsing algorithm (see section 5.2 of [COOKIES]) on
	  //    the value of each header whose name is a byte-case-insensitive match for
	  //    `Set-Cookie` in response\u2019s header list, if any, and request\u2019s current URL.
	  //    TODO

	  // 18. If aborted, then:
	  // TODO

	  // 19. Run these steps in parallel:

	  //    1. Run these steps, but abort when fetchParams is canceled:
	  if (!fetchParams.controller.resume) {
	    fetchParams.controller.on('terminated', onAborted);
	  }

	  fetchParams.controller.resume = async () => {
	    // 1. While true
	    while (true) {
	      // 1-3. See onData...

	      // 4. Set bytes to the result of handling content codings given
	      // codings and bytes.
	      let bytes;
	      let isFailure;
	      try {
	        const { done, value } = await fetchParams.controller.next();

	        if (isAborted(fetchParams)) {
	          break
	        }

	        bytes = done ? undefined : value;
	      } catch (err) {
	        if (fetchParams.controller.ended && !timingInfo.encodedBodySize) {
	          // zlib doesn't like empty streams.
	          bytes = undefined;
	        } else {
	          bytes = err;

	          // err may be propagated from the result of calling readablestream.cancel,
	          // which might not be an error. https://github.com/nodejs/undici/issues/2009
	          isFailure = true;
	        }
	      }

	      if (bytes === undefined) {
	        // 2. Otherwise, if the bytes transmission for response\u2019s message
	        // body is done normally and stream is readable, then close
	        // stream, finalize response for fetchParams and response, and
	        // abort these in-parallel steps.
	        readableStreamClose(fetchParams.controller.controller);

	        finalizeResponse(fetchParams, response);

	        return
	      }

	      // 5. Increase timingInfo\u2019s decoded body size by bytes\u2019s length.
	      timingInfo.decodedBodySize += bytes?.byteLength ?? 0;

	      // 6. If bytes is failure, then terminate fetchParams\u2019s controller.
	      if (isFailure) {
	        fetchParams.controller.terminate(bytes);
	        return
	      }

	      // 7. Enqueue a Uint8Array wrapping an ArrayBuffer containing bytes
	      // into stream.
	      const buffer = new Uint8Array(bytes);
	      if (buffer.byteLength) {
	        fetchParams.controller.controller.enqueue(buffer);
	      }

	      // 8. If stream is errored, then terminate the ongoing fetch.
	      if (isErrored(stream)) {
	        fetchParams.controller.terminate();
	        return
	      }

	      // 9. If stream doesn\u2019t need more data ask the user agent to suspend
	      // the ongoing fetch.
	      if (fetchParams.controller.controller.desiredSize <= 0) {
	        return
	      }
	    }
	  };

	  //    2. If aborted, then:
	  function onAborted (reason) {
	    // 2. If fetchParams is aborted, then:
	    if (isAborted(fetchParams)) {
	      // 1. Set response\u2019s aborted flag.
	      response.aborted = true;

	      // 2. If stream is readable, then error stream with the result of
	      //    deserialize a serialized abort reason given fetchParams\u2019s
	      //    controller\u2019s serialized abort reason and an
	      //    implementation-defined realm.
	      if (isReadable(stream)) {
	        fetchParams.controller.controller.error(
	          fetchParams.controller.serializedAbortReason
	        );
	      }
	    } else {
	      // 3. Otherwise, if stream is readable, error stream with a TypeError.
	      if (isReadable(stream)) {
	        fetchParams.controller.controller.error(new TypeError('terminated', {
	          cause: isErrorLike(reason) ? reason : undefined
	        }));
	      }
	    }

	    // 4. If connection uses HTTP/2, then transmit an RST_STREAM frame.
	    // 5. Otherwise, the user agent should close connection unless it would be bad for performance to do so.
	    fetchParams.controller.connection.destroy();
	  }

	  // 20. Return response.
	  return response

	  function dispatch ({ body }) {
	    const url = requestCurrentURL(request);
	    /** @type {import('../../..').Agent} */
	    const agent = fetchParams.controller.dispatcher;

	    const path = url.pathname + url.search;
	    const hasTrailingQuestionMark = url.search.length === 0 && url.href[url.href.length - url.hash.length - 1] === '?';

	    return new Promise((resolve, reject) => agent.dispatch(
	      {
	        path: hasTrailingQuestionMark ? `${path}?` : path,
	        origin: url.origin,
	        method: request.method,
	        body: agent.isMockActive ? request.body && (request.body.source || request.body.stream) : body,
	        headers: request.headersList.entries,
	        maxRedirections: 0,
	        upgrade: request.mode === 'websocket' ? 'websocket' : undefined
	      },
	      {
	        body: null,
	        abort: null,

	        onConnect (abort) {
	          // TODO (fix): Do we need connection here?
	          const { connection } = fetchParams.controller;

	          // Set timingInfo\u2019s final connection timing info to the result of calling clamp and coarsen
	          // connection timing info with connection\u2019s timing info, timingInfo\u2019s post-redirect start
	          // time, and fetchParams\u2019s cross-origin isolated capability.
	          // TODO: implement connection timing
	          timingInfo.finalConnectionTimingInfo = clampAndCoarsenConnectionTimingInfo(undefined, timingInfo.postRedirectStartTime, fetchParams.crossOriginIsolatedCapability);

	          if (connection.destroyed) {
	            abort(new DOMException('The operation was aborted.', 'AbortError'));
	          } else {
	            fetchParams.controller.on('terminated', abort);
	            this.abort = connection.abort = abort;
	          }

	          // Set timingInfo\u2019s final network-request start time to the coarsened shared current time given
	          // fetchParams\u2019s cross-origin isolated capability.
	          timingInfo.finalNetworkRequestStartTime = coarsenedSharedCurrentTime(fetchParams.crossOriginIsolatedCapability);
	        },

	        onResponseStarted () {
	          // Set timingInfo\u2019s final network-response start time to the coarsened shared current
	          // time given fetchParams\u2019s cross-origin isolated capability, immediately after the
	          // user agent\u2019s HTTP parser receives the first byte of the response (e.g., frame header
	          // bytes for HTTP/2 or response status line for HTTP/1.x).
	          timingInfo.finalNetworkResponseStartTime = coarsenedSharedCurrentTime(fetchParams.crossOriginIsolatedCapability);
	        },

	        onHeaders (status, rawHeaders, resume, statusText) {
	          if (status < 200) {
	            return false
	          }

	          const headersList = new HeadersList();

	          for (let i = 0; i < rawHeaders.length; i += 2) {
	            const nameStr = bufferToLowerCasedHeaderName(rawHeaders[i]);
	            const value = rawHeaders[i + 1];
	            if (Array.isArray(value) && !Buffer.isBuffer(rawHeaders[i + 1])) {
	              for (const val of value) {
	                headersList.append(nameStr, val.toString('latin1'), true);
	              }
	            } else {
	              headersList.append(nameStr, value.toString('latin1'), true);
	            }
	          }
	          const location = headersList.get('location', true);

	          const willFollow = location && request.redirect === 'follow' &&
	            redirectStatusSet.has(status);

	          const decoders = [];

	          // https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Encoding
	          if (request.method !== 'HEAD' && request.method !== 'CONNECT' && !nullBodyStatus.includes(status) && !willFollow) {
	            // https://www.rfc-editor.org/rfc/rfc7231#section-3.1.2.1
	            const contentEncoding = headersList.get('content-encoding', true);
	            // "All content-coding values are case-insensitive..."
	            /** @type {string[]} */
	            const codings = contentEncoding ? contentEncoding.toLowerCase().split(',') : [];

	            // Limit the number of content-encodings to prevent resource exhaustion.
	            // CVE fix similar to urllib3 (GHSA-gm62-xv2j-4w53) and curl (CVE-2022-32206).
	            const maxContentEncodings = 5;
	            if (codings.length > maxContentEncodings) {
	              this.abort(new Error(`too many content-encodings in response: ${codings.length}, maximum allowed is ${maxContentEncodings}`));
	              return true
	            }

	            for (let i = codings.length - 1; i >= 0; --i) {
	              const coding = codings[i].trim();
	              // https://www.rfc-editor.org/rfc/rfc9112.html#section-7.2
	              if (coding === 'x-gzip' || coding === 'gzip') {
	                decoders.push(zlib.createGunzip({
	                  // Be less strict when decoding compressed responses, since sometimes
	                  // servers send slightly invalid responses that are still accepted
	                  // by common browsers.
	                  // Always using Z_SYNC_FLUSH is what cURL does.
	                  flush: zlib.constants.Z_SYNC_FLUSH,
	                  finishFlush: zlib.constants.Z_SYNC_FLUSH
	                }));
	              } else if (coding === 'deflate') {
	                decoders.push(createInflate({
	                  flush: zlib.constants.Z_SYNC_FLUSH,
	                  finishFlush: zlib.constants.Z_SYNC_FLUSH
	                }));
	              } else if (coding === 'br') {
	                decoders.push(zlib.createBrotliDecompress({
	                  flush: zlib.constants.BROTLI_OPERATION_FLUSH,
	                  finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH
	                }));
	              } else if (coding === 'zstd' && hasZstd) {
	                decoders.push(zlib.createZstdDecompress({
	                  flush: zlib.constants.ZSTD_e_continue,
	                  finishFlush: zlib.constants.ZSTD_e_end
	                }));
	              } else {
	                decoders.length = 0;
	                break
	              }
	            }
	          }

	          this.body = new Readable({ read: resume });

	          const onError = this.onError.bind(this);

	          resolve({
	            status,
	            statusText,
	            headersList,
	            body: decoders.length
	              ? pipeline(this.body, ...decoders, (err) => {
	                if (err) {
	                  this.onError(err);
	                }
	              }).on('error', onError)
	              : this.body.on('error', onError)
	          });

	          return true
	        },

	        onData (chunk) {
	          if (fetchParams.controller.dump) {
	            return
	          }

	          // 1. If one or more bytes have been transmitted from response\u2019s
	          // message body, then:

	          //  1. Let bytes be the transmitted bytes.
	          const bytes = chunk;

	          //  2. Let codings be the result of extracting header list values
	          //  given `Content-Encoding` and response\u2019s header list.
	          //  See pullAlgorithm.

	          //  3. Increase timingInfo\u2019s encoded body size by bytes\u2019s length.
	          timingInfo.encodedBodySize += bytes.byteLength;

	          //  4. See pullAlgorithm...

	          return this.body.push(bytes)
	        },

	        onComplete () {
	          if (this.abort) {
	            fetchParams.controller.off('terminated', this.abort);
	          }

	          fetchParams.controller.ended = true;

	          this.body.push(null);
	        },

	        onError (error) {
	          if (this.abort) {
	            fetchParams.controller.off('terminated', this.abort);
	          }

	          this.body?.destroy(error);

	          fetchParams.controller.terminate(error);

	          reject(error);
	        },

	        onRequestUpgrade (_controller, status, headers, socket) {
	          // We need to support 200 for websocket over h2 as per RFC-8441
	          // Absence of session means H1
	          if ((socket.session != null && status !== 200) || (socket.session == null && status !== 101)) {
	            return false
	          }

	          const headersList = new HeadersList();

	          for (const [name, value] of Object.entries(headers)) {
	            if (value == null) {
	              continue
	            }

	            const headerName = name.toLowerCase();

	            if (Array.isArray(value)) {
	              for (const entry of value) {
	                headersList.append(headerName, String(entry), true);
	              }
	            } else {
	              headersList.append(headerName, String(value), true);
	            }
	          }

	          resolve({
	            status,
	            statusText: STATUS_CODES[status],
	            headersList,
	            socket
	          });

	          return true
	        },

	        onUpgrade (status, rawHeaders, socket) {
	          // We need to support 200 for websocket over h2 as per RFC-8441
	          // Absence of session means H1
	          if ((socket.session != null && status !== 200) || (socket.session == null && status !== 101)) {
	            return false
	          }

	          const headersList = new HeadersList();

	          for (let i = 0; i < rawHeaders.length; i += 2) {
	            const nameStr = bufferToLowerCasedHeaderName(rawHeaders[i]);
	            const value = rawHeaders[i + 1];
	            if (Array.isArray(value) && !Buffer.isBuffer(rawHeaders[i + 1])) {
	              for (const val of value) {
	                headersList.append(nameStr, val.toString('latin1'), true);
	              }
	            } else {
	              headersList.append(nameStr, value.toString('latin1'), true);
	            }
	          }

	          resolve({
	            status,
	            statusText: STATUS_CODES[status],
	            headersList,
	            socket
	          });

	          return true
	        }
	      }
	    ))
	  }
	}

	fetch_1 = {
	  fetch,
	  Fetch,
	  fetching,
	  finalizeAndReportTiming
	};
	return fetch_1;
}

var util$3;
var hasRequiredUtil$3;

function requireUtil$3 () {
	if (hasRequiredUtil$3) return util$3;
	hasRequiredUtil$3 = 1;

	const assert = __require$5();
	const { URLSerializer } = requireDataUrl();
	const { isValidHeaderName } = requireUtil$5();

	/**
	 * @see https://url.spec.whatwg.org/#concept-url-equals
	 * @param {URL} A
	 * @param {URL} B
	 * @param {boolean | undefined} excludeFragment
	 * @returns {boolean}
	 */
	function urlEquals (A, B, excludeFragment = false) {
	  const serializedA = URLSerializer(A, excludeFragment);

	  const serializedB = URLSerializer(B, excludeFragment);

	  return serializedA === serializedB
	}

	/**
	 * @see https://github.com/chromium/chromium/blob/694d20d134cb553d8d89e5500b9148012b1ba299/content/browser/cache_storage/cache_storage_cache.cc#L260-L262
	 * @param {string} header
	 */
	function getFieldValues (header) {
	  assert(header !== null);

	  const values = [];

	  for (let value of header.split(',')) {
	    value = value.trim();

	    if (isValidHeaderName(value)) {
	      values.push(value);
	    }
	  }

	  return values
	}

	util$3 = {
	  urlEquals,
	  getFieldValues
	};
	return util$3;
}

var cache;
var hasRequiredCache;

function requireCache () {
	if (hasRequiredCache) return cache;
	hasRequiredCache = 1;

	const assert = __require$5();

	const { kConstruct } = requireSymbols();
	const { urlEquals, getFieldValues } = requireUtil$3();
	const { kEnumerableProperty, isDisturbed } = requireUtil$4();
	const { webidl } = requireWebidl();
	const { cloneResponse, fromInnerResponse, getResponseState } = requireResponse();
	const { Request, fromInnerRequest, getRequestState } = requireRequest();
	const { fetching } = requireFetch();
	const { urlIsHttpHttpsScheme, readAllBytes } = requireUtil$5();
	const { createDeferredPromise } = requirePromise();

	/**
	 * @see https://w3c.github.io/ServiceWorker/#dfn-cache-batch-operation
	 * @typedef {Object} CacheBatchOperation
	 * @property {'delete' | 'put'} type
	 * @property {any} request
	 * @property {any} response
	 * @property {import('../../../types/cache').CacheQueryOptions} options
	 */

	/**
	 * @see https://w3c.github.io/ServiceWorker/#dfn-request-response-list
	 * @typedef {[any, any][]} requestResponseList
	 */

	class Cache {
	  /**
	   * @see https://w3c.github.io/ServiceWorker/#dfn-relevant-request-response-list
	   * @type {requestResponseList}
	   */
	  #relevantRequestResponseList

	  constructor () {
	    if (arguments[0] !== kConstruct) {
	      webidl.illegalConstructor();
	    }

	    webidl.util.markAsUncloneable(this);
	    this.#relevantRequestResponseList = arguments[1];
	  }

	  async match (request, options = {}) {
	    webidl.brandCheck(this, Cache);

	    const prefix = 'Cache.match';
	    webidl.argumentLengthCheck(arguments, 1, prefix);

	    request = webidl.converters.RequestInfo(request);
	    options = webidl.converters.CacheQueryOptions(options, prefix, 'options');

	    const p = this.#internalMatchAll(request, options, 1);

	    if (p.length === 0) {
	      return
	    }

	    return p[0]
	  }

	  async matchAll (request = undefined, options = {}) {
	    webidl.brandCheck(this, Cache);

	    const prefix = 'Cache.matchAll';
	    if (request !== undefined) request = webidl.converters.RequestInfo(request);
	    options = webidl.converters.CacheQueryOptions(options, prefix, 'options');

	    return this.#internalMatchAll(request, options)
	  }

	  async add (request) {
	    webidl.brandCheck(this, Cache);

	    const prefix = 'Cache.add';
	    webidl.argumentLengthCheck(arguments, 1, prefix);

	    request = webidl.converters.RequestInfo(request);

	    // 1.
	    const requests = [request];

	    // 2.
	    const responseArrayPromise = this.addAll(requests);

	    // 3.
	    return await responseArrayPromise
	  }

	  async addAll (requests) {
	    webidl.brandCheck(this, Cache);

	    const prefix = 'Cache.addAll';
	    webidl.argumentLengthCheck(arguments, 1, prefix);

	    // 1.
	    const responsePromises = [];

	    // 2.
	    const requestList = [];

	    // 3.
	    for (let request of requests) {
	      if (request === undefined) {
	        throw webidl.errors.conversionFailed({
	          prefix,
	          argument: 'Argument 1',
	          types: ['undefined is not allowed']
	        })
	      }

	      request = webidl.converters.RequestInfo(request);

	      if (typeof request === 'string') {
	        continue
	      }

	      // 3.1
	      const r = getRequestState(request);

	      // 3.2
	      if (!urlIsHttpHttpsScheme(r.url) || r.method !== 'GET') {
	        throw webidl.errors.exception({
	          header: prefix,
	          message: 'Expected http/s scheme when method is not GET.'
	        })
	      }
	    }

	    // 4.
	    /** @type {ReturnType<typeof fetching>[]} */
	    const fetchControllers = [];

	    // 5.
	    for (const request of requests) {
	      // 5.1
	      const r = getRequestState(new Request(request));

	      // 5.2
	      if (!urlIsHttpHttpsScheme(r.url)) {
	        throw webidl.errors.exception({
	          header: prefix,
	          message: 'Expected http/s scheme.'
	        })
	      }

	      // 5.4
	      r.initiator = 'fetch';
	      r.destination = 'subresource';

	      // 5.5
	      requestList.push(r);

	      // 5.6
	      const responsePromise = createDeferredPromise();

	      // 5.7
	      fetchControllers.push(fetching({
	        request: r,
	        processResponse (response) {
	          // 1.
	          if (response.type === 'error' || response.status === 206 || response.status < 200 || response.status > 299) {
	            responsePromise.reject(webidl.errors.exception({
	              header: 'Cache.addAll',
	              message: 'Received an invalid status code or the request failed.'
	            }));
	          } else if (response.headersList.contains('vary')) { // 2.
	            // 2.1
	            const fieldValues = getFieldValues(response.headersList.get('vary'));

	            // 2.2
	            for (const fieldValue of fieldValues) {
	              // 2.2.1
	              if (fieldValue === '*') {
	                responsePromise.reject(webidl.errors.exception({
	                  header: 'Cache.addAll',
	                  message: 'invalid vary field value'
	                }));

	                for (const controller of fetchControllers) {
	                  controller.abort();
	                }

	                return
	              }
	            }
	          }
	        },
	        processResponseEndOfBody (response) {
	          // 1.
	          if (response.aborted) {
	            responsePromise.reject(new DOMException('aborted', 'AbortError'));
	            return
	          }

	          // 2.
	          responsePromise.resolve(response);
	        }
	      }));

	      // 5.8
	      responsePromises.push(responsePromise.promise);
	    }

	    // 6.
	    const p = Promise.all(responsePromises);

	    // 7.
	    const responses = await p;

	    // 7.1
	    const operations = [];

	    // 7.2
	    let index = 0;

	    // 7.3
	    for (const response of responses) {
	      // 7.3.1
	      /** @type {CacheBatchOperation} */
	      const operation = {
	        type: 'put', // 7.3.2
	        request: requestList[index], // 7.3.3
	        response // 7.3.4
	      };

	      operations.push(operation); // 7.3.5

	      index++; // 7.3.6
	    }

	    // 7.5
	    const cacheJobPromise = createDeferredPromise();

	    // 7.6.1
	    let errorData = null;

	    // 7.6.2
	    try {
	      this.#batchCacheOperations(operations);
	    } catch (e) {
	      errorData = e;
	    }

	    // 7.6.3
	    queueMicrotask(() => {
	      // 7.6.3.1
	      if (errorData === null) {
	        cacheJobPromise.resolve(undefined);
	      } else {
	        // 7.6.3.2
	        cacheJobPromise.reject(errorData);
	      }
	    });

	    // 7.7
	    return cacheJobPromise.promise
	  }

	  async put (request, response) {
	    webidl.brandCheck(this, Cache);

	    const prefix = 'Cache.put';
	    webidl.argumentLengthCheck(arguments, 2, prefix);

	    request = webidl.converters.RequestInfo(request);
	    response = webidl.converters.Response(response, prefix, 'response');

	    // 1.
	    let innerRequest = null;

	    // 2.
	    if (webidl.is.Request(request)) {
	      innerRequest = getRequestState(request);
	    } else { // 3.
	      innerRequest = getRequestState(new Request(request));
	    }

	    // 4.
	    if (!urlIsHttpHttpsScheme(innerRequest.url) || innerRequest.method !== 'GET') {
	      throw webidl.errors.exception({
	        header: prefix,
	        message: 'Expected an http/s scheme when method is not GET'
	      })
	    }

	    // 5.
	    const innerResponse = getResponseState(response);

	    // 6.
	    if (innerResponse.status === 206) {
	      throw webidl.errors.exception({
	        header: prefix,
	        message: 'Got 206 status'
	      })
	    }

	    // 7.
	    if (innerResponse.headersList.contains('vary')) {
	      // 7.1.
	      const fieldValues = getFieldValues(innerResponse.headersList.get('vary'));

	      // 7.2.
	      for (const fieldValue of fieldValues) {
	        // 7.2.1
	        if (fieldValue === '*') {
	          throw webidl.errors.exception({
	            header: prefix,
	            message: 'Got * vary field value'
	          })
	        }
	      }
	    }

	    // 8.
	    if (innerResponse.body && (isDisturbed(innerResponse.body.stream) || innerResponse.body.stream.locked)) {
	      throw webidl.errors.exception({
	        header: prefix,
	        message: 'Response body is locked or disturbed'
	      })
	    }

	    // 9.
	    const clonedResponse = cloneResponse(innerResponse);

	    // 10.
	    const bodyReadPromise = createDeferredPromise();

	    // 11.
	    if (innerResponse.body != null) {
	      // 11.1
	      const stream = innerResponse.body.stream;

	      // 11.2
	      const reader = stream.getReader();

	      // 11.3
	      readAllBytes(reader, bodyReadPromise.resolve, bodyReadPromise.reject);
	    } else {
	      bodyReadPromise.resolve(undefined);
	    }

	    // 12.
	    /** @type {CacheBatchOperation[]} */
	    const operations = [];

	    // 13.
	    /** @type {CacheBatchOperation} */
	    const operation = {
	      type: 'put', // 14.
	      request: innerRequest, // 15.
	      response: clonedResponse // 16.
	    };

	    // 17.
	    operations.push(operation);

	    // 19.
	    const bytes = await bodyReadPromise.promise;

	    if (clonedResponse.body != null) {
	      clonedResponse.body.source = bytes;
	    }

	    // 19.1
	    const cacheJobPromise = createDeferredPromise();

	    // 19.2.1
	    let errorData = null;

	    // 19.2.2
	    try {
	      this.#batchCacheOperations(operations);
	    } catch (e) {
	      errorData = e;
	    }

	    // 19.2.3
	    queueMicrotask(() => {
	      // 19.2.3.1
	      if (errorData === null) {
	        cacheJobPromise.resolve();
	      } else { // 19.2.3.2
	        cacheJobPromise.reject(errorData);
	      }
	    });

	    return cacheJobPromise.promise
	  }

	  async delete (request, options = {}) {
	    webidl.brandCheck(this, Cache);

	    const prefix = 'Cache.delete';
	    webidl.argumentLengthCheck(arguments, 1, prefix);

	    request = webidl.converters.RequestInfo(request);
	    options = webidl.converters.CacheQueryOptions(options, prefix, 'options');

	    /**
	     * @type {Request}
	     */
	    let r = null;

	    if (webidl.is.Request(request)) {
	      r = getRequestState(request);

	      if (r.method !== 'GET' && !options.ignoreMethod) {
	        return false
	      }
	    } else {
	      assert(typeof request === 'string');

	      r = getRequestState(new Request(request));
	    }

	    /** @type {CacheBatchOperation[]} */
	    const operations = [];

	    /** @type {CacheBatchOperation} */
	    const operation = {
	      type: 'delete',
	      request: r,
	      options
	    };

	    operations.push(operation);

	    const cacheJobPromise = createDeferredPromise();

	    let errorData = null;
	    let requestResponses;

	    try {
	      requestResponses = this.#batchCacheOperations(operations);
	    } catch (e) {
	      errorData = e;
	    }

	    queueMicrotask(() => {
	      if (errorData === null) {
	        cacheJobPromise.resolve(!!requestResponses?.length);
	      } else {
	        cacheJobPromise.reject(errorData);
	      }
	    });

	    return cacheJobPromise.promise
	  }

	  /**
	   * @see https://w3c.github.io/ServiceWorker/#dom-cache-keys
	   * @param {any} request
	   * @param {import('../../../types/cache').CacheQueryOptions} options
	   * @returns {Promise<readonly Request[]>}
	   */
	  async keys (request = undefined, options = {}) {
	    webidl.brandCheck(this, Cache);

	    const prefix = 'Cache.keys';

	    if (request !== undefined) request = webidl.converters.RequestInfo(request);
	    options = webidl.converters.CacheQueryOptions(options, prefix, 'options');

	    // 1.
	    let r = null;

	    // 2.
	    if (request !== undefined) {
	      // 2.1
	      if (webidl.is.Request(request)) {
	        // 2.1.1
	        r = getRequestState(request);

	        // 2.1.2
	        if (r.method !== 'GET' && !options.ignoreMethod) {
	          return []
	        }
	      } else if (typeof request === 'string') { // 2.2
	        r = getRequestState(new Request(request));
	      }
	    }

	    // 4.
	    const promise = createDeferredPromise();

	    // 5.
	    // 5.1
	    const requests = [];

	    // 5.2
	    if (request === undefined) {
	      // 5.2.1
	      for (const requestResponse of this.#relevantRequestResponseList) {
	        // 5.2.1.1
	        requests.push(requestResponse[0]);
	      }
	    } else { // 5.3
	      // 5.3.1
	      const requestResponses = this.#queryCache(r, options);

	      // 5.3.2
	      for (const requestResponse of requestResponses) {
	        // 5.3.2.1
	        requests.push(requestResponse[0]);
	      }
	    }

	    // 5.4
	    queueMicrotask(() => {
	      // 5.4.1
	      const requestList = [];

	      // 5.4.2
	      for (const request of requests) {
	        const requestObject = fromInnerRequest(
	          request,
	          undefined,
	          new AbortController().signal,
	          'immutable'
	        );
	        // 5.4.2.1
	        requestList.push(requestObject);
	      }

	      // 5.4.3
	      promise.resolve(Object.freeze(requestList));
	    });

	    return promise.promise
	  }

	  /**
	   * @see https://w3c.github.io/ServiceWorker/#batch-cache-operations-algorithm
	   * @param {CacheBatchOperation[]} operations
	   * @returns {requestResponseList}
	   */
	  #batchCacheOperations (operations) {
	    // 1.
	    const cache = this.#relevantRequestResponseList;

	    // 2.
	    const backupCache = [...cache];

	    // 3.
	    const addedItems = [];

	    // 4.1
	    const resultList = [];

	    try {
	      // 4.2
	      for (const operation of operations) {
	        // 4.2.1
	        if (operation.type !== 'delete' && operation.type !== 'put') {
	          throw webidl.errors.exception({
	            header: 'Cache.#batchCacheOperations',
	            message: 'operation type does not match "delete" or "put"'
	          })
	        }

	        // 4.2.2
	        if (operation.type === 'delete' && operation.response != null) {
	          throw webidl.errors.exception({
	            header: 'Cache.#batchCacheOperations',
	            message: 'delete operation should not have an associated response'
	          })
	        }

	        // 4.2.3
	        if (this.#queryCache(operation.request, operation.options, addedItems).length) {
	          throw new DOMException('???', 'InvalidStateError')
	        }

	        // 4.2.4
	        let requestResponses;

	        // 4.2.5
	        if (operation.type === 'delete') {
	          // 4.2.5.1
	          requestResponses = this.#queryCache(operation.request, operation.options);

	          // TODO: the spec is wrong, this is needed to pass WPTs
	          if (requestResponses.length === 0) {
	            return []
	          }

	          // 4.2.5.2
	          for (const requestResponse of requestResponses) {
	            const idx = cache.indexOf(requestResponse);
	            assert(idx !== -1);

	            // 4.2.5.2.1
	            cache.splice(idx, 1);
	          }
	        } else if (operation.type === 'put') { // 4.2.6
	          // 4.2.6.1
	          if (operation.response == null) {
	            throw webidl.errors.exception({
	              header: 'Cache.#batchCacheOperations',
	              message: 'put operation should have an associated response'
	            })
	          }

	          // 4.2.6.2
	          const r = operation.request;

	          // 4.2.6.3
	          if (!urlIsHttpHttpsScheme(r.url)) {
	            throw webidl.errors.exception({
	              header: 'Cache.#batchCacheOperations',
	              message: 'expected http or https scheme'
	            })
	          }

	          // 4.2.6.4
	          if (r.method !== 'GET') {
	            throw webidl.errors.exception({
	              header: 'Cache.#batchCacheOperations',
	              message: 'not get method'
	            })
	          }

	          // 4.2.6.5
	          if (operation.options != null) {
	            throw webidl.errors.exception({
	              header: 'Cache.#batchCacheOperations',
	              message: 'options must not be defined'
	            })
	          }

	          // 4.2.6.6
	          requestResponses = this.#queryCache(operation.request);

	          // 4.2.6.7
	          for (const requestResponse of requestResponses) {
	            const idx = cache.indexOf(requestResponse);
	            assert(idx !== -1);

	            // 4.2.6.7.1
	            cache.splice(idx, 1);
	          }

	          // 4.2.6.8
	          cache.push([operation.request, operation.response]);

	          // 4.2.6.10
	          addedItems.push([operation.request, operation.response]);
	        }

	        // 4.2.7
	        resultList.push([operation.request, operation.response]);
	      }

	      // 4.3
	      return resultList
	    } catch (e) { // 5.
	      // 5.1
	      this.#relevantRequestResponseList.length = 0;

	      // 5.2
	      this.#relevantRequestResponseList = backupCache;

	      // 5.3
	      throw e
	    }
	  }

	  /**
	   * @see https://w3c.github.io/ServiceWorker/#query-cache
	   * @param {any} requestQuery
	   * @param {import('../../../types/cache').CacheQueryOptions} options
	   * @param {requestResponseList} targetStorage
	   * @returns {requestResponseList}
	   */
	  #queryCache (requestQuery, options, targetStorage) {
	    /** @type {requestResponseList} */
	    const resultList = [];

	    const storage = targetStorage ?? this.#relevantRequestResponseList;

	    for (const requestResponse of storage) {
	      const [cachedRequest, cachedResponse] = requestResponse;
	      if (this.#requestMatchesCachedItem(requestQuery, cachedRequest, cachedResponse, options)) {
	        resultList.push(requestResponse);
	      }
	    }

	    return resultList
	  }

	  /**
	   * @see https://w3c.github.io/ServiceWorker/#request-matches-cached-item-algorithm
	   * @param {any} requestQuery
	   * @param {any} request
	   * @param {any | null} response
	   * @param {import('../../../types/cache').CacheQueryOptions | undefined} options
	   * @returns {boolean}
	   */
	  #requestMatchesCachedItem (requestQuery, request, response = null, options) {
	    // if (options?.ignoreMethod === false && request.method === 'GET') {
	    //   return false
	    // }

	    const queryURL = new URL(requestQuery.url);

	    const cachedURL = new URL(request.url);

	    if (options?.ignoreSearch) {
	      cachedURL.search = '';

	      queryURL.search = '';
	    }

	    if (!urlEquals(queryURL, cachedURL, true)) {
	      return false
	    }

	    if (
	      response == null ||
	      options?.ignoreVary ||
	      !response.headersList.contains('vary')
	    ) {
	      return true
	    }

	    const fieldValues = getFieldValues(response.headersList.get('vary'));

	    for (const fieldValue of fieldValues) {
	      if (fieldValue === '*') {
	        return false
	      }

	      const requestValue = request.headersList.get(fieldValue);
	      const queryValue = requestQuery.headersList.get(fieldValue);

	      // If one has the header and the other doesn't, or one has
	      // a different value than the other, return false
	      if (requestValue !== queryValue) {
	        return false
	      }
	    }

	    return true
	  }

	  #internalMatchAll (request, options, maxResponses = Infinity) {
	    // 1.
	    let r = null;

	    // 2.
	    if (request !== undefined) {
	      if (webidl.is.Request(request)) {
	        // 2.1.1
	        r = getRequestState(request);

	        // 2.1.2
	        if (r.method !== 'GET' && !options.ignoreMethod) {
	          return []
	        }
	      } else if (typeof request === 'string') {
	        // 2.2.1
	        r = getRequestState(new Request(request));
	      }
	    }

	    // 5.
	    // 5.1
	    const responses = [];

	    // 5.2
	    if (request === undefined) {
	      // 5.2.1
	      for (const requestResponse of this.#relevantRequestResponseList) {
	        responses.push(requestResponse[1]);
	      }
	    } else { // 5.3
	      // 5.3.1
	      const requestResponses = this.#queryCache(r, options);

	      // 5.3.2
	      for (const requestResponse of requestResponses) {
	        responses.push(requestResponse[1]);
	      }
	    }

	    // 5.4
	    // We don't implement CORs so we don't need to loop over the responses, yay!

	    // 5.5.1
	    const responseList = [];

	    // 5.5.2
	    for (const response of responses) {
	      // 5.5.2.1
	      const responseObject = fromInnerResponse(cloneResponse(response), 'immutable');

	      responseList.push(responseObject);

	      if (responseList.length >= maxResponses) {
	        break
	      }
	    }

	    // 6.
	    return Object.freeze(responseList)
	  }
	}

	Object.defineProperties(Cache.prototype, {
	  [Symbol.toStringTag]: {
	    value: 'Cache',
	    configurable: true
	  },
	  match: kEnumerableProperty,
	  matchAll: kEnumerableProperty,
	  add: kEnumerableProperty,
	  addAll: kEnumerableProperty,
	  put: kEnumerableProperty,
	  delete: kEnumerableProperty,
	  keys: kEnumerableProperty
	});

	const cacheQueryOptionConverters = [
	  {
	    key: 'ignoreSearch',
	    converter: webidl.converters.boolean,
	    defaultValue: () => false
	  },
	  {
	    key: 'ignoreMethod',
	    converter: webidl.converters.boolean,
	    defaultValue: () => false
	  },
	  {
	    key: 'ignoreVary',
	    converter: webidl.converters.boolean,
	    defaultValue: () => false
	  }
	];

	webidl.converters.CacheQueryOptions = webidl.dictionaryConverter(cacheQueryOptionConverters);

	webidl.converters.MultiCacheQueryOptions = webidl.dictionaryConverter([
	  ...cacheQueryOptionConverters,
	  {
	    key: 'cacheName',
	    converter: webidl.converters.DOMString
	  }
	]);

	webidl.converters.Response = webidl.interfaceConverter(
	  webidl.is.Response,
	  'Response'
	);

	webidl.converters['sequence<RequestInfo>'] = webidl.sequenceConverter(
	  webidl.converters.RequestInfo
	);

	cache = {
	  Cache
	};
	return cache;
}

var cachestorage;
var hasRequiredCachestorage;

function requireCachestorage () {
	if (hasRequiredCachestorage) return cachestorage;
	hasRequiredCachestorage = 1;

	const { Cache } = requireCache();
	const { webidl } = requireWebidl();
	const { kEnumerableProperty } = requireUtil$4();
	const { kConstruct } = requireSymbols();

	class CacheStorage {
	  /**
	   * @see https://w3c.github.io/ServiceWorker/#dfn-relevant-name-to-cache-map
	   * @type {Map<string, import('./cache').requestResponseList}
	   */
	  #caches = new Map()

	  constructor () {
	    if (arguments[0] !== kConstruct) {
	      webidl.illegalConstructor();
	    }

	    webidl.util.markAsUncloneable(this);
	  }

	  async match (request, options = {}) {
	    webidl.brandCheck(this, CacheStorage);
	    webidl.argumentLengthCheck(arguments, 1, 'CacheStorage.match');

	    request = webidl.converters.RequestInfo(request);
	    options = webidl.converters.MultiCacheQueryOptions(options);

	    // 1.
	    if (options.cacheName != null) {
	      // 1.1.1.1
	      if (this.#caches.has(options.cacheName)) {
	        // 1.1.1.1.1
	        const cacheList = this.#caches.get(options.cacheName);
	        const cache = new Cache(kConstruct, cacheList);

	        return await cache.match(request, options)
	      }
	    } else { // 2.
	      // 2.2
	      for (const cacheList of this.#caches.values()) {
	        const cache = new Cache(kConstruct, cacheList);

	        // 2.2.1.2
	        const response = await cache.match(request, options);

	        if (response !== undefined) {
	          return response
	        }
	      }
	    }
	  }

	  /**
	   * @see https://w3c.github.io/ServiceWorker/#cache-storage-has
	   * @param {string} cacheName
	   * @returns {Promise<boolean>}
	   */
	  async has (cacheName) {
	    webidl.brandCheck(this, CacheStorage);

	    const prefix = 'CacheStorage.has';
	    webidl.argumentLengthCheck(arguments, 1, prefix);

	    cacheName = webidl.converters.DOMString(cacheName, prefix, 'cacheName');

	    // 2.1.1
	    // 2.2
	    return this.#caches.has(cacheName)
	  }

	  /**
	   * @see https://w3c.github.io/ServiceWorker/#dom-cachestorage-open
	   * @param {string} cacheName
	   * @returns {Promise<Cache>}
	   */
	  async open (cacheName) {
	    webidl.brandCheck(this, CacheStorage);

	    const prefix = 'CacheStorage.open';
	    webidl.argumentLengthCheck(arguments, 1, prefix);

	    cacheName = webidl.converters.DOMString(cacheName, prefix, 'cacheName');

	    // 2.1
	    if (this.#caches.has(cacheName)) {
	      // await caches.open('v1') !== await caches.open('v1')

	      // 2.1.1
	      const cache = this.#caches.get(cacheName);

	      // 2.1.1.1
	      return new Cache(kConstruct, cache)
	    }

	    // 2.2
	    const cache = [];

	    // 2.3
	    this.#caches.set(cacheName, cache);

	    // 2.4
	    return new Cache(kConstruct, cache)
	  }

	  /**
	   * @see https://w3c.github.io/ServiceWorker/#cache-storage-delete
	   * @param {string} cacheName
	   * @returns {Promise<boolean>}
	   */
	  async delete (cacheName) {
	    webidl.brandCheck(this, CacheStorage);

	    const prefix = 'CacheStorage.delete';
	    webidl.argumentLengthCheck(arguments, 1, prefix);

	    cacheName = webidl.converters.DOMString(cacheName, prefix, 'cacheName');

	    return this.#caches.delete(cacheName)
	  }

	  /**
	   * @see https://w3c.github.io/ServiceWorker/#cache-storage-keys
	   * @returns {Promise<string[]>}
	   */
	  async keys () {
	    webidl.brandCheck(this, CacheStorage);

	    // 2.1
	    const keys = this.#caches.keys();

	    // 2.2
	    return [...keys]
	  }
	}

	Object.defineProperties(CacheStorage.prototype, {
	  [Symbol.toStringTag]: {
	    value: 'CacheStorage',
	    configurable: true
	  },
	  match: kEnumerableProperty,
	  has: kEnumerableProperty,
	  open: kEnumerableProperty,
	  delete: kEnumerableProperty,
	  keys: kEnumerableProperty
	});

	cachestorage = {
	  CacheStorage
	};
	return cachestorage;
}

var constants$1;
var hasRequiredConstants$1;

function requireConstants$1 () {
	if (hasRequiredConstants$1) return constants$1;
	hasRequiredConstants$1 = 1;

	// https://wicg.github.io/cookie-store/#cookie-maximum-attribute-value-size
	const maxAttributeValueSize = 1024;

	// https://wicg.github.io/cookie-store/#cookie-maximum-name-value-pair-size
	const maxNameValuePairSize = 4096;

	constants$1 = {
	  maxAttributeValueSize,
	  maxNameValuePairSize
	};
	return constants$1;
}

var util$2;
var hasRequiredUtil$2;

function requireUtil$2 () {
	if (hasRequiredUtil$2) return util$2;
	hasRequiredUtil$2 = 1;

	/**
	 * @param {string} value
	 * @returns {boolean}
	 */
	function isCTLExcludingHtab (value) {
	  for (let i = 0; i < value.length; ++i) {
	    const code = value.charCodeAt(i);

	    if (
	      (code >= 0x00 && code <= 0x08) ||
	      (code >= 0x0A && code <= 0x1F) ||
	      code === 0x7F
	    ) {
	      return true
	    }
	  }
	  return false
	}

	/**
	 CHAR           = <any US-ASCII character (octets 0 - 127)>
	 token          = 1*<any CHAR except CTLs or separators>
	 separators     = "(" | ")" | "<" | ">" | "@"
	                | "," | ";" | ":" | "\" | <">
	                | "/" | "[" | "]" | "?" | "="
	                | "{" | "}" | SP | HT
	 * @param {string} name
	 */
	function validateCookieName (name) {
	  for (let i = 0; i < name.length; ++i) {
	    const code = name.charCodeAt(i);

	    if (
	      code < 0x21 || // exclude CTLs (0-31), SP and HT
	      code > 0x7E || // exclude non-ascii and DEL
	      code === 0x22 || // "
	      code === 0x28 || // (
	      code === 0x29 || // )
	      code === 0x3C || // <
	      code === 0x3E || // >
	      code === 0x40 || // @
	      code === 0x2C || // ,
	      code === 0x3B || // ;
	      code === 0x3A || // :
	      code === 0x5C || // \
	      code === 0x2F || // /
	      code === 0x5B || // [
	      code === 0x5D || // ]
	      code === 0x3F || // ?
	      code === 0x3D || // =
	      code === 0x7B || // {
	      code === 0x7D // }
	    ) {
	      throw new Error('Invalid cookie name')
	    }
	  }
	}

	/**
	 cookie-value      = *cookie-octet / ( DQUOTE *cookie-octet DQUOTE )
	 cookie-octet      = %x21 / %x23-2B / %x2D-3A / %x3C-5B / %x5D-7E
	                       ; US-ASCII characters excluding CTLs,
	                       ; whitespace DQUOTE, comma, semicolon,
	                       ; and backslash
	 * @param {string} value
	 */
	function validateCookieValue (value) {
	  let len = value.length;
	  let i = 0;

	  // if the value is wrapped in DQUOTE
	  if (value[0] === '"') {
	    if (len === 1 || value[len - 1] !== '"') {
	      throw new Error('Invalid cookie value')
	    }
	    --len;
	    ++i;
	  }

	  while (i < len) {
	    const code = value.charCodeAt(i++);

	    if (
	      code < 0x21 || // exclude CTLs (0-31)
	      code > 0x7E || // non-ascii and DEL (127)
	      code === 0x22 || // "
	      code === 0x2C || // ,
	      code === 0x3B || // ;
	      code === 0x5C // \
	    ) {
	      throw new Error('Invalid cookie value')
	    }
	  }
	}

	/**
	 * path-value        = <any CHAR except CTLs or ";">
	 * @param {string} path
	 */
	function validateCookiePath (path) {
	  for (let i = 0; i < path.length; ++i) {
	    const code = path.charCodeAt(i);

	    if (
	      code < 0x20 || // exclude CTLs (0-31)
	      code > 0x7E || // exclude DEL and non-ascii
	      code === 0x3B // ;
	    ) {
	      throw new Error('Invalid cookie path')
	    }
	  }
	}

	/**
	 * <let-dig> ::= <letter> | <digit>
	 *
	 * <letter> ::= any one of the 52 alphabetic characters A through Z in
	 * upper case and a through z in lower case
	 *
	 * <digit> ::= any one of the ten digits 0 through 9r
	 *
	 * @see https://www.rfc-editor.org/rfc/rfc1034#section-3.5
	 * @param {number} code
	 */
	function isLetterOrDigit (code) {
	  return (
	    (code >= 0x30 && code <= 0x39) || // 0-9
	    (code >= 0x41 && code <= 0x5A) || // A-Z
	    (code >= 0x61 && code <= 0x7A) // a-z
	  )
	}

	/**
	 * Validates a cookie domain against the "preferred name syntax".
	 *
	 * <domain>      ::= <subdomain> | " "
	 * <subdomain>   ::= <label> | <subdomain> "." <label>
	 * <label>       ::= <let-dig> [ [ <ldh-str> ] <let-dig> ]
	 * <ldh-str>     ::= <let-dig-hyp> | <let-dig-hyp> <ldh-str>
	 * <let-dig-hyp> ::= <let-dig> | "-"
	 *
	 * @see https://www.rfc-editor.org/rfc/rfc1034#section-3.5
	 * @see https://www.rfc-editor.org/rfc/rfc1123#section-2.1
	 * @see https://www.rfc-editor.org/rfc/rfc1035#section-2.3.4
	 * @param {string} domain
	 */
	function validateCookieDomain (domain) {
	  // <domain> ::= <subdomain> | " "
	  if (domain === ' ') {
	    return
	  }

	  if (domain.length > 255) {
	    throw new Error('Invalid cookie domain')
	  }

	  let labelLength = 0;

	  for (let i = 0; i < domain.length; ++i) {
	    const code = domain.charCodeAt(i);

	    if (code === 0x2E) {
	      if (labelLength === 0) {
	        throw new Error('Invalid cookie domain')
	      }

	      if (domain.charCodeAt(i - 1) === 0x2D) { // "-"
	        throw new Error('Invalid cookie domain')
	      }

	      labelLength = 0;
	      continue
	    }

	    if (labelLength === 0 && !isLetterOrDigit(code)) {
	      throw new Error('Invalid cookie domain')
	    }

	    if (!isLetterOrDigit(code) && code !== 0x2D) { // "-"
	      throw new Error('Invalid cookie domain')
	    }

	    if (++labelLength > 63) {
	      throw new Error('Invalid cookie domain')
	    }
	  }

	  if (labelLength === 0 || domain.charCodeAt(domain.length - 1) === 0x2D) { // "-"
	    throw new Error('Invalid cookie domain')
	  }
	}

	const IMFDays = [
	  'Sun', 'Mon', 'Tue', 'Wed',
	  'Thu', 'Fri', 'Sat'
	];

	const IMFMonths = [
	  'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
	  'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'
	];

	const IMFPaddedNumbers = Array(61).fill(0).map((_, i) => i.toString().padStart(2, '0'));

	/**
	 * @see https://www.rfc-editor.org/rfc/rfc7231#section-7.1.1.1
	 * @param {number|Date} date
	  IMF-fixdate  = day-name "," SP date1 SP time-of-day SP GMT
	  ; fixed length/zone/capitalization subset of the format
	  ; see Section 3.3 of [RFC5322]

	  day-name     = %x4D.6F.6E ; "Mon", case-sensitive
	              / %x54.75.65 ; "Tue", case-sensitive
	              / %x57.65.64 ; "Wed", case-sensitive
	              / %x54.68.75 ; "Thu", case-sensitive
	              / %x46.72.69 ; "Fri", case-sensitive
	              / %x53.61.74 ; "Sat", case-sensitive
	              / %x53.75.6E ; "Sun", case-sensitive
	  date1        = day SP month SP year
	                  ; e.g., 02 Jun 1982

	  day          = 2DIGIT
	  month        = %x4A.61.6E ; "Jan", case-sensitive
	              / %x46.65.62 ; "Feb", case-sensitive
	              / %x4D.61.72 ; "Mar", case-sensitive
	              / %x41.70.72 ; "Apr", case-sensitive
	              / %x4D.61.79 ; "May", case-sensitive
	              / %x4A.75.6E ; "Jun", case-sensitive
	              / %x4A.75.6C ; "Jul", case-sensitive
	              / %x41.75.67 ; "Aug", case-sensitive
	              / %x53.65.70 ; "Sep", case-sensitive
	              / %x4F.63.74 ; "Oct", case-sensitive
	              / %x4E.6F.76 ; "Nov", case-sensitive
	              / %x44.65.63 ; "Dec", case-sensitive
	  year         = 4DIGIT

	  GMT          = %x47.4D.54 ; "GMT", case-sensitive

	  time-of-day  = hour ":" minute ":" second
	              ; 00:00:00 - 23:59:60 (leap second)

	  hour         = 2DIGIT
	  minute       = 2DIGIT
	  second       = 2DIGIT
	 */
	function toIMFDate (date) {
	  if (typeof date === 'number') {
	    date = new Date(date);
	  }

	  return `${IMFDays[date.getUTCDay()]}, ${IMFPaddedNumbers[date.getUTCDate()]} ${IMFMonths[date.getUTCMonth()]} ${date.getUTCFullYear()} ${IMFPaddedNumbers[date.getUTCHours()]}:${IMFPaddedNumbers[date.getUTCMinutes()]}:${IMFPaddedNumbers[date.getUTCSeconds()]} GMT`
	}

	/**
	 max-age-av        = "Max-Age=" non-zero-digit *DIGIT
	                       ; In practice, both expires-av and max-age-av
	                       ; are limited to dates representable by the
	                       ; user agent.
	 * @param {number} maxAge
	 */
	function validateCookieMaxAge (maxAge) {
	  if (maxAge < 0) {
	    throw new Error('Invalid cookie max-age')
	  }
	}

	/**
	 * @see https://www.rfc-editor.org/rfc/rfc6265#section-4.1.1
	 * @param {import('./index').Cookie} cookie
	 */
	function stringify (cookie) {
	  if (cookie.name.length === 0) {
	    return null
	  }

	  validateCookieName(cookie.name);
	  validateCookieValue(cookie.value);

	  const out = [`${cookie.name}=${cookie.value}`];

	  // https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-cookie-prefixes-00#section-3.1
	  // https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-cookie-prefixes-00#section-3.2
	  if (cookie.name.startsWith('__Secure-')) {
	    cookie.secure = true;
	  }

	  if (cookie.name.startsWith('__Host-')) {
	    cookie.secure = true;
	    cookie.domain = null;
	    cookie.path = '/';
	  }

	  if (cookie.secure) {
	    out.push('Secure');
	  }

	  if (cookie.httpOnly) {
	    out.push('HttpOnly');
	  }

	  if (typeof cookie.maxAge === 'number') {
	    validateCookieMaxAge(cookie.maxAge);
	    out.push(`Max-Age=${cookie.maxAge}`);
	  }

	  if (cookie.domain) {
	    validateCookieDomain(cookie.domain);
	    out.push(`Domain=${cookie.domain}`);
	  }

	  if (cookie.path) {
	    validateCookiePath(cookie.path);
	    out.push(`Path=${cookie.path}`);
	  }

	  // A numeric 0 is the Unix epoch, not an absent value -- the same reason the
	  // Max-Age check above tests the type rather than truthiness.
	  //
	  // expires is Date | number, so the "Invalid Date" check only guards the Date
	  // form. A number that is not a valid time value (NaN, +/-Infinity, or outside
	  // the Date range) would otherwise reach toIMFDate, which splices undefined and
	  // NaN into the header value instead of failing.
	  if (cookie.expires != null) {
	    const expiresMs = cookie.expires instanceof Date
	      ? cookie.expires.getTime()
	      : cookie.expires;

	    // The largest time value a Date can represent, in milliseconds, i.e.
	    // 100,000,000 days either side of the epoch (ECMA-262 Date Time Values).
	    // Anything within it is safe for toIMFDate to format; anything beyond it
	    // produces an invalid Date and must be ignored instead.
	    const maxTimeValue = 8640000000000000;

	    if (typeof expiresMs === 'number' && Number.isFinite(expiresMs) && Math.abs(expiresMs) <= maxTimeValue) {
	      out.push(`Expires=${toIMFDate(cookie.expires)}`);
	    }
	  }

	  if (cookie.sameSite) {
	    out.push(`SameSite=${cookie.sameSite}`);
	  }

	  for (const part of cookie.unparsed) {
	    if (!part.includes('=')) {
	      throw new Error('Invalid unparsed')
	    }

	    const [key, ...value] = part.split('=');

	    const trimmedKey = key.trim();
	    const joinedValue = value.join('=');

	    validateCookieName(trimmedKey);
	    validateCookieValue(joinedValue);

	    out.push(`${trimmedKey}=${joinedValue}`);
	  }

	  return out.join('; ')
	}

	util$2 = {
	  isCTLExcludingHtab,
	  validateCookieName,
	  validateCookiePath,
	  validateCookieValue,
	  toIMFDate,
	  stringify
	};
	return util$2;
}

var parse$2;
var hasRequiredParse;

function requireParse () {
	if (hasRequiredParse) return parse$2;
	hasRequiredParse = 1;

	const { collectASequenceOfCodePointsFast } = requireInfra();
	const { maxNameValuePairSize, maxAttributeValueSize } = requireConstants$1();
	const { isCTLExcludingHtab } = requireUtil$2();
	const assert = __require$5();

	/**
	 * @description Parses the field-value attributes of a set-cookie header string.
	 * @see https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#section-5.4
	 * @param {string} header
	 * @returns {import('./index').Cookie|null} if the header is invalid, null will be returned
	 */
	function parseSetCookie (header) {
	  // 1. If the set-cookie-string contains a %x00-08 / %x0A-1F / %x7F
	  //    character (CTL characters excluding HTAB): Abort these steps and
	  //    ignore the set-cookie-string entirely.
	  if (isCTLExcludingHtab(header)) {
	    return null
	  }

	  let nameValuePair = '';
	  let unparsedAttributes = '';
	  let name = '';
	  let value = '';

	  // 2. If the set-cookie-string contains a %x3B (";") character:
	  if (header.includes(';')) {
	    // 1. The name-value-pair string consists of the characters up to,
	    //    but not including, the first %x3B (";"), and the unparsed-
	    //    attributes consist of the remainder of the set-cookie-string
	    //    (including the %x3B (";") in question).
	    const position = { position: 0 };

	    nameValuePair = collectASequenceOfCodePointsFast(';', header, position);
	    unparsedAttributes = header.slice(position.position);
	  } else {
	    // Otherwise:

	    // 1. The name-value-pair string consists of all the characters
	    //    contained in the set-cookie-string, and the unparsed-
	    //    attributes is the empty string.
	    nameValuePair = header;
	  }

	  // 3. If the name-value-pair string lacks a %x3D ("=") character, then
	  //    the name string is empty, and the value string is the value of
	  //    name-value-pair.
	  if (!nameValuePair.includes('=')) {
	    value = nameValuePair;
	  } else {
	    //    Otherwise, the name string consists of the characters up to, but
	    //    not including, the first %x3D ("=") character, and the (possibly
	    //    empty) value string consists of the characters after the first
	    //    %x3D ("=") character.
	    const position = { position: 0 };
	    name = collectASequenceOfCodePointsFast(
	      '=',
	      nameValuePair,
	      position
	    );
	    value = nameValuePair.slice(position.position + 1);
	  }

	  // 4. Remove any leading or trailing WSP characters from the name
	  //    string and the value string.
	  name = name.trim();
	  value = value.trim();

	  // 5. If the sum of the lengths of the name string and the value string
	  //    is more than 4096 octets, abort these steps and ignore the set-
	  //    cookie-string entirely.
	  if (name.length + value.length > maxNameValuePairSize) {
	    return null
	  }

	  // 6. The cookie-name is the name string, and the cookie-value is the
	  //    value string.
	  // https://datatracker.ietf.org/doc/html/rfc6265
	  // To maximize compatibility with user agents, servers that wish to
	  // store arbitrary data in a cookie-value SHOULD encode that data, for
	  // example, using Base64 [RFC4648].
	  return {
	    name, value, ...parseUnparsedAttributes(unparsedAttributes)
	  }
	}

	/**
	 * Parses the remaining attributes of a set-cookie header
	 * @see https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#section-5.4
	 * @param {string} unparsedAttributes
	 * @param {Object.<string, unknown>} [cookieAttributeList={}]
	 */
	function parseUnparsedAttributes (unparsedAttributes, cookieAttributeList = {}) {
	  while (true) {
	    // 1. If the unparsed-attributes string is empty, skip the rest of
	    //    these steps.
	    if (unparsedAttributes.length === 0) {
	      return cookieAttributeList
	    }

	    // 2. Discard the first character of the unparsed-attributes (which
	    //    will be a %x3B (";") character).
	    assert(unparsedAttributes[0] === ';');
	    unparsedAttributes = unparsedAttributes.slice(1);

	    let cookieAv = '';

	    // 3. If the remaining unparsed-attributes contains a %x3B (";")
	    //    character:
	    if (unparsedAttributes.includes(';')) {
	    // 1. Consume the characters of the unparsed-attributes up to, but
	    //    not including, the first %x3B (";") character.
	      cookieAv = collectASequenceOfCodePointsFast(
	        ';',
	        unparsedAttributes,
	        { position: 0 }
	      );
	      unparsedAttributes = unparsedAttributes.slice(cookieAv.length);
	    } else {
	    // Otherwise:

	      // 1. Consume the remainder of the unparsed-attributes.
	      cookieAv = unparsedAttributes;
	      unparsedAttributes = '';
	    }

	    // Let the cookie-av string be the characters consumed in this step.

	    let attributeName = '';
	    let attributeValue = '';

	    // 4. If the cookie-av string contains a %x3D ("=") character:
	    if (cookieAv.includes('=')) {
	    // 1. The (possibly empty) attribute-name string consists of the
	    //    characters up to, but not including, the first %x3D ("=")
	    //    character, and the (possibly empty) attribute-value string
	    //    consists of the characters after the first %x3D ("=")
	    //    character.
	      const position = { position: 0 };

	      attributeName = collectASequenceOfCodePointsFast(
	        '=',
	        cookieAv,
	        position
	      );
	      attributeValue = cookieAv.slice(position.position + 1);
	    } else {
	    // Otherwise:

	      // 1. The attribute-name string consists of the entire cookie-av
	      //    string, and the attribute-value string is empty.
	      attributeName = cookieAv;
	    }

	    // 5. Remove any leading or trailing WSP characters from the attribute-
	    //    name string and the attribute-value string.
	    attributeName = attributeName.trim();
	    attributeValue = attributeValue.trim();

	    // 6. If the attribute-value is longer than 1024 octets, ignore the
	    //    cookie-av string and return to Step 1 of this algorithm.
	    if (attributeValue.length > maxAttributeValueSize) {
	      continue
	    }

	    // 7. Process the attribute-name and attribute-value according to the
	    //    requirements in the following subsections.  (Notice that
	    //    attributes with unrecognized attribute-names are ignored.)
	    const attributeNameLowercase = attributeName.toLowerCase();

	    // https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#section-5.4.1
	    // If the attribute-name case-insensitively matches the string
	    // "Expires", the user agent MUST process the cookie-av as follows.
	    if (attributeNameLowercase === 'expires') {
	    // 1. Let the expiry-time be the result of parsing the attribute-value
	    //    as cookie-date (see Section 5.1.1).
	      const expiryTime = new Date(attributeValue);

	      // 2. If the attribute-value failed to parse as a cookie date, ignore
	      //    the cookie-av.

	      cookieAttributeList.expires = expiryTime;
	    } else if (attributeNameLowercase === 'max-age') {
	    // https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#section-5.4.2
	    // If the attribute-name case-insensitively matches the string "Max-
	    // Age", the user agent MUST process the cookie-av as follows.

	      // 1. If the first character of the attribute-value is not a DIGIT or a
	      //    "-" character, ignore the cookie-av.
	      const charCode = attributeValue.charCodeAt(0);

	      if ((charCode < 48 || charCode > 57) && attributeValue[0] !== '-') {
	        continue
	      }

	      // 2. If the remainder of attribute-value contains a non-DIGIT
	      //    character, ignore the cookie-av.
	      if (!/^\d+$/.test(attributeValue)) {
	        continue
	      }

	      // 3. Let delta-seconds be the attribute-value converted to an integer.
	      const deltaSeconds = Number(attributeValue);

	      // 4. Let cookie-age-limit be the maximum age of the cookie (which
	      //    SHOULD be 400 days or less, see Section 4.1.2.2).

	      // 5. Set delta-seconds to the smaller of its present value and cookie-
	      //    age-limit.
	      // deltaSeconds = Math.min(deltaSeconds * 1000, maxExpiresMs)

	      // 6. If delta-seconds is less than or equal to zero (0), let expiry-
	      //    time be the earliest representable date and time.  Otherwise, let
	      //    the expiry-time be the current date and time plus delta-seconds
	      //    seconds.
	      // const expiryTime = deltaSeconds <= 0 ? Date.now() : Date.now() + deltaSeconds

	      // 7. Append an attribute to the cookie-attribute-list with an
	      //    attribute-name of Max-Age and an attribute-value of expiry-time.
	      cookieAttributeList.maxAge = deltaSeconds;
	    } else if (attributeNameLowercase === 'domain') {
	    // https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#section-5.4.3
	    // If the attribute-name case-insensitively matches the string "Domain",
	    // the user agent MUST process the cookie-av as follows.

	      // 1. Let cookie-domain be the attribute-value.
	      let cookieDomain = attributeValue;

	      // 2. If cookie-domain starts with %x2E ("."), let cookie-domain be
	      //    cookie-domain without its leading %x2E (".").
	      if (cookieDomain[0] === '.') {
	        cookieDomain = cookieDomain.slice(1);
	      }

	      // 3. Convert the cookie-domain to lower case.
	      cookieDomain = cookieDomain.toLowerCase();

	      // 4. Append an attribute to the cookie-attribute-list with an
	      //    attribute-name of Domain and an attribute-value of cookie-domain.
	      cookieAttributeList.domain = cookieDomain;
	    } else if (attributeNameLowercase === 'path') {
	    // https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#section-5.4.4
	    // If the attribute-name case-insensitively matches the string "Path",
	    // the user agent MUST process the cookie-av as follows.

	      // 1. If the attribute-value is empty or if the first character of the
	      //    attribute-value is not %x2F ("/"):
	      let cookiePath = '';
	      if (attributeValue.length === 0 || attributeValue[0] !== '/') {
	      // 1. Let cookie-path be the default-path.
	        cookiePath = '/';
	      } else {
	      // Otherwise:

	        // 1. Let cookie-path be the attribute-value.
	        cookiePath = attributeValue;
	      }

	      // 2. Append an attribute to the cookie-attribute-list with an
	      //    attribute-name of Path and an attribute-value of cookie-path.
	      cookieAttributeList.path = cookiePath;
	    } else if (attributeNameLowercase === 'secure') {
	    // https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#section-5.4.5
	    // If the attribute-name case-insensitively matches the string "Secure",
	    // the user agent MUST append an attribute to the cookie-attribute-list
	    // with an attribute-name of Secure and an empty attribute-value.

	      cookieAttributeList.secure = true;
	    } else if (attributeNameLowercase === 'httponly') {
	    // https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#section-5.4.6
	    // If the attribute-name case-insensitively matches the string
	    // "HttpOnly", the user agent MUST append an attribute to the cookie-
	    // attribute-list with an attribute-name of HttpOnly and an empty
	    // attribute-value.

	      cookieAttributeList.httpOnly = true;
	    } else if (attributeNameLowercase === 'samesite') {
	    // https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#section-5.4.7
	    // If the attribute-name case-insensitively matches the string
	    // "SameSite", the user agent MUST process the cookie-av as follows:

	      const attributeValueLowercase = attributeValue.toLowerCase();

	      // 1. If cookie-av's attribute-value is a case-insensitive match for
	      //    "None", append an attribute to the cookie-attribute-list with an
	      //    attribute-name of "SameSite" and an attribute-value of "None".
	      if (attributeValueLowercase === 'none') {
	        cookieAttributeList.sameSite = 'None';
	      } else if (attributeValueLowercase === 'strict') {
	      // 2. If cookie-av's attribute-value is a case-insensitive match for
	      //    "Strict", append an attribute to the cookie-attribute-list with
	      //    an attribute-name of "SameSite" and an attribute-value of
	      //    "Strict".
	        cookieAttributeList.sameSite = 'Strict';
	      } else if (attributeValueLowercase === 'lax') {
	      // 3. If cookie-av's attribute-value is a case-insensitive match for
	      //    "Lax", append an attribute to the cookie-attribute-list with an
	      //    attribute-name of "SameSite" and an attribute-value of "Lax".
	        cookieAttributeList.sameSite = 'Lax';
	      }
	    } else {
	      cookieAttributeList.unparsed ??= [];

	      cookieAttributeList.unparsed.push(`${attributeName}=${attributeValue}`);
	    }

	  // 8. Return to Step 1 of this algorithm.
	  }
	}

	parse$2 = {
	  parseSetCookie,
	  parseUnparsedAttributes
	};
	return parse$2;
}

var cookies;
var hasRequiredCookies;

function requireCookies () {
	if (hasRequiredCookies) return cookies;
	hasRequiredCookies = 1;

	const { parseSetCookie } = requireParse();
	const { stringify } = requireUtil$2();
	const { webidl } = requireWebidl();
	const { Headers } = requireHeaders();

	const brandChecks = webidl.brandCheckMultiple([Headers, globalThis.Headers].filter(Boolean));

	/**
	 * @typedef {Object} Cookie
	 * @property {string} name
	 * @property {string} value
	 * @property {Date|number} [expires]
	 * @property {number} [maxAge]
	 * @property {string} [domain]
	 * @property {string} [path]
	 * @property {boolean} [secure]
	 * @property {boolean} [httpOnly]
	 * @property {'Strict'|'Lax'|'None'} [sameSite]
	 * @property {string[]} [unparsed]
	 */

	/**
	 * @param {Headers} headers
	 * @returns {Record<string, string>}
	 */
	function getCookies (headers) {
	  webidl.argumentLengthCheck(arguments, 1, 'getCookies');

	  brandChecks(headers);

	  const cookie = headers.get('cookie');

	  // A null prototype keeps a cookie named `__proto__` from hitting the
	  // Object.prototype setter, which would silently drop it.
	  /** @type {Record<string, string>} */
	  const out = { __proto__: null };

	  if (!cookie) {
	    return out
	  }

	  for (const piece of cookie.split(';')) {
	    const [name, ...value] = piece.split('=');

	    out[name.trim()] = value.join('=');
	  }

	  return out
	}

	/**
	 * @param {Headers} headers
	 * @param {string} name
	 * @param {{ path?: string, domain?: string }|undefined} attributes
	 * @returns {void}
	 */
	function deleteCookie (headers, name, attributes) {
	  brandChecks(headers);

	  const prefix = 'deleteCookie';
	  webidl.argumentLengthCheck(arguments, 2, prefix);

	  name = webidl.converters.DOMString(name, prefix, 'name');
	  attributes = webidl.converters.DeleteCookieAttributes(attributes);

	  // Matches behavior of
	  // https://github.com/denoland/deno_std/blob/63827b16330b82489a04614027c33b7904e08be5/http/cookie.ts#L278
	  setCookie(headers, {
	    name,
	    value: '',
	    expires: new Date(0),
	    ...attributes
	  });
	}

	/**
	 * @param {Headers} headers
	 * @returns {Cookie[]}
	 */
	function getSetCookies (headers) {
	  webidl.argumentLengthCheck(arguments, 1, 'getSetCookies');

	  brandChecks(headers);

	  const cookies = headers.getSetCookie();

	  if (!cookies) {
	    return []
	  }

	  return cookies.map((pair) => parseSetCookie(pair))
	}

	/**
	 * Parses a cookie string
	 * @param {string} cookie
	 */
	function parseCookie (cookie) {
	  cookie = webidl.converters.DOMString(cookie);

	  return parseSetCookie(cookie)
	}

	/**
	 * @param {Headers} headers
	 * @param {Cookie} cookie
	 * @returns {void}
	 */
	function setCookie (headers, cookie) {
	  webidl.argumentLengthCheck(arguments, 2, 'setCookie');

	  brandChecks(headers);

	  cookie = webidl.converters.Cookie(cookie);

	  const str = stringify(cookie);

	  if (str) {
	    headers.append('set-cookie', str, true);
	  }
	}

	webidl.converters.DeleteCookieAttributes = webidl.dictionaryConverter([
	  {
	    converter: webidl.nullableConverter(webidl.converters.DOMString),
	    key: 'path',
	    defaultValue: () => null
	  },
	  {
	    converter: webidl.nullableConverter(webidl.converters.DOMString),
	    key: 'domain',
	    defaultValue: () => null
	  }
	]);

	webidl.converters.Cookie = webidl.dictionaryConverter([
	  {
	    converter: webidl.converters.DOMString,
	    key: 'name'
	  },
	  {
	    converter: webidl.converters.DOMString,
	    key: 'value'
	  },
	  {
	    converter: webidl.nullableConverter((value) => {
	      if (typeof value === 'number') {
	        return webidl.converters['unsigned long long'](value)
	      }

	      return new Date(value)
	    }),
	    key: 'expires',
	    defaultValue: () => null
	  },
	  {
	    converter: webidl.nullableConverter(webidl.converters['long long']),
	    key: 'maxAge',
	    defaultValue: () => null
	  },
	  {
	    converter: webidl.nullableConverter(webidl.converters.DOMString),
	    key: 'domain',
	    defaultValue: () => null
	  },
	  {
	    converter: webidl.nullableConverter(webidl.converters.DOMString),
	    key: 'path',
	    defaultValue: () => null
	  },
	  {
	    converter: webidl.nullableConverter(webidl.converters.boolean),
	    key: 'secure',
	    defaultValue: () => null
	  },
	  {
	    converter: webidl.nullableConverter(webidl.converters.boolean),
	    key: 'httpOnly',
	    defaultValue: () => null
	  },
	  {
	    converter: webidl.converters.USVString,
	    key: 'sameSite',
	    allowedValues: ['Strict', 'Lax', 'None']
	  },
	  {
	    converter: webidl.sequenceConverter(webidl.converters.DOMString),
	    key: 'unparsed',
	    defaultValue: () => []
	  }
	]);

	cookies = {
	  getCookies,
	  deleteCookie,
	  getSetCookies,
	  setCookie,
	  parseCookie
	};
	return cookies;
}

var events;
var hasRequiredEvents;

function requireEvents () {
	if (hasRequiredEvents) return events;
	hasRequiredEvents = 1;

	const { webidl } = requireWebidl();
	const { kEnumerableProperty } = requireUtil$4();
	const { kConstruct } = requireSymbols();

	/**
	 * @see https://html.spec.whatwg.org/multipage/comms.html#messageevent
	 */
	class MessageEvent extends Event {
	  #eventInit

	  constructor (type, eventInitDict = {}) {
	    if (type === kConstruct) {
	      super(arguments[1], arguments[2]);
	      webidl.util.markAsUncloneable(this);
	      return
	    }

	    const prefix = 'MessageEvent constructor';
	    webidl.argumentLengthCheck(arguments, 1, prefix);

	    type = webidl.converters.DOMString(type, prefix, 'type');
	    eventInitDict = webidl.converters.MessageEventInit(eventInitDict, prefix, 'eventInitDict');

	    super(type, eventInitDict);

	    this.#eventInit = eventInitDict;
	    webidl.util.markAsUncloneable(this);
	  }

	  get data () {
	    webidl.brandCheck(this, MessageEvent);

	    return this.#eventInit.data
	  }

	  get origin () {
	    webidl.brandCheck(this, MessageEvent);

	    return this.#eventInit.origin
	  }

	  get lastEventId () {
	    webidl.brandCheck(this, MessageEvent);

	    return this.#eventInit.lastEventId
	  }

	  get source () {
	    webidl.brandCheck(this, MessageEvent);

	    return this.#eventInit.source
	  }

	  get ports () {
	    webidl.brandCheck(this, MessageEvent);

	    if (!Object.isFrozen(this.#eventInit.ports)) {
	      Object.freeze(this.#eventInit.ports);
	    }

	    return this.#eventInit.ports
	  }

	  initMessageEvent (
	    type,
	    bubbles = false,
	    cancelable = false,
	    data = null,
	    origin = '',
	    lastEventId = '',
	    source = null,
	    ports = []
	  ) {
	    webidl.brandCheck(this, MessageEvent);

	    webidl.argumentLengthCheck(arguments, 1, 'MessageEvent.initMessageEvent');

	    return new MessageEvent(type, {
	      bubbles, cancelable, data, origin, lastEventId, source, ports
	    })
	  }

	  static createFastMessageEvent (type, init) {
	    const messageEvent = new MessageEvent(kConstruct, type, init);
	    messageEvent.#eventInit = init;
	    messageEvent.#eventInit.data ??= null;
	    messageEvent.#eventInit.origin ??= '';
	    messageEvent.#eventInit.lastEventId ??= '';
	    messageEvent.#eventInit.source ??= null;
	    messageEvent.#eventInit.ports ??= [];
	    return messageEvent
	  }
	}

	const { createFastMessageEvent } = MessageEvent;
	delete MessageEvent.createFastMessageEvent;

	/**
	 * @see https://websockets.spec.whatwg.org/#the-closeevent-interface
	 */
	class CloseEvent extends Event {
	  #eventInit

	  constructor (type, eventInitDict = {}) {
	    const prefix = 'CloseEvent constructor';
	    webidl.argumentLengthCheck(arguments, 1, prefix);

	    type = webidl.converters.DOMString(type, prefix, 'type');
	    eventInitDict = webidl.converters.CloseEventInit(eventInitDict);

	    super(type, eventInitDict);

	    this.#eventInit = eventInitDict;
	    webidl.util.markAsUncloneable(this);
	  }

	  get wasClean () {
	    webidl.brandCheck(this, CloseEvent);

	    return this.#eventInit.wasClean
	  }

	  get code () {
	    webidl.brandCheck(this, CloseEvent);

	    return this.#eventInit.code
	  }

	  get reason () {
	    webidl.brandCheck(this, CloseEvent);

	    return this.#eventInit.reason
	  }
	}

	// https://html.spec.whatwg.org/multipage/webappapis.html#the-errorevent-interface
	class ErrorEvent extends Event {
	  #eventInit

	  constructor (type, eventInitDict) {
	    const prefix = 'ErrorEvent constructor';
	    webidl.argumentLengthCheck(arguments, 1, prefix);

	    super(type, eventInitDict);
	    webidl.util.markAsUncloneable(this);

	    type = webidl.converters.DOMString(type, prefix, 'type');
	    eventInitDict = webidl.converters.ErrorEventInit(eventInitDict ?? {});

	    this.#eventInit = eventInitDict;
	  }

	  get message () {
	    webidl.brandCheck(this, ErrorEvent);

	    return this.#eventInit.message
	  }

	  get filename () {
	    webidl.brandCheck(this, ErrorEvent);

	    return this.#eventInit.filename
	  }

	  get lineno () {
	    webidl.brandCheck(this, ErrorEvent);

	    return this.#eventInit.lineno
	  }

	  get colno () {
	    webidl.brandCheck(this, ErrorEvent);

	    return this.#eventInit.colno
	  }

	  get error () {
	    webidl.brandCheck(this, ErrorEvent);

	    return this.#eventInit.error
	  }
	}

	Object.defineProperties(MessageEvent.prototype, {
	  [Symbol.toStringTag]: {
	    value: 'MessageEvent',
	    configurable: true
	  },
	  data: kEnumerableProperty,
	  origin: kEnumerableProperty,
	  lastEventId: kEnumerableProperty,
	  source: kEnumerableProperty,
	  ports: kEnumerableProperty,
	  initMessageEvent: kEnumerableProperty
	});

	Object.defineProperties(CloseEvent.prototype, {
	  [Symbol.toStringTag]: {
	    value: 'CloseEvent',
	    configurable: true
	  },
	  reason: kEnumerableProperty,
	  code: kEnumerableProperty,
	  wasClean: kEnumerableProperty
	});

	Object.defineProperties(ErrorEvent.prototype, {
	  [Symbol.toStringTag]: {
	    value: 'ErrorEvent',
	    configurable: true
	  },
	  message: kEnumerableProperty,
	  filename: kEnumerableProperty,
	  lineno: kEnumerableProperty,
	  colno: kEnumerableProperty,
	  error: kEnumerableProperty
	});

	webidl.converters.MessagePort = webidl.interfaceConverter(
	  webidl.is.MessagePort,
	  'MessagePort'
	);

	webidl.converters['sequence<MessagePort>'] = webidl.sequenceConverter(
	  webidl.converters.MessagePort
	);

	const eventInit = [
	  {
	    key: 'bubbles',
	    converter: webidl.converters.boolean,
	    defaultValue: () => false
	  },
	  {
	    key: 'cancelable',
	    converter: webidl.converters.boolean,
	    defaultValue: () => false
	  },
	  {
	    key: 'composed',
	    converter: webidl.converters.boolean,
	    defaultValue: () => false
	  }
	];

	webidl.converters.MessageEventInit = webidl.dictionaryConverter([
	  ...eventInit,
	  {
	    key: 'data',
	    converter: webidl.converters.any,
	    defaultValue: () => null
	  },
	  {
	    key: 'origin',
	    converter: webidl.converters.USVString,
	    defaultValue: () => ''
	  },
	  {
	    key: 'lastEventId',
	    converter: webidl.converters.DOMString,
	    defaultValue: () => ''
	  },
	  {
	    key: 'source',
	    // Node doesn't implement WindowProxy or ServiceWorker, so the only
	    // valid value for source is a MessagePort.
	    converter: webidl.nullableConverter(webidl.converters.MessagePort),
	    defaultValue: () => null
	  },
	  {
	    key: 'ports',
	    converter: webidl.converters['sequence<MessagePort>'],
	    defaultValue: () => []
	  }
	]);

	webidl.converters.CloseEventInit = webidl.dictionaryConverter([
	  ...eventInit,
	  {
	    key: 'wasClean',
	    converter: webidl.converters.boolean,
	    defaultValue: () => false
	  },
	  {
	    key: 'code',
	    converter: webidl.converters['unsigned short'],
	    defaultValue: () => 0
	  },
	  {
	    key: 'reason',
	    converter: webidl.converters.USVString,
	    defaultValue: () => ''
	  }
	]);

	webidl.converters.ErrorEventInit = webidl.dictionaryConverter([
	  ...eventInit,
	  {
	    key: 'message',
	    converter: webidl.converters.DOMString,
	    defaultValue: () => ''
	  },
	  {
	    key: 'filename',
	    converter: webidl.converters.USVString,
	    defaultValue: () => ''
	  },
	  {
	    key: 'lineno',
	    converter: webidl.converters['unsigned long'],
	    defaultValue: () => 0
	  },
	  {
	    key: 'colno',
	    converter: webidl.converters['unsigned long'],
	    defaultValue: () => 0
	  },
	  {
	    key: 'error',
	    converter: webidl.converters.any
	  }
	]);

	events = {
	  MessageEvent,
	  CloseEvent,
	  ErrorEvent,
	  createFastMessageEvent
	};
	return events;
}

var constants;
var hasRequiredConstants;

function requireConstants () {
	if (hasRequiredConstants) return constants;
	hasRequiredConstants = 1;

	/**
	 * This is a Globally Unique Identifier unique used to validate that the
	 * endpoint accepts websocket connections.
	 * @see https://www.rfc-editor.org/rfc/rfc6455.html#section-1.3
	 * @type {'258EAFA5-E914-47DA-95CA-C5AB0DC85B11'}
	 */
	const uid = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

	/**
	 * @type {PropertyDescriptor}
	 */
	const staticPropertyDescriptors = {
	  enumerable: true,
	  writable: false,
	  configurable: false
	};

	/**
	 * The states of the WebSocket connection.
	 *
	 * @readonly
	 * @enum
	 * @property {0} CONNECTING
	 * @property {1} OPEN
	 * @property {2} CLOSING
	 * @property {3} CLOSED
	 */
	const states = {
	  CONNECTING: 0,
	  OPEN: 1,
	  CLOSING: 2,
	  CLOSED: 3
	};

	/**
	 * @readonly
	 * @enum
	 * @property {0} NOT_SENT
	 * @property {1} PROCESSING
	 * @property {2} SENT
	 */
	const sentCloseFrameState = {
	  SENT: 1,
	  RECEIVED: 2
	};

	/**
	 * The WebSocket opcodes.
	 *
	 * @readonly
	 * @enum
	 * @property {0x0} CONTINUATION
	 * @property {0x1} TEXT
	 * @property {0x2} BINARY
	 * @property {0x8} CLOSE
	 * @property {0x9} PING
	 * @property {0xA} PONG
	 * @see https://datatracker.ietf.org/doc/html/rfc6455#section-5.2
	 */
	const opcodes = {
	  CONTINUATION: 0x0,
	  TEXT: 0x1,
	  BINARY: 0x2,
	  CLOSE: 0x8,
	  PING: 0x9,
	  PONG: 0xA
	};

	/**
	 * The maximum value for an unsigned 16-bit integer.
	 *
	 * @type {65535} 2 ** 16 - 1
	 */
	const maxUnsigned16Bit = 65535;

	/**
	 * The states of the parser.
	 *
	 * @readonly
	 * @enum
	 * @property {0} INFO
	 * @property {2} PAYLOADLENGTH_16
	 * @property {3} PAYLOADLENGTH_64
	 * @property {4} READ_DATA
	 */
	const parserStates = {
	  INFO: 0,
	  PAYLOADLENGTH_16: 2,
	  PAYLOADLENGTH_64: 3,
	  READ_DATA: 4
	};

	/**
	 * An empty buffer.
	 *
	 * @type {Buffer}
	 */
	const emptyBuffer = Buffer.allocUnsafe(0);

	/**
	 * @readonly
	 * @property {1} text
	 * @property {2} typedArray
	 * @property {3} arrayBuffer
	 * @property {4} blob
	 */
	const sendHints = {
	  text: 1,
	  typedArray: 2,
	  arrayBuffer: 3,
	  blob: 4
	};

	constants = {
	  uid,
	  sentCloseFrameState,
	  staticPropertyDescriptors,
	  states,
	  opcodes,
	  maxUnsigned16Bit,
	  parserStates,
	  emptyBuffer,
	  sendHints
	};
	return constants;
}

var util$1;
var hasRequiredUtil$1;

function requireUtil$1 () {
	if (hasRequiredUtil$1) return util$1;
	hasRequiredUtil$1 = 1;

	const { states, opcodes } = requireConstants();
	const { isUtf8 } = __require$e();
	const { removeHTTPWhitespace } = requireDataUrl();
	const { collectASequenceOfCodePointsFast } = requireInfra();

	/**
	 * @param {number} readyState
	 * @returns {boolean}
	 */
	function isConnecting (readyState) {
	  // If the WebSocket connection is not yet established, and the connection
	  // is not yet closed, then the WebSocket connection is in the CONNECTING state.
	  return readyState === states.CONNECTING
	}

	/**
	 * @param {number} readyState
	 * @returns {boolean}
	 */
	function isEstablished (readyState) {
	  // If the server's response is validated as provided for above, it is
	  // said that _The WebSocket Connection is Established_ and that the
	  // WebSocket Connection is in the OPEN state.
	  return readyState === states.OPEN
	}

	/**
	 * @param {number} readyState
	 * @returns {boolean}
	 */
	function isClosing (readyState) {
	  // Upon either sending or receiving a Close control frame, it is said
	  // that _The WebSocket Closing Handshake is Started_ and that the
	  // WebSocket connection is in the CLOSING state.
	  return readyState === states.CLOSING
	}

	/**
	 * @param {number} readyState
	 * @returns {boolean}
	 */
	function isClosed (readyState) {
	  return readyState === states.CLOSED
	}

	/**
	 * @see https://dom.spec.whatwg.org/#concept-event-fire
	 * @param {string} e
	 * @param {EventTarget} target
	 * @param {(...args: ConstructorParameters<typeof Event>) => Event} eventFactory
	 * @param {EventInit | undefined} eventInitDict
	 * @returns {void}
	 */
	function fireEvent (e, target, eventFactory = (type, init) => new Event(type, init), eventInitDict = {}) {
	  // 1. If eventConstructor is not given, then let eventConstructor be Event.

	  // 2. Let event be the result of creating an event given eventConstructor,
	  //    in the relevant realm of target.
	  // 3. Initialize event\u2019s type attribute to e.
	  const event = eventFactory(e, eventInitDict);

	  // 4. Initialize any other IDL attributes of event as described in the
	  //    invocation of this algorithm.

	  // 5. Return the result of dispatching event at target, with legacy target
	  //    override flag set if set.
	  target.dispatchEvent(event);
	}

	/**
	 * @see https://websockets.spec.whatwg.org/#feedback-from-the-protocol
	 * @param {import('./websocket').Handler} handler
	 * @param {number} type Opcode
	 * @param {Buffer} data application data
	 * @returns {void}
	 */
	function websocketMessageReceived (handler, type, data) {
	  handler.onMessage(type, data);
	}

	/**
	 * @param {Buffer} buffer
	 * @returns {ArrayBuffer}
	 */
	function toArrayBuffer (buffer) {
	  if (buffer.byteLength === buffer.buffer.byteLength) {
	    return buffer.buffer
	  }
	  return new Uint8Array(buffer).buffer
	}

	/**
	 * @see https://datatracker.ietf.org/doc/html/rfc6455
	 * @see https://datatracker.ietf.org/doc/html/rfc2616
	 * @see https://bugs.chromium.org/p/chromium/issues/detail?id=398407
	 * @param {string} protocol
	 * @returns {boolean}
	 */
	function isValidSubprotocol (protocol) {
	  // If present, this value indicates one
	  // or more comma-separated subprotocol the client wishes to speak,
	  // ordered by preference.  The elements that comprise this value
	  // MUST be non-empty strings with characters in the range U+0021 to
	  // U+007E not including separator characters as defined in
	  // [RFC2616] and MUST all be unique strings.
	  if (protocol.length === 0) {
	    return false
	  }

	  for (let i = 0; i < protocol.length; ++i) {
	    const code = protocol.charCodeAt(i);

	    if (
	      code < 0x21 || // CTL, contains SP (0x20) and HT (0x09)
	      code > 0x7E ||
	      code === 0x22 || // "
	      code === 0x28 || // (
	      code === 0x29 || // )
	      code === 0x2C || // ,
	      code === 0x2F || // /
	      code === 0x3A || // :
	      code === 0x3B || // ;
	      code === 0x3C || // <
	      code === 0x3D || // =
	      code === 0x3E || // >
	      code === 0x3F || // ?
	      code === 0x40 || // @
	      code === 0x5B || // [
	      code === 0x5C || // \
	      code === 0x5D || // ]
	      code === 0x7B || // {
	      code === 0x7D // }
	    ) {
	      return false
	    }
	  }

	  return true
	}

	/**
	 * @see https://datatracker.ietf.org/doc/html/rfc6455#section-7-4
	 * @param {number} code
	 * @returns {boolean}
	 */
	function isValidStatusCode (code) {
	  if (code >= 1000 && code < 1015) {
	    return (
	      code !== 1004 && // reserved
	      code !== 1005 && // "MUST NOT be set as a status code"
	      code !== 1006 // "MUST NOT be set as a status code"
	    )
	  }

	  return code >= 3000 && code <= 4999
	}

	/**
	 * @see https://datatracker.ietf.org/doc/html/rfc6455#section-5.5
	 * @param {number} opcode
	 * @returns {boolean}
	 */
	function isControlFrame (opcode) {
	  return (
	    opcode === opcodes.CLOSE ||
	    opcode === opcodes.PING ||
	    opcode === opcodes.PONG
	  )
	}

	/**
	 * @param {number} opcode
	 * @returns {boolean}
	 */
	function isContinuationFrame (opcode) {
	  return opcode === opcodes.CONTINUATION
	}

	/**
	 * @param {number} opcode
	 * @returns {boolean}
	 */
	function isTextBinaryFrame (opcode) {
	  return opcode === opcodes.TEXT || opcode === opcodes.BINARY
	}

	/**
	 *
	 * @param {number} opcode
	 * @returns {boolean}
	 */
	function isValidOpcode (opcode) {
	  return isTextBinaryFrame(opcode) || isContinuationFrame(opcode) || isControlFrame(opcode)
	}

	/**
	 * Parses a Sec-WebSocket-Extensions header value.
	 * @param {string} extensions
	 * @returns {Map<string, string>}
	 */
	// TODO(@Uzlopak, @KhafraDev): make compliant https://datatracker.ietf.org/doc/html/rfc6455#section-9.1
	function parseExtensions (extensions) {
	  const position = { position: 0 };
	  const extensionList = new Map();

	  while (position.position < extensions.length) {
	    const pair = collectASequenceOfCodePointsFast(';', extensions, position);
	    const [name, value = ''] = pair.split('=', 2);

	    extensionList.set(
	      removeHTTPWhitespace(name, true, false),
	      removeHTTPWhitespace(value, false, true)
	    );

	    position.position++;
	  }

	  return extensionList
	}

	/**
	 * @see https://www.rfc-editor.org/rfc/rfc7692#section-7.1.2.2
	 * @description "client-max-window-bits = 1*DIGIT"
	 * @param {string} value
	 * @returns {boolean}
	 */
	function isValidClientWindowBits (value) {
	  // Must have at least one character
	  if (value.length === 0) {
	    return false
	  }

	  // Check all characters are ASCII digits
	  for (let i = 0; i < value.length; i++) {
	    const byte = value.charCodeAt(i);

	    if (byte < 0x30 || byte > 0x39) {
	      return false
	    }
	  }

	  // Check numeric range: zlib requires windowBits in range 8-15
	  const num = Number.parseInt(value, 10);
	  return num >= 8 && num <= 15
	}

	/**
	 * @see https://whatpr.org/websockets/48/7b748d3...d5570f3.html#get-a-url-record
	 * @param {string} url
	 * @param {string} [baseURL]
	 */
	function getURLRecord (url, baseURL) {
	  // 1. Let urlRecord be the result of applying the URL parser to url with baseURL .
	  // 2. If urlRecord is failure, then throw a " SyntaxError " DOMException .
	  let urlRecord;

	  try {
	    urlRecord = new URL(url, baseURL);
	  } catch (e) {
	    throw new DOMException(e, 'SyntaxError')
	  }

	  // 3. If urlRecord \u2019s scheme is " http ", then set urlRecord \u2019s scheme to " ws ".
	  // 4. Otherwise, if urlRecord \u2019s scheme is " https ", set urlRecord \u2019s scheme to " wss ".
	  if (urlRecord.protocol === 'http:') {
	    urlRecord.protocol = 'ws:';
	  } else if (urlRecord.protocol === 'https:') {
	    urlRecord.protocol = 'wss:';
	  }

	  // 5. If urlRecord \u2019s scheme is not " ws " or " wss ", then throw a " SyntaxError " DOMException .
	  if (urlRecord.protocol !== 'ws:' && urlRecord.protocol !== 'wss:') {
	    throw new DOMException('expected a ws: or wss: url', 'SyntaxError')
	  }

	  // If urlRecord \u2019s fragment is non-null, then throw a " SyntaxError " DOMException .
	  if (urlRecord.hash.length || urlRecord.href.endsWith('#')) {
	    throw new DOMException('hash', 'SyntaxError')
	  }

	  // Return urlRecord .
	  return urlRecord
	}

	// https://whatpr.org/websockets/48.html#validate-close-code-and-reason
	function validateCloseCodeAndReason (code, reason) {
	  // 1. If code is not null, but is neither an integer equal to
	  //    1000 nor an integer in the range 3000 to 4999, inclusive,
	  //    throw an "InvalidAccessError" DOMException.
	  if (code !== null) {
	    if (code !== 1000 && (code < 3000 || code > 4999)) {
	      throw new DOMException('invalid code', 'InvalidAccessError')
	    }
	  }

	  // 2. If reason is not null, then:
	  if (reason !== null) {
	    // 2.1. Let reasonBytes be the result of UTF-8 encoding reason.
	    // 2.2. If reasonBytes is longer than 123 bytes, then throw a
	    //      "SyntaxError" DOMException.
	    const reasonBytesLength = Buffer.byteLength(reason);

	    if (reasonBytesLength > 123) {
	      throw new DOMException(`Reason must be less than 123 bytes; received ${reasonBytesLength}`, 'SyntaxError')
	    }
	  }
	}

	/**
	 * Converts a Buffer to utf-8, even on platforms without icu.
	 * @type {(buffer: Buffer) => string}
	 */
	const utf8Decode = (() => {
	  if (typeof process.versions.icu === 'string') {
	    const fatalDecoder = new TextDecoder('utf-8', { fatal: true });
	    return fatalDecoder.decode.bind(fatalDecoder)
	  }
	  return function (buffer) {
	    if (isUtf8(buffer)) {
	      return buffer.toString('utf-8')
	    }
	    throw new TypeError('Invalid utf-8 received.')
	  }
	})();

	util$1 = {
	  isConnecting,
	  isEstablished,
	  isClosing,
	  isClosed,
	  fireEvent,
	  isValidSubprotocol,
	  isValidStatusCode,
	  websocketMessageReceived,
	  utf8Decode,
	  isControlFrame,
	  isContinuationFrame,
	  isTextBinaryFrame,
	  isValidOpcode,
	  parseExtensions,
	  isValidClientWindowBits,
	  toArrayBuffer,
	  getURLRecord,
	  validateCloseCodeAndReason
	};
	return util$1;
}

var frame;
var hasRequiredFrame;

function requireFrame () {
	if (hasRequiredFrame) return frame;
	hasRequiredFrame = 1;

	const { runtimeFeatures } = requireRuntimeFeatures();
	const { maxUnsigned16Bit, opcodes } = requireConstants();

	const BUFFER_SIZE = 8 * 1024;

	let buffer = null;
	let bufIdx = BUFFER_SIZE;

	const randomFillSync = runtimeFeatures.has('crypto')
	  ? __require$9().randomFillSync
	  // not full compatibility, but minimum.
	  : function randomFillSync (buffer, _offset, _size) {
	    for (let i = 0; i < buffer.length; ++i) {
	      buffer[i] = Math.random() * 255 | 0;
	    }
	    return buffer
	  };

	function generateMask () {
	  if (bufIdx === BUFFER_SIZE) {
	    bufIdx = 0;
	    randomFillSync((buffer ??= Buffer.allocUnsafeSlow(BUFFER_SIZE)), 0, BUFFER_SIZE);
	  }
	  return [buffer[bufIdx++], buffer[bufIdx++], buffer[bufIdx++], buffer[bufIdx++]]
	}

	class WebsocketFrameSend {
	  /**
	   * @param {Buffer|undefined} data
	   */
	  constructor (data) {
	    this.frameData = data;
	  }

	  createFrame (opcode) {
	    const frameData = this.frameData;
	    const maskKey = generateMask();
	    const bodyLength = frameData?.byteLength ?? 0;

	    /** @type {number} */
	    let payloadLength = bodyLength; // 0-125
	    let offset = 6;

	    if (bodyLength > maxUnsigned16Bit) {
	      offset += 8; // payload length is next 8 bytes
	      payloadLength = 127;
	    } else if (bodyLength > 125) {
	      offset += 2; // payload length is next 2 bytes
	      payloadLength = 126;
	    }

	    const buffer = Buffer.allocUnsafe(bodyLength + offset);

	    // Clear first 2 bytes, everything else is overwritten
	    buffer[0] = buffer[1] = 0;
	    buffer[0] |= 0x80; // FIN
	    buffer[0] = (buffer[0] & 0xF0) + opcode; // opcode

	    /*! ws. MIT License. Einar Otto Stangvik <einaros@gmail.com> */
	    buffer[offset - 4] = maskKey[0];
	    buffer[offset - 3] = maskKey[1];
	    buffer[offset - 2] = maskKey[2];
	    buffer[offset - 1] = maskKey[3];

	    buffer[1] = payloadLength;

	    if (payloadLength === 126) {
	      buffer.writeUInt16BE(bodyLength, 2);
	    } else if (payloadLength === 127) {
	      // Clear extended payload length
	      buffer[2] = buffer[3] = 0;
	      buffer.writeUIntBE(bodyLength, 4, 6);
	    }

	    buffer[1] |= 0x80; // MASK

	    // mask body
	    for (let i = 0; i < bodyLength; ++i) {
	      buffer[offset + i] = frameData[i] ^ maskKey[i & 3];
	    }

	    return buffer
	  }

	  /**
	   * @param {Uint8Array} buffer
	   */
	  static createFastTextFrame (buffer) {
	    const maskKey = generateMask();

	    const bodyLength = buffer.length;

	    // mask body
	    for (let i = 0; i < bodyLength; ++i) {
	      buffer[i] ^= maskKey[i & 3];
	    }

	    let payloadLength = bodyLength;
	    let offset = 6;

	    if (bodyLength > maxUnsigned16Bit) {
	      offset += 8; // payload length is next 8 bytes
	      payloadLength = 127;
	    } else if (bodyLength > 125) {
	      offset += 2; // payload length is next 2 bytes
	      payloadLength = 126;
	    }
	    const head = Buffer.allocUnsafeSlow(offset);

	    head[0] = 0x80 /* FIN */ | opcodes.TEXT; /* opcode TEXT */
	    head[1] = payloadLength | 0x80; /* MASK */
	    head[offset - 4] = maskKey[0];
	    head[offset - 3] = maskKey[1];
	    head[offset - 2] = maskKey[2];
	    head[offset - 1] = maskKey[3];

	    if (payloadLength === 126) {
	      head.writeUInt16BE(bodyLength, 2);
	    } else if (payloadLength === 127) {
	      head[2] = head[3] = 0;
	      head.writeUIntBE(bodyLength, 4, 6);
	    }

	    return [head, buffer]
	  }
	}

	frame = {
	  WebsocketFrameSend,
	  generateMask // for benchmark
	};
	return frame;
}

var connection;
var hasRequiredConnection;

function requireConnection () {
	if (hasRequiredConnection) return connection;
	hasRequiredConnection = 1;

	const { uid, states, sentCloseFrameState, emptyBuffer, opcodes } = requireConstants();
	const { parseExtensions, isClosed, isClosing, isEstablished, isConnecting, validateCloseCodeAndReason } = requireUtil$1();
	const { makeRequest } = requireRequest();
	const { fetching } = requireFetch();
	const { Headers, getHeadersList } = requireHeaders();
	const { getDecodeSplit } = requireUtil$5();
	const { WebsocketFrameSend } = requireFrame();
	const assert = __require$5();
	const { runtimeFeatures } = requireRuntimeFeatures();

	const crypto = runtimeFeatures.has('crypto')
	  ? __require$9()
	  : null;

	let warningEmitted = false;

	/**
	 * @see https://websockets.spec.whatwg.org/#concept-websocket-establish
	 * @param {URL} url
	 * @param {string|string[]} protocols
	 * @param {import('./websocket').Handler} handler
	 * @param {Partial<import('../../../types/websocket').WebSocketInit>} options
	 */
	function establishWebSocketConnection (url, protocols, client, handler, options) {
	  // 1. Let requestURL be a copy of url, with its scheme set to "http", if url\u2019s
	  //    scheme is "ws", and to "https" otherwise.
	  const requestURL = url;

	  requestURL.protocol = url.protocol === 'ws:' ? 'http:' : 'https:';

	  // 2. Let request be a new request, whose URL is requestURL, client is client,
	  //    service-workers mode is "none", referrer is "no-referrer", mode is
	  //    "websocket", credentials mode is "include", cache mode is "no-store" ,
	  //    redirect mode is "error", and use-URL-credentials flag is set.
	  const request = makeRequest({
	    urlList: [requestURL],
	    client,
	    serviceWorkers: 'none',
	    referrer: 'no-referrer',
	    mode: 'websocket',
	    credentials: 'include',
	    cache: 'no-store',
	    redirect: 'error',
	    useURLCredentials: true
	  });

	  // Note: undici extension, allow setting custom headers.
	  if (options.headers) {
	    const headersList = getHeadersList(new Headers(options.headers));

	    request.headersList = headersList;
	  }

	  // 3. Append (`Upgrade`, `websocket`) to request\u2019s header list.
	  // 4. Append (`Connection`, `Upgrade`) to request\u2019s header list.
	  // Note: both of these are handled by undici currently.
	  // https://github.com/nodejs/undici/blob/68c269c4144c446f3f1220951338daef4a6b5ec4/lib/client.js#L1397

	  // 5. Let keyValue be a nonce consisting of a randomly selected
	  //    16-byte value that has been forgiving-base64-encoded and
	  //    isomorphic encoded.
	  const keyValue = crypto.randomBytes(16).toString('base64');

	  // 6. Append (`Sec-WebSocket-Key`, keyValue) to request\u2019s
	  //    header list.
	  request.headersList.append('sec-websocket-key', keyValue, true);

	  // 7. Append (`Sec-WebSocket-Version`, `13`) to request\u2019s
	  //    header list.
	  request.headersList.append('sec-websocket-version', '13', true);

	  // 8. For each protocol in protocols, combine
	  //    (`Sec-WebSocket-Protocol`, protocol) in request\u2019s header
	  //    list.
	  for (const protocol of protocols) {
	    request.headersList.append('sec-websocket-protocol', protocol, true);
	  }

	  // 9. Let permessageDeflate be a user-agent defined
	  //    "permessage-deflate" extension header value.
	  // https://github.com/mozilla/gecko-dev/blob/ce78234f5e653a5d3916813ff990f053510227bc/netwerk/protocol/websocket/WebSocketChannel.cpp#L2673
	  const permessageDeflate = 'permessage-deflate; client_max_window_bits';

	  // 10. Append (`Sec-WebSocket-Extensions`, permessageDeflate) to
	  //     request\u2019s header list.
	  request.headersList.append('sec-websocket-extensions', permessageDeflate, true);

	  // 11. Fetch request with useParallelQueue set to true, and
	  //     processResponse given response being these steps:
	  const controller = fetching({
	    request,
	    useParallelQueue: true,
	    dispatcher: options.dispatcher,
	    processResponse (response) {
	      // 1. If response is a network error or its status is not 101,
	      //    fail the WebSocket connection.
	      // if (response.type === 'error' || ((response.socket?.session != null && response.status !== 200) && response.status !== 101)) {
	      if (response.type === 'error' || response.status !== 101) {
	        // The presence of a session property on the socket indicates HTTP2
	        // HTTP1
	        if (response.socket?.session == null) {
	          failHandshake(handler, response, 1002, 'Received network error or non-101 status code.', response.error);
	          return
	        }

	        // HTTP2
	        if (response.status !== 200) {
	          failHandshake(handler, response, 1002, 'Received network error or non-200 status code.', response.error);
	          return
	        }
	      }

	      if (warningEmitted === false && response.socket?.session != null) {
	        process.emitWarning('WebSocket over HTTP2 is experimental, and subject to change.', 'ExperimentalWarning');
	        warningEmitted = true;
	      }

	      // 2. If protocols is not the empty list and extracting header
	      //    list values given `Sec-WebSocket-Protocol` and response\u2019s
	      //    header list results in null, failure, or the empty byte
	      //    sequence, then fail the WebSocket connection.
	      if (protocols.length !== 0 && !response.headersList.get('Sec-WebSocket-Protocol')) {
	        failHandshake(handler, response, 1002, 'Server did not respond with sent protocols.');
	        return
	      }

	      // 3. Follow the requirements stated step 2 to step 6, inclusive,
	      //    of the last set of steps in section 4.1 of The WebSocket
	      //    Protocol to validate response. This either results in fail
	      //    the WebSocket connection or the WebSocket connection is
	      //    established.

	      // 2. If the response lacks an |Upgrade| header field or the |Upgrade|
	      //    header field contains a value that is not an ASCII case-
	      //    insensitive match for the value "websocket", the client MUST
	      //    _Fail the WebSocket Connection_.
	      //    For H2, no upgrade header is expected.
	      if (response.socket.session == null && response.headersList.get('Upgrade')?.toLowerCase() !== 'websocket') {
	        failHandshake(handler, response, 1002, 'Server did not set Upgrade header to "websocket".');
	        return
	      }

	      // 3. If the response lacks a |Connection| header field or the
	      //    |Connection| header field doesn't contain a token that is an
	      //    ASCII case-insensitive match for the value "Upgrade", the client
	      //    MUST _Fail the WebSocket Connection_.
	      //    For H2, no connection header is expected.
	      if (response.socket.session == null && response.headersList.get('Connection')?.toLowerCase() !== 'upgrade') {
	        failHandshake(handler, response, 1002, 'Server did not set Connection header to "upgrade".');
	        return
	      }

	      // 4. If the response lacks a |Sec-WebSocket-Accept| header field or
	      //    the |Sec-WebSocket-Accept| contains a value other than the
	      //    base64-encoded SHA-1 of the concatenation of the |Sec-WebSocket-
	      //    Key| (as a string, not base64-decoded) with the string "258EAFA5-
	      //    E914-47DA-95CA-C5AB0DC85B11" but ignoring any leading and
	      //    trailing whitespace, the client MUST _Fail the WebSocket
	      //    Connection_.
	      const secWSAccept = response.headersList.get('Sec-WebSocket-Accept');
	      const digest = crypto.hash('sha1', keyValue + uid, 'base64');
	      if (secWSAccept !== digest) {
	        failHandshake(handler, response, 1002, 'Incorrect hash received in Sec-WebSocket-Accept header.');
	        return
	      }

	      // 5. If the response includes a |Sec-WebSocket-Extensions| header
	      //    field and this header field indicates the use of an extension
	      //    that was not present in the client's handshake (the server has
	      //    indicated an extension not requested by the client), the client
	      //    MUST _Fail the WebSocket Connection_.  (The parsing of this
	      //    header field to determine which extensions are requested is
	      //    discussed in Section 9.1.)
	      const secExtension = response.headersList.get('Sec-WebSocket-Extensions');
	      let extensions;

	      if (secExtension !== null) {
	        extensions = parseExtensions(secExtension);

	        if (!extensions.has('permessage-deflate')) {
	          failHandshake(handler, response, 1002, 'Sec-WebSocket-Extensions header does not match.');
	          return
	        }
	      }

	      // 6. If the response includes a |Sec-WebSocket-Protocol| header field
	      //    and this header field indicates the use of a subprotocol that was
	      //    not present in the client's handshake (the server has indicated a
	      //    subprotocol not requested by the client), the client MUST _Fail
	      //    the WebSocket Connection_.
	      const secProtocol = response.headersList.get('Sec-WebSocket-Protocol');

	      if (secProtocol !== null) {
	        const requestProtocols = getDecodeSplit('sec-websocket-protocol', request.headersList);

	        // The client can request that the server use a specific subprotocol by
	        // including the |Sec-WebSocket-Protocol| field in its handshake.  If it
	        // is specified, the server needs to include the same field and one of
	        // the selected subprotocol values in its response for the connection to
	        // be established.
	        if (requestProtocols === null || !requestProtocols.includes(secProtocol)) {
	          failHandshake(handler, response, 1002, 'Protocol was not set in the opening handshake.');
	          return
	        }
	      }

	      response.socket.on('data', handler.onSocketData);
	      response.socket.on('close', handler.onSocketClose);
	      response.socket.on('error', handler.onSocketError);

	      handler.wasEverConnected = true;
	      handler.onConnectionEstablished(response, extensions);
	    }
	  });

	  return controller
	}

	/**
	 * @see https://whatpr.org/websockets/48.html#close-the-websocket
	 * @param {import('./websocket').Handler} object
	 * @param {number} [code=null]
	 * @param {string} [reason='']
	 */
	function closeWebSocketConnection (object, code, reason, validate = false) {
	  // 1. If code was not supplied, let code be null.
	  code ??= null;

	  // 2. If reason was not supplied, let reason be the empty string.
	  reason ??= '';

	  // 3. Validate close code and reason with code and reason.
	  if (validate) validateCloseCodeAndReason(code, reason);

	  // 4. Run the first matching steps from the following list:
	  //     - If object\u2019s ready state is CLOSING (2) or CLOSED (3)
	  //     - If the WebSocket connection is not yet established [WSP]
	  //     - If the WebSocket closing handshake has not yet been started [WSP]
	  //     - Otherwise
	  if (isClosed(object.readyState) || isClosing(object.readyState)) ; else if (!isEstablished(object.readyState)) {
	    // Fail the WebSocket connection and set object\u2019s ready state to CLOSING (2). [WSP]
	    failWebsocketConnection(object);
	    object.readyState = states.CLOSING;
	  } else if (!object.closeState.has(sentCloseFrameState.SENT) && !object.closeState.has(sentCloseFrameState.RECEIVED)) {
	    // Upon either sending or receiving a Close control frame, it is said
	    // that _The WebSocket Closing Handshake is Started_ and that the
	    // WebSocket connection is in the CLOSING state.

	    const frame = new WebsocketFrameSend();

	    // If neither code nor reason is present, the WebSocket Close
	    // message must not have a body.

	    // If code is present, then the status code to use in the
	    // WebSocket Close message must be the integer given by code.
	    // If code is null and reason is the empty string, the WebSocket Close frame must not have a body.
	    // If reason is non-empty but code is null, then set code to 1000 ("Normal Closure").
	    if (reason.length !== 0 && code === null) {
	      code = 1000;
	    }

	    // If code is set, then the status code to use in the WebSocket Close frame must be the integer given by code.
	    assert(code === null || Number.isInteger(code));

	    if (code === null && reason.length === 0) {
	      frame.frameData = emptyBuffer;
	    } else if (code !== null && reason === null) {
	      frame.frameData = Buffer.allocUnsafe(2);
	      frame.frameData.writeUInt16BE(code, 0);
	    } else if (code !== null && reason !== null) {
	      // If reason is also present, then reasonBytes must be
	      // provided in the Close message after the status code.
	      frame.frameData = Buffer.allocUnsafe(2 + Buffer.byteLength(reason));
	      frame.frameData.writeUInt16BE(code, 0);
	      // the body MAY contain UTF-8-encoded data with value /reason/
	      frame.frameData.write(reason, 2, 'utf-8');
	    } else {
	      frame.frameData = emptyBuffer;
	    }

	    object.socket.write(frame.createFrame(opcodes.CLOSE));

	    object.closeState.add(sentCloseFrameState.SENT);

	    // Upon either sending or receiving a Close control frame, it is said
	    // that _The WebSocket Closing Handshake is Started_ and that the
	    // WebSocket connection is in the CLOSING state.
	    object.readyState = states.CLOSING;
	  } else {
	    // Set object\u2019s ready state to CLOSING (2).
	    object.readyState = states.CLOSING;
	  }
	}

	function failHandshake (handler, response, code, reason, cause) {
	  // The H2 upgrade request has already completed and handed off its stream.
	  // Aborting the request cannot close that stream after handshake validation fails.
	  if (response.socket?.session != null && !response.socket.destroyed) {
	    response.socket.destroy();
	  }

	  failWebsocketConnection(handler, code, reason);
	}

	/**
	 * @param {import('./websocket').Handler} handler
	 * @param {number} code
	 * @param {string|undefined} reason
	 * @param {unknown} cause
	 * @returns {void}
	 */
	function failWebsocketConnection (handler, code, reason, cause) {
	  // If _The WebSocket Connection is Established_ prior to the point where
	  // the endpoint is required to _Fail the WebSocket Connection_, the
	  // endpoint SHOULD send a Close frame with an appropriate status code
	  // (Section 7.4) before proceeding to _Close the WebSocket Connection_.
	  if (isEstablished(handler.readyState)) {
	    closeWebSocketConnection(handler, code, reason, false);
	  }

	  handler.controller.abort();

	  if (isConnecting(handler.readyState)) {
	    // If the connection was not established, we must still emit an 'error' and 'close' events
	    handler.onSocketClose();
	  } else if (handler.socket?.destroyed === false) {
	    handler.socket.destroy();
	  }
	}

	connection = {
	  establishWebSocketConnection,
	  failWebsocketConnection,
	  closeWebSocketConnection
	};
	return connection;
}

var permessageDeflate;
var hasRequiredPermessageDeflate;

function requirePermessageDeflate () {
	if (hasRequiredPermessageDeflate) return permessageDeflate;
	hasRequiredPermessageDeflate = 1;

	const { createInflateRaw, Z_DEFAULT_WINDOWBITS } = __require$c();
	const { isValidClientWindowBits } = requireUtil$1();
	const { MessageSizeExceededError } = requireErrors();

	const tail = Buffer.from([0x00, 0x00, 0xff, 0xff]);
	const kBuffer = Symbol('kBuffer');
	const kLength = Symbol('kLength');

	class PerMessageDeflate {
	  /** @type {import('node:zlib').InflateRaw} */
	  #inflate

	  #options = {}

	  #maxPayloadSize = 0

	  /**
	   * @param {Map<string, string>} extensions
	   */
	  constructor (extensions, options) {
	    this.#options.serverNoContextTakeover = extensions.has('server_no_context_takeover');
	    this.#options.serverMaxWindowBits = extensions.get('server_max_window_bits');

	    this.#maxPayloadSize = options.maxPayloadSize;
	  }

	  /**
	   * Decompress a compressed payload.
	   * @param {Buffer} chunk Compressed data
	   * @param {boolean} fin Final fragment flag
	   * @param {Function} callback Callback function
	   */
	  decompress (chunk, fin, callback) {
	    // An endpoint uses the following algorithm to decompress a message.
	    // 1.  Append 4 octets of 0x00 0x00 0xff 0xff to the tail end of the
	    //     payload of the message.
	    // 2.  Decompress the resulting data using DEFLATE.
	    if (!this.#inflate) {
	      let windowBits = Z_DEFAULT_WINDOWBITS;

	      if (this.#options.serverMaxWindowBits) { // empty values default to Z_DEFAULT_WINDOWBITS
	        if (!isValidClientWindowBits(this.#options.serverMaxWindowBits)) {
	          callback(new Error('Invalid server_max_window_bits'));
	          return
	        }

	        windowBits = Number.parseInt(this.#options.serverMaxWindowBits);
	      }

	      try {
	        this.#inflate = createInflateRaw({ windowBits });
	      } catch (err) {
	        callback(err);
	        return
	      }
	      this.#inflate[kBuffer] = [];
	      this.#inflate[kLength] = 0;

	      this.#inflate.on('data', (data) => {
	        this.#inflate[kLength] += data.length;

	        if (this.#maxPayloadSize > 0 && this.#inflate[kLength] > this.#maxPayloadSize) {
	          callback(new MessageSizeExceededError());
	          // The inflater may still hold buffered input that can emit a late
	          // zlib error. Remove the data listener, then deterministically stop
	          // the stream so a subsequent 'error' cannot fire without a listener
	          // (which would terminate the process as an unhandled error event).
	          this.#inflate.removeAllListeners();
	          this.#inflate.destroy();
	          this.#inflate = null;
	          return
	        }

	        this.#inflate[kBuffer].push(data);
	      });

	      this.#inflate.on('error', (err) => {
	        this.#inflate = null;
	        callback(err);
	      });
	    }

	    this.#inflate.write(chunk);
	    if (fin) {
	      this.#inflate.write(tail);
	    }

	    this.#inflate.flush(() => {
	      if (!this.#inflate) {
	        return
	      }

	      const full = Buffer.concat(this.#inflate[kBuffer], this.#inflate[kLength]);

	      this.#inflate[kBuffer].length = 0;
	      this.#inflate[kLength] = 0;

	      callback(null, full);
	    });
	  }
	}

	permessageDeflate = { PerMessageDeflate };
	return permessageDeflate;
}

var receiver;
var hasRequiredReceiver;

function requireReceiver () {
	if (hasRequiredReceiver) return receiver;
	hasRequiredReceiver = 1;

	const { Writable } = __require$8();
	const assert = __require$5();
	const { parserStates, opcodes, states, emptyBuffer, sentCloseFrameState } = requireConstants();
	const {
	  isValidStatusCode,
	  isValidOpcode,
	  websocketMessageReceived,
	  utf8Decode,
	  isControlFrame,
	  isTextBinaryFrame,
	  isContinuationFrame
	} = requireUtil$1();
	const { failWebsocketConnection } = requireConnection();
	const { WebsocketFrameSend } = requireFrame();
	const { PerMessageDeflate } = requirePermessageDeflate();
	const { MessageSizeExceededError } = requireErrors();

	// This code was influenced by ws released under the MIT license.
	// Copyright (c) 2011 Einar Otto Stangvik <einaros@gmail.com>
	// Copyright (c) 2013 Arnout Kazemier and contributors
	// Copyright (c) 2016 Luigi Pinca and contributors

	class ByteParser extends Writable {
	  #buffers = []
	  #fragmentsBytes = 0
	  #byteOffset = 0
	  #loop = false

	  #state = parserStates.INFO

	  #info = {}
	  #fragments = []

	  /** @type {Map<string, PerMessageDeflate>} */
	  #extensions

	  /** @type {import('./websocket').Handler} */
	  #handler

	  /** @type {number} */
	  #maxFragments

	  /** @type {number} */
	  #maxPayloadSize

	  /**
	   * @param {import('./websocket').Handler} handler
	   * @param {Map<string, string>|null} extensions
	   * @param {{ maxFragments?: number, maxPayloadSize?: number }} [options]
	   */
	  constructor (handler, extensions, options = {}) {
	    super();

	    this.#handler = handler;
	    this.#extensions = extensions == null ? new Map() : extensions;
	    this.#maxFragments = options.maxFragments ?? 0;
	    this.#maxPayloadSize = options.maxPayloadSize ?? 0;

	    if (this.#extensions.has('permessage-deflate')) {
	      this.#extensions.set('permessage-deflate', new PerMessageDeflate(extensions, options));
	    }
	  }

	  /**
	   * @param {Buffer} chunk
	   * @param {() => void} callback
	   */
	  _write (chunk, _, callback) {
	    this.#buffers.push(chunk);
	    this.#byteOffset += chunk.length;
	    this.#loop = true;

	    this.run(callback);
	  }

	  #validatePayloadLength () {
	    if (
	      this.#maxPayloadSize > 0 &&
	      !isControlFrame(this.#info.opcode) &&
	      this.#info.payloadLength + this.#fragmentsBytes > this.#maxPayloadSize
	    ) {
	      failWebsocketConnection(this.#handler, 1009, 'Payload size exceeds maximum allowed size');
	      return false
	    }

	    return true
	  }

	  /**
	   * Runs whenever a new chunk is received.
	   * Callback is called whenever there are no more chunks buffering,
	   * or not enough bytes are buffered to parse.
	   */
	  run (callback) {
	    while (this.#loop) {
	      if (this.#state === parserStates.INFO) {
	        // If there aren't enough bytes to parse the payload length, etc.
	        if (this.#byteOffset < 2) {
	          return callback()
	        }

	        const buffer = this.consume(2);
	        const fin = (buffer[0] & 0x80) !== 0;
	        const opcode = buffer[0] & 0x0F;
	        const masked = (buffer[1] & 0x80) === 0x80;

	        const fragmented = !fin && opcode !== opcodes.CONTINUATION;
	        const payloadLength = buffer[1] & 0x7F;

	        const rsv1 = buffer[0] & 0x40;
	        const rsv2 = buffer[0] & 0x20;
	        const rsv3 = buffer[0] & 0x10;

	        if (!isValidOpcode(opcode)) {
	          failWebsocketConnection(this.#handler, 1002, 'Invalid opcode received');
	          return callback()
	        }

	        if (masked) {
	          failWebsocketConnection(this.#handler, 1002, 'Frame cannot be masked');
	          return callback()
	        }

	        // MUST be 0 unless an extension is negotiated that defines meanings
	        // for non-zero values.  If a nonzero value is received and none of
	        // the negotiated extensions defines the meaning of such a nonzero
	        // value, the receiving endpoint MUST _Fail the WebSocket
	        // Connection_.
	        // This document allocates the RSV1 bit of the WebSocket header for
	        // PMCEs and calls the bit the "Per-Message Compressed" bit.  On a
	        // WebSocket connection where a PMCE is in use, this bit indicates
	        // whether a message is compressed or not.
	        if (rsv1 !== 0 && !this.#extensions.has('permessage-deflate')) {
	          failWebsocketConnection(this.#handler, 1002, 'Expected RSV1 to be clear.');
	          return
	        }

	        if (rsv2 !== 0 || rsv3 !== 0) {
	          failWebsocketConnection(this.#handler, 1002, 'RSV1, RSV2, RSV3 must be clear');
	          return
	        }

	        if (fragmented && !isTextBinaryFrame(opcode)) {
	          // Only text and binary frames can be fragmented
	          failWebsocketConnection(this.#handler, 1002, 'Invalid frame type was fragmented.');
	          return
	        }

	        // If we are already parsing a text/binary frame and do not receive either
	        // a continuation frame or close frame, fail the connection.
	        if (isTextBinaryFrame(opcode) && this.#fragments.length > 0) {
	          failWebsocketConnection(this.#handler, 1002, 'Expected continuation frame');
	          return
	        }

	        if (this.#info.fragmented && fragmented) {
	          // A fragmented frame can't be fragmented itself
	          failWebsocketConnection(this.#handler, 1002, 'Fragmented frame exceeded 125 bytes.');
	          return
	        }

	        // "All control frames MUST have a payload length of 125 bytes or less
	        // and MUST NOT be fragmented."
	        if ((payloadLength > 125 || fragmented) && isControlFrame(opcode)) {
	          failWebsocketConnection(this.#handler, 1002, 'Control frame either too large or fragmented');
	          return
	        }

	        if (isContinuationFrame(opcode) && this.#fragments.length === 0 && !this.#info.compressed) {
	          failWebsocketConnection(this.#handler, 1002, 'Unexpected continuation frame');
	          return
	        }

	        if (payloadLength <= 125) {
	          this.#info.payloadLength = payloadLength;
	          this.#state = parserStates.READ_DATA;

	          if (!this.#validatePayloadLength()) {
	            return
	          }
	        } else if (payloadLength === 126) {
	          this.#state = parserStates.PAYLOADLENGTH_16;
	        } else if (payloadLength === 127) {
	          this.#state = parserStates.PAYLOADLENGTH_64;
	        }

	        if (isTextBinaryFrame(opcode)) {
	          this.#info.binaryType = opcode;
	          this.#info.compressed = rsv1 !== 0;
	        }

	        this.#info.opcode = opcode;
	        this.#info.masked = masked;
	        this.#info.fin = fin;
	        this.#info.fragmented = fragmented;
	      } else if (this.#state === parserStates.PAYLOADLENGTH_16) {
	        if (this.#byteOffset < 2) {
	          return callback()
	        }

	        const buffer = this.consume(2);

	        this.#info.payloadLength = buffer.readUInt16BE(0);
	        this.#state = parserStates.READ_DATA;

	        if (!this.#validatePayloadLength()) {
	          return
	        }
	      } else if (this.#state === parserStates.PAYLOADLENGTH_64) {
	        if (this.#byteOffset < 8) {
	          return callback()
	        }

	        const buffer = this.consume(8);
	        const upper = buffer.readUInt32BE(0);
	        const lower = buffer.readUInt32BE(4);

	        // 2^31 is the maximum bytes an arraybuffer can contain
	        // on 32-bit systems. Although, on 64-bit systems, this is
	        // 2^53-1 bytes.
	        // https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Errors/Invalid_array_length
	        // https://source.chromium.org/chromium/chromium/src/+/main:v8/src/common/globals.h;drc=1946212ac0100668f14eb9e2843bdd846e510a1e;bpv=1;bpt=1;l=1275
	        // https://source.chromium.org/chromium/chromium/src/+/main:v8/src/objects/js-array-buffer.h;l=34;drc=1946212ac0100668f14eb9e2843bdd846e510a1e
	        if (upper !== 0 || lower > 2 ** 31 - 1) {
	          failWebsocketConnection(this.#handler, 1009, 'Received payload length > 2^31 bytes.');
	          return
	        }

	        this.#info.payloadLength = lower;
	        this.#state = parserStates.READ_DATA;

	        if (!this.#validatePayloadLength()) {
	          return
	        }
	      } else if (this.#state === parserStates.READ_DATA) {
	        if (this.#byteOffset < this.#info.payloadLength) {
	          return callback()
	        }

	        const body = this.consume(this.#info.payloadLength);

	        if (isControlFrame(this.#info.opcode)) {
	          this.#loop = this.parseControlFrame(body);
	          this.#state = parserStates.INFO;

	          // If the automatic PONG/CLOSE reply filled the socket's write buffer,
	          // stop parsing and resume on drain so a PING flood cannot grow the
	          // outbound queue without bound.
	          if (this.#loop && this.#handler.socket.writableNeedDrain) {
	            this.#loop = false;
	            this.#handler.socket.once('drain', () => {
	              if (this.destroyed) return
	              this.#loop = true;
	              this.run(callback);
	            });
	            return
	          }
	        } else {
	          if (!this.#info.compressed) {
	            if (!this.writeFragments(body)) {
	              return
	            }

	            // If the frame is not fragmented, a message has been received.
	            // If the frame is fragmented, it will terminate with a fin bit set
	            // and an opcode of 0 (continuation), therefore we handle that when
	            // parsing continuation frames, not here.
	            if (!this.#info.fragmented && this.#info.fin) {
	              websocketMessageReceived(this.#handler, this.#info.binaryType, this.consumeFragments());
	            }

	            this.#state = parserStates.INFO;
	          } else {
	            this.#extensions.get('permessage-deflate').decompress(
	              body,
	              this.#info.fin,
	              (error, data) => {
	                if (error) {
	                  const code = error instanceof MessageSizeExceededError ? 1009 : 1007;
	                  failWebsocketConnection(this.#handler, code, error.message);
	                  return
	                }

	                if (!this.writeFragments(data)) {
	                  return
	                }

	                // Check cumulative fragment size
	                if (this.#maxPayloadSize > 0 && this.#fragmentsBytes > this.#maxPayloadSize) {
	                  failWebsocketConnection(this.#handler, 1009, new MessageSizeExceededError().message);
	                  return
	                }

	                if (!this.#info.fin) {
	                  this.#state = parserStates.INFO;
	                  this.#loop = true;
	                  this.run(callback);
	                  return
	                }

	                websocketMessageReceived(this.#handler, this.#info.binaryType, this.consumeFragments());

	                this.#loop = true;
	                this.#state = parserStates.INFO;
	                this.run(callback);
	              },
	              this.#fragmentsBytes
	            );

	            this.#loop = false;
	            break
	          }
	        }
	      }
	    }
	  }

	  /**
	   * Take n bytes from the buffered Buffers
	   * @param {number} n
	   * @returns {Buffer}
	   */
	  consume (n) {
	    if (n > this.#byteOffset) {
	      throw new Error('Called consume() before buffers satiated.')
	    } else if (n === 0) {
	      return emptyBuffer
	    }

	    this.#byteOffset -= n;

	    const first = this.#buffers[0];

	    if (first.length > n) {
	      // replace with remaining buffer
	      this.#buffers[0] = first.subarray(n, first.length);
	      return first.subarray(0, n)
	    } else if (first.length === n) {
	      // prefect match
	      return this.#buffers.shift()
	    } else {
	      let offset = 0;
	      // If Buffer.allocUnsafe is used, extra copies will be made because the offset is non-zero.
	      const buffer = Buffer.allocUnsafeSlow(n);
	      while (offset !== n) {
	        const next = this.#buffers[0];
	        const length = next.length;

	        if (length + offset === n) {
	          buffer.set(this.#buffers.shift(), offset);
	          break
	        } else if (length + offset > n) {
	          buffer.set(next.subarray(0, n - offset), offset);
	          this.#buffers[0] = next.subarray(n - offset);
	          break
	        } else {
	          buffer.set(this.#buffers.shift(), offset);
	          offset += length;
	        }
	      }

	      return buffer
	    }
	  }

	  writeFragments (fragment) {
	    if (
	      this.#maxFragments > 0 &&
	      this.#fragments.length === this.#maxFragments
	    ) {
	      failWebsocketConnection(this.#handler, 1008, 'Too many message fragments');
	      return false
	    }

	    this.#fragmentsBytes += fragment.length;
	    this.#fragments.push(fragment);
	    return true
	  }

	  consumeFragments () {
	    const fragments = this.#fragments;

	    if (fragments.length === 1) {
	      // single fragment
	      this.#fragmentsBytes = 0;
	      return fragments.shift()
	    }

	    let offset = 0;
	    // If Buffer.allocUnsafe is used, extra copies will be made because the offset is non-zero.
	    const output = Buffer.allocUnsafeSlow(this.#fragmentsBytes);

	    for (let i = 0; i < fragments.length; ++i) {
	      const buffer = fragments[i];
	      output.set(buffer, offset);
	      offset += buffer.length;
	    }

	    this.#fragments = [];
	    this.#fragmentsBytes = 0;

	    return output
	  }

	  parseCloseBody (data) {
	    assert(data.length !== 1);

	    // https://datatracker.ietf.org/doc/html/rfc6455#section-7.1.5
	    /** @type {number|undefined} */
	    let code;

	    if (data.length >= 2) {
	      // _The WebSocket Connection Close Code_ is
	      // defined as the status code (Section 7.4) contained in the first Close
	      // control frame received by the application
	      code = data.readUInt16BE(0);
	    }

	    if (code !== undefined && !isValidStatusCode(code)) {
	      return { code: 1002, reason: 'Invalid status code', error: true }
	    }

	    // https://datatracker.ietf.org/doc/html/rfc6455#section-7.1.6
	    /** @type {Buffer} */
	    let reason = data.subarray(2);

	    // Remove BOM
	    if (reason[0] === 0xEF && reason[1] === 0xBB && reason[2] === 0xBF) {
	      reason = reason.subarray(3);
	    }

	    try {
	      reason = utf8Decode(reason);
	    } catch {
	      return { code: 1007, reason: 'Invalid UTF-8', error: true }
	    }

	    return { code, reason, error: false }
	  }

	  /**
	   * Parses control frames.
	   * @param {Buffer} body
	   */
	  parseControlFrame (body) {
	    const { opcode, payloadLength } = this.#info;

	    if (opcode === opcodes.CLOSE) {
	      if (payloadLength === 1) {
	        failWebsocketConnection(this.#handler, 1002, 'Received close frame with a 1-byte body.');
	        return false
	      }

	      this.#info.closeInfo = this.parseCloseBody(body);

	      if (this.#info.closeInfo.error) {
	        const { code, reason } = this.#info.closeInfo;

	        failWebsocketConnection(this.#handler, code, reason);
	        return false
	      }

	      // Upon receiving such a frame, the other peer sends a
	      // Close frame in response, if it hasn't already sent one.
	      if (!this.#handler.closeState.has(sentCloseFrameState.SENT) && !this.#handler.closeState.has(sentCloseFrameState.RECEIVED)) {
	        // If an endpoint receives a Close frame and did not previously send a
	        // Close frame, the endpoint MUST send a Close frame in response.  (When
	        // sending a Close frame in response, the endpoint typically echos the
	        // status code it received.)
	        let body = emptyBuffer;
	        if (this.#info.closeInfo.code) {
	          body = Buffer.allocUnsafe(2);
	          body.writeUInt16BE(this.#info.closeInfo.code, 0);
	        }
	        const closeFrame = new WebsocketFrameSend(body);

	        this.#handler.socket.write(closeFrame.createFrame(opcodes.CLOSE));
	        this.#handler.closeState.add(sentCloseFrameState.SENT);
	      }

	      // Upon either sending or receiving a Close control frame, it is said
	      // that _The WebSocket Closing Handshake is Started_ and that the
	      // WebSocket connection is in the CLOSING state.
	      this.#handler.readyState = states.CLOSING;
	      this.#handler.closeState.add(sentCloseFrameState.RECEIVED);

	      return false
	    } else if (opcode === opcodes.PING) {
	      // Upon receipt of a Ping frame, an endpoint MUST send a Pong frame in
	      // response, unless it already received a Close frame.
	      // A Pong frame sent in response to a Ping frame must have identical
	      // "Application data"

	      if (!this.#handler.closeState.has(sentCloseFrameState.RECEIVED)) {
	        const frame = new WebsocketFrameSend(body);

	        this.#handler.socket.write(frame.createFrame(opcodes.PONG));

	        this.#handler.onPing(body);
	      }
	    } else if (opcode === opcodes.PONG) {
	      // A Pong frame MAY be sent unsolicited.  This serves as a
	      // unidirectional heartbeat.  A response to an unsolicited Pong frame is
	      // not expected.
	      this.#handler.onPong(body);
	    }

	    return true
	  }

	  get closingInfo () {
	    return this.#info.closeInfo
	  }
	}

	receiver = {
	  ByteParser
	};
	return receiver;
}

var sender;
var hasRequiredSender;

function requireSender () {
	if (hasRequiredSender) return sender;
	hasRequiredSender = 1;

	const { WebsocketFrameSend } = requireFrame();
	const { opcodes, sendHints } = requireConstants();
	const FixedQueue = requireFixedQueue();

	/**
	 * @typedef {object} SendQueueNode
	 * @property {Promise<void> | null} promise
	 * @property {((...args: any[]) => any)} callback
	 * @property {Buffer | null} frame
	 */

	class SendQueue {
	  /**
	   * @type {FixedQueue}
	   */
	  #queue = new FixedQueue()

	  /**
	   * @type {boolean}
	   */
	  #running = false

	  /** @type {import('node:net').Socket} */
	  #socket

	  constructor (socket) {
	    this.#socket = socket;
	  }

	  add (item, cb, hint) {
	    if (hint !== sendHints.blob) {
	      if (!this.#running) {
	        // TODO(@tsctx): support fast-path for string on running
	        if (hint === sendHints.text) {
	          // special fast-path for string
	          const { 0: head, 1: body } = WebsocketFrameSend.createFastTextFrame(item);
	          this.#socket.cork();
	          this.#socket.write(head);
	          this.#socket.write(body, cb);
	          this.#socket.uncork();
	        } else {
	          // direct writing
	          this.#socket.write(createFrame(item, hint), cb);
	        }
	      } else {
	        /** @type {SendQueueNode} */
	        const node = {
	          promise: null,
	          callback: cb,
	          frame: createFrame(item, hint)
	        };
	        this.#queue.push(node);
	      }
	      return
	    }

	    /** @type {SendQueueNode} */
	    const node = {
	      promise: item.arrayBuffer().then((ab) => {
	        node.promise = null;
	        node.frame = createFrame(ab, hint);
	      }),
	      callback: cb,
	      frame: null
	    };

	    this.#queue.push(node);

	    if (!this.#running) {
	      this.#run();
	    }
	  }

	  async #run () {
	    this.#running = true;
	    const queue = this.#queue;
	    while (!queue.isEmpty()) {
	      const node = queue.shift();
	      // wait pending promise
	      if (node.promise !== null) {
	        await node.promise;
	      }
	      // write
	      this.#socket.write(node.frame, node.callback);
	      // cleanup
	      node.callback = node.frame = null;
	    }
	    this.#running = false;
	  }
	}

	function createFrame (data, hint) {
	  return new WebsocketFrameSend(toBuffer(data, hint)).createFrame(hint === sendHints.text ? opcodes.TEXT : opcodes.BINARY)
	}

	function toBuffer (data, hint) {
	  switch (hint) {
	    case sendHints.text:
	    case sendHints.typedArray:
	      return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
	    case sendHints.arrayBuffer:
	    case sendHints.blob:
	      return new Uint8Array(data)
	  }
	}

	sender = { SendQueue };
	return sender;
}

var websocket;
var hasRequiredWebsocket;

function requireWebsocket () {
	if (hasRequiredWebsocket) return websocket;
	hasRequiredWebsocket = 1;

	const { isArrayBuffer } = __require$f();
	const { webidl } = requireWebidl();
	const { URLSerializer } = requireDataUrl();
	const { environmentSettingsObject } = requireUtil$5();
	const { staticPropertyDescriptors, states, sentCloseFrameState, sendHints, opcodes } = requireConstants();
	const {
	  isConnecting,
	  isEstablished,
	  isClosing,
	  isClosed,
	  isValidSubprotocol,
	  fireEvent,
	  utf8Decode,
	  toArrayBuffer,
	  getURLRecord
	} = requireUtil$1();
	const { establishWebSocketConnection, closeWebSocketConnection, failWebsocketConnection } = requireConnection();
	const { ByteParser } = requireReceiver();
	const { kEnumerableProperty } = requireUtil$4();
	const { getGlobalDispatcher } = requireGlobal();
	const { ErrorEvent, CloseEvent, createFastMessageEvent } = requireEvents();
	const { SendQueue } = requireSender();
	const { WebsocketFrameSend } = requireFrame();
	const { channels } = requireDiagnostics();

	function getSocketAddress (socket) {
	  if (typeof socket?.address === 'function') {
	    return socket.address()
	  }

	  if (typeof socket?.session?.socket?.address === 'function') {
	    return socket.session.socket.address()
	  }

	  return null
	}

	/**
	 * @typedef {object} Handler
	 * @property {(response: any, extensions?: string[]) => void} onConnectionEstablished
	 * @property {(opcode: number, data: Buffer) => void} onMessage
	 * @property {(error: Error) => void} onParserError
	 * @property {() => void} onParserDrain
	 * @property {(chunk: Buffer) => void} onSocketData
	 * @property {(err: Error) => void} onSocketError
	 * @property {() => void} onSocketClose
	 * @property {(body: Buffer) => void} onPing
	 * @property {(body: Buffer) => void} onPong
	 *
	 * @property {number} readyState
	 * @property {import('stream').Duplex} socket
	 * @property {Set<number>} closeState
	 * @property {import('../fetch/index').Fetch} controller
	 * @property {boolean} [wasEverConnected=false]
	 */

	// https://websockets.spec.whatwg.org/#interface-definition
	class WebSocket extends EventTarget {
	  #events = {
	    open: null,
	    error: null,
	    close: null,
	    message: null
	  }

	  #bufferedAmount = 0
	  #protocol = ''
	  #extensions = ''

	  /** @type {SendQueue} */
	  #sendQueue

	  /** @type {Handler} */
	  #handler = {
	    onConnectionEstablished: (response, extensions) => this.#onConnectionEstablished(response, extensions),
	    onMessage: (opcode, data) => this.#onMessage(opcode, data),
	    onParserError: (err) => failWebsocketConnection(this.#handler, null, err.message),
	    onParserDrain: () => this.#onParserDrain(),
	    onSocketData: (chunk) => {
	      if (!this.#parser.write(chunk)) {
	        this.#handler.socket.pause();
	      }
	    },
	    onSocketError: (err) => {
	      this.#handler.readyState = states.CLOSING;

	      if (channels.socketError.hasSubscribers) {
	        channels.socketError.publish(err);
	      }

	      this.#handler.socket.destroy();
	    },
	    onSocketClose: () => this.#onSocketClose(),
	    onPing: (body) => {
	      if (channels.ping.hasSubscribers) {
	        channels.ping.publish({
	          payload: body,
	          websocket: this
	        });
	      }
	    },
	    onPong: (body) => {
	      if (channels.pong.hasSubscribers) {
	        channels.pong.publish({
	          payload: body,
	          websocket: this
	        });
	      }
	    },

	    readyState: states.CONNECTING,
	    socket: null,
	    closeState: new Set(),
	    controller: null,
	    wasEverConnected: false
	  }

	  #url
	  #binaryType
	  /** @type {import('./receiver').ByteParser} */
	  #parser

	  /**
	   * @param {string} url
	   * @param {string|string[]} protocols
	   */
	  constructor (url, protocols = []) {
	    super();

	    webidl.util.markAsUncloneable(this);

	    const prefix = 'WebSocket constructor';
	    webidl.argumentLengthCheck(arguments, 1, prefix);

	    const options = webidl.converters['DOMString or sequence<DOMString> or WebSocketInit'](protocols, prefix, 'options');

	    url = webidl.converters.USVString(url);
	    protocols = options.protocols;

	    // 1. Let baseURL be this's relevant settings object's API base URL.
	    const baseURL = environmentSettingsObject.settingsObject.baseUrl;

	    // 2. Let urlRecord be the result of getting a URL record given url and baseURL.
	    const urlRecord = getURLRecord(url, baseURL);

	    // 3. If protocols is a string, set protocols to a sequence consisting
	    //    of just that string.
	    if (typeof protocols === 'string') {
	      protocols = [protocols];
	    }

	    // 4. If any of the values in protocols occur more than once or otherwise
	    //    fail to match the requirements for elements that comprise the value
	    //    of `Sec-WebSocket-Protocol` fields as defined by The WebSocket
	    //    protocol, then throw a "SyntaxError" DOMException.
	    if (protocols.length !== new Set(protocols.map(p => p.toLowerCase())).size) {
	      throw new DOMException('Invalid Sec-WebSocket-Protocol value', 'SyntaxError')
	    }

	    if (protocols.length > 0 && !protocols.every(p => isValidSubprotocol(p))) {
	      throw new DOMException('Invalid Sec-WebSocket-Protocol value', 'SyntaxError')
	    }

	    // 5. Set this's url to urlRecord.
	    this.#url = new URL(urlRecord.href);

	    // 6. Let client be this's relevant settings object.
	    const client = environmentSettingsObject.settingsObject;

	    // 7. Run this step in parallel:
	    // 7.1. Establish a WebSocket connection given urlRecord, protocols,
	    //      and client.
	    this.#handler.controller = establishWebSocketConnection(
	      urlRecord,
	      protocols,
	      client,
	      this.#handler,
	      options
	    );

	    // Each WebSocket object has an associated ready state, which is a
	    // number representing the state of the connection. Initially it must
	    // be CONNECTING (0).
	    this.#handler.readyState = WebSocket.CONNECTING;

	    // The extensions attribute must initially return the empty string.

	    // The protocol attribute must initially return the empty string.

	    // Each WebSocket object has an associated binary type, which is a
	    // BinaryType. Initially it must be "blob".
	    this.#binaryType = 'blob';
	  }

	  /**
	   * @see https://websockets.spec.whatwg.org/#dom-websocket-close
	   * @param {number|undefined} code
	   * @param {string|undefined} reason
	   */
	  close (code = undefined, reason = undefined) {
	    webidl.brandCheck(this, WebSocket);

	    const prefix = 'WebSocket.close';

	    if (code !== undefined) {
	      code = webidl.converters['unsigned short'](code, prefix, 'code', webidl.attributes.Clamp);
	    }

	    if (reason !== undefined) {
	      reason = webidl.converters.USVString(reason);
	    }

	    // 1. If code is the special value "missing", then set code to null.
	    code ??= null;

	    // 2. If reason is the special value "missing", then set reason to the empty string.
	    reason ??= '';

	    // 3. Close the WebSocket with this, code, and reason.
	    closeWebSocketConnection(this.#handler, code, reason, true);
	  }

	  /**
	   * @see https://websockets.spec.whatwg.org/#dom-websocket-send
	   * @param {NodeJS.TypedArray|ArrayBuffer|Blob|string} data
	   */
	  send (data) {
	    webidl.brandCheck(this, WebSocket);

	    const prefix = 'WebSocket.send';
	    webidl.argumentLengthCheck(arguments, 1, prefix);

	    data = webidl.converters.WebSocketSendData(data, prefix, 'data');

	    // 1. If this's ready state is CONNECTING, then throw an
	    //    "InvalidStateError" DOMException.
	    if (isConnecting(this.#handler.readyState)) {
	      throw new DOMException('Sent before connected.', 'InvalidStateError')
	    }

	    // 2. Run the appropriate set of steps from the following list:
	    // https://datatracker.ietf.org/doc/html/rfc6455#section-6.1
	    // https://datatracker.ietf.org/doc/html/rfc6455#section-5.2

	    if (!isEstablished(this.#handler.readyState) || isClosing(this.#handler.readyState)) {
	      return
	    }

	    // If data is a string
	    if (typeof data === 'string') {
	      // If the WebSocket connection is established and the WebSocket
	      // closing handshake has not yet started, then the user agent
	      // must send a WebSocket Message comprised of the data argument
	      // using a text frame opcode; if the data cannot be sent, e.g.
	      // because it would need to be buffered but the buffer is full,
	      // the user agent must flag the WebSocket as full and then close
	      // the WebSocket connection. Any invocation of this method with a
	      // string argument that does not throw an exception must increase
	      // the bufferedAmount attribute by the number of bytes needed to
	      // express the argument as UTF-8.

	      const buffer = Buffer.from(data);

	      this.#bufferedAmount += buffer.byteLength;
	      this.#sendQueue.add(buffer, () => {
	        this.#bufferedAmount -= buffer.byteLength;
	      }, sendHints.text);
	    } else if (isArrayBuffer(data)) {
	      // If the WebSocket connection is established, and the WebSocket
	      // closing handshake has not yet started, then the user agent must
	      // send a WebSocket Message comprised of data using a binary frame
	      // opcode; if the data cannot be sent, e.g. because it would need
	      // to be buffered but the buffer is full, the user agent must flag
	      // the WebSocket as full and then close the WebSocket connection.
	      // The data to be sent is the data stored in the buffer described
	      // by the ArrayBuffer object. Any invocation of this method with an
	      // ArrayBuffer argument that does not throw an exception must
	      // increase the bufferedAmount attribute by the length of the
	      // ArrayBuffer in bytes.

	      this.#bufferedAmount += data.byteLength;
	      this.#sendQueue.add(data, () => {
	        this.#bufferedAmount -= data.byteLength;
	      }, sendHints.arrayBuffer);
	    } else if (ArrayBuffer.isView(data)) {
	      // If the WebSocket connection is established, and the WebSocket
	      // closing handshake has not yet started, then the user agent must
	      // send a WebSocket Message comprised of data using a binary frame
	      // opcode; if the data cannot be sent, e.g. because it would need to
	      // be buffered but the buffer is full, the user agent must flag the
	      // WebSocket as full and then close the WebSocket connection. The
	      // data to be sent is the data stored in the section of the buffer
	      // described by the ArrayBuffer object that data references. Any
	      // invocation of this method with this kind of argument that does
	      // not throw an exception must increase the bufferedAmount attribute
	      // by the length of data\u2019s buffer in bytes.

	      this.#bufferedAmount += data.byteLength;
	      this.#sendQueue.add(data, () => {
	        this.#bufferedAmount -= data.byteLength;
	      }, sendHints.typedArray);
	    } else if (webidl.is.Blob(data)) {
	      // If the WebSocket connection is established, and the WebSocket
	      // closing handshake has not yet started, then the user agent must
	      // send a WebSocket Message comprised of data using a binary frame
	      // opcode; if the data cannot be sent, e.g. because it would need to
	      // be buffered but the buffer is full, the user agent must flag the
	      // WebSocket as full and then close the WebSocket connection. The data
	      // to be sent is the raw data represented by the Blob object. Any
	      // invocation of this method with a Blob argument that does not throw
	      // an exception must increase the bufferedAmount attribute by the size
	      // of the Blob object\u2019s raw data, in bytes.

	      this.#bufferedAmount += data.size;
	      this.#sendQueue.add(data, () => {
	        this.#bufferedAmount -= data.size;
	      }, sendHints.blob);
	    }
	  }

	  get readyState () {
	    webidl.brandCheck(this, WebSocket);

	    // The readyState getter steps are to return this's ready state.
	    return this.#handler.readyState
	  }

	  get bufferedAmount () {
	    webidl.brandCheck(this, WebSocket);

	    return this.#bufferedAmount
	  }

	  get url () {
	    webidl.brandCheck(this, WebSocket);

	    // The url getter steps are to return this's url, serialized.
	    return URLSerializer(this.#url)
	  }

	  get extensions () {
	    webidl.brandCheck(this, WebSocket);

	    return this.#extensions
	  }

	  get protocol () {
	    webidl.brandCheck(this, WebSocket);

	    return this.#protocol
	  }

	  get onopen () {
	    webidl.brandCheck(this, WebSocket);

	    return this.#events.open
	  }

	  set onopen (fn) {
	    webidl.brandCheck(this, WebSocket);

	    if (this.#events.open) {
	      this.removeEventListener('open', this.#events.open);
	    }

	    const listener = webidl.converters.EventHandlerNonNull(fn);

	    if (listener !== null) {
	      this.addEventListener('open', listener);
	      this.#events.open = fn;
	    } else {
	      this.#events.open = null;
	    }
	  }

	  get onerror () {
	    webidl.brandCheck(this, WebSocket);

	    return this.#events.error
	  }

	  set onerror (fn) {
	    webidl.brandCheck(this, WebSocket);

	    if (this.#events.error) {
	      this.removeEventListener('error', this.#events.error);
	    }

	    const listener = webidl.converters.EventHandlerNonNull(fn);

	    if (listener !== null) {
	      this.addEventListener('error', listener);
	      this.#events.error = fn;
	    } else {
	      this.#events.error = null;
	    }
	  }

	  get onclose () {
	    webidl.brandCheck(this, WebSocket);

	    return this.#events.close
	  }

	  set onclose (fn) {
	    webidl.brandCheck(this, WebSocket);

	    if (this.#events.close) {
	      this.removeEventListener('close', this.#events.close);
	    }

	    const listener = webidl.converters.EventHandlerNonNull(fn);

	    if (listener !== null) {
	      this.addEventListener('close', listener);
	      this.#events.close = fn;
	    } else {
	      this.#events.close = null;
	    }
	  }

	  get onmessage () {
	    webidl.brandCheck(this, WebSocket);

	    return this.#events.message
	  }

	  set onmessage (fn) {
	    webidl.brandCheck(this, WebSocket);

	    if (this.#events.message) {
	      this.removeEventListener('message', this.#events.message);
	    }

	    const listener = webidl.converters.EventHandlerNonNull(fn);

	    if (listener !== null) {
	      this.addEventListener('message', listener);
	      this.#events.message = fn;
	    } else {
	      this.#events.message = null;
	    }
	  }

	  get binaryType () {
	    webidl.brandCheck(this, WebSocket);

	    return this.#binaryType
	  }

	  set binaryType (type) {
	    webidl.brandCheck(this, WebSocket);

	    if (type !== 'blob' && type !== 'arraybuffer') {
	      this.#binaryType = 'blob';
	    } else {
	      this.#binaryType = type;
	    }
	  }

	  /**
	   * @see https://websockets.spec.whatwg.org/#feedback-from-the-protocol
	   */
	  #onConnectionEstablished (response, parsedExtensions) {
	    // processResponse is called when the "response's header list has been received and initialized."
	    // once this happens, the connection is open
	    this.#handler.socket = response.socket;

	    const webSocketOptions = this.#handler.controller.dispatcher?.webSocketOptions;
	    const maxFragments = webSocketOptions?.maxFragments;
	    const maxPayloadSize = webSocketOptions?.maxPayloadSize;

	    const parser = new ByteParser(this.#handler, parsedExtensions, {
	      maxFragments,
	      maxPayloadSize
	    });
	    parser.on('drain', () => this.#handler.onParserDrain());
	    parser.on('error', (err) => this.#handler.onParserError(err));

	    this.#parser = parser;
	    this.#sendQueue = new SendQueue(response.socket);

	    // 1. Change the ready state to OPEN (1).
	    this.#handler.readyState = states.OPEN;

	    // 2. Change the extensions attribute\u2019s value to the extensions in use, if
	    //    it is not the null value.
	    // https://datatracker.ietf.org/doc/html/rfc6455#section-9.1
	    const extensions = response.headersList.get('sec-websocket-extensions');

	    if (extensions !== null) {
	      this.#extensions = extensions;
	    }

	    // 3. Change the protocol attribute\u2019s value to the subprotocol in use, if
	    //    it is not the null value.
	    // https://datatracker.ietf.org/doc/html/rfc6455#section-1.9
	    const protocol = response.headersList.get('sec-websocket-protocol');

	    if (protocol !== null) {
	      this.#protocol = protocol;
	    }

	    // 4. Fire an event named open at the WebSocket object.
	    fireEvent('open', this);

	    if (channels.open.hasSubscribers) {
	      // Convert headers to a plain object for the event
	      const headers = response.headersList.entries;
	      channels.open.publish({
	        address: getSocketAddress(response.socket),
	        protocol: this.#protocol,
	        extensions: this.#extensions,
	        websocket: this,
	        handshakeResponse: {
	          status: response.status,
	          statusText: response.statusText,
	          headers
	        }
	      });
	    }
	  }

	  #onMessage (type, data) {
	    // 1. If ready state is not OPEN (1), then return.
	    if (this.#handler.readyState !== states.OPEN) {
	      return
	    }

	    // 2. Let dataForEvent be determined by switching on type and binary type:
	    let dataForEvent;

	    if (type === opcodes.TEXT) {
	      // -> type indicates that the data is Text
	      //      a new DOMString containing data
	      try {
	        dataForEvent = utf8Decode(data);
	      } catch {
	        failWebsocketConnection(this.#handler, 1007, 'Received invalid UTF-8 in text frame.');
	        return
	      }
	    } else if (type === opcodes.BINARY) {
	      if (this.#binaryType === 'blob') {
	        // -> type indicates that the data is Binary and binary type is "blob"
	        //      a new Blob object, created in the relevant Realm of the WebSocket
	        //      object, that represents data as its raw data
	        dataForEvent = new Blob([data]);
	      } else {
	        // -> type indicates that the data is Binary and binary type is "arraybuffer"
	        //      a new ArrayBuffer object, created in the relevant Realm of the
	        //      WebSocket object, whose contents are data
	        dataForEvent = toArrayBuffer(data);
	      }
	    }

	    // 3. Fire an event named message at the WebSocket object, using MessageEvent,
	    //    with the origin attribute initialized to the serialization of the WebSocket
	    //    object\u2019s url's origin, and the data attribute initialized to dataForEvent.
	    fireEvent('message', this, createFastMessageEvent, {
	      origin: this.#url.origin,
	      data: dataForEvent
	    });
	  }

	  #onParserDrain () {
	    this.#handler.socket.resume();
	  }

	  /**
	   * @see https://websockets.spec.whatwg.org/#feedback-from-the-protocol
	   * @see https://datatracker.ietf.org/doc/html/rfc6455#section-7.1.4
	   */
	  #onSocketClose () {
	    // If the TCP connection was closed after the
	    // WebSocket closing handshake was completed, the WebSocket connection
	    // is said to have been closed _cleanly_.
	    const wasClean =
	      this.#handler.closeState.has(sentCloseFrameState.SENT) &&
	      this.#handler.closeState.has(sentCloseFrameState.RECEIVED);

	    let code = 1005;
	    let reason = '';

	    const result = this.#parser?.closingInfo;

	    if (result && !result.error) {
	      code = result.code ?? 1005;
	      reason = result.reason;
	    }

	    // 1. Change the ready state to CLOSED (3).
	    this.#handler.readyState = states.CLOSED;

	    // 2. If the user agent was required to fail the WebSocket
	    //    connection, or if the WebSocket connection was closed
	    //    after being flagged as full, fire an event named error
	    //    at the WebSocket object.
	    if (!this.#handler.closeState.has(sentCloseFrameState.RECEIVED)) {
	      // If _The WebSocket
	      // Connection is Closed_ and no Close control frame was received by the
	      // endpoint (such as could occur if the underlying transport connection
	      // is lost), _The WebSocket Connection Close Code_ is considered to be
	      // 1006.
	      code = 1006;

	      fireEvent('error', this, (type, init) => new ErrorEvent(type, init), {
	        error: new TypeError(reason)
	      });
	    }

	    // 3. Fire an event named close at the WebSocket object,
	    //    using CloseEvent, with the wasClean attribute
	    //    initialized to true if the connection closed cleanly
	    //    and false otherwise, the code attribute initialized to
	    //    the WebSocket connection close code, and the reason
	    //    attribute initialized to the result of applying UTF-8
	    //    decode without BOM to the WebSocket connection close
	    //    reason.
	    // TODO: process.nextTick
	    fireEvent('close', this, (type, init) => new CloseEvent(type, init), {
	      wasClean, code, reason
	    });

	    if (channels.close.hasSubscribers) {
	      channels.close.publish({
	        websocket: this,
	        code,
	        reason
	      });
	    }
	  }

	  /**
	   * @param {WebSocket} ws
	   * @param {Buffer|undefined} buffer
	   */
	  static ping (ws, buffer) {
	    if (Buffer.isBuffer(buffer)) {
	      if (buffer.length > 125) {
	        throw new TypeError('A PING frame cannot have a body larger than 125 bytes.')
	      }
	    } else if (buffer !== undefined) {
	      throw new TypeError('Expected buffer payload')
	    }

	    // An endpoint MAY send a Ping frame any time after the connection is
	    // established and before the connection is closed.
	    const readyState = ws.#handler.readyState;

	    if (isEstablished(readyState) && !isClosing(readyState) && !isClosed(readyState)) {
	      const frame = new WebsocketFrameSend(buffer);
	      ws.#handler.socket.write(frame.createFrame(opcodes.PING));
	    }
	  }
	}

	const { ping } = WebSocket;
	Reflect.deleteProperty(WebSocket, 'ping');

	// https://websockets.spec.whatwg.org/#dom-websocket-connecting
	WebSocket.CONNECTING = WebSocket.prototype.CONNECTING = states.CONNECTING;
	// https://websockets.spec.whatwg.org/#dom-websocket-open
	WebSocket.OPEN = WebSocket.prototype.OPEN = states.OPEN;
	// https://websockets.spec.whatwg.org/#dom-websocket-closing
	WebSocket.CLOSING = WebSocket.prototype.CLOSING = states.CLOSING;
	// https://websockets.spec.whatwg.org/#dom-websocket-closed
	WebSocket.CLOSED = WebSocket.prototype.CLOSED = states.CLOSED;

	Object.defineProperties(WebSocket.prototype, {
	  CONNECTING: staticPropertyDescriptors,
	  OPEN: staticPropertyDescriptors,
	  CLOSING: staticPropertyDescriptors,
	  CLOSED: staticPropertyDescriptors,
	  url: kEnumerableProperty,
	  readyState: kEnumerableProperty,
	  bufferedAmount: kEnumerableProperty,
	  onopen: kEnumerableProperty,
	  onerror: kEnumerableProperty,
	  onclose: kEnumerableProperty,
	  close: kEnumerableProperty,
	  onmessage: kEnumerableProperty,
	  binaryType: kEnumerableProperty,
	  send: kEnumerableProperty,
	  extensions: kEnumerableProperty,
	  protocol: kEnumerableProperty,
	  [Symbol.toStringTag]: {
	    value: 'WebSocket',
	    writable: false,
	    enumerable: false,
	    configurable: true
	  }
	});

	Object.defineProperties(WebSocket, {
	  CONNECTING: staticPropertyDescriptors,
	  OPEN: staticPropertyDescriptors,
	  CLOSING: staticPropertyDescriptors,
	  CLOSED: staticPropertyDescriptors
	});

	webidl.converters['sequence<DOMString>'] = webidl.sequenceConverter(
	  webidl.converters.DOMString
	);

	webidl.converters['DOMString or sequence<DOMString>'] = function (V, prefix, argument) {
	  if (webidl.util.Type(V) === webidl.util.Types.OBJECT && Symbol.iterator in V) {
	    return webidl.converters['sequence<DOMString>'](V)
	  }

	  return webidl.converters.DOMString(V, prefix, argument)
	};

	// This implements the proposal made in https://github.com/whatwg/websockets/issues/42
	webidl.converters.WebSocketInit = webidl.dictionaryConverter([
	  {
	    key: 'protocols',
	    converter: webidl.converters['DOMString or sequence<DOMString>'],
	    defaultValue: () => []
	  },
	  {
	    key: 'dispatcher',
	    converter: webidl.converters.any,
	    defaultValue: () => getGlobalDispatcher()
	  },
	  {
	    key: 'headers',
	    converter: webidl.nullableConverter(webidl.converters.HeadersInit)
	  }
	]);

	webidl.converters['DOMString or sequence<DOMString> or WebSocketInit'] = function (V) {
	  if (webidl.util.Type(V) === webidl.util.Types.OBJECT && !(Symbol.iterator in V)) {
	    return webidl.converters.WebSocketInit(V)
	  }

	  return { protocols: webidl.converters['DOMString or sequence<DOMString>'](V) }
	};

	webidl.converters.WebSocketSendData = function (V) {
	  if (webidl.util.Type(V) === webidl.util.Types.OBJECT) {
	    if (webidl.is.Blob(V)) {
	      return V
	    }

	    if (webidl.is.BufferSource(V)) {
	      return V
	    }
	  }

	  return webidl.converters.USVString(V)
	};

	websocket = {
	  WebSocket,
	  ping
	};
	return websocket;
}

var websocketerror;
var hasRequiredWebsocketerror;

function requireWebsocketerror () {
	if (hasRequiredWebsocketerror) return websocketerror;
	hasRequiredWebsocketerror = 1;

	const { webidl } = requireWebidl();
	const { validateCloseCodeAndReason } = requireUtil$1();
	const { kConstruct } = requireSymbols();
	const { kEnumerableProperty } = requireUtil$4();

	function createInheritableDOMException () {
	  // https://github.com/nodejs/node/issues/59677
	  class Test extends DOMException {
	    get reason () {
	      return ''
	    }
	  }

	  if (new Test().reason !== undefined) {
	    return DOMException
	  }

	  return new Proxy(DOMException, {
	    construct (target, args, newTarget) {
	      const instance = Reflect.construct(target, args, target);
	      Object.setPrototypeOf(instance, newTarget.prototype);
	      return instance
	    }
	  })
	}

	class WebSocketError extends createInheritableDOMException() {
	  #closeCode
	  #reason

	  constructor (message = '', init = undefined) {
	    message = webidl.converters.DOMString(message, 'WebSocketError', 'message');

	    // 1. Set this 's name to " WebSocketError ".
	    // 2. Set this 's message to message .
	    super(message, 'WebSocketError');

	    if (init === kConstruct) {
	      return
	    } else if (init !== null) {
	      init = webidl.converters.WebSocketCloseInfo(init);
	    }

	    // 3. Let code be init [" closeCode "] if it exists , or null otherwise.
	    let code = init.closeCode ?? null;

	    // 4. Let reason be init [" reason "] if it exists , or the empty string otherwise.
	    const reason = init.reason ?? '';

	    // 5. Validate close code and reason with code and reason .
	    validateCloseCodeAndReason(code, reason);

	    // 6. If reason is non-empty, but code is not set, then set code to 1000 ("Normal Closure").
	    if (reason.length !== 0 && code === null) {
	      code = 1000;
	    }

	    // 7. Set this 's closeCode to code .
	    this.#closeCode = code;

	    // 8. Set this 's reason to reason .
	    this.#reason = reason;
	  }

	  get closeCode () {
	    return this.#closeCode
	  }

	  get reason () {
	    return this.#reason
	  }

	  /**
	   * @param {string} message
	   * @param {number|null} code
	   * @param {string} reason
	   */
	  static createUnvalidatedWebSocketError (message, code, reason) {
	    const error = new WebSocketError(message, kConstruct);
	    error.#closeCode = code;
	    error.#reason = reason;
	    return error
	  }
	}

	const { createUnvalidatedWebSocketError } = WebSocketError;
	delete WebSocketError.createUnvalidatedWebSocketError;

	Object.defineProperties(WebSocketError.prototype, {
	  closeCode: kEnumerableProperty,
	  reason: kEnumerableProperty,
	  [Symbol.toStringTag]: {
	    value: 'WebSocketError',
	    writable: false,
	    enumerable: false,
	    configurable: true
	  }
	});

	webidl.is.WebSocketError = webidl.util.MakeTypeAssertion(WebSocketError);

	websocketerror = { WebSocketError, createUnvalidatedWebSocketError };
	return websocketerror;
}

var websocketstream;
var hasRequiredWebsocketstream;

function requireWebsocketstream () {
	if (hasRequiredWebsocketstream) return websocketstream;
	hasRequiredWebsocketstream = 1;

	const { createDeferredPromise } = requirePromise();
	const { environmentSettingsObject } = requireUtil$5();
	const { states, opcodes, sentCloseFrameState } = requireConstants();
	const { webidl } = requireWebidl();
	const { getURLRecord, isValidSubprotocol, isEstablished, utf8Decode } = requireUtil$1();
	const { establishWebSocketConnection, failWebsocketConnection, closeWebSocketConnection } = requireConnection();
	const { channels } = requireDiagnostics();
	const { WebsocketFrameSend } = requireFrame();
	const { ByteParser } = requireReceiver();
	const { WebSocketError, createUnvalidatedWebSocketError } = requireWebsocketerror();
	const { kEnumerableProperty } = requireUtil$4();
	const { utf8DecodeBytes } = requireEncoding();

	let emittedExperimentalWarning = false;

	class WebSocketStream {
	  // Each WebSocketStream object has an associated url , which is a URL record .
	  /** @type {URL} */
	  #url

	  // Each WebSocketStream object has an associated opened promise , which is a promise.
	  /** @type {import('../../../util/promise').DeferredPromise} */
	  #openedPromise

	  // Each WebSocketStream object has an associated closed promise , which is a promise.
	  /** @type {import('../../../util/promise').DeferredPromise} */
	  #closedPromise

	  // Each WebSocketStream object has an associated readable stream , which is a ReadableStream .
	  /** @type {ReadableStream} */
	  #readableStream
	  /** @type {ReadableStreamDefaultController} */
	  #readableStreamController

	  // Retain the controller so the writable stream can be errored while locked.
	  /** @type {WritableStreamDefaultController} */
	  #writableStreamController

	  // Each WebSocketStream object has an associated boolean handshake aborted , which is initially false.
	  #handshakeAborted = false

	  /** @type {import('../websocket').Handler} */
	  #handler = {
	    // https://whatpr.org/websockets/48/7b748d3...d5570f3.html#feedback-to-websocket-stream-from-the-protocol
	    onConnectionEstablished: (response, extensions) => this.#onConnectionEstablished(response, extensions),
	    onMessage: (opcode, data) => this.#onMessage(opcode, data),
	    onParserError: (err) => failWebsocketConnection(this.#handler, null, err.message),
	    onParserDrain: () => this.#handler.socket.resume(),
	    onSocketData: (chunk) => {
	      if (!this.#parser.write(chunk)) {
	        this.#handler.socket.pause();
	      }
	    },
	    onSocketError: (err) => {
	      this.#handler.readyState = states.CLOSING;

	      if (channels.socketError.hasSubscribers) {
	        channels.socketError.publish(err);
	      }

	      this.#handler.socket.destroy();
	    },
	    onSocketClose: () => this.#onSocketClose(),
	    onPing: () => {},
	    onPong: () => {},

	    readyState: states.CONNECTING,
	    socket: null,
	    closeState: new Set(),
	    controller: null,
	    wasEverConnected: false
	  }

	  /** @type {import('../receiver').ByteParser} */
	  #parser

	  constructor (url, options = undefined) {
	    if (!emittedExperimentalWarning) {
	      process.emitWarning('WebSocketStream is experimental! Expect it to change at any time.', {
	        code: 'UNDICI-WSS'
	      });
	      emittedExperimentalWarning = true;
	    }

	    webidl.argumentLengthCheck(arguments, 1, 'WebSocket');

	    url = webidl.converters.USVString(url);
	    if (options !== null) {
	      options = webidl.converters.WebSocketStreamOptions(options);
	    }

	    // 1. Let baseURL be this 's relevant settings object 's API base URL .
	    const baseURL = environmentSettingsObject.settingsObject.baseUrl;

	    // 2. Let urlRecord be the result of getting a URL record given url and baseURL .
	    const urlRecord = getURLRecord(url, baseURL);

	    // 3. Let protocols be options [" protocols "] if it exists , otherwise an empty sequence.
	    const protocols = options.protocols;

	    // 4. If any of the values in protocols occur more than once or otherwise fail to match the requirements for elements that comprise the value of ` Sec-WebSocket-Protocol ` fields as defined by The WebSocket Protocol , then throw a " SyntaxError " DOMException . [WSP]
	    if (protocols.length !== new Set(protocols.map(p => p.toLowerCase())).size) {
	      throw new DOMException('Invalid Sec-WebSocket-Protocol value', 'SyntaxError')
	    }

	    if (protocols.length > 0 && !protocols.every(p => isValidSubprotocol(p))) {
	      throw new DOMException('Invalid Sec-WebSocket-Protocol value', 'SyntaxError')
	    }

	    // 5. Set this 's url to urlRecord .
	    this.#url = urlRecord.toString();

	    // 6. Set this 's opened promise and closed promise to new promises.
	    this.#openedPromise = createDeferredPromise();
	    this.#closedPromise = createDeferredPromise();

	    // 7. Apply backpressure to the WebSocket.
	    // TODO

	    // 8.  If options [" signal "] exists ,
	    if (options.signal != null) {
	      // 8.1. Let signal be options [" signal "].
	      const signal = options.signal;

	      // 8.2. If signal is aborted , then reject this 's opened promise and closed promise with signal \u2019s abort reason
	      //      and return.
	      if (signal.aborted) {
	        this.#openedPromise.reject(signal.reason);
	        this.#closedPromise.reject(signal.reason);
	        return
	      }

	      // 8.3. Add the following abort steps to signal :
	      signal.addEventListener('abort', () => {
	        // 8.3.1. If the WebSocket connection is not yet established : [WSP]
	        if (!isEstablished(this.#handler.readyState)) {
	          // 8.3.1.1. Fail the WebSocket connection .
	          failWebsocketConnection(this.#handler);

	          // Set this 's ready state to CLOSING .
	          this.#handler.readyState = states.CLOSING;

	          // Reject this 's opened promise and closed promise with signal \u2019s abort reason .
	          this.#openedPromise.reject(signal.reason);
	          this.#closedPromise.reject(signal.reason);

	          // Set this 's handshake aborted to true.
	          this.#handshakeAborted = true;
	        }
	      }, { once: true });
	    }

	    // 9.  Let client be this 's relevant settings object .
	    const client = environmentSettingsObject.settingsObject;

	    // 10. Run this step in parallel :
	    // 10.1. Establish a WebSocket connection given urlRecord , protocols , and client . [FETCH]
	    this.#handler.controller = establishWebSocketConnection(
	      urlRecord,
	      protocols,
	      client,
	      this.#handler,
	      options
	    );
	  }

	  // The url getter steps are to return this 's url , serialized .
	  get url () {
	    return this.#url.toString()
	  }

	  // The opened getter steps are to return this 's opened promise .
	  get opened () {
	    return this.#openedPromise.promise
	  }

	  // The closed getter steps are to return this 's closed promise .
	  get closed () {
	    return this.#closedPromise.promise
	  }

	  // The close( closeInfo ) method steps are:
	  close (closeInfo = undefined) {
	    if (closeInfo !== null) {
	      closeInfo = webidl.converters.WebSocketCloseInfo(closeInfo);
	    }

	    // 1. Let code be closeInfo [" closeCode "] if present, or null otherwise.
	    const code = closeInfo.closeCode ?? null;

	    // 2. Let reason be closeInfo [" reason "].
	    const reason = closeInfo.reason;

	    // 3. Close the WebSocket with this , code , and reason .
	    closeWebSocketConnection(this.#handler, code, reason, true);
	  }

	  #write (chunk) {
	    // See /websockets/stream/tentative/write.any.html
	    chunk = webidl.converters.WebSocketStreamWrite(chunk);

	    // 1. Let promise be a new promise created in stream \u2019s relevant realm .
	    const promise = createDeferredPromise();

	    // 2. Let data be null.
	    let data = null;

	    // 3. Let opcode be null.
	    let opcode = null;

	    // 4. If chunk is a BufferSource ,
	    if (webidl.is.BufferSource(chunk)) {
	      // 4.1. Set data to a copy of the bytes given chunk .
	      data = new Uint8Array(ArrayBuffer.isView(chunk) ? new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength) : chunk.slice());

	      // 4.2. Set opcode to a binary frame opcode.
	      opcode = opcodes.BINARY;
	    } else {
	      // 5. Otherwise,

	      // 5.1. Let string be the result of converting chunk to an IDL USVString .
	      //    If this throws an exception, return a promise rejected with the exception.
	      let string;

	      try {
	        string = webidl.converters.DOMString(chunk);
	      } catch (e) {
	        promise.reject(e);
	        return promise.promise
	      }

	      // 5.2. Set data to the result of UTF-8 encoding string .
	      data = new TextEncoder().encode(string);

	      // 5.3. Set opcode to a text frame opcode.
	      opcode = opcodes.TEXT;
	    }

	    // 6. In parallel,
	    // 6.1. Wait until there is sufficient buffer space in stream to send the message.

	    // 6.2. If the closing handshake has not yet started , Send a WebSocket Message to stream comprised of data using opcode .
	    if (!this.#handler.closeState.has(sentCloseFrameState.SENT) && !this.#handler.closeState.has(sentCloseFrameState.RECEIVED)) {
	      const frame = new WebsocketFrameSend(data);

	      this.#handler.socket.write(frame.createFrame(opcode), () => {
	        promise.resolve(undefined);
	      });
	    }

	    // 6.3. Queue a global task on the WebSocket task source given stream \u2019s relevant global object to resolve promise with undefined.
	    return promise.promise
	  }

	  /** @type {import('../websocket').Handler['onConnectionEstablished']} */
	  #onConnectionEstablished (response, parsedExtensions) {
	    this.#handler.socket = response.socket;

	    // Get options from dispatcher options
	    const maxFragments = this.#handler.controller.dispatcher?.webSocketOptions?.maxFragments;
	    const maxPayloadSize = this.#handler.controller.dispatcher?.webSocketOptions?.maxPayloadSize;

	    const parser = new ByteParser(this.#handler, parsedExtensions, {
	      maxFragments,
	      maxPayloadSize
	    });
	    parser.on('drain', () => this.#handler.onParserDrain());
	    parser.on('error', (err) => this.#handler.onParserError(err));

	    this.#parser = parser;

	    // 1. Change stream \u2019s ready state to OPEN (1).
	    this.#handler.readyState = states.OPEN;

	    // 2. Set stream \u2019s was ever connected to true.
	    // This is done in the opening handshake.

	    // 3. Let extensions be the extensions in use .
	    const extensions = parsedExtensions ?? '';

	    // 4. Let protocol be the subprotocol in use .
	    const protocol = response.headersList.get('sec-websocket-protocol') ?? '';

	    // 5. Let pullAlgorithm be an action that pulls bytes from stream .
	    // 6. Let cancelAlgorithm be an action that cancels stream with reason , given reason .
	    // 7. Let readable be a new ReadableStream .
	    // 8. Set up readable with pullAlgorithm and cancelAlgorithm .
	    const readable = new ReadableStream({
	      start: (controller) => {
	        this.#readableStreamController = controller;
	      },
	      cancel: (reason) => this.#cancel(reason)
	    });

	    // 9. Let writeAlgorithm be an action that writes chunk to stream , given chunk .
	    // 10. Let closeAlgorithm be an action that closes stream .
	    // 11. Let abortAlgorithm be an action that aborts stream with reason , given reason .
	    // 12. Let writable be a new WritableStream .
	    // 13. Set up writable with writeAlgorithm , closeAlgorithm , and abortAlgorithm .
	    const writable = new WritableStream({
	      start: (controller) => {
	        this.#writableStreamController = controller;
	      },
	      write: (chunk) => this.#write(chunk),
	      close: () => closeWebSocketConnection(this.#handler, null, null),
	      abort: (reason) => this.#closeUsingReason(reason)
	    });

	    // Set stream \u2019s readable stream to readable .
	    this.#readableStream = readable;

	    // Resolve stream \u2019s opened promise with WebSocketOpenInfo \u00ab[ " extensions " \u2192 extensions , " protocol " \u2192 protocol , " readable " \u2192 readable , " writable " \u2192 writable ]\u00bb.
	    this.#openedPromise.resolve({
	      extensions,
	      protocol,
	      readable,
	      writable
	    });
	  }

	  /** @type {import('../websocket').Handler['onMessage']} */
	  #onMessage (type, data) {
	    // 1. If stream\u2019s ready state is not OPEN (1), then return.
	    if (this.#handler.readyState !== states.OPEN) {
	      return
	    }

	    // 2. Let chunk be determined by switching on type:
	    //      - type indicates that the data is Text
	    //          a new DOMString containing data
	    //      - type indicates that the data is Binary
	    //          a new Uint8Array object, created in the relevant Realm of the
	    //          WebSocketStream object, whose contents are data
	    let chunk;

	    if (type === opcodes.TEXT) {
	      try {
	        chunk = utf8Decode(data);
	      } catch {
	        failWebsocketConnection(this.#handler, 1007, 'Received invalid UTF-8 in text frame.');
	        return
	      }
	    } else if (type === opcodes.BINARY) {
	      chunk = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
	    }

	    // 3. Enqueue chunk into stream\u2019s readable stream.
	    this.#readableStreamController.enqueue(chunk);

	    // 4. Apply backpressure to the WebSocket.
	  }

	  /** @type {import('../websocket').Handler['onSocketClose']} */
	  #onSocketClose () {
	    const wasClean =
	      this.#handler.closeState.has(sentCloseFrameState.SENT) &&
	      this.#handler.closeState.has(sentCloseFrameState.RECEIVED);

	    // 1. Change the ready state to CLOSED (3).
	    this.#handler.readyState = states.CLOSED;

	    // 2. If stream \u2019s handshake aborted is true, then return.
	    if (this.#handshakeAborted) {
	      return
	    }

	    // 3. If stream \u2019s was ever connected is false, then reject stream \u2019s opened promise with a new WebSocketError.
	    if (!this.#handler.wasEverConnected) {
	      this.#openedPromise.reject(new WebSocketError('Socket never opened'));
	    }

	    const result = this.#parser?.closingInfo;

	    // 4. Let code be the WebSocket connection close code .
	    // https://datatracker.ietf.org/doc/html/rfc6455#section-7.1.5
	    // If this Close control frame contains no status code, _The WebSocket
	    // Connection Close Code_ is considered to be 1005. If _The WebSocket
	    // Connection is Closed_ and no Close control frame was received by the
	    // endpoint (such as could occur if the underlying transport connection
	    // is lost), _The WebSocket Connection Close Code_ is considered to be
	    // 1006.
	    let code = result?.code ?? 1005;

	    if (!this.#handler.closeState.has(sentCloseFrameState.SENT) && !this.#handler.closeState.has(sentCloseFrameState.RECEIVED)) {
	      code = 1006;
	    }

	    // 5. Let reason be the result of applying UTF-8 decode without BOM to the WebSocket connection close reason .
	    const reason = result?.reason == null ? '' : utf8DecodeBytes(Buffer.from(result.reason));

	    // 6. If the connection was closed cleanly ,
	    if (wasClean) {
	      // 6.1. Close stream \u2019s readable stream .
	      this.#readableStreamController.close();

	      // 6.2. Error stream \u2019s writable stream with an " InvalidStateError " DOMException indicating that a closed WebSocketStream cannot be written to.
	      this.#writableStreamController.error(new DOMException('A closed WebSocketStream cannot be written to', 'InvalidStateError'));

	      // 6.3. Resolve stream \u2019s closed promise with WebSocketCloseInfo \u00ab[ " closeCode " \u2192 code , " reason " \u2192 reason ]\u00bb.
	      this.#closedPromise.resolve({
	        closeCode: code,
	        reason
	      });
	    } else {
	      // 7. Otherwise,

	      // 7.1. Let error be a new WebSocketError whose closeCode is code and reason is reason .
	      const error = createUnvalidatedWebSocketError('unclean close', code, reason);

	      // 7.2. Error stream \u2019s readable stream with error .
	      this.#readableStreamController?.error(error);

	      // 7.3. Error stream \u2019s writable stream with error .
	      this.#writableStreamController?.error(error);

	      // 7.4. Reject stream \u2019s closed promise with error .
	      this.#closedPromise.reject(error);
	    }
	  }

	  #closeUsingReason (reason) {
	    // 1. Let code be null.
	    let code = null;

	    // 2. Let reasonString be the empty string.
	    let reasonString = '';

	    // 3. If reason implements WebSocketError ,
	    if (webidl.is.WebSocketError(reason)) {
	      // 3.1. Set code to reason \u2019s closeCode .
	      code = reason.closeCode;

	      // 3.2. Set reasonString to reason \u2019s reason .
	      reasonString = reason.reason;
	    }

	    // 4. Close the WebSocket with stream , code , and reasonString . If this throws an exception,
	    //    discard code and reasonString and close the WebSocket with stream .
	    closeWebSocketConnection(this.#handler, code, reasonString);
	  }

	  //  To cancel a WebSocketStream stream given reason , close using reason giving stream and reason .
	  #cancel (reason) {
	    this.#closeUsingReason(reason);
	  }
	}

	Object.defineProperties(WebSocketStream.prototype, {
	  url: kEnumerableProperty,
	  opened: kEnumerableProperty,
	  closed: kEnumerableProperty,
	  close: kEnumerableProperty,
	  [Symbol.toStringTag]: {
	    value: 'WebSocketStream',
	    writable: false,
	    enumerable: false,
	    configurable: true
	  }
	});

	webidl.converters.WebSocketStreamOptions = webidl.dictionaryConverter([
	  {
	    key: 'protocols',
	    converter: webidl.sequenceConverter(webidl.converters.USVString),
	    defaultValue: () => []
	  },
	  {
	    key: 'signal',
	    converter: webidl.nullableConverter(webidl.converters.AbortSignal),
	    defaultValue: () => null
	  }
	]);

	webidl.converters.WebSocketCloseInfo = webidl.dictionaryConverter([
	  {
	    key: 'closeCode',
	    converter: (V) => webidl.converters['unsigned short'](V, webidl.attributes.EnforceRange)
	  },
	  {
	    key: 'reason',
	    converter: webidl.converters.USVString,
	    defaultValue: () => ''
	  }
	]);

	webidl.converters.WebSocketStreamWrite = function (V) {
	  if (typeof V === 'string') {
	    return webidl.converters.USVString(V)
	  }

	  return webidl.converters.BufferSource(V)
	};

	websocketstream = { WebSocketStream };
	return websocketstream;
}

var util;
var hasRequiredUtil;

function requireUtil () {
	if (hasRequiredUtil) return util;
	hasRequiredUtil = 1;

	/**
	 * Checks if the given value is a valid LastEventId.
	 * @param {string} value
	 * @returns {boolean}
	 */
	function isValidLastEventId (value) {
	  // LastEventId should not contain U+0000 NULL
	  return value.indexOf('\u0000') === -1
	}

	/**
	 * Checks if the given value is a base 10 digit.
	 * @param {string} value
	 * @returns {boolean}
	 */
	function isASCIINumber (value) {
	  if (value.length === 0) return false
	  for (let i = 0; i < value.length; i++) {
	    if (value.charCodeAt(i) < 0x30 || value.charCodeAt(i) > 0x39) return false
	  }
	  return true
	}

	util = {
	  isValidLastEventId,
	  isASCIINumber
	};
	return util;
}

var eventsourceStream;
var hasRequiredEventsourceStream;

function requireEventsourceStream () {
	if (hasRequiredEventsourceStream) return eventsourceStream;
	hasRequiredEventsourceStream = 1;
	const buffer = __require$e();
	const { Transform } = __require$8();
	const { isASCIINumber, isValidLastEventId } = requireUtil();

	/**
	 * @type {number[]} BOM
	 */
	const BOM = [0xEF, 0xBB, 0xBF];
	/**
	 * @type {10} LF
	 */
	const LF = 0x0A;
	/**
	 * @type {13} CR
	 */
	const CR = 0x0D;
	/**
	 * @type {58} COLON
	 */
	const COLON = 0x3A;
	/**
	 * @type {32} SPACE
	 */
	const SPACE = 0x20;

	const defaultMaxEventSize = buffer.kStringMaxLength;

	const DATA = Buffer.from('data');
	const EVENT = Buffer.from('event');
	const ID = Buffer.from('id');
	const RETRY = Buffer.from('retry');

	// Each data field creates a string node, and each unconsumed input chunk keeps
	// a Buffer wrapper. The absolute ceiling protects the large default byte limit.
	const minParserItems = 1024;
	const maxParserItems = 131072;
	const bytesPerParserItem = 128;

	function isASCIINumberBytes (buffer, start) {
	  if (start >= buffer.length) {
	    return false
	  }

	  for (let i = start; i < buffer.length; i++) {
	    if (buffer[i] < 0x30 || buffer[i] > 0x39) {
	      return false
	    }
	  }

	  return true
	}

	function isValidLastEventIdBytes (buffer, start) {
	  for (let i = start; i < buffer.length; i++) {
	    if (buffer[i] === 0x00) {
	      return false
	    }
	  }

	  return true
	}

	function isFieldName (line, length, field) {
	  if (length !== field.length) {
	    return false
	  }

	  for (let i = 0; i < length; i++) {
	    if (line[i] !== field[i]) {
	      return false
	    }
	  }

	  return true
	}

	function createMaxEventSizeExceededError () {
	  const error = new Error('EventSource message size exceeded');
	  error.aborted = false;
	  return error
	}

	/**
	 * @typedef {object} EventSourceStreamEvent
	 * @type {object}
	 * @property {string} [event] The event type.
	 * @property {string} [data] The data of the message.
	 * @property {string} [id] A unique ID for the event.
	 * @property {string} [retry] The reconnection time, in milliseconds.
	 */

	/**
	 * @typedef eventSourceSettings
	 * @type {object}
	 * @property {string} [lastEventId] The last event ID received from the server.
	 * @property {string} [origin] The origin of the event source.
	 * @property {number} [reconnectionTime] The reconnection time, in milliseconds.
	 */

	class EventSourceStream extends Transform {
	  /**
	   * @type {eventSourceSettings}
	   */
	  state

	  /**
	   * Leading byte-order-mark check.
	   * @type {boolean}
	   */
	  checkBOM = true

	  /**
	   * @type {boolean}
	   */
	  crlfCheck = false

	  /**
	   * @type {boolean}
	   */
	  eventEndCheck = false

	  /**
	   * @type {Buffer[]}
	   */
	  chunks = []

	  chunkIndex = 0
	  pos = 0
	  lineChunkIndex = 0
	  linePos = 0
	  lineLength = 0
	  eventSize = 0
	  eventFieldSizes = { data: 0, event: 0, id: 0, retry: 0 }
	  dataLineCount = 0
	  maxEventSize
	  maxDataLines
	  maxBufferedChunks

	  event = {
	    data: undefined,
	    event: undefined,
	    id: undefined,
	    retry: undefined
	  }

	  /**
	   * @param {object} options
	   * @param {boolean} [options.readableObjectMode]
	   * @param {number} [options.maxEventSize]
	   * @param {eventSourceSettings} [options.eventSourceSettings]
	   * @param {(chunk: any, encoding?: BufferEncoding | undefined) => boolean} [options.push]
	   */
	  constructor (options = {}) {
	    // Enable object mode as EventSourceStream emits objects of shape
	    // EventSourceStreamEvent
	    options.readableObjectMode = true;

	    super(options);

	    this.state = options.eventSourceSettings || {};
	    this.maxEventSize = options.maxEventSize ?? defaultMaxEventSize;
	    const parserItemLimit = this.maxEventSize > 0
	      ? Math.min(maxParserItems, Math.max(minParserItems, Math.floor(this.maxEventSize / bytesPerParserItem)))
	      : 0;
	    this.maxDataLines = parserItemLimit;
	    this.maxBufferedChunks = parserItemLimit;
	    if (options.push) {
	      this.push = options.push;
	    }
	  }

	  /**
	   * @param {Buffer} chunk
	   * @param {string} _encoding
	   * @param {Function} callback
	   * @returns {void}
	   */
	  _transform (chunk, _encoding, callback) {
	    if (chunk.length === 0) {
	      callback();
	      return
	    }

	    // A leading line ending can immediately release the currently buffered
	    // line, even when it uses the final allowed chunk slot.
	    if (this.maxEventSize > 0 &&
	        this.chunks.length >= this.maxBufferedChunks &&
	        chunk[0] !== LF && chunk[0] !== CR) {
	      callback(createMaxEventSizeExceededError());
	      return
	    }
	    this.chunks.push(chunk);

	    // Strip leading byte-order-mark if we opened the stream and started
	    // the processing of the incoming data
	    if (this.checkBOM) {
	      if (this.handleBOM()) {
	        callback();
	        return
	      }
	    }

	    while (this.hasCurrentByte()) {
	      const byte = this.currentByte();

	      // If the previous line ended with an end-of-line, we need to check
	      // if the next character is also an end-of-line.
	      if (this.eventEndCheck) {
	        // If the the current character is an end-of-line, then the event
	        // is finished and we can process it

	        // If the previous line ended with a carriage return, we need to
	        // check if the current character is a line feed and remove it
	        // from the buffer.
	        if (this.crlfCheck) {
	          // If the current character is a line feed, we can remove it
	          // from the buffer and reset the crlfCheck flag
	          if (byte === LF) {
	            this.crlfCheck = false;
	            this.consumeCurrentByte();

	            // It is possible that the line feed is not the end of the
	            // event. We need to check if the next character is an
	            // end-of-line character to determine if the event is
	            // finished. We simply continue the loop to check the next
	            // character.

	            // As we removed the line feed from the buffer and set the
	            // crlfCheck flag to false, we basically don't make any
	            // distinction between a line feed and a carriage return.
	            continue
	          }
	          this.crlfCheck = false;
	        }

	        if (byte === LF || byte === CR) {
	          // If the current character is a carriage return, we need to
	          // set the crlfCheck flag to true, as we need to check if the
	          // next character is a line feed so we can remove it from the
	          // buffer
	          if (byte === CR) {
	            this.crlfCheck = true;
	          }

	          this.consumeCurrentByte();
	          if (this.hasPendingEvent()) {
	            this.processEvent(this.event);
	          }
	          this.clearEvent();
	          continue
	        }
	        // If the current character is not an end-of-line, then the event
	        // is not finished and we have to reset the eventEndCheck flag
	        this.eventEndCheck = false;
	        continue
	      }

	      // If the current character is an end-of-line, we can process the
	      // line
	      if (byte === LF || byte === CR) {
	        // If the current character is a carriage return, we need to
	        // set the crlfCheck flag to true, as we need to check if the
	        // next character is a line feed
	        if (byte === CR) {
	          this.crlfCheck = true;
	        }

	        // In any case, we can process the line as we reached an
	        // end-of-line character
	        try {
	          this.parseLine(this.readLine(), this.event);
	        } catch (error) {
	          callback(error);
	          return
	        }
	        this.consumeCurrentByte();
	        // A line was processed and this could be the end of the event. We need
	        // to check if the next line is empty to determine if the event is
	        // finished.
	        this.eventEndCheck = true;
	        continue
	      }

	      // readLine() is only called after CR or LF. Reject an unfinished line
	      // before it can retain an unbounded number of decoded chunks. The seven
	      // extra bytes allow the longest field prefix ("event: " or "retry: ").
	      if (this.maxEventSize > 0 && ++this.lineLength > this.maxEventSize + 7) {
	        callback(createMaxEventSizeExceededError());
	        return
	      }
	      this.advanceCursor();
	    }

	    callback();
	  }

	  _destroy (error, callback) {
	    this.chunks.length = 0;
	    this.clearEvent();
	    super._destroy(error, callback);
	  }

	  /**
	   * @param {Buffer} line
	   * @param {EventSourceStreamEvent} event
	   */
	  parseLine (line, event) {
	    // If the line is empty (a blank line)
	    // Dispatch the event, as defined below.
	    // This will be handled in the _transform method
	    if (line.length === 0) {
	      return
	    }

	    // If the line starts with a U+003A COLON character (:)
	    // Ignore the line.
	    const colonPosition = line.indexOf(COLON);
	    if (colonPosition === 0) {
	      return
	    }

	    let fieldLength = line.length;
	    let valueStart = line.length;

	    // If the line contains a U+003A COLON character (:)
	    if (colonPosition !== -1) {
	      fieldLength = colonPosition;

	      // Collect the characters on the line after the first U+003A COLON
	      // character (:), and let value be that string.
	      // If value starts with a U+0020 SPACE character, remove it from value.
	      valueStart = colonPosition + 1;
	      if (line[valueStart] === SPACE) {
	        ++valueStart;
	      }
	    }

	    if (isFieldName(line, fieldLength, DATA)) {
	      if (this.maxEventSize > 0 && this.dataLineCount >= this.maxDataLines) {
	        throw createMaxEventSizeExceededError()
	      }
	      const valueBytes = line.length - valueStart;
	      const dataSize = this.eventFieldSizes.data + (event.data === undefined ? 0 : 1) + valueBytes;
	      this.setEventFieldSize('data', dataSize);

	      const value = line.toString('utf8', valueStart);

	      if (event.data === undefined) {
	        event.data = value;
	      } else {
	        event.data += `\n${value}`;
	      }
	      this.dataLineCount++;
	      return
	    }

	    if (isFieldName(line, fieldLength, RETRY)) {
	      if (isASCIINumberBytes(line, valueStart)) {
	        this.setEventFieldSize('retry', line.length - valueStart);
	        event.retry = line.toString('utf8', valueStart);
	      }
	      return
	    }

	    if (isFieldName(line, fieldLength, ID)) {
	      if (isValidLastEventIdBytes(line, valueStart)) {
	        this.setEventFieldSize('id', line.length - valueStart);
	        event.id = line.toString('utf8', valueStart);
	      }
	      return
	    }

	    if (isFieldName(line, fieldLength, EVENT)) {
	      if (valueStart < line.length) {
	        this.setEventFieldSize('event', line.length - valueStart);
	        event.event = line.toString('utf8', valueStart);
	      }
	    }
	  }

	  setEventFieldSize (field, size) {
	    const eventSize = this.eventSize - this.eventFieldSizes[field] + size;
	    if (this.maxEventSize > 0 && eventSize > this.maxEventSize) {
	      throw createMaxEventSizeExceededError()
	    }
	    this.eventSize = eventSize;
	    this.eventFieldSizes[field] = size;
	  }

	  /**
	   * @param {EventSourceStreamEvent} event
	   */
	  processEvent (event) {
	    if (event.retry && isASCIINumber(event.retry)) {
	      this.state.reconnectionTime = parseInt(event.retry, 10);
	    }

	    if (event.id !== undefined && isValidLastEventId(event.id)) {
	      this.state.lastEventId = event.id;
	    }

	    // only dispatch event, when data is provided
	    if (event.data !== undefined) {
	      this.push({
	        type: event.event || 'message',
	        options: {
	          data: event.data,
	          lastEventId: this.state.lastEventId,
	          origin: this.state.origin
	        }
	      });
	    }
	  }

	  clearEvent () {
	    this.event.data = undefined;
	    this.event.event = undefined;
	    this.event.id = undefined;
	    this.event.retry = undefined;
	    this.eventSize = 0;
	    this.dataLineCount = 0;
	    this.eventFieldSizes.data = 0;
	    this.eventFieldSizes.event = 0;
	    this.eventFieldSizes.id = 0;
	    this.eventFieldSizes.retry = 0;
	  }

	  hasPendingEvent () {
	    return this.event.data !== undefined ||
	      this.event.event !== undefined ||
	      this.event.id !== undefined ||
	      this.event.retry !== undefined
	  }

	  hasCurrentByte () {
	    return this.chunkIndex < this.chunks.length &&
	      this.pos < this.chunks[this.chunkIndex].length
	  }

	  currentByte () {
	    return this.chunks[this.chunkIndex][this.pos]
	  }

	  consumeCurrentByte () {
	    this.advanceCursor();
	    this.syncLineStartToCursor();
	  }

	  advanceCursor () {
	    this.pos++;

	    while (this.chunkIndex < this.chunks.length && this.pos >= this.chunks[this.chunkIndex].length) {
	      this.chunkIndex++;
	      this.pos = 0;
	    }
	  }

	  syncLineStartToCursor () {
	    this.lineChunkIndex = this.chunkIndex;
	    this.linePos = this.pos;
	    this.lineLength = 0;
	    this.dropConsumedChunks();
	  }

	  dropConsumedChunks () {
	    if (this.lineChunkIndex > 0) {
	      const consumed = this.lineChunkIndex;
	      this.chunks.splice(0, consumed);
	      this.lineChunkIndex = 0;
	      this.chunkIndex -= consumed;
	    }

	    if (this.chunkIndex === this.chunks.length) {
	      this.chunks.length = 0;
	      this.chunkIndex = 0;
	      this.pos = 0;
	      this.lineChunkIndex = 0;
	      this.linePos = 0;
	    }
	  }

	  readLine () {
	    if (this.lineChunkIndex === this.chunkIndex) {
	      return this.chunks[this.chunkIndex].subarray(this.linePos, this.pos)
	    }

	    const chunks = [];
	    let length = 0;

	    for (let i = this.lineChunkIndex; i <= this.chunkIndex; i++) {
	      const chunk = this.chunks[i];
	      const start = i === this.lineChunkIndex ? this.linePos : 0;
	      const end = i === this.chunkIndex ? this.pos : chunk.length;
	      const slice = chunk.subarray(start, end);
	      length += slice.length;
	      chunks.push(slice);
	    }

	    return Buffer.concat(chunks, length)
	  }

	  peekBufferedByte (offset) {
	    let chunkIndex = this.lineChunkIndex;
	    let pos = this.linePos;

	    while (chunkIndex < this.chunks.length) {
	      const chunk = this.chunks[chunkIndex];
	      const remaining = chunk.length - pos;

	      if (offset < remaining) {
	        return chunk[pos + offset]
	      }

	      offset -= remaining;
	      chunkIndex++;
	      pos = 0;
	    }
	  }

	  discardLeadingBytes (count) {
	    while (count > 0 && this.lineChunkIndex < this.chunks.length) {
	      const chunk = this.chunks[this.lineChunkIndex];
	      const remaining = chunk.length - this.linePos;

	      if (count < remaining) {
	        this.linePos += count;
	        count = 0;
	      } else {
	        count -= remaining;
	        this.lineChunkIndex++;
	        this.linePos = 0;
	      }
	    }

	    this.chunkIndex = this.lineChunkIndex;
	    this.pos = this.linePos;
	    this.dropConsumedChunks();
	  }

	  handleBOM () {
	    const first = this.peekBufferedByte(0);
	    const second = this.peekBufferedByte(1);
	    const third = this.peekBufferedByte(2);

	    if (second === undefined) {
	      if (first === BOM[0]) {
	        return true
	      }

	      this.checkBOM = false;
	      return true
	    }

	    if (third === undefined) {
	      if (first === BOM[0] && second === BOM[1]) {
	        return true
	      }

	      this.checkBOM = false;
	      return false
	    }

	    if (first === BOM[0] && second === BOM[1] && third === BOM[2]) {
	      this.discardLeadingBytes(3);
	    }

	    this.checkBOM = false;
	    return !this.hasCurrentByte()
	  }
	}

	eventsourceStream = {
	  EventSourceStream
	};
	return eventsourceStream;
}

var eventsource;
var hasRequiredEventsource;

function requireEventsource () {
	if (hasRequiredEventsource) return eventsource;
	hasRequiredEventsource = 1;

	const { pipeline } = __require$8();
	const { fetching } = requireFetch();
	const { makeRequest } = requireRequest();
	const { webidl } = requireWebidl();
	const { EventSourceStream } = requireEventsourceStream();
	const { parseMIMEType } = requireDataUrl();
	const { createFastMessageEvent } = requireEvents();
	const { isNetworkError } = requireResponse();
	const { kEnumerableProperty } = requireUtil$4();
	const { environmentSettingsObject } = requireUtil$5();
	const { getGlobalDispatcher } = requireGlobal();

	let experimentalWarned = false;

	/**
	 * A reconnection time, in milliseconds. This must initially be an implementation-defined value,
	 * probably in the region of a few seconds.
	 *
	 * In Comparison:
	 * - Chrome uses 3000ms.
	 * - Deno uses 5000ms.
	 *
	 * @type {3000}
	 */
	const defaultReconnectionTime = 3000;

	/**
	 * The readyState attribute represents the state of the connection.
	 * @typedef ReadyState
	 * @type {0|1|2}
	 * @readonly
	 * @see https://html.spec.whatwg.org/multipage/server-sent-events.html#dom-eventsource-readystate-dev
	 */

	/**
	 * The connection has not yet been established, or it was closed and the user
	 * agent is reconnecting.
	 * @type {0}
	 */
	const CONNECTING = 0;

	/**
	 * The user agent has an open connection and is dispatching events as it
	 * receives them.
	 * @type {1}
	 */
	const OPEN = 1;

	/**
	 * The connection is not open, and the user agent is not trying to reconnect.
	 * @type {2}
	 */
	const CLOSED = 2;

	/**
	 * Requests for the element will have their mode set to "cors" and their credentials mode set to "same-origin".
	 * @type {'anonymous'}
	 */
	const ANONYMOUS = 'anonymous';

	/**
	 * Requests for the element will have their mode set to "cors" and their credentials mode set to "include".
	 * @type {'use-credentials'}
	 */
	const USE_CREDENTIALS = 'use-credentials';

	/**
	 * The EventSource interface is used to receive server-sent events. It
	 * connects to a server over HTTP and receives events in text/event-stream
	 * format without closing the connection.
	 * @extends {EventTarget}
	 * @see https://html.spec.whatwg.org/multipage/server-sent-events.html#server-sent-events
	 * @api public
	 */
	class EventSource extends EventTarget {
	  #events = {
	    open: null,
	    error: null,
	    message: null
	  }

	  #url
	  #withCredentials = false

	  /**
	   * @type {ReadyState}
	   */
	  #readyState = CONNECTING

	  #request = null
	  #controller = null

	  #dispatcher

	  /**
	   * @type {import('./eventsource-stream').eventSourceSettings}
	   */
	  #state

	  /**
	   * Creates a new EventSource object.
	   * @param {string} url
	   * @param {EventSourceInit} [eventSourceInitDict={}]
	   * @see https://html.spec.whatwg.org/multipage/server-sent-events.html#the-eventsource-interface
	   */
	  constructor (url, eventSourceInitDict = {}) {
	    // 1. Let ev be a new EventSource object.
	    super();

	    webidl.util.markAsUncloneable(this);

	    const prefix = 'EventSource constructor';
	    webidl.argumentLengthCheck(arguments, 1, prefix);

	    if (!experimentalWarned) {
	      experimentalWarned = true;
	      process.emitWarning('EventSource is experimental, expect them to change at any time.', {
	        code: 'UNDICI-ES'
	      });
	    }

	    url = webidl.converters.USVString(url);
	    eventSourceInitDict = webidl.converters.EventSourceInitDict(eventSourceInitDict, prefix, 'eventSourceInitDict');

	    this.#dispatcher = eventSourceInitDict.node.dispatcher || eventSourceInitDict.dispatcher;
	    this.#state = {
	      lastEventId: '',
	      reconnectionTime: eventSourceInitDict.node.reconnectionTime
	    };

	    // 2. Let settings be ev's relevant settings object.
	    // https://html.spec.whatwg.org/multipage/webappapis.html#environment-settings-object
	    const settings = environmentSettingsObject;

	    let urlRecord;

	    try {
	      // 3. Let urlRecord be the result of encoding-parsing a URL given url, relative to settings.
	      urlRecord = new URL(url, settings.settingsObject.baseUrl);
	      this.#state.origin = urlRecord.origin;
	    } catch (e) {
	      // 4. If urlRecord is failure, then throw a "SyntaxError" DOMException.
	      throw new DOMException(e, 'SyntaxError')
	    }

	    // 5. Set ev's url to urlRecord.
	    this.#url = urlRecord.href;

	    // 6. Let corsAttributeState be Anonymous.
	    let corsAttributeState = ANONYMOUS;

	    // 7. If the value of eventSourceInitDict's withCredentials member is true,
	    // then set corsAttributeState to Use Credentials and set ev's
	    // withCredentials attribute to true.
	    if (eventSourceInitDict.withCredentials === true) {
	      corsAttributeState = USE_CREDENTIALS;
	      this.#withCredentials = true;
	    }

	    // 8. Let request be the result of creating a potential-CORS request given
	    // urlRecord, the empty string, and corsAttributeState.
	    const initRequest = {
	      redirect: 'follow',
	      keepalive: true,
	      // @see https://html.spec.whatwg.org/multipage/urls-and-fetching.html#cors-settings-attributes
	      mode: 'cors',
	      credentials: corsAttributeState === 'anonymous'
	        ? 'same-origin'
	        : 'omit',
	      referrer: 'no-referrer'
	    };

	    // 9. Set request's client to settings.
	    initRequest.client = environmentSettingsObject.settingsObject;

	    // 10. User agents may set (`Accept`, `text/event-stream`) in request's header list.
	    initRequest.headersList = [['accept', { name: 'accept', value: 'text/event-stream' }]];

	    // 11. Set request's cache mode to "no-store".
	    initRequest.cache = 'no-store';

	    // 12. Set request's initiator type to "other".
	    initRequest.initiator = 'other';

	    initRequest.urlList = [new URL(this.#url)];

	    // 13. Set ev's request to request.
	    this.#request = makeRequest(initRequest);

	    this.#connect();
	  }

	  /**
	   * Returns the state of this EventSource object's connection. It can have the
	   * values described below.
	   * @returns {ReadyState}
	   * @readonly
	   */
	  get readyState () {
	    return this.#readyState
	  }

	  /**
	   * Returns the URL providing the event stream.
	   * @readonly
	   * @returns {string}
	   */
	  get url () {
	    return this.#url
	  }

	  /**
	   * Returns a boolean indicating whether the EventSource object was
	   * instantiated with CORS credentials set (true), or not (false, the default).
	   */
	  get withCredentials () {
	    return this.#withCredentials
	  }

	  #connect () {
	    if (this.#readyState === CLOSED) return

	    this.#readyState = CONNECTING;

	    const fetchParams = {
	      request: this.#request,
	      dispatcher: this.#dispatcher
	    };

	    // 14. Let processEventSourceEndOfBody given response res be the following step: if res is not a network error, then reestablish the connection.
	    const processEventSourceEndOfBody = (response) => {
	      if (!isNetworkError(response)) {
	        return this.#reconnect()
	      }
	    };

	    // 15. Fetch request, with processResponseEndOfBody set to processEventSourceEndOfBody...
	    fetchParams.processResponseEndOfBody = processEventSourceEndOfBody;

	    // and processResponse set to the following steps given response res:
	    fetchParams.processResponse = (response) => {
	      // 1. If res is an aborted network error, then fail the connection.

	      if (isNetworkError(response)) {
	        // 1. When a user agent is to fail the connection, the user agent
	        // must queue a task which, if the readyState attribute is set to a
	        // value other than CLOSED, sets the readyState attribute to CLOSED
	        // and fires an event named error at the EventSource object. Once the
	        // user agent has failed the connection, it does not attempt to
	        // reconnect.
	        if (response.aborted) {
	          this.close();
	          this.dispatchEvent(new Event('error'));
	          return
	          // 2. Otherwise, if res is a network error, then reestablish the
	          // connection, unless the user agent knows that to be futile, in
	          // which case the user agent may fail the connection.
	        } else {
	          this.#reconnect();
	          return
	        }
	      }

	      // 3. Otherwise, if res's status is not 200, or if res's `Content-Type`
	      // is not `text/event-stream`, then fail the connection.
	      const contentType = response.headersList.get('content-type', true);
	      const mimeType = contentType !== null ? parseMIMEType(contentType) : 'failure';
	      const contentTypeValid = mimeType !== 'failure' && mimeType.essence === 'text/event-stream';
	      if (
	        response.status !== 200 ||
	        contentTypeValid === false
	      ) {
	        this.close();
	        this.dispatchEvent(new Event('error'));
	        return
	      }

	      // 4. Otherwise, announce the connection and interpret res's body
	      // line by line.

	      // When a user agent is to announce the connection, the user agent
	      // must queue a task which, if the readyState attribute is set to a
	      // value other than CLOSED, sets the readyState attribute to OPEN
	      // and fires an event named open at the EventSource object.
	      // @see https://html.spec.whatwg.org/multipage/server-sent-events.html#sse-processing-model
	      this.#readyState = OPEN;
	      this.dispatchEvent(new Event('open'));

	      // If redirected to a different origin, set the origin to the new origin.
	      this.#state.origin = response.urlList[response.urlList.length - 1].origin;

	      const eventSourceStream = new EventSourceStream({
	        eventSourceSettings: this.#state,
	        maxEventSize: this.#dispatcher.eventSourceOptions?.maxEventSize,
	        push: (event) => {
	          this.dispatchEvent(createFastMessageEvent(
	            event.type,
	            event.options
	          ));
	        }
	      });

	      pipeline(response.body.stream,
	        eventSourceStream,
	        (error) => {
	          if (
	            error?.aborted === false
	          ) {
	            this.close();
	            this.dispatchEvent(new Event('error'));
	          }
	        });
	    };

	    this.#controller = fetching(fetchParams);
	  }

	  /**
	   * @see https://html.spec.whatwg.org/multipage/server-sent-events.html#sse-processing-model
	   * @returns {void}
	   */
	  #reconnect () {
	    // When a user agent is to reestablish the connection, the user agent must
	    // run the following steps. These steps are run in parallel, not as part of
	    // a task. (The tasks that it queues, of course, are run like normal tasks
	    // and not themselves in parallel.)

	    // 1. Queue a task to run the following steps:

	    //   1. If the readyState attribute is set to CLOSED, abort the task.
	    if (this.#readyState === CLOSED) return

	    //   2. Set the readyState attribute to CONNECTING.
	    this.#readyState = CONNECTING;

	    //   3. Fire an event named error at the EventSource object.
	    this.dispatchEvent(new Event('error'));

	    // 2. Wait a delay equal to the reconnection time of the event source.
	    setTimeout(() => {
	      // 5. Queue a task to run the following steps:

	      //   1. If the EventSource object's readyState attribute is not set to
	      //      CONNECTING, then return.
	      if (this.#readyState !== CONNECTING) return

	      //   2. Let request be the EventSource object's request.
	      //   3. If the EventSource object's last event ID string is not the empty
	      //      string, then:
	      //      1. Let lastEventIDValue be the EventSource object's last event ID
	      //         string, encoded as UTF-8.
	      //      2. Set (`Last-Event-ID`, lastEventIDValue) in request's header
	      //         list.
	      if (this.#state.lastEventId.length) {
	        this.#request.headersList.set('last-event-id', this.#state.lastEventId, true);
	      }

	      //   4. Fetch request and process the response obtained in this fashion, if any, as described earlier in this section.
	      this.#connect();
	    }, this.#state.reconnectionTime)?.unref();
	  }

	  /**
	   * Closes the connection, if any, and sets the readyState attribute to
	   * CLOSED.
	   */
	  close () {
	    webidl.brandCheck(this, EventSource);

	    if (this.#readyState === CLOSED) return
	    this.#readyState = CLOSED;
	    this.#controller.abort();
	    this.#request = null;
	  }

	  get onopen () {
	    return this.#events.open
	  }

	  set onopen (fn) {
	    if (this.#events.open) {
	      this.removeEventListener('open', this.#events.open);
	    }

	    const listener = webidl.converters.EventHandlerNonNull(fn);

	    if (listener !== null) {
	      this.addEventListener('open', listener);
	      this.#events.open = fn;
	    } else {
	      this.#events.open = null;
	    }
	  }

	  get onmessage () {
	    return this.#events.message
	  }

	  set onmessage (fn) {
	    if (this.#events.message) {
	      this.removeEventListener('message', this.#events.message);
	    }

	    const listener = webidl.converters.EventHandlerNonNull(fn);

	    if (listener !== null) {
	      this.addEventListener('message', listener);
	      this.#events.message = fn;
	    } else {
	      this.#events.message = null;
	    }
	  }

	  get onerror () {
	    return this.#events.error
	  }

	  set onerror (fn) {
	    if (this.#events.error) {
	      this.removeEventListener('error', this.#events.error);
	    }

	    const listener = webidl.converters.EventHandlerNonNull(fn);

	    if (listener !== null) {
	      this.addEventListener('error', listener);
	      this.#events.error = fn;
	    } else {
	      this.#events.error = null;
	    }
	  }
	}

	const constantsPropertyDescriptors = {
	  CONNECTING: {
	    __proto__: null,
	    configurable: false,
	    enumerable: true,
	    value: CONNECTING,
	    writable: false
	  },
	  OPEN: {
	    __proto__: null,
	    configurable: false,
	    enumerable: true,
	    value: OPEN,
	    writable: false
	  },
	  CLOSED: {
	    __proto__: null,
	    configurable: false,
	    enumerable: true,
	    value: CLOSED,
	    writable: false
	  }
	};

	Object.defineProperties(EventSource, constantsPropertyDescriptors);
	Object.defineProperties(EventSource.prototype, constantsPropertyDescriptors);

	Object.defineProperties(EventSource.prototype, {
	  close: kEnumerableProperty,
	  onerror: kEnumerableProperty,
	  onmessage: kEnumerableProperty,
	  onopen: kEnumerableProperty,
	  readyState: kEnumerableProperty,
	  url: kEnumerableProperty,
	  withCredentials: kEnumerableProperty
	});

	webidl.converters.EventSourceInitDict = webidl.dictionaryConverter([
	  {
	    key: 'withCredentials',
	    converter: webidl.converters.boolean,
	    defaultValue: () => false
	  },
	  {
	    key: 'dispatcher', // undici only
	    converter: webidl.converters.any,
	    defaultValue: () => getGlobalDispatcher()
	  },
	  {
	    key: 'node', // undici only
	    converter: webidl.dictionaryConverter([
	      {
	        key: 'reconnectionTime',
	        converter: webidl.converters['unsigned long'],
	        defaultValue: () => defaultReconnectionTime
	      },
	      {
	        key: 'dispatcher',
	        converter: webidl.converters.any
	      }
	    ]),
	    defaultValue: () => ({})
	  }
	]);

	eventsource = {
	  EventSource,
	  defaultReconnectionTime
	};
	return eventsource;
}

undici.exports;

var hasRequiredUndici;

function requireUndici () {
	if (hasRequiredUndici) return undici.exports;
	hasRequiredUndici = 1;
	(function (module) {

		const Client = requireClient();
		const Dispatcher = requireDispatcher();
		const Pool = requirePool();
		const BalancedPool = requireBalancedPool();
		const RoundRobinPool = requireRoundRobinPool();
		const Agent = requireAgent();
		const ProxyAgent = requireProxyAgent();
		const Socks5ProxyAgent = requireSocks5ProxyAgent();
		const EnvHttpProxyAgent = requireEnvHttpProxyAgent();
		const RetryAgent = requireRetryAgent();
		const H2CClient = requireH2cClient();
		const errors = requireErrors();
		const util = requireUtil$4();
		const { InvalidArgumentError } = errors;
		const api = requireApi();
		const buildConnector = requireConnect();
		const MockClient = requireMockClient();
		const { MockCallHistory, MockCallHistoryLog } = requireMockCallHistory();
		const MockAgent = requireMockAgent();
		const MockPool = requireMockPool();
		const SnapshotAgent = requireSnapshotAgent();
		const mockErrors = requireMockErrors();
		const RetryHandler = requireRetryHandler();
		const { getGlobalDispatcher, setGlobalDispatcher } = requireGlobal();
		const DecoratorHandler = requireDecoratorHandler();
		const RedirectHandler = requireRedirectHandler();

		Object.assign(Dispatcher.prototype, api);

		module.exports.Dispatcher = Dispatcher;
		module.exports.Client = Client;
		module.exports.Pool = Pool;
		module.exports.BalancedPool = BalancedPool;
		module.exports.RoundRobinPool = RoundRobinPool;
		module.exports.Agent = Agent;
		module.exports.ProxyAgent = ProxyAgent;
		module.exports.Socks5ProxyAgent = Socks5ProxyAgent;
		module.exports.EnvHttpProxyAgent = EnvHttpProxyAgent;
		module.exports.RetryAgent = RetryAgent;
		module.exports.H2CClient = H2CClient;
		module.exports.RetryHandler = RetryHandler;

		module.exports.DecoratorHandler = DecoratorHandler;
		module.exports.RedirectHandler = RedirectHandler;
		module.exports.interceptors = {
		  redirect: requireRedirect(),
		  responseError: requireResponseError(),
		  retry: requireRetry(),
		  dump: requireDump(),
		  dns: requireDns(),
		  cache: requireCache$1(),
		  decompress: requireDecompress(),
		  deduplicate: requireDeduplicate()
		};

		module.exports.cacheStores = {
		  MemoryCacheStore: requireMemoryCacheStore()
		};

		const SqliteCacheStore = requireSqliteCacheStore();
		module.exports.cacheStores.SqliteCacheStore = SqliteCacheStore;

		module.exports.buildConnector = buildConnector;
		module.exports.errors = errors;
		module.exports.util = {
		  parseHeaders: util.parseHeaders,
		  headerNameToString: util.headerNameToString
		};

		function makeDispatcher (fn) {
		  return (url, opts, handler) => {
		    if (typeof opts === 'function') {
		      handler = opts;
		      opts = null;
		    }

		    if (!url || (typeof url !== 'string' && typeof url !== 'object' && !(url instanceof URL))) {
		      throw new InvalidArgumentError('invalid url')
		    }

		    if (opts != null && typeof opts !== 'object') {
		      throw new InvalidArgumentError('invalid opts')
		    }

		    if (opts && opts.path != null) {
		      if (typeof opts.path !== 'string') {
		        throw new InvalidArgumentError('invalid opts.path')
		      }

		      let path = opts.path;
		      if (!opts.path.startsWith('/')) {
		        path = `/${path}`;
		      }

		      url = new URL(util.parseOrigin(url).origin + path);
		    } else {
		      if (!opts) {
		        opts = typeof url === 'object' ? url : {};
		      }

		      url = util.parseURL(url);
		    }

		    const { agent, dispatcher = getGlobalDispatcher() } = opts;

		    if (agent) {
		      throw new InvalidArgumentError('unsupported opts.agent. Did you mean opts.client?')
		    }

		    return fn.call(dispatcher, {
		      ...opts,
		      origin: url.origin,
		      path: url.search ? `${url.pathname}${url.search}` : url.pathname,
		      method: opts.method || (opts.body ? 'PUT' : 'GET')
		    }, handler)
		  }
		}

		module.exports.setGlobalDispatcher = setGlobalDispatcher;
		module.exports.getGlobalDispatcher = getGlobalDispatcher;

		const fetchImpl = requireFetch().fetch;

		// Capture __filename at module load time for stack trace augmentation.
		// This may be undefined when bundled in environments like Node.js internals.
		const currentFilename = typeof __filename !== 'undefined' ? __filename : undefined;

		function appendFetchStackTrace (err, filename) {
		  if (!err || typeof err !== 'object') {
		    return
		  }

		  const stack = typeof err.stack === 'string' ? err.stack : '';
		  const normalizedFilename = filename.replace(/\\/g, '/');

		  if (stack && (stack.includes(filename) || stack.includes(normalizedFilename))) {
		    return
		  }

		  const capture = {};
		  Error.captureStackTrace(capture, appendFetchStackTrace);

		  if (!capture.stack) {
		    return
		  }

		  const captureLines = capture.stack.split('\n').slice(1).join('\n');

		  err.stack = stack ? `${stack}\n${captureLines}` : capture.stack;
		}

		module.exports.fetch = function fetch (init, options = undefined) {
		  return fetchImpl(init, options).catch(err => {
		    if (currentFilename) {
		      appendFetchStackTrace(err, currentFilename);
		    } else if (err && typeof err === 'object') {
		      Error.captureStackTrace(err, module.exports.fetch);
		    }
		    throw err
		  })
		};
		module.exports.Headers = requireHeaders().Headers;
		module.exports.Response = requireResponse().Response;
		module.exports.Request = requireRequest().Request;
		module.exports.FormData = requireFormdata().FormData;

		const { setGlobalOrigin, getGlobalOrigin } = requireGlobal$1();

		module.exports.setGlobalOrigin = setGlobalOrigin;
		module.exports.getGlobalOrigin = getGlobalOrigin;

		const { CacheStorage } = requireCachestorage();
		const { kConstruct } = requireSymbols();

		module.exports.caches = new CacheStorage(kConstruct);

		const { deleteCookie, getCookies, getSetCookies, setCookie, parseCookie } = requireCookies();

		module.exports.deleteCookie = deleteCookie;
		module.exports.getCookies = getCookies;
		module.exports.getSetCookies = getSetCookies;
		module.exports.setCookie = setCookie;
		module.exports.parseCookie = parseCookie;

		const { parseMIMEType, serializeAMimeType } = requireDataUrl();

		module.exports.parseMIMEType = parseMIMEType;
		module.exports.serializeAMimeType = serializeAMimeType;

		const { CloseEvent, ErrorEvent, MessageEvent } = requireEvents();
		const { WebSocket, ping } = requireWebsocket();
		module.exports.WebSocket = WebSocket;
		module.exports.CloseEvent = CloseEvent;
		module.exports.ErrorEvent = ErrorEvent;
		module.exports.MessageEvent = MessageEvent;
		module.exports.ping = ping;

		module.exports.WebSocketStream = requireWebsocketstream().WebSocketStream;
		module.exports.WebSocketError = requireWebsocketerror().WebSocketError;

		module.exports.request = makeDispatcher(api.request);
		module.exports.stream = makeDispatcher(api.stream);
		module.exports.pipeline = makeDispatcher(api.pipeline);
		module.exports.connect = makeDispatcher(api.connect);
		module.exports.upgrade = makeDispatcher(api.upgrade);

		module.exports.MockClient = MockClient;
		module.exports.MockCallHistory = MockCallHistory;
		module.exports.MockCallHistoryLog = MockCallHistoryLog;
		module.exports.MockPool = MockPool;
		module.exports.MockAgent = MockAgent;
		module.exports.SnapshotAgent = SnapshotAgent;
		module.exports.mockErrors = mockErrors;

		const { EventSource } = requireEventsource();

		module.exports.EventSource = EventSource;

		function install () {
		  globalThis.fetch = module.exports.fetch;
		  globalThis.Headers = module.exports.Headers;
		  globalThis.Response = module.exports.Response;
		  globalThis.Request = module.exports.Request;
		  globalThis.FormData = module.exports.FormData;
		  globalThis.WebSocket = module.exports.WebSocket;
		  globalThis.CloseEvent = module.exports.CloseEvent;
		  globalThis.ErrorEvent = module.exports.ErrorEvent;
		  globalThis.MessageEvent = module.exports.MessageEvent;
		  globalThis.EventSource = module.exports.EventSource;
		}

		module.exports.install = install; 
	} (undici));
	return undici.exports;
}

var undiciExports = requireUndici();

var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
function getAuthString(token, options) {
    if (!token && !options.auth) {
        throw new Error('Parameter token or opts.auth is required');
    }
    else if (token && options.auth) {
        throw new Error('Parameters token and opts.auth may not both be specified');
    }
    return typeof options.auth === 'string' ? options.auth : `token ${token}`;
}
function getProxyAgent(destinationUrl) {
    const hc = new libExports.HttpClient();
    return hc.getAgent(destinationUrl);
}
function getProxyAgentDispatcher(destinationUrl) {
    const hc = new libExports.HttpClient();
    return hc.getAgentDispatcher(destinationUrl);
}
function getProxyFetch(destinationUrl) {
    const httpDispatcher = getProxyAgentDispatcher(destinationUrl);
    const proxyFetch = (url, opts) => __awaiter(this, void 0, void 0, function* () {
        return undiciExports.fetch(url, Object.assign(Object.assign({}, opts), { dispatcher: httpDispatcher }));
    });
    return proxyFetch;
}
function getApiBaseUrl() {
    return process.env['GITHUB_API_URL'] || 'https://api.github.com';
}
function getUserAgentWithOrchestrationId(baseUserAgent) {
    var _a;
    const orchId = (_a = process.env['ACTIONS_ORCHESTRATION_ID']) === null || _a === void 0 ? void 0 : _a.trim();
    if (orchId) {
        const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
        const tag = `actions_orchestration_id/${sanitizedId}`;
        if (baseUserAgent === null || baseUserAgent === void 0 ? void 0 : baseUserAgent.includes(tag))
            return baseUserAgent;
        const ua = baseUserAgent ? `${baseUserAgent} ` : '';
        return `${ua}${tag}`;
    }
    return baseUserAgent;
}

function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }

  if (typeof process === "object" && process.version !== undefined) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${
      process.arch
    })`;
  }

  return "<environment undetectable>";
}

// @ts-check

function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }

  if (!options) {
    options = {};
  }

  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name) => {
      return register.bind(null, state, name, callback, options);
    }, method)();
  }

  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }

    return state.registry[name].reduce((method, registered) => {
      return registered.hook.bind(null, method, options);
    }, method)();
  });
}

// @ts-check

function addHook(state, kind, name, hook) {
  const orig = hook;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }

  if (kind === "before") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(orig.bind(null, options))
        .then(method.bind(null, options));
    };
  }

  if (kind === "after") {
    hook = (method, options) => {
      let result;
      return Promise.resolve()
        .then(method.bind(null, options))
        .then((result_) => {
          result = result_;
          return orig(result, options);
        })
        .then(() => {
          return result;
        });
    };
  }

  if (kind === "error") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(method.bind(null, options))
        .catch((error) => {
          return orig(error, options);
        });
    };
  }

  state.registry[name].push({
    hook: hook,
    orig: orig,
  });
}

// @ts-check

function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }

  const index = state.registry[name]
    .map((registered) => {
      return registered.orig;
    })
    .indexOf(method);

  if (index === -1) {
    return;
  }

  state.registry[name].splice(index, 1);
}

// @ts-check


// bind with array of arguments: https://stackoverflow.com/a/21792913
const bind = Function.bind;
const bindable = bind.bind(bind);

function bindApi(hook, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    [state]
  );
  hook.api = { remove: removeHookRef };
  hook.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = [state, kind];
    hook[kind] = hook.api[kind] = bindable(addHook, null).apply(null, args);
  });
}

function Collection() {
  const state = {
    registry: {},
  };

  const hook = register.bind(null, state);
  bindApi(hook, state);

  return hook;
}

var Hook = { Collection };

// pkg/dist-src/defaults.js

// pkg/dist-src/version.js
var VERSION$7 = "0.0.0-development";

// pkg/dist-src/defaults.js
var userAgent = `octokit-endpoint.js/${VERSION$7} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};

// pkg/dist-src/util/lowercase-keys.js
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}

// pkg/dist-src/util/is-plain-object.js
function isPlainObject$1(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/util/merge-deep.js
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject$1(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}

// pkg/dist-src/util/remove-undefined-properties.js
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}

// pkg/dist-src/merge.js
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}

// pkg/dist-src/util/add-query-parameters.js
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}

// pkg/dist-src/util/extract-url-variable-names.js
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}

// pkg/dist-src/util/omit.js
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}

// pkg/dist-src/util/url-template.js
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}

// pkg/dist-src/parse.js
function parse$1(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}

// pkg/dist-src/endpoint-with-defaults.js
function endpointWithDefaults(defaults, route, options) {
  return parse$1(merge(defaults, route, options));
}

// pkg/dist-src/with-defaults.js
function withDefaults$2(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults$2.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse: parse$1
  });
}

// pkg/dist-src/index.js
var endpoint = withDefaults$2(null, DEFAULTS);

/*!
 * content-type
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */
const SP = 32; // " "
const HTAB = 9; // "\t"
const SEMI = 59; // ";"
const EQ = 61; // "="
const DQUOTE = 34; // '"'
const BSLASH = 92; // "\\"
const COMMA = 44; // ","
const LOWER_CASE = 1;
const OWS = 2;
const SEMI_FLAG = 4;
const COMMA_FLAG = 8;
const TOKEN_FLAG = 16;
const NON_ASCII = 0xff00;
const CASE_FLAGS = LOWER_CASE | NON_ASCII;
/**
 * Character flags used to normalize HTTP field values while scanning.
 * Out-of-range reads intentionally coerce to zero in bitwise expressions.
 */
const CHAR_MAP = new Uint8Array(0x100);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 0x80 /* non-ASCII */; code <= 0xff; code++) {
    CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
    CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 0x30 /* 0 */; code <= 0x39 /* 9 */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 0x41 /* A */; code <= 0x5a /* Z */; code++) {
    CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 0x61 /* a */; code <= 0x7a /* z */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
/**
 * Null object perf optimization. Faster than `Object.create(null)` and `{ __proto__: null }`.
 */
const NullObject = /* @__PURE__ */ (() => {
    const C = function () { };
    C.prototype = Object.create(null);
    return C;
})();
/**
 * Parse a `Content-Type` header.
 */
function parse(header, options) {
    const stopFlags = SEMI_FLAG | (0);
    const len = header.length;
    let valueStart = 0;
    while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
        valueStart++;
    }
    let index = valueStart;
    let typeFlags = 0;
    let whitespace = -1;
    let stop = 0;
    while (index < len) {
        const code = header.charCodeAt(index);
        const flags = CHAR_MAP[code];
        if ((flags & stopFlags) !== 0) {
            stop |= flags & COMMA_FLAG;
            break;
        }
        if ((flags & OWS) !== 0) {
            if (whitespace === -1)
                whitespace = index;
        }
        else {
            whitespace = -1;
        }
        typeFlags |= (code & NON_ASCII) | flags;
        index++;
    }
    const valueEnd = whitespace === -1 ? index : whitespace;
    const value = header.slice(valueStart, valueEnd);
    const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
    if (index === len || stop !== 0) {
        return { type, index, parameters: new NullObject() };
    }
    return parseParameters(header, type, index, len, stopFlags);
}
/**
 * Parses the parameters of a `Content-Type` header starting at the given index.
 */
function parseParameters(header, type, index, len, stopFlags) {
    const parameters = new NullObject();
    parameter: while (index < len) {
        index++; // Skip over ;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
            index++;
        }
        const keyStart = index;
        let keyFlags = 0;
        let keyWhitespace = -1;
        while (index < len) {
            const code = header.charCodeAt(index);
            const flags = CHAR_MAP[code];
            if ((flags & stopFlags) !== 0) {
                if ((flags & COMMA_FLAG) !== 0)
                    break parameter;
                continue parameter;
            }
            if (code === EQ) {
                const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
                const value = header.slice(keyStart, keyEnd);
                const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
                index++;
                while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
                    index++;
                }
                if (index < len && header.charCodeAt(index) === DQUOTE) {
                    const quotedStart = ++index;
                    let escaped = false;
                    while (index < len) {
                        const code = header.charCodeAt(index);
                        if (code === DQUOTE) {
                            if (parameters[key] === undefined) {
                                parameters[key] = escaped
                                    ? unescapeQuotedPairs(header, quotedStart, index)
                                    : header.slice(quotedStart, index);
                            }
                            index++;
                            let stop = 0;
                            // Discard characters between quote and delimiter.
                            while (index < len) {
                                const code = header.charCodeAt(index);
                                const flags = CHAR_MAP[code];
                                if ((flags & stopFlags) !== 0) {
                                    stop = flags & COMMA_FLAG;
                                    break;
                                }
                                index++;
                            }
                            if (stop !== 0)
                                break parameter;
                            continue parameter;
                        }
                        if (code === BSLASH && index + 1 < len) {
                            escaped = true;
                            index += 2;
                            continue;
                        }
                        index++;
                    }
                    continue parameter;
                }
                const valueStart = index;
                let stop = 0;
                let valueWhitespace = -1;
                while (index < len) {
                    const code = header.charCodeAt(index);
                    const flags = CHAR_MAP[code];
                    if ((flags & stopFlags) !== 0) {
                        stop = flags & COMMA_FLAG;
                        break;
                    }
                    if ((flags & OWS) !== 0) {
                        if (valueWhitespace === -1)
                            valueWhitespace = index;
                    }
                    else {
                        valueWhitespace = -1;
                    }
                    index++;
                }
                if (parameters[key] === undefined) {
                    const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
                    parameters[key] = header.slice(valueStart, valueEnd);
                }
                if (stop !== 0)
                    break parameter;
                continue parameter;
            }
            if ((flags & OWS) !== 0) {
                if (keyWhitespace === -1)
                    keyWhitespace = index;
            }
            else {
                keyWhitespace = -1;
            }
            keyFlags |= (code & NON_ASCII) | flags;
            index++;
        }
    }
    return { type, index, parameters };
}
/**
 * Remove backslashes from quoted pairs in a known-terminated quoted string body.
 */
function unescapeQuotedPairs(str, start, end) {
    let result = "";
    for (let index = start; index < end; index++) {
        if (str.charCodeAt(index) === BSLASH) {
            result += str.slice(start, index);
            start = ++index;
        }
    }
    return result + str.slice(start, end);
}

const intRegex = /^-?\d+$/;
const noiseValue = /^-?\d+n+$/; // Noise - strings that match the custom format before being converted to it
const originalStringify = JSON.stringify;
const originalParse = JSON.parse;
const customFormat = /^-?\d+n$/;

const bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
const noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;

/**
 * @typedef {(this: any, key: string | number | undefined, value: any) => any} Replacer
 * @typedef {(key: string | number | undefined, value: any, context?: { source: string }) => any} Reviver
 */

/**
 * Checks if a value is unstringifiable according to native JSON.stringify rules.
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is undefined, a function, or a symbol.
 */
const isUnstringifiable = (val) =>
  val === undefined || typeof val === "function" || typeof val === "symbol";

/**
 * Checks if a value is a native JSON.rawJSON object (Node.js 22+).
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is a RawJSON instance.
 */
const isRawJSON = (val) =>
  val !== null &&
  typeof val === "object" &&
  val.constructor &&
  val.constructor.name === "RawJSON";

/**
 * Iteratively converts a JS value to a JSON string.
 * Used as a fallback when the native JSON.stringify hits the Maximum Call Stack size.
 * Fully compliant with JSON formatting (space), replacers, and toJSON behaviors.
 *
 * @param {any} rootValue The value to stringify.
 * @param {Replacer | Array<string | number> | null} [replacer] User's custom replacer function.
 * @param {string | number} [spaceParam] Indentation for pretty-printing.
 * @returns {string | undefined} The generated JSON string.
 */
const stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";
  const propertyList = Array.isArray(replacer)
    ? new Set(replacer.map(String))
    : null;

  /**
   * Prepares a value for stringification by resolving toJSON, handling BigInts,
   * applying custom replacers, and unwrapping primitive objects.
   *
   * @param {object|Array} parent The parent object or array holding the value.
   * @param {string} key The key associated with the value.
   * @param {any} val The raw value to process.
   * @returns {any} The processed value ready for stringification.
   */
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";

    if (hasToJSON) {
      val = val.toJSON(key);
    }

    const isNoise = typeof val === "string" && noiseValue.test(val);

    if (isNoise) return val + "n";

    const isBigInt = typeof val === "bigint";

    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return JSON.rawJSON(val.toString());

      return val.toString() + "n";
    }

    const isPostReplacerObject = val !== null && typeof val === "object";

    if (isPostReplacerObject) {
      const isPrimitiveWrapper =
        val instanceof Number ||
        val instanceof String ||
        val instanceof Boolean;

      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }

    return val;
  };

  const rootProcessed = prepareVal({ }, "", rootValue);

  if (isUnstringifiable(rootProcessed)) {
    return undefined;
  }

  const isRootPrimitive =
    rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);

  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }

  const chunks = [];

  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true,
    },
  ];

  const visited = new WeakSet([rootProcessed]);

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
    }

    let isDone = false;

    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");

        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);

        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject =
            childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);

          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }

            visited.add(childVal);

            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true,
            });

            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];

        const isFilteredOutByArray = propertyList && !propertyList.has(k);

        if (isFilteredOutByArray) continue;

        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);

        if (isUnstringifiable(childVal)) continue;

        if (!node.first) chunks.push(",");

        {
          chunks.push(originalStringify(k) + ":");
        }

        const isComplexObject =
          childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);

        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }

          visited.add(childVal);

          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true,
          });

          node.first = false;

          break; // Stop current loop level to process the newly pushed stack node
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }

      const isNodeFullyProcessed =
        node.index >= node.keys.length && stack[stack.length - 1] === node;

      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }

    if (isDone) {

      if (!node.first && space) ;

      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }

  return chunks.join("");
};

/**
 * Converts a JavaScript value to a JSON string.
 *
 * Supports serialization of BigInt values using two strategies:
 * 1. Custom format "123n" \u2192 "123" (universal fallback)
 * 2. Native JSON.rawJSON() (Node.js 22+, fastest) when available
 *
 * All other values are serialized exactly like native JSON.stringify().
 *
 * @param {*} value The value to convert to a JSON string.
 * @param {Replacer | Array<string | number> | null} [replacer]
 * A function that alters the behavior of the stringification process,
 * or an array of strings/numbers to indicate properties to exclude.
 * @param {string | number} [space]
 * A string or number to specify indentation or pretty-printing.
 * @returns {string} The JSON string representation.
 */
const JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;

    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());

          const hasFunctionReplacer = typeof replacer === "function";

          if (hasFunctionReplacer) ;

          const isKeyInArrayReplacer =
            Array.isArray(replacer) && replacer.includes(key);

          if (isKeyInArrayReplacer) return val;

          return val;
        },
        space,
      );
    }

    if (!value) return originalStringify(value, replacer, space);

    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);

        if (isNoise) return val.toString() + "n"; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

        if (typeof val === "bigint") return val.toString() + "n";

        const hasFunctionReplacer = typeof replacer === "function";

        if (hasFunctionReplacer) ;

        const isKeyInArrayReplacer =
          Array.isArray(replacer) && replacer.includes(key);

        if (isKeyInArrayReplacer) return val;

        return val;
      },
      space,
    );

    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3",
    ); // Delete one "n" off the end of every BigInt value

    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3"); // Remove one "n" off the end of every noisy string

    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer);

      if (convertedJSON === undefined) return undefined;

      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return convertedJSON;

      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");

      return processedJSON.replace(noiseStringify, "$1$2$3");
    }

    throw error;
  }
};

const featureCache = new Map();

/**
 * Detects if the current JSON.parse implementation supports the context.source feature.
 *
 * Uses toString() fingerprinting to cache results and automatically detect runtime
 * replacements of JSON.parse (polyfills, mocks, etc.).
 *
 * @returns {boolean} true if context.source is supported, false otherwise.
 */
const isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();

  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }

  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1",
    );
    featureCache.set(parseFingerprint, result);

    return result;
  } catch {
    featureCache.set(parseFingerprint, false);

    return false;
  }
};

/**
 * Reviver function that converts custom-format BigInt strings back to BigInt values.
 * Also handles "noise" strings that accidentally match the BigInt format.
 *
 * @param {string | number | undefined} key The object key.
 * @param {*} value The value being parsed.
 * @param {object} [context] Parse context (if supported by JSON.parse).
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The transformed value.
 */
const convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt =
    typeof value === "string" && customFormat.test(value);

  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));

  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);

  return value;
};

/**
 * Fast JSON.parse implementation (~2x faster than classic fallback).
 * Uses JSON.parse's context.source feature to detect integers and convert
 * large numbers directly to BigInt without string manipulation.
 *
 * Does not support legacy custom format from v1 of this library.
 *
 * @param {string} text JSON string to parse.
 * @param {Reviver} [reviver] Transform function to apply to each value.
 * @returns {any} Parsed JavaScript value.
 */
const JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds =
      value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;

    if (isBigInt) return BigInt(context.source);

    return value;
  });
};

const MAX_INT = Number.MAX_SAFE_INTEGER.toString();
const MAX_DIGITS = MAX_INT.length;
const stringsOrLargeNumbers =
  /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
const noiseValueWithQuotes = /^"-?\d+n+"$/; // Noise - strings that match the custom format before being converted to it

/**
 * Iteratively traverses the parsed object bottom-up (post-order),
 * emulating the native JSON.parse reviver behavior.
 * This avoids Call Stack overflows (RangeError) on deeply nested structures.
 *
 * @param {any} parsed The natively parsed JSON object.
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The fully processed object.
 */
const applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (!node.visited) {
      node.visited = true;

      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";

      if (isComplexObject) {
        const keys = Object.keys(value);

        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];

      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);

        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);

          if (isNoise) value = value.slice(0, -1);
        }
      }

      const isDeleted = value === undefined;

      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }

      stack.pop();
    }
  }

  return rootHolder[""];
};

/**
 * Pre-processes the JSON string to mark large numbers with an 'n' suffix.
 *
 * @param {string} text The raw JSON string.
 * @returns {string} The serialized string with marked BigInts.
 */
const serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);

      if (isNoise) return match.substring(0, match.length - 1) + 'n"'; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

      const hasFractionalOrExponential = fractional || exponential;

      // With a fixed number of digits, we can correctly use lexicographical comparison to do a numeric comparison
      const isLessThanMaxSafeInt =
        digits &&
        (digits.length < MAX_DIGITS ||
          (digits.length === MAX_DIGITS && digits <= MAX_INT));

      const isStandardValue =
        isString || hasFractionalOrExponential || isLessThanMaxSafeInt;

      if (isStandardValue) return match;

      return '"' + match + 'n"';
    },
  );
};

/**
 * Converts a JSON string into a JavaScript value.
 *
 * Supports parsing of large integers using two strategies:
 * 1. Classic fallback: Marks large numbers with "123n" format, then converts to BigInt
 * 2. Fast path (JSONParseV2): Uses context.source feature (~2x faster) when available
 *
 * All other JSON values are parsed exactly like native JSON.parse().
 *
 * @param {string} text A valid JSON string.
 * @param {Reviver} [reviver]
 * A function that transforms the results. This function is called for each member
 * of the object. If a member contains nested objects, the nested objects are
 * transformed before the parent object is.
 * @returns {any} The parsed JavaScript value.
 * @throws {SyntaxError} If text is not valid JSON.
 */
const JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);

  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver); // Shortcut to a faster (2x) and simpler version

    // Find and mark big numbers with "n"
    const serializedData = serializeBigInts(text);

    return originalParse(serializedData, (key, value, context) =>
      convertMarkedBigIntsReviver(key, value, context, reviver),
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);

      return applyReviverIteratively(parsed);
    }

    throw error;
  }
};

class RequestError extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    /* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
}

// pkg/dist-src/index.js

// pkg/dist-src/version.js
var VERSION$6 = "10.0.16";

// pkg/dist-src/defaults.js
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${VERSION$6} ${getUserAgent()}`
  }
};

// pkg/dist-src/is-plain-object.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
var noop$2 = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop$2);
  }
  const mimetype = parse(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter \u2014 see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop$2);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}

// pkg/dist-src/with-defaults.js
function withDefaults$1(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: withDefaults$1.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults$1.bind(null, endpoint2)
  });
}

// pkg/dist-src/index.js
var request = withDefaults$1(endpoint, defaults_default);
/* v8 ignore next -- @preserve */
/* v8 ignore else -- @preserve */

// pkg/dist-src/index.js

// pkg/dist-src/version.js
var VERSION$5 = "0.0.0-development";

// pkg/dist-src/error.js
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};

// pkg/dist-src/graphql.js
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}

// pkg/dist-src/with-defaults.js
function withDefaults(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: withDefaults.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}

// pkg/dist-src/index.js
withDefaults(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION$5} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}
/* v8 ignore if -- @preserve */

// pkg/dist-src/is-jwt.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);

// pkg/dist-src/auth.js
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}

// pkg/dist-src/with-authorization-prefix.js
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}

// pkg/dist-src/hook.js
async function hook(token, request, route, parameters) {
  const endpoint = request.endpoint.merge(
    route,
    parameters
  );
  endpoint.headers.authorization = withAuthorizationPrefix(token);
  return request(endpoint);
}

// pkg/dist-src/index.js
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};

const VERSION$4 = "7.0.8";

const noop$1 = () => {
};
const consoleWarn = console.warn.bind(console);
const consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop$1;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop$1;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
const userAgentTrail = `octokit-core.js/${VERSION$4} ${getUserAgent()}`;
class Octokit {
  static VERSION = VERSION$4;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook = new Hook.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth = createTokenAuth(options.auth);
        hook.wrap("request", auth.hook);
        this.auth = auth;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook.wrap("request", auth.hook);
      this.auth = auth;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
}

const VERSION$3 = "17.0.0";

const Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: [
      "POST /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    addCustomLabelsToSelfHostedRunnerForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    approveWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
    ],
    cancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
    ],
    createEnvironmentVariable: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
    createOrUpdateEnvironmentSecret: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    createOrgVariable: ["POST /orgs/{org}/actions/variables"],
    createRegistrationTokenForOrg: [
      "POST /orgs/{org}/actions/runners/registration-token"
    ],
    createRegistrationTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/registration-token"
    ],
    createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
    createRemoveTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/remove-token"
    ],
    createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
    createWorkflowDispatch: [
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
    ],
    deleteActionsCacheById: [
      "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
    ],
    deleteActionsCacheByKey: [
      "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
    ],
    deleteArtifact: [
      "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
    ],
    deleteCustomImageFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    deleteCustomImageVersionFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    deleteEnvironmentSecret: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    deleteEnvironmentVariable: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    deleteHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
    deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    deleteRepoVariable: [
      "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
    ],
    deleteSelfHostedRunnerFromOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}"
    ],
    deleteSelfHostedRunnerFromRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
    deleteWorkflowRunLogs: [
      "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    disableSelectedRepositoryGithubActionsOrganization: [
      "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    disableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
    ],
    downloadArtifact: [
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
    ],
    downloadJobLogsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
    ],
    downloadWorkflowRunAttemptLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
    ],
    downloadWorkflowRunLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    enableSelectedRepositoryGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    enableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
    ],
    forceCancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
    ],
    generateRunnerJitconfigForOrg: [
      "POST /orgs/{org}/actions/runners/generate-jitconfig"
    ],
    generateRunnerJitconfigForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
    ],
    getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
    getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
    getActionsCacheUsageByRepoForOrg: [
      "GET /orgs/{org}/actions/cache/usage-by-repository"
    ],
    getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
    getAllowedActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/selected-actions"
    ],
    getAllowedActionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
    getCustomImageForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    getCustomImageVersionForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    getCustomOidcSubClaimForRepo: [
      "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    getEnvironmentPublicKey: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
    ],
    getEnvironmentSecret: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    getEnvironmentVariable: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    getGithubActionsDefaultWorkflowPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions/workflow"
    ],
    getGithubActionsDefaultWorkflowPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    getGithubActionsPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions"
    ],
    getGithubActionsPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions"
    ],
    getHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    getHostedRunnersGithubOwnedImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
    ],
    getHostedRunnersLimitsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/limits"
    ],
    getHostedRunnersMachineSpecsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
    ],
    getHostedRunnersPartnerImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/partner"
    ],
    getHostedRunnersPlatformsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/platforms"
    ],
    getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
    getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
    getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
    getPendingDeploymentsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    getRepoPermissions: [
      "GET /repos/{owner}/{repo}/actions/permissions",
      {},
      { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
    ],
    getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
    getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
    getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
    getReviewsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
    ],
    getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
    getSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
    getWorkflowAccessToRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/access"
    ],
    getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
    getWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
    ],
    getWorkflowRunUsage: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
    ],
    getWorkflowUsage: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
    ],
    listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
    listCustomImageVersionsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
    ],
    listCustomImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom"
    ],
    listEnvironmentSecrets: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
    ],
    listEnvironmentVariables: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    listGithubHostedRunnersInGroupForOrg: [
      "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
    ],
    listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
    listJobsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
    ],
    listJobsForWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
    ],
    listLabelsForSelfHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    listLabelsForSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
    listOrgVariables: ["GET /orgs/{org}/actions/variables"],
    listRepoOrganizationSecrets: [
      "GET /repos/{owner}/{repo}/actions/organization-secrets"
    ],
    listRepoOrganizationVariables: [
      "GET /repos/{owner}/{repo}/actions/organization-variables"
    ],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
    listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
    listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
    listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
    listRunnerApplicationsForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/downloads"
    ],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    listSelectedReposForOrgVariable: [
      "GET /orgs/{org}/actions/variables/{name}/repositories"
    ],
    listSelectedRepositoriesEnabledGithubActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/repositories"
    ],
    listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
    listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
    listWorkflowRunArtifacts: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
    ],
    listWorkflowRuns: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
    ],
    listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
    reRunJobForWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
    ],
    reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
    reRunWorkflowFailedJobs: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgVariable: [
      "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    reviewCustomGatesForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
    ],
    reviewPendingDeploymentsForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    setAllowedActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/selected-actions"
    ],
    setAllowedActionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    setCustomLabelsForSelfHostedRunnerForOrg: [
      "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    setCustomLabelsForSelfHostedRunnerForRepo: [
      "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    setCustomOidcSubClaimForRepo: [
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    setGithubActionsDefaultWorkflowPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/workflow"
    ],
    setGithubActionsDefaultWorkflowPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    setGithubActionsPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions"
    ],
    setGithubActionsPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories"
    ],
    setSelectedRepositoriesEnabledGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories"
    ],
    setWorkflowAccessToRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/access"
    ],
    updateEnvironmentVariable: [
      "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    updateHostedRunnerForOrg: [
      "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
    updateRepoVariable: [
      "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
    ]
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
    deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
    deleteThreadSubscription: [
      "DELETE /notifications/threads/{thread_id}/subscription"
    ],
    getFeeds: ["GET /feeds"],
    getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
    getThread: ["GET /notifications/threads/{thread_id}"],
    getThreadSubscriptionForAuthenticatedUser: [
      "GET /notifications/threads/{thread_id}/subscription"
    ],
    listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
    listNotificationsForAuthenticatedUser: ["GET /notifications"],
    listOrgEventsForAuthenticatedUser: [
      "GET /users/{username}/events/orgs/{org}"
    ],
    listPublicEvents: ["GET /events"],
    listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
    listPublicEventsForUser: ["GET /users/{username}/events/public"],
    listPublicOrgEvents: ["GET /orgs/{org}/events"],
    listReceivedEventsForUser: ["GET /users/{username}/received_events"],
    listReceivedPublicEventsForUser: [
      "GET /users/{username}/received_events/public"
    ],
    listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
    listRepoNotificationsForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/notifications"
    ],
    listReposStarredByAuthenticatedUser: ["GET /user/starred"],
    listReposStarredByUser: ["GET /users/{username}/starred"],
    listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
    listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
    listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
    listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
    markNotificationsAsRead: ["PUT /notifications"],
    markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
    markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
    markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
    setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
    setThreadSubscription: [
      "PUT /notifications/threads/{thread_id}/subscription"
    ],
    starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
    unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
  },
  apps: {
    addRepoToInstallation: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
    ],
    addRepoToInstallationForAuthenticatedUser: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    checkToken: ["POST /applications/{client_id}/token"],
    createFromManifest: ["POST /app-manifests/{code}/conversions"],
    createInstallationAccessToken: [
      "POST /app/installations/{installation_id}/access_tokens"
    ],
    deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
    deleteInstallation: ["DELETE /app/installations/{installation_id}"],
    deleteToken: ["DELETE /applications/{client_id}/token"],
    getAuthenticated: ["GET /app"],
    getBySlug: ["GET /apps/{app_slug}"],
    getInstallation: ["GET /app/installations/{installation_id}"],
    getOrgInstallation: ["GET /orgs/{org}/installation"],
    getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
    getSubscriptionPlanForAccount: [
      "GET /marketplace_listing/accounts/{account_id}"
    ],
    getSubscriptionPlanForAccountStubbed: [
      "GET /marketplace_listing/stubbed/accounts/{account_id}"
    ],
    getUserInstallation: ["GET /users/{username}/installation"],
    getWebhookConfigForApp: ["GET /app/hook/config"],
    getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
    listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
    listAccountsForPlanStubbed: [
      "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
    ],
    listInstallationReposForAuthenticatedUser: [
      "GET /user/installations/{installation_id}/repositories"
    ],
    listInstallationRequestsForAuthenticatedApp: [
      "GET /app/installation-requests"
    ],
    listInstallations: ["GET /app/installations"],
    listInstallationsForAuthenticatedUser: ["GET /user/installations"],
    listPlans: ["GET /marketplace_listing/plans"],
    listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
    listReposAccessibleToInstallation: ["GET /installation/repositories"],
    listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
    listSubscriptionsForAuthenticatedUserStubbed: [
      "GET /user/marketplace_purchases/stubbed"
    ],
    listWebhookDeliveries: ["GET /app/hook/deliveries"],
    redeliverWebhookDelivery: [
      "POST /app/hook/deliveries/{delivery_id}/attempts"
    ],
    removeRepoFromInstallation: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    resetToken: ["PATCH /applications/{client_id}/token"],
    revokeInstallationAccessToken: ["DELETE /installation/token"],
    scopeToken: ["POST /applications/{client_id}/token/scoped"],
    suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
    unsuspendInstallation: [
      "DELETE /app/installations/{installation_id}/suspended"
    ],
    updateWebhookConfigForApp: ["PATCH /app/hook/config"]
  },
  billing: {
    getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
    getGithubActionsBillingUser: [
      "GET /users/{username}/settings/billing/actions"
    ],
    getGithubBillingPremiumRequestUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/premium_request/usage"
    ],
    getGithubBillingPremiumRequestUsageReportUser: [
      "GET /users/{username}/settings/billing/premium_request/usage"
    ],
    getGithubBillingUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/usage"
    ],
    getGithubBillingUsageReportUser: [
      "GET /users/{username}/settings/billing/usage"
    ],
    getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
    getGithubPackagesBillingUser: [
      "GET /users/{username}/settings/billing/packages"
    ],
    getSharedStorageBillingOrg: [
      "GET /orgs/{org}/settings/billing/shared-storage"
    ],
    getSharedStorageBillingUser: [
      "GET /users/{username}/settings/billing/shared-storage"
    ]
  },
  campaigns: {
    createCampaign: ["POST /orgs/{org}/campaigns"],
    deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
    getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
    listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
    updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
  },
  checks: {
    create: ["POST /repos/{owner}/{repo}/check-runs"],
    createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
    get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
    listAnnotations: [
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
    ],
    listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
    listForSuite: [
      "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
    ],
    listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
    rerequestRun: [
      "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
    ],
    rerequestSuite: [
      "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
    ],
    setSuitesPreferences: [
      "PATCH /repos/{owner}/{repo}/check-suites/preferences"
    ],
    update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
  },
  codeScanning: {
    commitAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
    ],
    createAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    createVariantAnalysis: [
      "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
    ],
    deleteAnalysis: [
      "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
    ],
    deleteCodeqlDatabase: [
      "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
      {},
      { renamedParameters: { alert_id: "alert_number" } }
    ],
    getAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
    ],
    getAutofix: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    getCodeqlDatabase: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
    getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
    getVariantAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
    ],
    getVariantAnalysisRepoTask: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
    ],
    listAlertInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
    listAlertsInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
      {},
      { renamed: ["codeScanning", "listAlertInstances"] }
    ],
    listCodeqlDatabases: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
    ],
    listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
    ],
    updateDefaultSetup: [
      "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
    ],
    uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
  },
  codeSecurity: {
    attachConfiguration: [
      "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
    ],
    attachEnterpriseConfiguration: [
      "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
    ],
    createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
    createConfigurationForEnterprise: [
      "POST /enterprises/{enterprise}/code-security/configurations"
    ],
    deleteConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    deleteConfigurationForEnterprise: [
      "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    detachConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/detach"
    ],
    getConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    getConfigurationForRepository: [
      "GET /repos/{owner}/{repo}/code-security-configuration"
    ],
    getConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations"
    ],
    getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
    getDefaultConfigurations: [
      "GET /orgs/{org}/code-security/configurations/defaults"
    ],
    getDefaultConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/defaults"
    ],
    getRepositoriesForConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
    ],
    getRepositoriesForEnterpriseConfiguration: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
    ],
    getSingleConfigurationForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    setConfigurationAsDefault: [
      "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
    ],
    setConfigurationAsDefaultForEnterprise: [
      "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
    ],
    updateConfiguration: [
      "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    updateEnterpriseConfiguration: [
      "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ]
  },
  codesOfConduct: {
    getAllCodesOfConduct: ["GET /codes_of_conduct"],
    getConductCode: ["GET /codes_of_conduct/{key}"]
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    checkPermissionsForDevcontainer: [
      "GET /repos/{owner}/{repo}/codespaces/permissions_check"
    ],
    codespaceMachinesForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/machines"
    ],
    createForAuthenticatedUser: ["POST /user/codespaces"],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}"
    ],
    createWithPrForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
    ],
    createWithRepoForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/codespaces"
    ],
    deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
    deleteFromOrganization: [
      "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    deleteSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}"
    ],
    exportForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/exports"
    ],
    getCodespacesForUserInOrg: [
      "GET /orgs/{org}/members/{username}/codespaces"
    ],
    getExportDetailsForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/exports/{export_id}"
    ],
    getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
    getPublicKeyForAuthenticatedUser: [
      "GET /user/codespaces/secrets/public-key"
    ],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    getSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}"
    ],
    listDevcontainersInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/devcontainers"
    ],
    listForAuthenticatedUser: ["GET /user/codespaces"],
    listInOrganization: [
      "GET /orgs/{org}/codespaces",
      {},
      { renamedParameters: { org_id: "org" } }
    ],
    listInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces"
    ],
    listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
    listRepositoriesForSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}/repositories"
    ],
    listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    preFlightWithRepoForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/new"
    ],
    publishForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/publish"
    ],
    removeRepositoryForSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repoMachinesForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/machines"
    ],
    setRepositoriesForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
    stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
    stopInOrganization: [
      "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
    ],
    updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
  },
  copilot: {
    addCopilotSeatsForTeams: [
      "POST /orgs/{org}/copilot/billing/selected_teams"
    ],
    addCopilotSeatsForUsers: [
      "POST /orgs/{org}/copilot/billing/selected_users"
    ],
    cancelCopilotSeatAssignmentForTeams: [
      "DELETE /orgs/{org}/copilot/billing/selected_teams"
    ],
    cancelCopilotSeatAssignmentForUsers: [
      "DELETE /orgs/{org}/copilot/billing/selected_users"
    ],
    copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
    copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
    getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
    getCopilotSeatDetailsForUser: [
      "GET /orgs/{org}/members/{username}/copilot"
    ],
    listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
  },
  credentials: { revoke: ["POST /credentials/revoke"] },
  dependabot: {
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
    getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    listAlertsForEnterprise: [
      "GET /enterprises/{enterprise}/dependabot/alerts"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
    listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repositoryAccessForOrg: [
      "GET /organizations/{org}/dependabot/repository-access"
    ],
    setRepositoryAccessDefaultLevel: [
      "PUT /organizations/{org}/dependabot/repository-access/default-level"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
    ],
    updateRepositoryAccessForOrg: [
      "PATCH /organizations/{org}/dependabot/repository-access"
    ]
  },
  dependencyGraph: {
    createRepositorySnapshot: [
      "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
    ],
    diffRange: [
      "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
    ],
    exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
  },
  emojis: { get: ["GET /emojis"] },
  enterpriseTeamMemberships: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
    ],
    get: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
    remove: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ]
  },
  enterpriseTeamOrganizations: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
    ],
    delete: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignment: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignments: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
    ]
  },
  enterpriseTeams: {
    create: ["POST /enterprises/{enterprise}/teams"],
    delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
    get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
    list: ["GET /enterprises/{enterprise}/teams"],
    update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
  },
  gists: {
    checkIsStarred: ["GET /gists/{gist_id}/star"],
    create: ["POST /gists"],
    createComment: ["POST /gists/{gist_id}/comments"],
    delete: ["DELETE /gists/{gist_id}"],
    deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
    fork: ["POST /gists/{gist_id}/forks"],
    get: ["GET /gists/{gist_id}"],
    getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
    getRevision: ["GET /gists/{gist_id}/{sha}"],
    list: ["GET /gists"],
    listComments: ["GET /gists/{gist_id}/comments"],
    listCommits: ["GET /gists/{gist_id}/commits"],
    listForUser: ["GET /users/{username}/gists"],
    listForks: ["GET /gists/{gist_id}/forks"],
    listPublic: ["GET /gists/public"],
    listStarred: ["GET /gists/starred"],
    star: ["PUT /gists/{gist_id}/star"],
    unstar: ["DELETE /gists/{gist_id}/star"],
    update: ["PATCH /gists/{gist_id}"],
    updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
  },
  git: {
    createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
    createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
    createRef: ["POST /repos/{owner}/{repo}/git/refs"],
    createTag: ["POST /repos/{owner}/{repo}/git/tags"],
    createTree: ["POST /repos/{owner}/{repo}/git/trees"],
    deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
    getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
    getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
    getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
    getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
    getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
    listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
    updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
  },
  gitignore: {
    getAllTemplates: ["GET /gitignore/templates"],
    getTemplate: ["GET /gitignore/templates/{name}"]
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: [
      "POST /orgs/{org}/settings/network-configurations"
    ],
    deleteNetworkConfigurationFromOrg: [
      "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkConfigurationForOrg: [
      "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkSettingsForOrg: [
      "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
    ],
    listNetworkConfigurationsForOrg: [
      "GET /orgs/{org}/settings/network-configurations"
    ],
    updateNetworkConfigurationForOrg: [
      "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ]
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
    getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
    getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
    getRestrictionsForYourPublicRepos: [
      "GET /user/interaction-limits",
      {},
      { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
    ],
    removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
    removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
    removeRestrictionsForRepo: [
      "DELETE /repos/{owner}/{repo}/interaction-limits"
    ],
    removeRestrictionsForYourPublicRepos: [
      "DELETE /user/interaction-limits",
      {},
      { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
    ],
    setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
    setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
    setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
    setRestrictionsForYourPublicRepos: [
      "PUT /user/interaction-limits",
      {},
      { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
    ]
  },
  issues: {
    addAssignees: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    addBlockedByDependency: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    addSubIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
    checkUserCanBeAssignedToIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
    ],
    create: ["POST /repos/{owner}/{repo}/issues"],
    createComment: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
    ],
    createLabel: ["POST /repos/{owner}/{repo}/labels"],
    createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
    deleteComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
    ],
    deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
    deleteMilestone: [
      "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
    ],
    get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
    getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
    getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
    getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
    getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
    list: ["GET /issues"],
    listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
    listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
    listDependenciesBlockedBy: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    listDependenciesBlocking: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
    ],
    listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
    listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
    listEventsForTimeline: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
    ],
    listForAuthenticatedUser: ["GET /user/issues"],
    listForOrg: ["GET /orgs/{org}/issues"],
    listForRepo: ["GET /repos/{owner}/{repo}/issues"],
    listLabelsForMilestone: [
      "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
    ],
    listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
    listLabelsOnIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
    listSubIssues: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    removeAllLabels: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    removeAssignees: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    removeDependencyBlockedBy: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
    ],
    removeLabel: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
    ],
    removeSubIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
    ],
    reprioritizeSubIssue: [
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
    ],
    setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
    updateMilestone: [
      "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
    ]
  },
  licenses: {
    get: ["GET /licenses/{license}"],
    getAllCommonlyUsed: ["GET /licenses"],
    getForRepo: ["GET /repos/{owner}/{repo}/license"]
  },
  markdown: {
    render: ["POST /markdown"],
    renderRaw: [
      "POST /markdown/raw",
      { headers: { "content-type": "text/plain; charset=utf-8" } }
    ]
  },
  meta: {
    get: ["GET /meta"],
    getAllVersions: ["GET /versions"],
    getOctocat: ["GET /octocat"],
    getZen: ["GET /zen"],
    root: ["GET /"]
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/archive"
    ],
    deleteArchiveForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/archive"
    ],
    downloadArchiveForOrg: [
      "GET /orgs/{org}/migrations/{migration_id}/archive"
    ],
    getArchiveForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/archive"
    ],
    getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
    getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
    listForAuthenticatedUser: ["GET /user/migrations"],
    listForOrg: ["GET /orgs/{org}/migrations"],
    listReposForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/repositories"
    ],
    listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
    listReposForUser: [
      "GET /user/migrations/{migration_id}/repositories",
      {},
      { renamed: ["migrations", "listReposForAuthenticatedUser"] }
    ],
    startForAuthenticatedUser: ["POST /user/migrations"],
    startForOrg: ["POST /orgs/{org}/migrations"],
    unlockRepoForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
    ],
    unlockRepoForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
    ]
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: [
      "GET /orgs/{org}/actions/oidc/customization/sub"
    ],
    updateOidcCustomSubTemplateForOrg: [
      "PUT /orgs/{org}/actions/oidc/customization/sub"
    ]
  },
  orgs: {
    addSecurityManagerTeam: [
      "PUT /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
      }
    ],
    assignTeamToOrgRole: [
      "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    assignUserToOrgRole: [
      "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    blockUser: ["PUT /orgs/{org}/blocks/{username}"],
    cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
    checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
    checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
    checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
    convertMemberToOutsideCollaborator: [
      "PUT /orgs/{org}/outside_collaborators/{username}"
    ],
    createArtifactStorageRecord: [
      "POST /orgs/{org}/artifacts/metadata/storage-record"
    ],
    createInvitation: ["POST /orgs/{org}/invitations"],
    createIssueType: ["POST /orgs/{org}/issue-types"],
    createWebhook: ["POST /orgs/{org}/hooks"],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
      "PATCH /organizations/{org}/org-properties/values"
    ],
    customPropertiesForOrgsGetOrganizationValues: [
      "GET /organizations/{org}/org-properties/values"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      "PUT /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
      "PATCH /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationValues: [
      "PATCH /orgs/{org}/properties/values"
    ],
    customPropertiesForReposDeleteOrganizationDefinition: [
      "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinition: [
      "GET /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinitions: [
      "GET /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposGetOrganizationValues: [
      "GET /orgs/{org}/properties/values"
    ],
    delete: ["DELETE /orgs/{org}"],
    deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
    deleteAttestationsById: [
      "DELETE /orgs/{org}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
    ],
    deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
    deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    get: ["GET /orgs/{org}"],
    getImmutableReleasesSettings: [
      "GET /orgs/{org}/settings/immutable-releases"
    ],
    getImmutableReleasesSettingsRepositories: [
      "GET /orgs/{org}/settings/immutable-releases/repositories"
    ],
    getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
    getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
    getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
    getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
    getOrgRulesetVersion: [
      "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
    getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
    getWebhookDelivery: [
      "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    list: ["GET /organizations"],
    listAppInstallations: ["GET /orgs/{org}/installations"],
    listArtifactStorageRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
    ],
    listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
    listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedUsers: ["GET /orgs/{org}/blocks"],
    listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
    listForAuthenticatedUser: ["GET /user/orgs"],
    listForUser: ["GET /users/{username}/orgs"],
    listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
    listIssueTypes: ["GET /orgs/{org}/issue-types"],
    listMembers: ["GET /orgs/{org}/members"],
    listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
    listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
    listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
    listOrgRoles: ["GET /orgs/{org}/organization-roles"],
    listOrganizationFineGrainedPermissions: [
      "GET /orgs/{org}/organization-fine-grained-permissions"
    ],
    listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
    listPatGrantRepositories: [
      "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
    ],
    listPatGrantRequestRepositories: [
      "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
    ],
    listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
    listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
    listPendingInvitations: ["GET /orgs/{org}/invitations"],
    listPublicMembers: ["GET /orgs/{org}/public_members"],
    listSecurityManagerTeams: [
      "GET /orgs/{org}/security-managers",
      {},
      {
        deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
      }
    ],
    listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
    listWebhooks: ["GET /orgs/{org}/hooks"],
    pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeMember: ["DELETE /orgs/{org}/members/{username}"],
    removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
    removeOutsideCollaborator: [
      "DELETE /orgs/{org}/outside_collaborators/{username}"
    ],
    removePublicMembershipForAuthenticatedUser: [
      "DELETE /orgs/{org}/public_members/{username}"
    ],
    removeSecurityManagerTeam: [
      "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
      }
    ],
    reviewPatGrantRequest: [
      "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
    ],
    reviewPatGrantRequestsInBulk: [
      "POST /orgs/{org}/personal-access-token-requests"
    ],
    revokeAllOrgRolesTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
    ],
    revokeAllOrgRolesUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}"
    ],
    revokeOrgRoleTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    revokeOrgRoleUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    setImmutableReleasesSettings: [
      "PUT /orgs/{org}/settings/immutable-releases"
    ],
    setImmutableReleasesSettingsRepositories: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories"
    ],
    setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
    setPublicMembershipForAuthenticatedUser: [
      "PUT /orgs/{org}/public_members/{username}"
    ],
    unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
    update: ["PATCH /orgs/{org}"],
    updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
    updateMembershipForAuthenticatedUser: [
      "PATCH /user/memberships/orgs/{org}"
    ],
    updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
    updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
    updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
    updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
  },
  packages: {
    deletePackageForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}"
    ],
    deletePackageForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    deletePackageForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}"
    ],
    deletePackageVersionForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
      {},
      { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions",
      {},
      {
        renamed: [
          "packages",
          "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
        ]
      }
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions"
    ],
    getPackageForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}"
    ],
    getPackageForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    getPackageForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}"
    ],
    getPackageVersionForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: [
      "GET /user/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForOrganization: [
      "GET /orgs/{org}/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForUser: [
      "GET /users/{username}/docker/conflicts"
    ],
    listPackagesForAuthenticatedUser: ["GET /user/packages"],
    listPackagesForOrganization: ["GET /orgs/{org}/packages"],
    listPackagesForUser: ["GET /users/{username}/packages"],
    restorePackageForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageVersionForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ]
  },
  privateRegistries: {
    createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
    deleteOrgPrivateRegistry: [
      "DELETE /orgs/{org}/private-registries/{secret_name}"
    ],
    getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
    listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
    updateOrgPrivateRegistry: [
      "PATCH /orgs/{org}/private-registries/{secret_name}"
    ]
  },
  projects: {
    addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
    addItemForUser: [
      "POST /users/{username}/projectsV2/{project_number}/items"
    ],
    deleteItemForOrg: [
      "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    deleteItemForUser: [
      "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    getFieldForOrg: [
      "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getFieldForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
    getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
    getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
    getUserItem: [
      "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
    listFieldsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields"
    ],
    listForOrg: ["GET /orgs/{org}/projectsV2"],
    listForUser: ["GET /users/{username}/projectsV2"],
    listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
    listItemsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/items"
    ],
    updateItemForOrg: [
      "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    updateItemForUser: [
      "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ]
  },
  pulls: {
    checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    create: ["POST /repos/{owner}/{repo}/pulls"],
    createReplyForReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
    ],
    createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    createReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    deletePendingReview: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    deleteReviewComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ],
    dismissReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
    ],
    get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    getReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
    list: ["GET /repos/{owner}/{repo}/pulls"],
    listCommentsForReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
    listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
    listRequestedReviewers: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    listReviewComments: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
    listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    removeRequestedReviewers: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    requestReviewers: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    submitReview: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
    ],
    update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
    updateBranch: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
    ],
    updateReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    updateReviewComment: [
      "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ]
  },
  rateLimit: { get: ["GET /rate_limit"] },
  reactions: {
    createForCommitComment: [
      "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    createForIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
    ],
    createForIssueComment: [
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    createForPullRequestReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    createForRelease: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    createForTeamDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    createForTeamDiscussionInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ],
    deleteForCommitComment: [
      "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
    ],
    deleteForIssueComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForPullRequestComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForRelease: [
      "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussion: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussionComment: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
    ],
    listForCommitComment: [
      "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
    listForIssueComment: [
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    listForPullRequestReviewComment: [
      "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    listForRelease: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    listForTeamDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    listForTeamDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ]
  },
  repos: {
    acceptInvitation: [
      "PATCH /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
    ],
    acceptInvitationForAuthenticatedUser: [
      "PATCH /user/repository_invitations/{invitation_id}"
    ],
    addAppAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
    addStatusCheckContexts: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    addTeamAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    addUserAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    cancelPagesDeployment: [
      "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
    ],
    checkAutomatedSecurityFixes: [
      "GET /repos/{owner}/{repo}/automated-security-fixes"
    ],
    checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
    checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
    checkPrivateVulnerabilityReporting: [
      "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    checkVulnerabilityAlerts: [
      "GET /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
    compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
    compareCommitsWithBasehead: [
      "GET /repos/{owner}/{repo}/compare/{basehead}"
    ],
    createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
    createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
    createCommitComment: [
      "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    createCommitSignatureProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
    createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
    createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
    createDeploymentBranchPolicy: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    createDeploymentProtectionRule: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    createDeploymentStatus: [
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
    createForAuthenticatedUser: ["POST /user/repos"],
    createFork: ["POST /repos/{owner}/{repo}/forks"],
    createInOrg: ["POST /orgs/{org}/repos"],
    createOrUpdateEnvironment: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
    createOrgRuleset: ["POST /orgs/{org}/rulesets"],
    createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
    createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
    createRelease: ["POST /repos/{owner}/{repo}/releases"],
    createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
    createUsingTemplate: [
      "POST /repos/{template_owner}/{template_repo}/generate"
    ],
    createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
    customPropertiesForReposCreateOrUpdateRepositoryValues: [
      "PATCH /repos/{owner}/{repo}/properties/values"
    ],
    customPropertiesForReposGetRepositoryValues: [
      "GET /repos/{owner}/{repo}/properties/values"
    ],
    declineInvitation: [
      "DELETE /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
    ],
    declineInvitationForAuthenticatedUser: [
      "DELETE /user/repository_invitations/{invitation_id}"
    ],
    delete: ["DELETE /repos/{owner}/{repo}"],
    deleteAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    deleteAdminBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    deleteAnEnvironment: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    deleteBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
    deleteCommitSignatureProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
    deleteDeployment: [
      "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
    ],
    deleteDeploymentBranchPolicy: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
    deleteInvitation: [
      "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
    deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
    deletePullRequestReviewProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
    deleteReleaseAsset: [
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
    disableAutomatedSecurityFixes: [
      "DELETE /repos/{owner}/{repo}/automated-security-fixes"
    ],
    disableDeploymentProtectionRule: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    disableImmutableReleases: [
      "DELETE /repos/{owner}/{repo}/immutable-releases"
    ],
    disablePrivateVulnerabilityReporting: [
      "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    disableVulnerabilityAlerts: [
      "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    downloadArchive: [
      "GET /repos/{owner}/{repo}/zipball/{ref}",
      {},
      { renamed: ["repos", "downloadZipballArchive"] }
    ],
    downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
    downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
    enableAutomatedSecurityFixes: [
      "PUT /repos/{owner}/{repo}/automated-security-fixes"
    ],
    enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
    enablePrivateVulnerabilityReporting: [
      "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    enableVulnerabilityAlerts: [
      "PUT /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    generateReleaseNotes: [
      "POST /repos/{owner}/{repo}/releases/generate-notes"
    ],
    get: ["GET /repos/{owner}/{repo}"],
    getAccessRestrictions: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    getAdminBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    getAllDeploymentProtectionRules: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
    getAllStatusCheckContexts: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
    ],
    getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
    getAppsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
    ],
    getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
    getBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
    getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
    getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
    getCollaboratorPermissionLevel: [
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
    ],
    getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
    getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
    getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
    getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
    getCommitSignatureProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
    getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
    getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
    getCustomDeploymentProtectionRule: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
    getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
    getDeploymentBranchPolicy: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    getDeploymentStatus: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
    ],
    getEnvironment: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
    getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
    getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
    getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
    getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
    getOrgRulesets: ["GET /orgs/{org}/rulesets"],
    getPages: ["GET /repos/{owner}/{repo}/pages"],
    getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
    getPagesDeployment: [
      "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
    ],
    getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
    getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
    getPullRequestReviewProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
    getReadme: ["GET /repos/{owner}/{repo}/readme"],
    getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
    getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
    getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
    getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
    getRepoRuleSuite: [
      "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
    ],
    getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
    getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    getRepoRulesetHistory: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
    ],
    getRepoRulesetVersion: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
    getStatusChecksProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    getTeamsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
    ],
    getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
    getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
    getUsersWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
    ],
    getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
    getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
    getWebhookConfigForRepo: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    getWebhookDelivery: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    listActivities: ["GET /repos/{owner}/{repo}/activity"],
    listAttestations: [
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
    ],
    listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
    listBranches: ["GET /repos/{owner}/{repo}/branches"],
    listBranchesForHeadCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
    ],
    listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
    listCommentsForCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
    listCommitStatusesForRef: [
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/commits"],
    listContributors: ["GET /repos/{owner}/{repo}/contributors"],
    listCustomDeploymentRuleIntegrations: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
    ],
    listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
    listDeploymentBranchPolicies: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    listDeploymentStatuses: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
    listForAuthenticatedUser: ["GET /user/repos"],
    listForOrg: ["GET /orgs/{org}/repos"],
    listForUser: ["GET /users/{username}/repos"],
    listForks: ["GET /repos/{owner}/{repo}/forks"],
    listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
    listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
    listLanguages: ["GET /repos/{owner}/{repo}/languages"],
    listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
    listPublic: ["GET /repositories"],
    listPullRequestsAssociatedWithCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
    ],
    listReleaseAssets: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
    ],
    listReleases: ["GET /repos/{owner}/{repo}/releases"],
    listTags: ["GET /repos/{owner}/{repo}/tags"],
    listTeams: ["GET /repos/{owner}/{repo}/teams"],
    listWebhookDeliveries: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
    ],
    listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
    merge: ["POST /repos/{owner}/{repo}/merges"],
    mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
    pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeAppAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    removeCollaborator: [
      "DELETE /repos/{owner}/{repo}/collaborators/{username}"
    ],
    removeStatusCheckContexts: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    removeStatusCheckProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    removeTeamAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    removeUserAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
    replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
    requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
    setAdminBranchProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    setAppAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    setStatusCheckContexts: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    setTeamAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    setUserAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
    transfer: ["POST /repos/{owner}/{repo}/transfer"],
    update: ["PATCH /repos/{owner}/{repo}"],
    updateBranchProtection: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
    updateDeploymentBranchPolicy: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
    updateInvitation: [
      "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
    updatePullRequestReviewProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
    updateReleaseAsset: [
      "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    updateStatusCheckPotection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
      {},
      { renamed: ["repos", "updateStatusCheckProtection"] }
    ],
    updateStatusCheckProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
    updateWebhookConfigForRepo: [
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  search: {
    code: ["GET /search/code"],
    commits: ["GET /search/commits"],
    issuesAndPullRequests: ["GET /search/issues"],
    labels: ["GET /search/labels"],
    repos: ["GET /search/repositories"],
    topics: ["GET /search/topics"],
    users: ["GET /search/users"]
  },
  secretScanning: {
    createPushProtectionBypass: [
      "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
    listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
    listLocationsForAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
    ],
    listOrgPatternConfigs: [
      "GET /orgs/{org}/secret-scanning/pattern-configurations"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    updateOrgPatternConfigs: [
      "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
    ]
  },
  securityAdvisories: {
    createFork: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
    ],
    createPrivateVulnerabilityReport: [
      "POST /repos/{owner}/{repo}/security-advisories/reports"
    ],
    createRepositoryAdvisory: [
      "POST /repos/{owner}/{repo}/security-advisories"
    ],
    createRepositoryAdvisoryCveRequest: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
    ],
    getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
    getRepositoryAdvisory: [
      "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ],
    listGlobalAdvisories: ["GET /advisories"],
    listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
    listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
    updateRepositoryAdvisory: [
      "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ]
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    addOrUpdateRepoPermissionsInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    checkPermissionsForRepoInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    create: ["POST /orgs/{org}/teams"],
    createDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
    deleteDiscussionCommentInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    deleteDiscussionInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
    getByName: ["GET /orgs/{org}/teams/{team_slug}"],
    getDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    getDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    getMembershipForUserInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    list: ["GET /orgs/{org}/teams"],
    listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
    listDiscussionCommentsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
    listForAuthenticatedUser: ["GET /user/teams"],
    listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
    listPendingInvitationsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/invitations"
    ],
    listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
    removeMembershipForUserInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    removeRepoInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    updateDiscussionCommentInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    updateDiscussionInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
  },
  users: {
    addEmailForAuthenticated: [
      "POST /user/emails",
      {},
      { renamed: ["users", "addEmailForAuthenticatedUser"] }
    ],
    addEmailForAuthenticatedUser: ["POST /user/emails"],
    addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
    block: ["PUT /user/blocks/{username}"],
    checkBlocked: ["GET /user/blocks/{username}"],
    checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
    checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
    createGpgKeyForAuthenticated: [
      "POST /user/gpg_keys",
      {},
      { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
    ],
    createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
    createPublicSshKeyForAuthenticated: [
      "POST /user/keys",
      {},
      { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
    ],
    createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
    createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
    deleteAttestationsBulk: [
      "POST /users/{username}/attestations/delete-request"
    ],
    deleteAttestationsById: [
      "DELETE /users/{username}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /users/{username}/attestations/digest/{subject_digest}"
    ],
    deleteEmailForAuthenticated: [
      "DELETE /user/emails",
      {},
      { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
    ],
    deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
    deleteGpgKeyForAuthenticated: [
      "DELETE /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
    ],
    deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
    deletePublicSshKeyForAuthenticated: [
      "DELETE /user/keys/{key_id}",
      {},
      { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
    ],
    deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
    deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
    deleteSshSigningKeyForAuthenticatedUser: [
      "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    follow: ["PUT /user/following/{username}"],
    getAuthenticated: ["GET /user"],
    getById: ["GET /user/{account_id}"],
    getByUsername: ["GET /users/{username}"],
    getContextForUser: ["GET /users/{username}/hovercard"],
    getGpgKeyForAuthenticated: [
      "GET /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
    ],
    getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
    getPublicSshKeyForAuthenticated: [
      "GET /user/keys/{key_id}",
      {},
      { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
    ],
    getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
    getSshSigningKeyForAuthenticatedUser: [
      "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    list: ["GET /users"],
    listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedByAuthenticated: [
      "GET /user/blocks",
      {},
      { renamed: ["users", "listBlockedByAuthenticatedUser"] }
    ],
    listBlockedByAuthenticatedUser: ["GET /user/blocks"],
    listEmailsForAuthenticated: [
      "GET /user/emails",
      {},
      { renamed: ["users", "listEmailsForAuthenticatedUser"] }
    ],
    listEmailsForAuthenticatedUser: ["GET /user/emails"],
    listFollowedByAuthenticated: [
      "GET /user/following",
      {},
      { renamed: ["users", "listFollowedByAuthenticatedUser"] }
    ],
    listFollowedByAuthenticatedUser: ["GET /user/following"],
    listFollowersForAuthenticatedUser: ["GET /user/followers"],
    listFollowersForUser: ["GET /users/{username}/followers"],
    listFollowingForUser: ["GET /users/{username}/following"],
    listGpgKeysForAuthenticated: [
      "GET /user/gpg_keys",
      {},
      { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
    ],
    listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
    listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
    listPublicEmailsForAuthenticated: [
      "GET /user/public_emails",
      {},
      { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
    ],
    listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
    listPublicKeysForUser: ["GET /users/{username}/keys"],
    listPublicSshKeysForAuthenticated: [
      "GET /user/keys",
      {},
      { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
    ],
    listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
    listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
    listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
    listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
    listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
    setPrimaryEmailVisibilityForAuthenticated: [
      "PATCH /user/email/visibility",
      {},
      { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: [
      "PATCH /user/email/visibility"
    ],
    unblock: ["DELETE /user/blocks/{username}"],
    unfollow: ["DELETE /user/following/{username}"],
    updateAuthenticated: ["PATCH /user"]
  }
};
var endpoints_default = Endpoints;

const endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint] of Object.entries(endpoints)) {
    const [route, defaults, decorations] = endpoint;
    const [method, url] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url
      },
      defaults
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations
    });
  }
}
const handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value) {
    return target.cache[methodName] = value;
  },
  get({ octokit, scope, cache }, methodName) {
    if (cache[methodName]) {
      return cache[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache[methodName] = decorate(
        octokit,
        scope,
        methodName,
        endpointDefaults,
        decorations
      );
    } else {
      cache[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache[methodName];
  }
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}

function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
restEndpointMethods.VERSION = VERSION$3;

// pkg/dist-src/version.js
var VERSION$2 = "0.0.0-development";

// pkg/dist-src/normalize-paginated-list-response.js
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}

// pkg/dist-src/iterator.js
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}

// pkg/dist-src/paginate.js
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}

// pkg/dist-src/compose-paginate.js
Object.assign(paginate, {
  iterator
});

// pkg/dist-src/index.js
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = VERSION$2;

new Context();
const baseUrl = getApiBaseUrl();
const defaults = {
    baseUrl,
    request: {
        agent: getProxyAgent(baseUrl),
        fetch: getProxyFetch(baseUrl)
    }
};
const GitHub = Octokit.plugin(restEndpointMethods, paginateRest).defaults(defaults);
/**
 * Convience function to correctly format Octokit Options to pass into the constructor.
 *
 * @param     token    the repo PAT or GITHUB_TOKEN
 * @param     options  other options to set
 */
function getOctokitOptions(token, options) {
    const opts = Object.assign({}, options || {}); // Shallow clone - don't mutate the object provided by the caller
    // Auth
    const auth = getAuthString(token, opts);
    if (auth) {
        opts.auth = auth;
    }
    // Orchestration ID
    const userAgent = getUserAgentWithOrchestrationId(opts.userAgent);
    if (userAgent) {
        opts.userAgent = userAgent;
    }
    return opts;
}

new Context();
/**
 * Returns a hydrated octokit ready to use for GitHub Actions
 *
 * @param     token    the repo PAT or GITHUB_TOKEN
 * @param     options  other options to set
 */
function getOctokit(token, options, ...additionalPlugins) {
    const GitHubWithPlugins = GitHub.plugin(...additionalPlugins);
    return new GitHubWithPlugins(getOctokitOptions(token, options));
}

var light$1 = {exports: {}};

/**
  * This file contains the Bottleneck library (MIT), compiled to ES2017, and without Clustering support.
  * https://github.com/SGrondin/bottleneck
  */
var light = light$1.exports;

var hasRequiredLight;

function requireLight () {
	if (hasRequiredLight) return light$1.exports;
	hasRequiredLight = 1;
	(function (module, exports) {
		(function (global, factory) {
			module.exports = factory() ;
		}(light, (function () {
			var commonjsGlobal$1 = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof commonjsGlobal !== 'undefined' ? commonjsGlobal : typeof self !== 'undefined' ? self : {};

			function getCjsExportFromNamespace (n) {
				return n && n['default'] || n;
			}

			var load = function(received, defaults, onto = {}) {
			  var k, ref, v;
			  for (k in defaults) {
			    v = defaults[k];
			    onto[k] = (ref = received[k]) != null ? ref : v;
			  }
			  return onto;
			};

			var overwrite = function(received, defaults, onto = {}) {
			  var k, v;
			  for (k in received) {
			    v = received[k];
			    if (defaults[k] !== void 0) {
			      onto[k] = v;
			    }
			  }
			  return onto;
			};

			var parser = {
				load: load,
				overwrite: overwrite
			};

			var DLList;

			DLList = class DLList {
			  constructor(incr, decr) {
			    this.incr = incr;
			    this.decr = decr;
			    this._first = null;
			    this._last = null;
			    this.length = 0;
			  }

			  push(value) {
			    var node;
			    this.length++;
			    if (typeof this.incr === "function") {
			      this.incr();
			    }
			    node = {
			      value,
			      prev: this._last,
			      next: null
			    };
			    if (this._last != null) {
			      this._last.next = node;
			      this._last = node;
			    } else {
			      this._first = this._last = node;
			    }
			    return void 0;
			  }

			  shift() {
			    var value;
			    if (this._first == null) {
			      return;
			    } else {
			      this.length--;
			      if (typeof this.decr === "function") {
			        this.decr();
			      }
			    }
			    value = this._first.value;
			    if ((this._first = this._first.next) != null) {
			      this._first.prev = null;
			    } else {
			      this._last = null;
			    }
			    return value;
			  }

			  first() {
			    if (this._first != null) {
			      return this._first.value;
			    }
			  }

			  getArray() {
			    var node, ref, results;
			    node = this._first;
			    results = [];
			    while (node != null) {
			      results.push((ref = node, node = node.next, ref.value));
			    }
			    return results;
			  }

			  forEachShift(cb) {
			    var node;
			    node = this.shift();
			    while (node != null) {
			      (cb(node), node = this.shift());
			    }
			    return void 0;
			  }

			  debug() {
			    var node, ref, ref1, ref2, results;
			    node = this._first;
			    results = [];
			    while (node != null) {
			      results.push((ref = node, node = node.next, {
			        value: ref.value,
			        prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
			        next: (ref2 = ref.next) != null ? ref2.value : void 0
			      }));
			    }
			    return results;
			  }

			};

			var DLList_1 = DLList;

			var Events;

			Events = class Events {
			  constructor(instance) {
			    this.instance = instance;
			    this._events = {};
			    if ((this.instance.on != null) || (this.instance.once != null) || (this.instance.removeAllListeners != null)) {
			      throw new Error("An Emitter already exists for this object");
			    }
			    this.instance.on = (name, cb) => {
			      return this._addListener(name, "many", cb);
			    };
			    this.instance.once = (name, cb) => {
			      return this._addListener(name, "once", cb);
			    };
			    this.instance.removeAllListeners = (name = null) => {
			      if (name != null) {
			        return delete this._events[name];
			      } else {
			        return this._events = {};
			      }
			    };
			  }

			  _addListener(name, status, cb) {
			    var base;
			    if ((base = this._events)[name] == null) {
			      base[name] = [];
			    }
			    this._events[name].push({cb, status});
			    return this.instance;
			  }

			  listenerCount(name) {
			    if (this._events[name] != null) {
			      return this._events[name].length;
			    } else {
			      return 0;
			    }
			  }

			  async trigger(name, ...args) {
			    var e, promises;
			    try {
			      if (name !== "debug") {
			        this.trigger("debug", `Event triggered: ${name}`, args);
			      }
			      if (this._events[name] == null) {
			        return;
			      }
			      this._events[name] = this._events[name].filter(function(listener) {
			        return listener.status !== "none";
			      });
			      promises = this._events[name].map(async(listener) => {
			        var e, returned;
			        if (listener.status === "none") {
			          return;
			        }
			        if (listener.status === "once") {
			          listener.status = "none";
			        }
			        try {
			          returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
			          if (typeof (returned != null ? returned.then : void 0) === "function") {
			            return (await returned);
			          } else {
			            return returned;
			          }
			        } catch (error) {
			          e = error;
			          {
			            this.trigger("error", e);
			          }
			          return null;
			        }
			      });
			      return ((await Promise.all(promises))).find(function(x) {
			        return x != null;
			      });
			    } catch (error) {
			      e = error;
			      {
			        this.trigger("error", e);
			      }
			      return null;
			    }
			  }

			};

			var Events_1 = Events;

			var DLList$1, Events$1, Queues;

			DLList$1 = DLList_1;

			Events$1 = Events_1;

			Queues = class Queues {
			  constructor(num_priorities) {
			    this.Events = new Events$1(this);
			    this._length = 0;
			    this._lists = (function() {
			      var j, ref, results;
			      results = [];
			      for (j = 1, ref = num_priorities; (1 <= ref ? j <= ref : j >= ref); 1 <= ref ? ++j : --j) {
			        results.push(new DLList$1((() => {
			          return this.incr();
			        }), (() => {
			          return this.decr();
			        })));
			      }
			      return results;
			    }).call(this);
			  }

			  incr() {
			    if (this._length++ === 0) {
			      return this.Events.trigger("leftzero");
			    }
			  }

			  decr() {
			    if (--this._length === 0) {
			      return this.Events.trigger("zero");
			    }
			  }

			  push(job) {
			    return this._lists[job.options.priority].push(job);
			  }

			  queued(priority) {
			    if (priority != null) {
			      return this._lists[priority].length;
			    } else {
			      return this._length;
			    }
			  }

			  shiftAll(fn) {
			    return this._lists.forEach(function(list) {
			      return list.forEachShift(fn);
			    });
			  }

			  getFirst(arr = this._lists) {
			    var j, len, list;
			    for (j = 0, len = arr.length; j < len; j++) {
			      list = arr[j];
			      if (list.length > 0) {
			        return list;
			      }
			    }
			    return [];
			  }

			  shiftLastFrom(priority) {
			    return this.getFirst(this._lists.slice(priority).reverse()).shift();
			  }

			};

			var Queues_1 = Queues;

			var BottleneckError;

			BottleneckError = class BottleneckError extends Error {};

			var BottleneckError_1 = BottleneckError;

			var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;

			NUM_PRIORITIES = 10;

			DEFAULT_PRIORITY = 5;

			parser$1 = parser;

			BottleneckError$1 = BottleneckError_1;

			Job = class Job {
			  constructor(task, args, options, jobDefaults, rejectOnDrop, Events, _states, Promise) {
			    this.task = task;
			    this.args = args;
			    this.rejectOnDrop = rejectOnDrop;
			    this.Events = Events;
			    this._states = _states;
			    this.Promise = Promise;
			    this.options = parser$1.load(options, jobDefaults);
			    this.options.priority = this._sanitizePriority(this.options.priority);
			    if (this.options.id === jobDefaults.id) {
			      this.options.id = `${this.options.id}-${this._randomIndex()}`;
			    }
			    this.promise = new this.Promise((_resolve, _reject) => {
			      this._resolve = _resolve;
			      this._reject = _reject;
			    });
			    this.retryCount = 0;
			  }

			  _sanitizePriority(priority) {
			    var sProperty;
			    sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
			    if (sProperty < 0) {
			      return 0;
			    } else if (sProperty > NUM_PRIORITIES - 1) {
			      return NUM_PRIORITIES - 1;
			    } else {
			      return sProperty;
			    }
			  }

			  _randomIndex() {
			    return Math.random().toString(36).slice(2);
			  }

			  doDrop({error, message = "This job has been dropped by Bottleneck"} = {}) {
			    if (this._states.remove(this.options.id)) {
			      if (this.rejectOnDrop) {
			        this._reject(error != null ? error : new BottleneckError$1(message));
			      }
			      this.Events.trigger("dropped", {args: this.args, options: this.options, task: this.task, promise: this.promise});
			      return true;
			    } else {
			      return false;
			    }
			  }

			  _assertStatus(expected) {
			    var status;
			    status = this._states.jobStatus(this.options.id);
			    if (!(status === expected || (expected === "DONE" && status === null))) {
			      throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
			    }
			  }

			  doReceive() {
			    this._states.start(this.options.id);
			    return this.Events.trigger("received", {args: this.args, options: this.options});
			  }

			  doQueue(reachedHWM, blocked) {
			    this._assertStatus("RECEIVED");
			    this._states.next(this.options.id);
			    return this.Events.trigger("queued", {args: this.args, options: this.options, reachedHWM, blocked});
			  }

			  doRun() {
			    if (this.retryCount === 0) {
			      this._assertStatus("QUEUED");
			      this._states.next(this.options.id);
			    } else {
			      this._assertStatus("EXECUTING");
			    }
			    return this.Events.trigger("scheduled", {args: this.args, options: this.options});
			  }

			  async doExecute(chained, clearGlobalState, run, free) {
			    var error, eventInfo, passed;
			    if (this.retryCount === 0) {
			      this._assertStatus("RUNNING");
			      this._states.next(this.options.id);
			    } else {
			      this._assertStatus("EXECUTING");
			    }
			    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
			    this.Events.trigger("executing", eventInfo);
			    try {
			      passed = (await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args)));
			      if (clearGlobalState()) {
			        this.doDone(eventInfo);
			        await free(this.options, eventInfo);
			        this._assertStatus("DONE");
			        return this._resolve(passed);
			      }
			    } catch (error1) {
			      error = error1;
			      return this._onFailure(error, eventInfo, clearGlobalState, run, free);
			    }
			  }

			  doExpire(clearGlobalState, run, free) {
			    var error, eventInfo;
			    if (this._states.jobStatus(this.options.id === "RUNNING")) {
			      this._states.next(this.options.id);
			    }
			    this._assertStatus("EXECUTING");
			    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
			    error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
			    return this._onFailure(error, eventInfo, clearGlobalState, run, free);
			  }

			  async _onFailure(error, eventInfo, clearGlobalState, run, free) {
			    var retry, retryAfter;
			    if (clearGlobalState()) {
			      retry = (await this.Events.trigger("failed", error, eventInfo));
			      if (retry != null) {
			        retryAfter = ~~retry;
			        this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
			        this.retryCount++;
			        return run(retryAfter);
			      } else {
			        this.doDone(eventInfo);
			        await free(this.options, eventInfo);
			        this._assertStatus("DONE");
			        return this._reject(error);
			      }
			    }
			  }

			  doDone(eventInfo) {
			    this._assertStatus("EXECUTING");
			    this._states.next(this.options.id);
			    return this.Events.trigger("done", eventInfo);
			  }

			};

			var Job_1 = Job;

			var BottleneckError$2, LocalDatastore, parser$2;

			parser$2 = parser;

			BottleneckError$2 = BottleneckError_1;

			LocalDatastore = class LocalDatastore {
			  constructor(instance, storeOptions, storeInstanceOptions) {
			    this.instance = instance;
			    this.storeOptions = storeOptions;
			    this.clientId = this.instance._randomIndex();
			    parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
			    this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
			    this._running = 0;
			    this._done = 0;
			    this._unblockTime = 0;
			    this.ready = this.Promise.resolve();
			    this.clients = {};
			    this._startHeartbeat();
			  }

			  _startHeartbeat() {
			    var base;
			    if ((this.heartbeat == null) && (((this.storeOptions.reservoirRefreshInterval != null) && (this.storeOptions.reservoirRefreshAmount != null)) || ((this.storeOptions.reservoirIncreaseInterval != null) && (this.storeOptions.reservoirIncreaseAmount != null)))) {
			      return typeof (base = (this.heartbeat = setInterval(() => {
			        var amount, incr, maximum, now, reservoir;
			        now = Date.now();
			        if ((this.storeOptions.reservoirRefreshInterval != null) && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
			          this._lastReservoirRefresh = now;
			          this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
			          this.instance._drainAll(this.computeCapacity());
			        }
			        if ((this.storeOptions.reservoirIncreaseInterval != null) && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
			          ({
			            reservoirIncreaseAmount: amount,
			            reservoirIncreaseMaximum: maximum,
			            reservoir
			          } = this.storeOptions);
			          this._lastReservoirIncrease = now;
			          incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
			          if (incr > 0) {
			            this.storeOptions.reservoir += incr;
			            return this.instance._drainAll(this.computeCapacity());
			          }
			        }
			      }, this.heartbeatInterval))).unref === "function" ? base.unref() : void 0;
			    } else {
			      return clearInterval(this.heartbeat);
			    }
			  }

			  async __publish__(message) {
			    await this.yieldLoop();
			    return this.instance.Events.trigger("message", message.toString());
			  }

			  async __disconnect__(flush) {
			    await this.yieldLoop();
			    clearInterval(this.heartbeat);
			    return this.Promise.resolve();
			  }

			  yieldLoop(t = 0) {
			    return new this.Promise(function(resolve, reject) {
			      return setTimeout(resolve, t);
			    });
			  }

			  computePenalty() {
			    var ref;
			    return (ref = this.storeOptions.penalty) != null ? ref : (15 * this.storeOptions.minTime) || 5000;
			  }

			  async __updateSettings__(options) {
			    await this.yieldLoop();
			    parser$2.overwrite(options, options, this.storeOptions);
			    this._startHeartbeat();
			    this.instance._drainAll(this.computeCapacity());
			    return true;
			  }

			  async __running__() {
			    await this.yieldLoop();
			    return this._running;
			  }

			  async __queued__() {
			    await this.yieldLoop();
			    return this.instance.queued();
			  }

			  async __done__() {
			    await this.yieldLoop();
			    return this._done;
			  }

			  async __groupCheck__(time) {
			    await this.yieldLoop();
			    return (this._nextRequest + this.timeout) < time;
			  }

			  computeCapacity() {
			    var maxConcurrent, reservoir;
			    ({maxConcurrent, reservoir} = this.storeOptions);
			    if ((maxConcurrent != null) && (reservoir != null)) {
			      return Math.min(maxConcurrent - this._running, reservoir);
			    } else if (maxConcurrent != null) {
			      return maxConcurrent - this._running;
			    } else if (reservoir != null) {
			      return reservoir;
			    } else {
			      return null;
			    }
			  }

			  conditionsCheck(weight) {
			    var capacity;
			    capacity = this.computeCapacity();
			    return (capacity == null) || weight <= capacity;
			  }

			  async __incrementReservoir__(incr) {
			    var reservoir;
			    await this.yieldLoop();
			    reservoir = this.storeOptions.reservoir += incr;
			    this.instance._drainAll(this.computeCapacity());
			    return reservoir;
			  }

			  async __currentReservoir__() {
			    await this.yieldLoop();
			    return this.storeOptions.reservoir;
			  }

			  isBlocked(now) {
			    return this._unblockTime >= now;
			  }

			  check(weight, now) {
			    return this.conditionsCheck(weight) && (this._nextRequest - now) <= 0;
			  }

			  async __check__(weight) {
			    var now;
			    await this.yieldLoop();
			    now = Date.now();
			    return this.check(weight, now);
			  }

			  async __register__(index, weight, expiration) {
			    var now, wait;
			    await this.yieldLoop();
			    now = Date.now();
			    if (this.conditionsCheck(weight)) {
			      this._running += weight;
			      if (this.storeOptions.reservoir != null) {
			        this.storeOptions.reservoir -= weight;
			      }
			      wait = Math.max(this._nextRequest - now, 0);
			      this._nextRequest = now + wait + this.storeOptions.minTime;
			      return {
			        success: true,
			        wait,
			        reservoir: this.storeOptions.reservoir
			      };
			    } else {
			      return {
			        success: false
			      };
			    }
			  }

			  strategyIsBlock() {
			    return this.storeOptions.strategy === 3;
			  }

			  async __submit__(queueLength, weight) {
			    var blocked, now, reachedHWM;
			    await this.yieldLoop();
			    if ((this.storeOptions.maxConcurrent != null) && weight > this.storeOptions.maxConcurrent) {
			      throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
			    }
			    now = Date.now();
			    reachedHWM = (this.storeOptions.highWater != null) && queueLength === this.storeOptions.highWater && !this.check(weight, now);
			    blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
			    if (blocked) {
			      this._unblockTime = now + this.computePenalty();
			      this._nextRequest = this._unblockTime + this.storeOptions.minTime;
			      this.instance._dropAllQueued();
			    }
			    return {
			      reachedHWM,
			      blocked,
			      strategy: this.storeOptions.strategy
			    };
			  }

			  async __free__(index, weight) {
			    await this.yieldLoop();
			    this._running -= weight;
			    this._done += weight;
			    this.instance._drainAll(this.computeCapacity());
			    return {
			      running: this._running
			    };
			  }

			};

			var LocalDatastore_1 = LocalDatastore;

			var BottleneckError$3, States;

			BottleneckError$3 = BottleneckError_1;

			States = class States {
			  constructor(status1) {
			    this.status = status1;
			    this._jobs = {};
			    this.counts = this.status.map(function() {
			      return 0;
			    });
			  }

			  next(id) {
			    var current, next;
			    current = this._jobs[id];
			    next = current + 1;
			    if ((current != null) && next < this.status.length) {
			      this.counts[current]--;
			      this.counts[next]++;
			      return this._jobs[id]++;
			    } else if (current != null) {
			      this.counts[current]--;
			      return delete this._jobs[id];
			    }
			  }

			  start(id) {
			    var initial;
			    initial = 0;
			    this._jobs[id] = initial;
			    return this.counts[initial]++;
			  }

			  remove(id) {
			    var current;
			    current = this._jobs[id];
			    if (current != null) {
			      this.counts[current]--;
			      delete this._jobs[id];
			    }
			    return current != null;
			  }

			  jobStatus(id) {
			    var ref;
			    return (ref = this.status[this._jobs[id]]) != null ? ref : null;
			  }

			  statusJobs(status) {
			    var k, pos, ref, results, v;
			    if (status != null) {
			      pos = this.status.indexOf(status);
			      if (pos < 0) {
			        throw new BottleneckError$3(`status must be one of ${this.status.join(', ')}`);
			      }
			      ref = this._jobs;
			      results = [];
			      for (k in ref) {
			        v = ref[k];
			        if (v === pos) {
			          results.push(k);
			        }
			      }
			      return results;
			    } else {
			      return Object.keys(this._jobs);
			    }
			  }

			  statusCounts() {
			    return this.counts.reduce(((acc, v, i) => {
			      acc[this.status[i]] = v;
			      return acc;
			    }), {});
			  }

			};

			var States_1 = States;

			var DLList$2, Sync;

			DLList$2 = DLList_1;

			Sync = class Sync {
			  constructor(name, Promise) {
			    this.schedule = this.schedule.bind(this);
			    this.name = name;
			    this.Promise = Promise;
			    this._running = 0;
			    this._queue = new DLList$2();
			  }

			  isEmpty() {
			    return this._queue.length === 0;
			  }

			  async _tryToRun() {
			    var args, cb, error, reject, resolve, returned, task;
			    if ((this._running < 1) && this._queue.length > 0) {
			      this._running++;
			      ({task, args, resolve, reject} = this._queue.shift());
			      cb = (await (async function() {
			        try {
			          returned = (await task(...args));
			          return function() {
			            return resolve(returned);
			          };
			        } catch (error1) {
			          error = error1;
			          return function() {
			            return reject(error);
			          };
			        }
			      })());
			      this._running--;
			      this._tryToRun();
			      return cb();
			    }
			  }

			  schedule(task, ...args) {
			    var promise, reject, resolve;
			    resolve = reject = null;
			    promise = new this.Promise(function(_resolve, _reject) {
			      resolve = _resolve;
			      return reject = _reject;
			    });
			    this._queue.push({task, args, resolve, reject});
			    this._tryToRun();
			    return promise;
			  }

			};

			var Sync_1 = Sync;

			var version = "2.19.5";
			var version$1 = {
				version: version
			};

			var version$2 = /*#__PURE__*/Object.freeze({
				version: version,
				default: version$1
			});

			var require$$2 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

			var require$$3 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

			var require$$4 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

			var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;

			parser$3 = parser;

			Events$2 = Events_1;

			RedisConnection$1 = require$$2;

			IORedisConnection$1 = require$$3;

			Scripts$1 = require$$4;

			Group = (function() {
			  class Group {
			    constructor(limiterOptions = {}) {
			      this.deleteKey = this.deleteKey.bind(this);
			      this.limiterOptions = limiterOptions;
			      parser$3.load(this.limiterOptions, this.defaults, this);
			      this.Events = new Events$2(this);
			      this.instances = {};
			      this.Bottleneck = Bottleneck_1;
			      this._startAutoCleanup();
			      this.sharedConnection = this.connection != null;
			      if (this.connection == null) {
			        if (this.limiterOptions.datastore === "redis") {
			          this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
			        } else if (this.limiterOptions.datastore === "ioredis") {
			          this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
			        }
			      }
			    }

			    key(key = "") {
			      var ref;
			      return (ref = this.instances[key]) != null ? ref : (() => {
			        var limiter;
			        limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
			          id: `${this.id}-${key}`,
			          timeout: this.timeout,
			          connection: this.connection
			        }));
			        this.Events.trigger("created", limiter, key);
			        return limiter;
			      })();
			    }

			    async deleteKey(key = "") {
			      var deleted, instance;
			      instance = this.instances[key];
			      if (this.connection) {
			        deleted = (await this.connection.__runCommand__(['del', ...Scripts$1.allKeys(`${this.id}-${key}`)]));
			      }
			      if (instance != null) {
			        delete this.instances[key];
			        await instance.disconnect();
			      }
			      return (instance != null) || deleted > 0;
			    }

			    limiters() {
			      var k, ref, results, v;
			      ref = this.instances;
			      results = [];
			      for (k in ref) {
			        v = ref[k];
			        results.push({
			          key: k,
			          limiter: v
			        });
			      }
			      return results;
			    }

			    keys() {
			      return Object.keys(this.instances);
			    }

			    async clusterKeys() {
			      var cursor, end, found, i, k, keys, len, next, start;
			      if (this.connection == null) {
			        return this.Promise.resolve(this.keys());
			      }
			      keys = [];
			      cursor = null;
			      start = `b_${this.id}-`.length;
			      end = "_settings".length;
			      while (cursor !== 0) {
			        [next, found] = (await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 10000]));
			        cursor = ~~next;
			        for (i = 0, len = found.length; i < len; i++) {
			          k = found[i];
			          keys.push(k.slice(start, -end));
			        }
			      }
			      return keys;
			    }

			    _startAutoCleanup() {
			      var base;
			      clearInterval(this.interval);
			      return typeof (base = (this.interval = setInterval(async() => {
			        var e, k, ref, results, time, v;
			        time = Date.now();
			        ref = this.instances;
			        results = [];
			        for (k in ref) {
			          v = ref[k];
			          try {
			            if ((await v._store.__groupCheck__(time))) {
			              results.push(this.deleteKey(k));
			            } else {
			              results.push(void 0);
			            }
			          } catch (error) {
			            e = error;
			            results.push(v.Events.trigger("error", e));
			          }
			        }
			        return results;
			      }, this.timeout / 2))).unref === "function" ? base.unref() : void 0;
			    }

			    updateSettings(options = {}) {
			      parser$3.overwrite(options, this.defaults, this);
			      parser$3.overwrite(options, options, this.limiterOptions);
			      if (options.timeout != null) {
			        return this._startAutoCleanup();
			      }
			    }

			    disconnect(flush = true) {
			      var ref;
			      if (!this.sharedConnection) {
			        return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
			      }
			    }

			  }
			  Group.prototype.defaults = {
			    timeout: 1000 * 60 * 5,
			    connection: null,
			    Promise: Promise,
			    id: "group-key"
			  };

			  return Group;

			}).call(commonjsGlobal$1);

			var Group_1 = Group;

			var Batcher, Events$3, parser$4;

			parser$4 = parser;

			Events$3 = Events_1;

			Batcher = (function() {
			  class Batcher {
			    constructor(options = {}) {
			      this.options = options;
			      parser$4.load(this.options, this.defaults, this);
			      this.Events = new Events$3(this);
			      this._arr = [];
			      this._resetPromise();
			      this._lastFlush = Date.now();
			    }

			    _resetPromise() {
			      return this._promise = new this.Promise((res, rej) => {
			        return this._resolve = res;
			      });
			    }

			    _flush() {
			      clearTimeout(this._timeout);
			      this._lastFlush = Date.now();
			      this._resolve();
			      this.Events.trigger("batch", this._arr);
			      this._arr = [];
			      return this._resetPromise();
			    }

			    add(data) {
			      var ret;
			      this._arr.push(data);
			      ret = this._promise;
			      if (this._arr.length === this.maxSize) {
			        this._flush();
			      } else if ((this.maxTime != null) && this._arr.length === 1) {
			        this._timeout = setTimeout(() => {
			          return this._flush();
			        }, this.maxTime);
			      }
			      return ret;
			    }

			  }
			  Batcher.prototype.defaults = {
			    maxTime: null,
			    maxSize: null,
			    Promise: Promise
			  };

			  return Batcher;

			}).call(commonjsGlobal$1);

			var Batcher_1 = Batcher;

			var require$$4$1 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

			var require$$8 = getCjsExportFromNamespace(version$2);

			var Bottleneck, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5,
			  splice = [].splice;

			NUM_PRIORITIES$1 = 10;

			DEFAULT_PRIORITY$1 = 5;

			parser$5 = parser;

			Queues$1 = Queues_1;

			Job$1 = Job_1;

			LocalDatastore$1 = LocalDatastore_1;

			RedisDatastore$1 = require$$4$1;

			Events$4 = Events_1;

			States$1 = States_1;

			Sync$1 = Sync_1;

			Bottleneck = (function() {
			  class Bottleneck {
			    constructor(options = {}, ...invalid) {
			      var storeInstanceOptions, storeOptions;
			      this._addToQueue = this._addToQueue.bind(this);
			      this._validateOptions(options, invalid);
			      parser$5.load(options, this.instanceDefaults, this);
			      this._queues = new Queues$1(NUM_PRIORITIES$1);
			      this._scheduled = {};
			      this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
			      this._limiter = null;
			      this.Events = new Events$4(this);
			      this._submitLock = new Sync$1("submit", this.Promise);
			      this._registerLock = new Sync$1("register", this.Promise);
			      storeOptions = parser$5.load(options, this.storeDefaults, {});
			      this._store = (function() {
			        if (this.datastore === "redis" || this.datastore === "ioredis" || (this.connection != null)) {
			          storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
			          return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
			        } else if (this.datastore === "local") {
			          storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
			          return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
			        } else {
			          throw new Bottleneck.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
			        }
			      }).call(this);
			      this._queues.on("leftzero", () => {
			        var ref;
			        return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
			      });
			      this._queues.on("zero", () => {
			        var ref;
			        return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
			      });
			    }

			    _validateOptions(options, invalid) {
			      if (!((options != null) && typeof options === "object" && invalid.length === 0)) {
			        throw new Bottleneck.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
			      }
			    }

			    ready() {
			      return this._store.ready;
			    }

			    clients() {
			      return this._store.clients;
			    }

			    channel() {
			      return `b_${this.id}`;
			    }

			    channel_client() {
			      return `b_${this.id}_${this._store.clientId}`;
			    }

			    publish(message) {
			      return this._store.__publish__(message);
			    }

			    disconnect(flush = true) {
			      return this._store.__disconnect__(flush);
			    }

			    chain(_limiter) {
			      this._limiter = _limiter;
			      return this;
			    }

			    queued(priority) {
			      return this._queues.queued(priority);
			    }

			    clusterQueued() {
			      return this._store.__queued__();
			    }

			    empty() {
			      return this.queued() === 0 && this._submitLock.isEmpty();
			    }

			    running() {
			      return this._store.__running__();
			    }

			    done() {
			      return this._store.__done__();
			    }

			    jobStatus(id) {
			      return this._states.jobStatus(id);
			    }

			    jobs(status) {
			      return this._states.statusJobs(status);
			    }

			    counts() {
			      return this._states.statusCounts();
			    }

			    _randomIndex() {
			      return Math.random().toString(36).slice(2);
			    }

			    check(weight = 1) {
			      return this._store.__check__(weight);
			    }

			    _clearGlobalState(index) {
			      if (this._scheduled[index] != null) {
			        clearTimeout(this._scheduled[index].expiration);
			        delete this._scheduled[index];
			        return true;
			      } else {
			        return false;
			      }
			    }

			    async _free(index, job, options, eventInfo) {
			      var e, running;
			      try {
			        ({running} = (await this._store.__free__(index, options.weight)));
			        this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
			        if (running === 0 && this.empty()) {
			          return this.Events.trigger("idle");
			        }
			      } catch (error1) {
			        e = error1;
			        return this.Events.trigger("error", e);
			      }
			    }

			    _run(index, job, wait) {
			      var clearGlobalState, free, run;
			      job.doRun();
			      clearGlobalState = this._clearGlobalState.bind(this, index);
			      run = this._run.bind(this, index, job);
			      free = this._free.bind(this, index, job);
			      return this._scheduled[index] = {
			        timeout: setTimeout(() => {
			          return job.doExecute(this._limiter, clearGlobalState, run, free);
			        }, wait),
			        expiration: job.options.expiration != null ? setTimeout(function() {
			          return job.doExpire(clearGlobalState, run, free);
			        }, wait + job.options.expiration) : void 0,
			        job: job
			      };
			    }

			    _drainOne(capacity) {
			      return this._registerLock.schedule(() => {
			        var args, index, next, options, queue;
			        if (this.queued() === 0) {
			          return this.Promise.resolve(null);
			        }
			        queue = this._queues.getFirst();
			        ({options, args} = next = queue.first());
			        if ((capacity != null) && options.weight > capacity) {
			          return this.Promise.resolve(null);
			        }
			        this.Events.trigger("debug", `Draining ${options.id}`, {args, options});
			        index = this._randomIndex();
			        return this._store.__register__(index, options.weight, options.expiration).then(({success, wait, reservoir}) => {
			          var empty;
			          this.Events.trigger("debug", `Drained ${options.id}`, {success, args, options});
			          if (success) {
			            queue.shift();
			            empty = this.empty();
			            if (empty) {
			              this.Events.trigger("empty");
			            }
			            if (reservoir === 0) {
			              this.Events.trigger("depleted", empty);
			            }
			            this._run(index, next, wait);
			            return this.Promise.resolve(options.weight);
			          } else {
			            return this.Promise.resolve(null);
			          }
			        });
			      });
			    }

			    _drainAll(capacity, total = 0) {
			      return this._drainOne(capacity).then((drained) => {
			        var newCapacity;
			        if (drained != null) {
			          newCapacity = capacity != null ? capacity - drained : capacity;
			          return this._drainAll(newCapacity, total + drained);
			        } else {
			          return this.Promise.resolve(total);
			        }
			      }).catch((e) => {
			        return this.Events.trigger("error", e);
			      });
			    }

			    _dropAllQueued(message) {
			      return this._queues.shiftAll(function(job) {
			        return job.doDrop({message});
			      });
			    }

			    stop(options = {}) {
			      var done, waitForExecuting;
			      options = parser$5.load(options, this.stopDefaults);
			      waitForExecuting = (at) => {
			        var finished;
			        finished = () => {
			          var counts;
			          counts = this._states.counts;
			          return (counts[0] + counts[1] + counts[2] + counts[3]) === at;
			        };
			        return new this.Promise((resolve, reject) => {
			          if (finished()) {
			            return resolve();
			          } else {
			            return this.on("done", () => {
			              if (finished()) {
			                this.removeAllListeners("done");
			                return resolve();
			              }
			            });
			          }
			        });
			      };
			      done = options.dropWaitingJobs ? (this._run = function(index, next) {
			        return next.doDrop({
			          message: options.dropErrorMessage
			        });
			      }, this._drainOne = () => {
			        return this.Promise.resolve(null);
			      }, this._registerLock.schedule(() => {
			        return this._submitLock.schedule(() => {
			          var k, ref, v;
			          ref = this._scheduled;
			          for (k in ref) {
			            v = ref[k];
			            if (this.jobStatus(v.job.options.id) === "RUNNING") {
			              clearTimeout(v.timeout);
			              clearTimeout(v.expiration);
			              v.job.doDrop({
			                message: options.dropErrorMessage
			              });
			            }
			          }
			          this._dropAllQueued(options.dropErrorMessage);
			          return waitForExecuting(0);
			        });
			      })) : this.schedule({
			        priority: NUM_PRIORITIES$1 - 1,
			        weight: 0
			      }, () => {
			        return waitForExecuting(1);
			      });
			      this._receive = function(job) {
			        return job._reject(new Bottleneck.prototype.BottleneckError(options.enqueueErrorMessage));
			      };
			      this.stop = () => {
			        return this.Promise.reject(new Bottleneck.prototype.BottleneckError("stop() has already been called"));
			      };
			      return done;
			    }

			    async _addToQueue(job) {
			      var args, blocked, error, options, reachedHWM, shifted, strategy;
			      ({args, options} = job);
			      try {
			        ({reachedHWM, blocked, strategy} = (await this._store.__submit__(this.queued(), options.weight)));
			      } catch (error1) {
			        error = error1;
			        this.Events.trigger("debug", `Could not queue ${options.id}`, {args, options, error});
			        job.doDrop({error});
			        return false;
			      }
			      if (blocked) {
			        job.doDrop();
			        return true;
			      } else if (reachedHWM) {
			        shifted = strategy === Bottleneck.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck.prototype.strategy.OVERFLOW ? job : void 0;
			        if (shifted != null) {
			          shifted.doDrop();
			        }
			        if ((shifted == null) || strategy === Bottleneck.prototype.strategy.OVERFLOW) {
			          if (shifted == null) {
			            job.doDrop();
			          }
			          return reachedHWM;
			        }
			      }
			      job.doQueue(reachedHWM, blocked);
			      this._queues.push(job);
			      await this._drainAll();
			      return reachedHWM;
			    }

			    _receive(job) {
			      if (this._states.jobStatus(job.options.id) != null) {
			        job._reject(new Bottleneck.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
			        return false;
			      } else {
			        job.doReceive();
			        return this._submitLock.schedule(this._addToQueue, job);
			      }
			    }

			    submit(...args) {
			      var cb, fn, job, options, ref, ref1, task;
			      if (typeof args[0] === "function") {
			        ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
			        options = parser$5.load({}, this.jobDefaults);
			      } else {
			        ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
			        options = parser$5.load(options, this.jobDefaults);
			      }
			      task = (...args) => {
			        return new this.Promise(function(resolve, reject) {
			          return fn(...args, function(...args) {
			            return (args[0] != null ? reject : resolve)(args);
			          });
			        });
			      };
			      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
			      job.promise.then(function(args) {
			        return typeof cb === "function" ? cb(...args) : void 0;
			      }).catch(function(args) {
			        if (Array.isArray(args)) {
			          return typeof cb === "function" ? cb(...args) : void 0;
			        } else {
			          return typeof cb === "function" ? cb(args) : void 0;
			        }
			      });
			      return this._receive(job);
			    }

			    schedule(...args) {
			      var job, options, task;
			      if (typeof args[0] === "function") {
			        [task, ...args] = args;
			        options = {};
			      } else {
			        [options, task, ...args] = args;
			      }
			      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
			      this._receive(job);
			      return job.promise;
			    }

			    wrap(fn) {
			      var schedule, wrapped;
			      schedule = this.schedule.bind(this);
			      wrapped = function(...args) {
			        return schedule(fn.bind(this), ...args);
			      };
			      wrapped.withOptions = function(options, ...args) {
			        return schedule(options, fn, ...args);
			      };
			      return wrapped;
			    }

			    async updateSettings(options = {}) {
			      await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
			      parser$5.overwrite(options, this.instanceDefaults, this);
			      return this;
			    }

			    currentReservoir() {
			      return this._store.__currentReservoir__();
			    }

			    incrementReservoir(incr = 0) {
			      return this._store.__incrementReservoir__(incr);
			    }

			  }
			  Bottleneck.default = Bottleneck;

			  Bottleneck.Events = Events$4;

			  Bottleneck.version = Bottleneck.prototype.version = require$$8.version;

			  Bottleneck.strategy = Bottleneck.prototype.strategy = {
			    LEAK: 1,
			    OVERFLOW: 2,
			    OVERFLOW_PRIORITY: 4,
			    BLOCK: 3
			  };

			  Bottleneck.BottleneckError = Bottleneck.prototype.BottleneckError = BottleneckError_1;

			  Bottleneck.Group = Bottleneck.prototype.Group = Group_1;

			  Bottleneck.RedisConnection = Bottleneck.prototype.RedisConnection = require$$2;

			  Bottleneck.IORedisConnection = Bottleneck.prototype.IORedisConnection = require$$3;

			  Bottleneck.Batcher = Bottleneck.prototype.Batcher = Batcher_1;

			  Bottleneck.prototype.jobDefaults = {
			    priority: DEFAULT_PRIORITY$1,
			    weight: 1,
			    expiration: null,
			    id: "<no-id>"
			  };

			  Bottleneck.prototype.storeDefaults = {
			    maxConcurrent: null,
			    minTime: 0,
			    highWater: null,
			    strategy: Bottleneck.prototype.strategy.LEAK,
			    penalty: null,
			    reservoir: null,
			    reservoirRefreshInterval: null,
			    reservoirRefreshAmount: null,
			    reservoirIncreaseInterval: null,
			    reservoirIncreaseAmount: null,
			    reservoirIncreaseMaximum: null
			  };

			  Bottleneck.prototype.localStoreDefaults = {
			    Promise: Promise,
			    timeout: null,
			    heartbeatInterval: 250
			  };

			  Bottleneck.prototype.redisStoreDefaults = {
			    Promise: Promise,
			    timeout: null,
			    heartbeatInterval: 5000,
			    clientTimeout: 10000,
			    Redis: null,
			    clientOptions: {},
			    clusterNodes: null,
			    clearDatastore: false,
			    connection: null
			  };

			  Bottleneck.prototype.instanceDefaults = {
			    datastore: "local",
			    connection: null,
			    id: "<no-id>",
			    rejectOnDrop: true,
			    trackDoneStatus: false,
			    Promise: Promise
			  };

			  Bottleneck.prototype.stopDefaults = {
			    enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
			    dropWaitingJobs: true,
			    dropErrorMessage: "This limiter has been stopped."
			  };

			  return Bottleneck;

			}).call(commonjsGlobal$1);

			var Bottleneck_1 = Bottleneck;

			var lib = Bottleneck_1;

			return lib;

		}))); 
	} (light$1));
	return light$1.exports;
}

var lightExports = requireLight();
var BottleneckLight = /*@__PURE__*/getDefaultExportFromCjs(lightExports);

// pkg/dist-src/version.js
var VERSION$1 = "0.0.0-development";

// pkg/dist-src/error-request.js
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options) {
  if (!isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}
async function wrapRequest$1(state, octokit, request, options) {
  const limiter = new BottleneckLight();
  limiter.on("failed", function(error, info) {
    const maxRetries = ~~error.request.request?.retries;
    const after = ~~error.request.request?.retryAfter;
    options.request.retryCount = info.retryCount + 1;
    if (maxRetries > info.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request, options) {
  const response = await request(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error, options);
  }
  return response;
}

// pkg/dist-src/index.js
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter
        });
        return error;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest$1.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = VERSION$1;

// pkg/dist-src/index.js

// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = BottleneckLight,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;

/** Rate-limited requests are retried this many times before the error surfaces. */
const RATE_LIMIT_RETRIES = 2;
/** Answers that retrying cannot change (409: empty repository or a conflict the caller handles). */
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 451];
/** The API base URL: the option, else `GITHUB_API_URL` (GitHub Enterprise), else api.github.com. */
function apiBaseUrl(apiUrl) {
    return (apiUrl || process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}
/**
 * An Octokit with the retry plugin (server errors, with backoff) and the throttling plugin
 * (GitHub's primary and secondary rate limits: writes spaced, rate-limited requests retried after
 * the time GitHub asks for). The token is registered with the redactor.
 */
function createGitHubClient(token, apiUrl, log) {
    addSecret(token);
    const onLimit = (kind) => (retryAfter, options, _octokit, retryCount) => {
        const again = retryCount < RATE_LIMIT_RETRIES;
        log(`GitHub ${kind} rate limit on ${options.method} ${options.url}: ${again ? `retrying in ${retryAfter}s` : 'giving up'}`);
        return again;
    };
    return getOctokit(token, {
        baseUrl: apiBaseUrl(apiUrl),
        retry: { doNotRetry: DO_NOT_RETRY },
        ...(usesProxy(proxyEnv()) ? { request: { fetch: proxyFetch() } } : {}),
        throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') }
    }, retry, throttling);
}
/** A fetch through the proxies of the environment (`HTTPS_PROXY`, `NO_PROXY`), for Octokit: one dispatcher for every API call. */
function proxyFetch() {
    const dispatcher = createDispatcher();
    return (input, init) => undiciExports.fetch(input, { ...init, dispatcher });
}

export { apiBaseUrl, createGitHubClient };
