import type { Dispatcher } from 'undici'
import { request } from './undici'
import { AuthError, CredentialsRefusedError, describeUrl, RegistryError } from './errors'
import { ProtocolError } from '../oci/errors'
import { discard, readLimited } from './http'
import { exchangeRefreshToken } from './oauth'
import { parseTokenAnswer } from './token-answer'
import type { Credentials } from '../oci/model'
import { untilAborted } from '../util/abortable'
import { parseWwwAuthenticate, type Challenge } from './www-authenticate'
import { addCredentials, addSecret } from '../util/redact'

/** Observes every HTTP request. */
export type RequestObserver = (event: { method: string; url: string; status: number }) => void

/** Options of an Authenticator. */
export interface AuthenticatorOptions {
  /** The origin this authenticator signs requests for (`https://host[:port]`). */
  origin: string
  /** Given only to this origin and the token realm it names; never to a redirect target. */
  credentials?: Credentials
  dispatcher: Dispatcher
  onRequest?: RequestObserver
}

interface Token {
  value: string
  /** ms since the epoch when it was fetched. */
  fetchedAt: number
  /** ms since the epoch after which a new token is fetched. */
  refreshAt: number
}

const TOKEN_RESPONSE_LIMIT = 1024 * 1024
const DEFAULT_TOKEN_SECONDS = 60
/** A refused token younger than this was refused for want of a right, not for its age. */
const TOKEN_RENEW_AFTER_MS = 60_000

/**
 * Signs requests to one registry origin. Learns the scheme from the first 401's `WWW-Authenticate`
 * (then signs ahead of time, sparing a round trip per request): Basic sends the credentials; Bearer
 * fetches a token per scope set (`repository:NAME:pull[,push]`) from the realm the registry named,
 * only over HTTPS unless the registry itself is plain HTTP, and caches it until shortly before it expires.
 * Concurrent requests for one scope share one token request. The credentials and every token issued
 * are registered with the redactor (`util/redact`) before anything could quote them.
 */
export class Authenticator {
  private challenge?: Challenge
  private readonly tokens = new Map<string, Promise<Token>>()

  constructor(private readonly options: AuthenticatorOptions) {
    addCredentials(options.credentials)
  }

  /**
   * The `Authorization` value for a request needing `scopes`, or undefined before any challenge.
   * A token fetch is shared by the requests that need it: `signal` ends this caller's wait, not the fetch.
   */
  async authorization(scopes: string[], signal?: AbortSignal): Promise<string | undefined> {
    const challenge = this.challenge
    if (!challenge) return undefined
    if (challenge.scheme === 'basic') return this.basic()
    if (challenge.scheme !== 'bearer') return undefined
    return `Bearer ${(await untilAborted(this.token(challenge, scopes), signal)).value}`
  }

  /**
   * Takes a 401's `WWW-Authenticate`; true when the request should be retried with new
   * authorization, false when retrying can't help (credentials already sent and refused).
   */
  async onUnauthorized(header: string | undefined, scopes: string[], sent: string | undefined): Promise<boolean> {
    const challenges = parseWwwAuthenticate(header ?? '')
    const challenge = challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic')
    if (!challenge) return false
    const known = this.challenge && JSON.stringify(this.challenge) === JSON.stringify(challenge)
    if (challenge.scheme === 'basic' && /^Bearer\s/i.test(sent ?? '')) return this.tokenRefused(scopes, sent!)
    this.challenge = challenge
    if (!sent) return true
    if (challenge.scheme === 'bearer') {
      // A token that was refused (expired, or for other scopes): fetch a fresh one once.
      const key = scopeKey(scopes)
      const cached = await this.tokens.get(key)?.catch(() => undefined)
      if (cached && `Bearer ${cached.value}` === sent) {
        this.tokens.delete(key)
        return true
      }
    }
    return !known
  }

  /**
   * A token the registry's own service issued, answered with a Basic challenge: Harbor's v2auth
   * middleware does so for every refused request that carried an Authorization header
   * (goharbor/harbor src/server/middleware/v2auth/auth.go, getChallenge: `Basic realm="harbor"`).
   * The bearer flow is kept (switching to Basic would turn a missing right into a "wrong password"):
   * a token older than a minute is fetched again once, in case it expired, and a request that carried
   * a token since dropped or replaced goes again with the current one; otherwise the refusal stands.
   */
  private async tokenRefused(scopes: string[], sent: string): Promise<boolean> {
    const key = scopeKey(scopes)
    const cached = await this.tokens.get(key)?.catch(() => undefined)
    // Not the token held now: it was dropped since (a project just created, see forget) or renewed; the request goes again with the new one.
    if (!cached || `Bearer ${cached.value}` !== sent) return true
    if (Date.now() - cached.fetchedAt < TOKEN_RENEW_AFTER_MS) return false
    this.tokens.delete(key)
    return true
  }

