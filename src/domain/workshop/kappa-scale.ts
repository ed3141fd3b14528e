/**
 * Landis and Koch's words for Fleiss' kappa, the scale the live view and the consensus page show
 * beside the number, lowest band first. A kappa belongs to the first band whose `upTo` it does not
 * exceed.
 */
export const KAPPA_SCALE = [
  { band: 'poor', upTo: 0 },
  { band: 'slight', upTo: 0.2 },
  { band: 'fair', upTo: 0.4 },
  { band: 'moderate', upTo: 0.6 },
  { band: 'substantial', upTo: 0.8 },
  { band: 'almost-perfect', upTo: 1 },
] as const;
export type KappaBand = (typeof KAPPA_SCALE)[number]['band'];

/** The words for a kappa: "substantial" for 0.61–0.80; below zero is "poor". */
export function kappaBand(kappa: number): KappaBand {
  const rounded = Math.round(kappa * 100) / 100;
  return (KAPPA_SCALE.find((step) => rounded <= step.upTo) ?? KAPPA_SCALE[KAPPA_SCALE.length - 1]!)
    .band;
}
