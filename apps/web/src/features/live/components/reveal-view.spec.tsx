import { screen, within } from '@testing-library/react';
import { aLiveQuestion, aReveal } from '../../../testing/live-fixtures';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { correctAnswerText, RevealView } from './reveal-view';

describe('reveal view', () => {
  it('shows how many chose each option, as text and as a bar', () => {
    renderWithProviders(<RevealView question={aLiveQuestion()} reveal={aReveal()} />);
    const items = within(screen.getByTestId('reveal')).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByTestId('reveal-count').textContent)).toEqual(['3 người chọn', '1 người chọn', '0 người chọn', '1 người chọn']);
    // Bars are scaled to the players who answered (5).
    const bars = items.map((item) => (item.querySelector('.reveal__bar') as HTMLElement).style.width);
    expect(bars).toEqual(['60%', '20%', '0%', '20%']);
    expect(screen.getByText('5 người trả lời, 3 người trả lời đúng.')).toBeTruthy();
  });

  it('marks the right option with ✓ and in words, not by colour alone', () => {
    renderWithProviders(<RevealView question={aLiveQuestion()} reveal={aReveal()} />);
    const items = within(screen.getByTestId('reveal')).getAllByRole('listitem');
    const marked = items.filter((item) => within(item).queryByText('Đáp án đúng'));
    expect(marked).toHaveLength(1);
    expect(marked[0].textContent).toContain('Sở Nội vụ');
    expect(marked[0].textContent).toContain('✓');
    expect(marked[0].textContent).toContain('Phương án A');
    expect(screen.getByTestId('correct-answer').textContent).toBe('✓ Đáp án đúng: A. Sở Nội vụ');
  });

  it('names every right option of a multiple-choice question', () => {
    const question = aLiveQuestion({ type: 'multiple_choice', maxChoices: 4 });
    expect(correctAnswerText(question, ['o-c', 'o-a'])).toBe('A. Sở Nội vụ; C. Văn phòng UBND tỉnh');
    renderWithProviders(<RevealView question={question} reveal={aReveal({ correctOptionIds: ['o-a', 'o-c'] })} />);
    expect(screen.getAllByText('Đáp án đúng')).toHaveLength(2);
  });
});
