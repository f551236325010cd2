/**
 * Which form a page is, for the local drafts: the portal's origin and path, plus the query parameters that say
 * which proposal is open (`?id=1187`), without the ones that change on every visit (tracking, tokens, cache
 * busters). A single-page app's route in the hash (`#/proposal/12`) is part of it. Pure, tested on URLs.
 */
const VOLATILE = /^(utm_\w+|_\w*|t|ts|time|timestamp|token|csrf\w*|session\w*|sid|nonce|fbclid|gclid|ref|lang|page|tab|step)$/i;

export function formKeyOf(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  const params = [...u.searchParams].filter(([k]) => !VOLATILE.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const route = /^#!?\//.test(u.hash) ? `#${u.hash.replace(/^#!?/, '').replace(/[?#].*$/, '')}` : '';
  const path = u.pathname.replace(/\/+$/, '') || '/';
  return `${u.origin}${path}${query}${route}`;
}
