// Inline at the top of a language chooser's body (the root page, the root join page), so it runs
// before anything is drawn: open the same page in the reader's language, the one they chose
// before, else the browser's first choice, keeping the query (a join code). The page lets the
// Content-Security-Policy run it by its hash, computed from this very text.
(() => {
  if (/[?&]choose\b/.test(location.search)) return;
  let saved = null;
  try {
    saved = localStorage.getItem('ccm:lang');
  } catch {
    // Storage blocked: fall back to the browser's language.
  }
  const wanted = saved || navigator.languages?.[0] || navigator.language || 'en';
  const lang = /^ar\b/i.test(wanted) ? 'ar' : 'en';
  location.replace(`/${lang}${location.pathname}${location.search}`);
})();