  /** Drops the cached tokens for `path` and the repositories below it: issued before it existed (just created), they grant nothing there. */
  forget(path: string): void {
    const within = (scope: string): boolean => scope.startsWith(`repository:${path}:`) || scope.startsWith(`repository:${path}/`)
    for (const key of [...this.tokens.keys()]) if (key.split(' ').some(within)) this.tokens.delete(key)
  }

  private basic(): string {
    const credentials = this.options.credentials
    if (!credentials) throw this.needCredentials('basic authentication')
    return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`
  }

  private token(challenge: Challenge, scopes: string[]): Promise<Token> {
    const key = scopeKey(scopes)
    const cached = this.tokens.get(key)
    if (cached) {
      return cached.then((token) => (token.refreshAt > Date.now() ? token : (this.tokens.delete(key), this.token(challenge, scopes))))
    }
    const fetched = this.fetchToken(challenge, scopes)
    this.tokens.set(key, fetched)
    fetched.catch(() => this.tokens.delete(key))
    return fetched
  }

  private async fetchToken(challenge: Challenge, scopes: string[]): Promise<Token> {
    const realm = this.realm(challenge)
    const identityToken = this.options.credentials?.identityToken
    if (identityToken) {
      const started = Date.now()
      const token = await exchangeRefreshToken(realm, challenge.params.service, scopes, identityToken, this.options.dispatcher, this.options.onRequest)
      addSecret(token.value)
      const lifetime = (token.expiresIn && token.expiresIn > 0 ? token.expiresIn : DEFAULT_TOKEN_SECONDS) * 1000
      return { value: token.value, fetchedAt: started, refreshAt: started + lifetime * 0.8 }
    }
    if (challenge.params.service) realm.searchParams.set('service', challenge.params.service)
    for (const scope of scopes) realm.searchParams.append('scope', scope)
    const credentials = this.options.credentials
    if (credentials) realm.searchParams.set('account', credentials.username)
    const headers: Record<string, string> = { accept: 'application/json' }
    if (credentials) headers.authorization = this.basic()
    const started = Date.now()
    const response = await request(realm, { method: 'GET', headers, dispatcher: this.options.dispatcher })
    this.options.onRequest?.({ method: 'GET', url: describeUrl(realm.toString()), status: response.statusCode })
    const info = { method: 'GET', url: describeUrl(realm.toString()) }
    if (response.statusCode === 403 && credentials) {
      await discard(response.body)
      throw new AuthError(`${this.host}: the token service denied "${credentials.username}" ${scopes.join(' ')} (403): no access to this repository`, 403, info)
    }
    if (response.statusCode === 401 || response.statusCode === 403) {
      await discard(response.body)
      throw credentials
        ? new CredentialsRefusedError(
            `${this.host}: the token service refused the credentials of "${credentials.username}" (${response.statusCode}); check the username and password`,
            response.statusCode,
            info
          )
        : this.needCredentials(`a token for ${scopes.join(' ')}`)
    }
    if (response.statusCode !== 200) {
      await discard(response.body)
      throw new RegistryError(`${this.host}: token service ${info.url} answered ${response.statusCode}`, response.statusCode, info)
    }
    const body = parseTokenAnswer<{ token?: string; access_token?: string; expires_in?: number }>(
      await readLimited(response.body, response.headers, TOKEN_RESPONSE_LIMIT, 'token response'),
      `${this.host}: token service ${info.url}`
    )
    const value = body.token || body.access_token
    if (!value) throw new ProtocolError(`${this.host}: token service ${info.url} answered without a token`)
    addSecret(value)
    const lifetime = (body.expires_in && body.expires_in > 0 ? body.expires_in : DEFAULT_TOKEN_SECONDS) * 1000
    return { value, fetchedAt: started, refreshAt: started + lifetime * 0.8 }
  }

  /** The realm to ask for tokens: an absolute URL, HTTPS unless the registry is itself plain HTTP. */
  private realm(challenge: Challenge): URL {
    let realm: URL
    try {
      realm = new URL(challenge.params.realm ?? '')
    } catch {
      throw new ProtocolError(`${this.host}: the registry named no usable token realm ("${challenge.params.realm ?? ''}")`)
    }
    const registryIsHttps = this.options.origin.startsWith('https:')
    if (realm.protocol !== 'https:' && (registryIsHttps || realm.protocol !== 'http:')) {
      throw new ProtocolError(`${this.host}: refusing token realm ${describeUrl(realm.toString())}: it must use HTTPS like the registry`)
    }
    return realm
  }

  private needCredentials(what: string): AuthError {
    return new AuthError(`${this.host}: ${what} needs credentials and none were given`, 401, { method: 'GET', url: this.options.origin })
  }

  private get host(): string {
    return new URL(this.options.origin).host
  }
}

function scopeKey(scopes: string[]): string {
  return [...scopes].sort().join(' ')
}
