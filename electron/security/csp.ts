/**
 * The Content-Security-Policy of every page Gouji shows, sent by the web door and the
 * Electron protocol handler alike (the renderer's index.html carries the same as a
 * meta tag). 'wasm-unsafe-eval' lets pdf.js compile its image decoders; JavaScript
 * eval stays forbidden.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
