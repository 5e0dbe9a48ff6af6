import type { Dispatcher } from 'undici'
import { request } from './undici'
import { ProtocolError } from '../oci/errors'
import { AuthError, CredentialsRefusedError, describeUrl, RegistryError } from './errors'
import { discard, readLimited } from './http'
import { parseTokenAnswer } from './token-answer'

const RESPONSE_LIMIT = 1024 * 1024

/** An access token from the realm, and how long it lives (seconds, when said). */
export interface AccessToken {
  value: string
  expiresIn?: number
}

/**
 * The OAuth2 refresh-token exchange of the distribution token spec (oauth.md): `POST` to the realm a
 * form `grant_type=refresh_token&refresh_token=...&service=...&scope=...&client_id=gcr-mirror`, answered
 * with `access_token`. Used for Docker config entries holding an `identitytoken` (Azure ACR).
 * The refresh token goes in the body only, never in a URL or a message.
 */
export async function exchangeRefreshToken(
  realm: URL,
  service: string | undefined,
  scopes: string[],
  refreshToken: string,
  dispatcher: Dispatcher,
  onRequest?: (event: { method: string; url: string; status: number }) => void
): Promise<AccessToken> {
  const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: 'gcr-mirror' })
  if (service) form.set('service', service)
  if (scopes.length) form.set('scope', scopes.join(' '))
  const url = realm
  const info = { method: 'POST', url: describeUrl(url.toString()) }
  const response = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: form.toString(),
    dispatcher
  })
  onRequest?.({ method: 'POST', url: info.url, status: response.statusCode })
  if (response.statusCode === 401) {
    await discard(response.body)
    throw new CredentialsRefusedError(
      `${url.host}: the token service refused the identity token (401); log in again (az acr login) or check the username and password`,
      401,
      info
    )
  }
  if (response.statusCode === 403) {
    await discard(response.body)
    throw new AuthError(`${url.host}: the token service denied ${scopes.join(' ')} to the identity token (403): no access to this repository`, 403, info)
  }
  if (response.statusCode !== 200) {
    await discard(response.body)
    throw new RegistryError(`${url.host}: token service ${info.url} answered ${response.statusCode}`, response.statusCode, info)
  }
  const body = parseTokenAnswer<{ access_token?: string; expires_in?: number }>(
    await readLimited(response.body, response.headers, RESPONSE_LIMIT, 'token response'),
    `${url.host}: token service ${info.url}`
  )
  if (!body.access_token) throw new ProtocolError(`${url.host}: token service ${info.url} answered without an access_token`)
  return { value: body.access_token, expiresIn: body.expires_in }
}
