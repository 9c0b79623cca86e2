import { DEFAULT_TIE_BREAKS } from '@reform-quiz/contracts';
import { chainFromTieBreaks, chainPositions, moveLink, setLinkIncluded, tieBreaksFromChain } from './tie-break-chain';

const show = (chain: ReturnType<typeof chainFromTieBreaks>) => chain.map((link) => `${link.included ? '+' : '-'}${link.tieBreak}`);

describe('the ranking chain in the editor', () => {
  it('shows the contest’s links first, in its order, then the links it drops', () => {
    expect(show(chainFromTieBreaks(['score', 'duration', 'prediction']))).toEqual(['+score', '+duration', '+prediction', '-submitted_at']);
    expect(show(chainFromTieBreaks([]))).toEqual(['-score', '-prediction', '-duration', '-submitted_at']);
    expect(tieBreaksFromChain(chainFromTieBreaks(DEFAULT_TIE_BREAKS))).toEqual(DEFAULT_TIE_BREAKS);
  });

  it('moves a link and keeps the others in order', () => {
    const chain = chainFromTieBreaks(DEFAULT_TIE_BREAKS);
    // score → duration → prediction → submitted earlier (the other order some contests use)
    expect(tieBreaksFromChain(moveLink(chain, 2, 1))).toEqual(['score', 'duration', 'prediction', 'submitted_at']);
    expect(tieBreaksFromChain(moveLink(chain, 0, 3))).toEqual(['prediction', 'duration', 'submitted_at', 'score']);
    // Past either end: nothing moves.
    expect(moveLink(chain, 0, -1)).toEqual(chain);
    expect(moveLink(chain, 3, 4)).toEqual(chain);
  });

  it('leaves out a dropped link, wherever it stands, and brings it back where it stands', () => {
    const dropped = setLinkIncluded(chainFromTieBreaks(DEFAULT_TIE_BREAKS), 1, false);
    expect(tieBreaksFromChain(dropped)).toEqual(['score', 'duration', 'submitted_at']);
    expect(chainPositions(dropped)).toEqual([1, null, 2, 3]);
    const movedWhileDropped = moveLink(dropped, 1, 3);
    expect(tieBreaksFromChain(setLinkIncluded(movedWhileDropped, 3, true))).toEqual(['score', 'duration', 'submitted_at', 'prediction']);
  });
});
