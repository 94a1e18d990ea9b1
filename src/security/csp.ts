// The one Content-Security-Policy of the site: every script, style, image, font and fetch comes from
// the site itself. Pagefind compiles its WebAssembly search engine in the browser, which needs
// 'wasm-unsafe-eval' (it allows WebAssembly compilation only, not JavaScript eval).
const DIRECTIVES: Array<[string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** For <meta http-equiv="Content-Security-Policy"> (SecurityMeta.astro). */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/**
 * For the HTTP header (deploy/nginx.conf): the same policy plus frame-ancestors, which browsers
 * honour only in a header (in a <meta> they ignore it and log an error).
 */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

export const PERMISSIONS_POLICY =
  'camera=(), microphone=(), geolocation=(), payment=(), usb=()';
