import { filterQuery, filtersFromParams, paramsFromFilters, questionListHref } from './use-question-filters';

describe('question filters in the URL', () => {
  it('read what is valid and drop the rest', () => {
    const { filters, page } = filtersFromParams(new URLSearchParams('bank=2&q=%20m%E1%BB%99t%20c%E1%BB%ADa%20&topic=procedures&type=bogus&status=in_review&page=3&source=61%2F2018'));
    expect(filters).toEqual({ bankId: 2, q: 'một cửa', topic: 'procedures', type: '', difficulty: '', status: 'in_review', tag: '', source: '61/2018' });
    expect(page).toBe(3);
    expect(filtersFromParams(new URLSearchParams('bank=-1&page=0')).filters.bankId).toBeNull();
  });

  it('write only what is set, so the same filters give the same link', () => {
    const { filters } = filtersFromParams(new URLSearchParams('topic=general&bank=1'));
    expect(paramsFromFilters(filters).toString()).toBe('bank=1&topic=general');
    expect(paramsFromFilters(filters, 2).toString()).toBe('bank=1&topic=general&page=2');
    expect(questionListHref({ bankId: 4, status: 'draft' })).toBe('/organizer/questions?bank=4&status=draft');
  });

  it('become API query parameters', () => {
    const { filters } = filtersFromParams(new URLSearchParams('bank=1&tag=m%E1%BB%99t%20c%E1%BB%ADa'));
    expect(filterQuery(filters)).toEqual({ bankId: 1, tag: 'một cửa', q: undefined, topic: undefined, type: undefined, difficulty: undefined, status: undefined, source: undefined });
  });
});
