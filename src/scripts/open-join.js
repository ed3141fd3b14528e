// Inline at the top of the root join page's body: the join link and QR code lead here, and this
// sends the phone on to the join page in its reader's language, keeping the code. The page lets
// the Content-Security-Policy run it by its hash, computed from this very text.
(() => {
  let saved = null;
  try {
    saved = localStorage.getItem('ccm:lang');
  } catch {
    // Storage blocked: fall back to the browser's language.
  }
  const wanted = saved || navigator.languages?.[0] || navigator.language || 'en';
  location.replace((/^ar\b/i.test(wanted) ? '/ar/join/' : '/en/join/') + location.search);
})();
