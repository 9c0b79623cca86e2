import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UnitOption } from '@reform-quiz/contracts';
import type { PickerProps } from '../../../components/ui/picker-props';
import { sessionStore } from '../../../lib/api-client';
import { jsonResponse, renderWithProviders, requestOf } from '../../../testing/render-with-providers';
import { RegisterForm } from './register-form';

const soNoiVu: UnitOption = { id: 7, code: 'SNV', name: 'Sở Nội vụ', kind: 'department', parentName: 'UBND tỉnh Quảng Nam' };

/** Stands in for the units feature's combobox: one button picks a unit. */
function StubUnitPicker({ id, name, label, value, onChange, error }: PickerProps<UnitOption>) {
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} readOnly value={value?.name ?? ''} />
      <button type="button" onClick={() => onChange(soNoiVu)}>
        Chọn Sở Nội vụ
      </button>
      {error && <p>{error}</p>}
    </div>
  );
}

function field(name: string): HTMLInputElement {
  const element = document.querySelector<HTMLInputElement>(`[name="${name}"]`);
  if (!element) throw new Error(`no field named ${name}`);
  return element;
}

function type(name: string, value: string) {
  const input = field(name);
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
}

/** A complete, valid registration; tests then spoil one field. */
function fillValidForm() {
  type('fullName', 'Nguyễn Thị Thu Hà');
  type('phone', '0905 123 456');
  type('dateOfBirth', '1990-05-01');
  fireEvent.click(screen.getByLabelText('Nữ'));
  fireEvent.click(screen.getByRole('button', { name: 'Chọn Sở Nội vụ' }));
  fireEvent.click(screen.getByLabelText('Cán bộ, công chức, viên chức'));
  type('password', 'Xuân-Hạ-2018!');
  type('passwordConfirm', 'Xuân-Hạ-2018!');
  fireEvent.click(field('consent'));
}

function submit() {
  fireEvent.click(screen.getByRole('button', { name: 'Đăng ký' }));
}

function errorOf(name: string): string | null {
  const describedBy = field(name).getAttribute('aria-describedby') ?? '';
  const error = describedBy
    .split(' ')
    .map((id) => document.getElementById(id))
    .find((element) => element?.classList.contains('field__error'));
  return error?.textContent?.replace('⚠ ', '') ?? null;
}

describe('RegisterForm', () => {
  let fetchMock: ReturnType<typeof vi.fn>;
  let onRegistered: ReturnType<typeof vi.fn<() => void>>;

  beforeEach(() => {
    fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    onRegistered = vi.fn<() => void>();
    renderWithProviders(<RegisterForm UnitPicker={StubUnitPicker} onRegistered={onRegistered} />);
  });

  afterEach(() => {
    sessionStore.clear();
    vi.unstubAllGlobals();
  });

  it('shows a Vietnamese message for a malformed CCCD on blur', async () => {
    type('nationalId', '12345');
    await waitFor(() => expect(errorOf('nationalId')).toBe('Số CCCD không hợp lệ. Số CCCD gồm 12 chữ số, 3 chữ số đầu là mã tỉnh nơi đăng ký khai sinh.'));
    expect(field('nationalId').getAttribute('aria-invalid')).toBe('true');
  });

  it('submits nothing while the CCCD is malformed and focuses the error summary', async () => {
    fillValidForm();
    type('nationalId', '049090001');
    submit();

    const summary = await screen.findByRole('heading', { name: 'Vui lòng kiểm tra lại các thông tin sau' });
    const box = summary.closest('.error-summary');
    await waitFor(() => expect(document.activeElement).toBe(box));
    const links = within(box as HTMLElement).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Số CCCD: Số CCCD không hợp lệ. Số CCCD gồm 12 chữ số, 3 chữ số đầu là mã tỉnh nơi đăng ký khai sinh.',
    ]);
    expect(links[0].getAttribute('href')).toBe('#register-national-id');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('checks the CCCD against the year of birth, as the server does', async () => {
    type('dateOfBirth', '1995-03-02');
    type('nationalId', '049090001234');
    await waitFor(() => expect(errorOf('nationalId')).toBe('Số CCCD không khớp với năm sinh đã nhập.'));
  });

  it('lists every missing required field on an empty submit', async () => {
    submit();
    await screen.findByRole('heading', { name: 'Vui lòng kiểm tra lại các thông tin sau' });
    expect(errorOf('fullName')).toBe('Thông tin này là bắt buộc.');
    expect(errorOf('phone')).toBe('Thông tin này là bắt buộc.');
    expect(errorOf('consent')).toBe('Bạn cần đồng ý cho xử lý dữ liệu cá nhân để đăng ký dự thi.');
    expect(screen.getByText('Đơn vị: Thông tin này là bắt buộc.')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('rejects a landline number and a too-short password', async () => {
    type('phone', '0235 3504567');
    type('password', 'short1!');
    await waitFor(() => expect(errorOf('phone')).toMatch(/^Số điện thoại không hợp lệ/));
    expect(errorOf('password')).toBe('Mật khẩu phải có ít nhất 8 ký tự.');
  });

  it('sends a normalised request and signs the entrant in', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(
        {
          accessToken: 'token-1',
          tokenType: 'Bearer',
          expiresAt: new Date(Date.now() + 900_000).toISOString(),
          user: { id: 'u1', role: 'participant', fullName: 'Nguyễn Thị Thu Hà' },
        },
        201,
      ),
    );
    fillValidForm();
    type('address.district', '  Tam   Kỳ ');
    submit();

    await waitFor(() => expect(onRegistered).toHaveBeenCalled());
    const request = requestOf(fetchMock.mock.calls[0]);
    expect(request.url).toBe('/api/v1/auth/register');
    expect(request.method).toBe('POST');
    expect(request.body).toEqual({
      fullName: 'Nguyễn Thị Thu Hà',
      phone: '0905123456',
      dateOfBirth: '1990-05-01',
      gender: 'female',
      unitId: 7,
      category: 'civil_servant',
      address: { district: 'Tam Kỳ' },
      password: 'Xuân-Hạ-2018!',
      consent: true,
    });
    expect(sessionStore.getState().status).toBe('authenticated');
  });

  it('shows PHONE_TAKEN on the phone field', async () => {
    fetchMock.mockResolvedValue(jsonResponse({ error: { code: 'PHONE_TAKEN', message: 'taken' } }, 409));
    fillValidForm();
    submit();
    await waitFor(() => expect(errorOf('phone')).toBe('Số điện thoại này đã được dùng để đăng ký một tài khoản khác.'));
    expect(onRegistered).not.toHaveBeenCalled();
  });

  it('maps the server field errors onto the fields', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(
        {
          error: {
            code: 'VALIDATION_FAILED',
            message: 'invalid',
            details: [
              { field: 'password', code: 'PASSWORD_TOO_COMMON', message: 'common' },
              { field: 'unitId', code: 'INVALID_VALUE', message: 'no such unit' },
            ],
          },
        },
        400,
      ),
    );
    fillValidForm();
    submit();
    await waitFor(() => expect(errorOf('password')).toBe('Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.'));
    expect(screen.getByText('Đơn vị: Giá trị không hợp lệ.')).toBeTruthy();
  });
});
