import { screen, within } from '@testing-library/react';
import { changeLanguage } from '../../i18n/i18n';
import { sessionStore } from '../../lib/api-client';
import { signInAs } from '../../testing/question-fixtures';
import { renderWithProviders } from '../../testing/render-with-providers';
import { SiteHeader } from './site-header';

const navLinks = () =>
  within(screen.getByRole('navigation', { name: /./ }))
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);

describe('site navigation', () => {
  afterEach(() => sessionStore.clear());

  it('takes a judge to the jury’s area, in both languages', async () => {
    signInAs('judge', 'j1');
    renderWithProviders(<SiteHeader />);
    expect(navLinks()).toContainEqual(['Ban giám khảo', '/judging']);
    await changeLanguage('en');
    expect(await screen.findByRole('link', { name: 'Jury' })).toBeTruthy();
    await changeLanguage('vi');
  });

  it('does not offer it to entrants or the committee', () => {
    signInAs('participant', 'p1');
    const { unmount } = renderWithProviders(<SiteHeader />);
    expect(navLinks().map(([, href]) => href)).not.toContain('/judging');
    unmount();
    signInAs('organizer', 'o1');
    renderWithProviders(<SiteHeader />);
    expect(navLinks().map(([, href]) => href)).not.toContain('/judging');
  });
});
