import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import type { Profile, UnitOption } from '@reform-quiz/contracts';
import { useStatisticsScope } from './use-statistics-scope';

const snv: UnitOption = { id: 5, code: '49.SNV', name: 'Sở Nội vụ', kind: 'department', parentName: 'Tỉnh Quảng Nam' };
const user = (role: Profile['role']): Profile => ({
  id: 'u1',
  role,
  fullName: 'Tổ thư ký',
  phone: '0905000009',
  email: null,
  nationalId: null,
  dateOfBirth: '1980-01-01',
  gender: 'female',
  category: 'civil_servant',
  unit: snv,
  address: null,
  consentAt: null,
  createdAt: '2018-04-01T00:00:00Z',
});

function renderScope(route: string, profile: Profile | null) {
  let search = '';
  const wrapper = ({ children }: { children: ReactNode }) => <MemoryRouter initialEntries={[route]}>{children}</MemoryRouter>;
  const hook = renderHook(
    () => {
      search = useLocation().search;
      return useStatisticsScope(profile);
    },
    { wrapper },
  );
  return { ...hook, search: () => search };
}

describe('statistics scope', () => {
  it('reads round and unit from the address', () => {
    const { result } = renderScope('/contests/1/statistics?round=3&unit=42', null);
    expect(result.current).toMatchObject({ roundId: 3, unitId: 42, ownUnit: null });
  });

  it('gives an organizer their own unit first, and the province when they ask', () => {
    const { result, search } = renderScope('/contests/1/statistics', user('organizer'));
    expect(result.current).toMatchObject({ unitId: 5, ownUnit: snv });
    act(() => result.current.setUnit(null));
    expect(search()).toBe('?unit=all');
    expect(result.current).toMatchObject({ unitId: null, ownUnit: null });
  });

  it('shows the province to everyone else, and keeps the address bare for it', () => {
    const { result, search } = renderScope('/contests/1/statistics?unit=42&round=2', user('participant'));
    expect(result.current.unitId).toBe(42);
    act(() => result.current.setUnit(null));
    expect(search()).toBe('?round=2');
    act(() => result.current.setRound(null));
    expect(search()).toBe('');
    expect(renderScope('/contests/1/statistics', user('judge')).result.current.unitId).toBeNull();
  });

  it('ignores values that are not ids', () => {
    expect(renderScope('/contests/1/statistics?round=abc&unit=-4', null).result.current).toMatchObject({ roundId: null, unitId: null });
  });
});
