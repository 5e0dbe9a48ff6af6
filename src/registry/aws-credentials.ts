import { homedir } from 'node:os'
import { join } from 'node:path'
import type { AwsCredentials } from './aws-sigv4'
import { readRegularFile } from '../util/local-file'

/**
 * AWS credentials from the standard chain (AWS SDKs and Tools Reference Guide, "Standardized
 * credential providers"): the environment (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`,
 * `AWS_SESSION_TOKEN`, what aws-actions/configure-aws-credentials exports), then web identity
 * (`AWS_WEB_IDENTITY_TOKEN_FILE` and `AWS_ROLE_ARN`, assumed by `webIdentity`), then the shared
 * credentials file (`AWS_SHARED_CREDENTIALS_FILE`, default `~/.aws/credentials`) at the profile
 * `AWS_PROFILE` (default `default`). Undefined when none has them.
 */
export async function awsCredentials(
  env: NodeJS.ProcessEnv = process.env,
  webIdentity?: (roleArn: string, token: string) => Promise<AwsCredentials>
): Promise<AwsCredentials | undefined> {
  if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) {
    return {
      accessKeyId: env.AWS_ACCESS_KEY_ID,
      secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
      ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {})
    }
  }
  // Web identity (EKS service accounts, a GitHub OIDC token written to a file): the role is assumed with the token.
  if (webIdentity && env.AWS_WEB_IDENTITY_TOKEN_FILE && env.AWS_ROLE_ARN) {
    const token = (await readRegularFile(env.AWS_WEB_IDENTITY_TOKEN_FILE)).toString('utf8').trim()
    return webIdentity(env.AWS_ROLE_ARN, token)
  }
  const file = env.AWS_SHARED_CREDENTIALS_FILE || join(env.HOME || homedir(), '.aws', 'credentials')
  let text: string
  try {
    text = (await readRegularFile(file)).toString('utf8')
  } catch {
    return undefined
  }
  const section = profileSection(text, env.AWS_PROFILE || 'default')
  if (!section.aws_access_key_id || !section.aws_secret_access_key) return undefined
  return {
    accessKeyId: section.aws_access_key_id,
    secretAccessKey: section.aws_secret_access_key,
    ...(section.aws_session_token ? { sessionToken: section.aws_session_token } : {})
  }
}

/** The keys of one `[profile]` section of an INI credentials file. */
export function profileSection(text: string, profile: string): Record<string, string> {
  const keys: Record<string, string> = {}
  let inside = false
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (!line || line.startsWith('#') || line.startsWith(';')) continue
    const header = /^\[\s*(.+?)\s*\]$/.exec(line)
    if (header) {
      inside = header[1] === profile
      continue
    }
    const pair = /^([^=]+?)\s*=\s*(.*)$/.exec(line)
    if (inside && pair) keys[pair[1].toLowerCase()] = pair[2]
  }
  return keys
}
