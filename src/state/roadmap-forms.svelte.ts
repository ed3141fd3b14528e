/**
 * The roadmap actions whose tracking form is open (id → true). A card keeps its form open when a
 * save moves it (to another phase, or past the fold of its phase), and stays in view while it is
 * open.
 */
export const openForms: Record<string, boolean> = $state({});
