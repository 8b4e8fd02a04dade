/**
 * The base URL made absolute, if it is an http(s) URL or a relative one;
 * `undefined` for any other scheme (`javascript:`, `data:`, …), whose calls
 * then fail with `invalid_backend_url` without a request.
 */
export function safeBaseUrl(baseUrl: string): string | undefined {
  if (!/^[a-z][a-z\d+.-]*:/i.test(baseUrl) && typeof location === 'undefined') {
    throw new TypeError(`createRestAdapter: baseUrl "${baseUrl}" must be absolute outside a browser`);
  }
  let url: URL;
  try {
    url = new URL(baseUrl, typeof location === 'undefined' ? undefined : location.href);
  } catch {
    return undefined;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href.replace(/\/$/, '') : undefined;
}
