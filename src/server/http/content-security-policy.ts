/**
 * What a page of the app may load and run: only what comes from the app's own server. The exceptions are
 * the form check's: WebAssembly ('wasm-unsafe-eval', not eval), and blob: scripts and workers, because
 * TensorFlow.js starts its WASM threads from blob: URLs it makes itself. blob: and data: pictures and
 * videos are the member's own (a chosen recording, a canvas). Inline styles are allowed: the app needs
 * none, but the browser tests' screenshots add a <style>, and an injected style can do little next to an
 * injected script, which stays refused. The API docs send Swagger UI's own policy instead.
 */
const DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'", 'blob:'],
  'worker-src': ["'self'", 'blob:'],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'media-src': ["'self'", 'blob:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
} as const;

export const CONTENT_SECURITY_POLICY = Object.entries(DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');
