import { optionLetter } from '../../../components/question-view/question-view';

/** One shape per position, so options differ by more than their colour (colour-blind players, a washed-out projector). */
const SHAPES = [
  'M12 2.5 22 20.5H2z', // triangle
  'M12 1.5 22.5 12 12 22.5 1.5 12z', // diamond
  'M12 2a10 10 0 1 0 0 20 10 10 0 1 0 0-20z', // circle
  'M3 3h18v18H3z', // square
  'M12 1.8l3 6.6 7.2.8-5.4 4.9 1.6 7.1L12 17.5l-6.4 3.7 1.6-7.1L1.8 9.2 9 8.4z', // star
  'M12 2l10 7.4-3.8 11.8H5.8L2 9.4z', // pentagon
  'M7 2.5h10l5 9.5-5 9.5H7L2 12z', // hexagon
  'M8.5 2h7v6.5H22v7h-6.5V22h-7v-6.5H2v-7h6.5z', // cross
] as const;

/** The shape and letter (A, B, C…) of the option at `index`; decoration — the letter is also said in words where it matters. */
export function OptionMark({ index }: { index: number }) {
  return (
    <span className="option-mark" aria-hidden="true">
      <svg className="option-mark__shape" viewBox="0 0 24 24" focusable="false">
        <path d={SHAPES[index % SHAPES.length]} />
      </svg>
      <span className="option-mark__letter">{optionLetter(index)}</span>
    </span>
  );
}

/** The colour class of the option at `index` (white text on each, ≥ 4.5:1). */
export function optionTone(index: number): string {
  return `option-tone--${index % SHAPES.length}`;
}
