/**
 * Short-lived SIP credentials, as Kamailio's `auth_ephemeral` module checks
 * them (its default `username_format` 1 and SHA-1): the user name is
 * `<expiry as Unix seconds>:<user>`, the password the base64 of the
 * HMAC-SHA1 of that user name under a secret shared with the SIP server. The
 * SIP server recomputes it and refuses it once the expiry has passed; nothing
 * is stored anywhere. The same scheme as coturn's `use-auth-secret` (TURN
 * REST API). WebCrypto, so that it runs in Node and in the page alike.
 */
export interface EphemeralCredentials {
  /** `<expiry as Unix seconds>:<user>`: the SIP authorization user. */
  username: string;
  /** base64(HMAC-SHA1(secret, username)). */
  password: string;
}

const encoder = new TextEncoder();

export async function ephemeralCredentials(secret: string, user: string, expiresAt: Date): Promise<EphemeralCredentials> {
  const username = `${Math.floor(expiresAt.getTime() / 1000)}:${user}`;
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-1' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(username)));
  return { username, password: btoa(String.fromCharCode(...mac)) };
}
