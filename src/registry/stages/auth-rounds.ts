import type { Dispatcher } from 'undici'
import { Authenticator, type RequestObserver } from '../auth'
import { header, type Headers } from '../http'
import type { Credentials } from '../../oci/model'
import { foreignScopes } from './redirects'

/** Challenges answered per hop before a 401 is final. */
export const MAX_AUTH_ROUNDS = 2

/** Options of AuthRounds. */
export interface AuthRoundsOptions {
  /** The registry's own origin: only it (and the token realm it names) gets the credentials. */
  origin: string
  credentials?: Credentials
  dispatcher: Dispatcher
  onRequest?: RequestObserver
}

/** How a hop is signed. */
export interface Signed {
  /** The `Authorization` to send, if any. */
  authorization?: string
  /** The scopes asked for: the request's on the registry, `pull` of the path's repository elsewhere. */
  scopes: string[]
}

/**
 * The auth stage: one Authenticator per origin (the registry's own with the credentials, every other
 * origin anonymous), signing each hop and answering 401 challenges (a bearer token fetched or renewed,
 * basic credentials sent) for at most {@link MAX_AUTH_ROUNDS} rounds per hop.
 */
export class AuthRounds {
  private readonly authenticators = new Map<string, Authenticator>()
  private readonly ownOrigin: string

  constructor(private readonly options: AuthRoundsOptions) {
    this.ownOrigin = new URL(options.origin).origin
  }

  /** The credentials that go to `url`'s origin: the registry's own only. */
  credentialsFor(url: URL): Credentials | undefined {
    return url.origin === this.ownOrigin ? this.options.credentials : undefined
  }

  /** Signs a hop to `url` for `scopes` (the request's; used on the registry's own origin only). */
  async sign(url: URL, scopes: string[], signal?: AbortSignal): Promise<Signed> {
    const hopScopes = url.origin === this.ownOrigin ? scopes : foreignScopes(url)
    return { authorization: await this.authenticator(url.origin).authorization(hopScopes, signal), scopes: hopScopes }
  }

  /** Takes a 401 to a signed hop; true when the hop should be sent again with new authorization. */
  challenged(url: URL, headers: Headers, signed: Signed): Promise<boolean> {
    return this.authenticator(url.origin).onUnauthorized(header(headers, 'www-authenticate'), signed.scopes, signed.authorization)
  }

  /** Drops every cached token for `path` and below (see Authenticator.forget). */
  forget(path: string): void {
    for (const authenticator of this.authenticators.values()) authenticator.forget(path)
  }

  private authenticator(origin: string): Authenticator {
    let authenticator = this.authenticators.get(origin)
    if (!authenticator) {
      authenticator = new Authenticator({
        origin,
        credentials: origin === this.ownOrigin ? this.options.credentials : undefined,
        dispatcher: this.options.dispatcher,
        onRequest: this.options.onRequest
      })
      this.authenticators.set(origin, authenticator)
    }
    return authenticator
  }
}
