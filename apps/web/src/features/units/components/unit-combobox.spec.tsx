import { useState } from 'react';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { UnitOption } from '@reform-quiz/contracts';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { UnitCombobox } from './unit-combobox';

const units: UnitOption[] = [
  { id: 7, code: 'SNV', name: 'Sở Nội vụ', kind: 'department', parentName: 'UBND tỉnh Quảng Nam' },
  { id: 9, code: '502', name: 'Thành phố Tam Kỳ', kind: 'district', parentName: 'Tỉnh Quảng Nam' },
];

function Harness({ onChange }: { onChange: (unit: UnitOption | null) => void }) {
  const [value, setValue] = useState<UnitOption | null>(null);
  return (
    <UnitCombobox
      id="unit"
      name="unitId"
      label="Đơn vị"
      value={value}
      searchDelayMs={10}
      onChange={(unit) => {
        setValue(unit);
        onChange(unit);
      }}
    />
  );
}

describe('UnitCombobox', () => {
  let fetchMock: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    fetchMock = vi.fn(async (url: string) => (url.includes('q=') ? jsonResponse(units.slice(0, 1)) : jsonResponse(units)));
    vi.stubGlobal('fetch', fetchMock);
  });

  afterEach(() => vi.unstubAllGlobals());

  it('searches the API as the user types and shows each unit with its parent', async () => {
    renderWithProviders(<Harness onChange={() => undefined} />);
    const input = screen.getByRole('combobox', { name: 'Đơn vị' });
    expect(input).toHaveProperty('name', 'unitId');

    fireEvent.change(input, { target: { value: 'so noi vu' } });

    const option = await screen.findByRole('option', { name: /Sở Nội vụ/ });
    expect(option.textContent).toContain('UBND tỉnh Quảng Nam');
    expect(screen.getAllByRole('option')).toHaveLength(1);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const urls = fetchMock.mock.calls.map((call) => String(call[0]));
    // Debounced: one request for the text once typing pauses, none for the stale empty box.
    expect(urls).toEqual(['/api/v1/units?q=so+noi+vu&limit=20']);
    expect(await screen.findByText('Có 1 đơn vị phù hợp. Dùng phím mũi tên để chọn.')).toBeTruthy();
  });

  it('hands the picked unit to the form and shows its parent', async () => {
    const onChange = vi.fn();
    renderWithProviders(<Harness onChange={onChange} />);
    const input = screen.getByRole('combobox', { name: 'Đơn vị' });
    fireEvent.change(input, { target: { value: 'so noi' } });
    fireEvent.click(await screen.findByRole('option', { name: /Sở Nội vụ/ }));

    expect(onChange).toHaveBeenLastCalledWith(units[0]);
    expect((input as HTMLInputElement).value).toBe('Sở Nội vụ');
    expect(screen.getByText('Thuộc UBND tỉnh Quảng Nam')).toBeTruthy();

    // Typing over the picked unit un-picks it.
    fireEvent.change(input, { target: { value: 'Sở Nội' } });
    expect(onChange).toHaveBeenLastCalledWith(null);
  });

  it('says so when nothing matches', async () => {
    fetchMock.mockImplementation(async () => jsonResponse([]));
    renderWithProviders(<Harness onChange={() => undefined} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Đơn vị' }), { target: { value: 'xyz' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Không tìm thấy đơn vị phù hợp. Hãy thử gõ tên khác.'));
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });
});
