import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../testing/render-with-providers';
import { QuestionView, type QuestionViewQuestion } from './question-view';

const question: QuestionViewQuestion = {
  type: 'single_choice',
  stem: 'Cơ quan nào là **đầu mối** cải cách hành chính?\n<img src=x onerror="alert(1)">',
  points: 2,
  options: [
    { id: 'a', text: 'Sở Nội vụ' },
    { id: 'b', text: 'Sở *Tư pháp*' },
  ],
};

describe('QuestionView', () => {
  it('renders **bold** and line breaks as elements and markup as plain text', () => {
    const { container } = renderWithProviders(<QuestionView question={question} label="Câu 1" />);
    const strong = container.querySelector('strong');
    expect(strong?.textContent).toBe('đầu mối');
    expect(container.querySelector('br')).not.toBeNull();
    // The would-be image is text on screen, never an element.
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(/<img src=x onerror="alert\(1\)">/)).toBeTruthy();
    expect(container.querySelector('.answer em')?.textContent).toBe('Tư pháp');
  });

  it('offers the options as big radio targets named by their text, with letters in the order given', () => {
    renderWithProviders(<QuestionView question={question} />);
    const group = screen.getByRole('radiogroup');
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((radio) => radio.closest('label')?.textContent)).toEqual(['A.Sở Nội vụ', 'B.Sở Tư pháp']);
    fireEvent.click(radios[1]);
    expect((radios[1] as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('Chọn một đáp án.')).toBeTruthy();
  });

  it('uses checkboxes for multiple choice and a text box for short answers', () => {
    const { rerender } = renderWithProviders(<QuestionView question={{ ...question, type: 'multiple_choice' }} />);
    expect(screen.getAllByRole('checkbox')).toHaveLength(2);
    expect(screen.getByText('Chọn tất cả các đáp án đúng.')).toBeTruthy();
    rerender(<QuestionView question={{ ...question, type: 'short_text', options: [] }} />);
    expect(screen.getByRole('textbox', { name: 'Câu trả lời của bạn' })).toBeTruthy();
  });
});
