/**
 * Where a key moves a presentation: +1 to the next item, −1 back, 0 for a key it ignores. The
 * arrow pointing the way the page reads moves on: right on an English page, left on an Arabic one.
 */
export function slideStep(key: string, dir: 'ltr' | 'rtl'): -1 | 0 | 1 {
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward || key === 'PageDown' || key === 'ArrowDown') return 1;
  if (key === back || key === 'PageUp' || key === 'ArrowUp') return -1;
  return 0;
}
