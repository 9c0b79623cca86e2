import { TIE_BREAKS, type TieBreak } from '@reform-quiz/contracts';

/** One link of the ranking chain as the editor shows it: in the chain or left out. */
export interface ChainLink {
  tieBreak: TieBreak;
  included: boolean;
}

/** The contest's chain first, in its order; the links it drops after, in the default order. */
export function chainFromTieBreaks(tieBreaks: readonly TieBreak[]): ChainLink[] {
  const used = TIE_BREAKS.filter((link) => tieBreaks.includes(link)).sort((a, b) => tieBreaks.indexOf(a) - tieBreaks.indexOf(b));
  return [
    ...used.map((tieBreak) => ({ tieBreak, included: true })),
    ...TIE_BREAKS.filter((link) => !used.includes(link)).map((tieBreak) => ({ tieBreak, included: false })),
  ];
}

/** What the API stores: the included links, in order. */
export function tieBreaksFromChain(chain: readonly ChainLink[]): TieBreak[] {
  return chain.filter((link) => link.included).map((link) => link.tieBreak);
}

export function moveLink(chain: readonly ChainLink[], from: number, to: number): ChainLink[] {
  if (to < 0 || to >= chain.length || from === to) return [...chain];
  const next = [...chain];
  next.splice(to, 0, ...next.splice(from, 1));
  return next;
}

export function setLinkIncluded(chain: readonly ChainLink[], index: number, included: boolean): ChainLink[] {
  return chain.map((link, i) => (i === index ? { ...link, included } : link));
}

/** The place of each link among those in use (1-based), null for links left out. */
export function chainPositions(chain: readonly ChainLink[]): (number | null)[] {
  let position = 0;
  return chain.map((link) => (link.included ? ++position : null));
}
