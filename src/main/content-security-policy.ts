import directives from './content-security-policy.json';

/**
 * The app's Content-Security-Policy, sent as a response header by Electron (window.ts) and by the
 * browser host's server (scripts/web.mjs, which reads the same JSON file), so both runtimes enforce
 * one policy. Styles allow 'unsafe-inline' because Mantine writes inline styles; workers allow blob:
 * for off-thread imports. It matches the <meta> policy in src/renderer/index.html, which is what
 * guards file:// pages where a header may not apply; `frame-ancestors` only works as a header.
 */
export const CONTENT_SECURITY_POLICY: string = directives.join('; ');
