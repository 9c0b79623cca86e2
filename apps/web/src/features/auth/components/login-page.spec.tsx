import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { sessionStore } from '../../../lib/api-client';
import { jsonResponse, renderWithProviders, requestOf } from '../../../testing/render-with-providers';
import { LoginPage } from './login-page';

function fillAndSubmit(login: string, password: string) {
  fireEvent.change(screen.getByLabelText('Số điện thoại hoặc email'), { target: { value: login } });
  fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
}

describe('LoginPage', () => {
  let fetchMock: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    sessionStore.clear();
    fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/profile" element={<p>profile page</p>} />
      </Routes>,
      { route: '/login' },
    );
  });

  afterEach(() => {
    sessionStore.clear();
    vi.unstubAllGlobals();
  });

  it('translates a refused login', async () => {
    fetchMock.mockResolvedValue(jsonResponse({ error: { code: 'INVALID_CREDENTIALS', message: 'no' } }, 401));
    fillAndSubmit('0905123456', 'wrong-password');
    expect((await screen.findByRole('alert')).textContent).toBe('Số điện thoại/email hoặc mật khẩu không đúng.');
  });

  it('says how long to wait after too many attempts', async () => {
    fetchMock.mockResolvedValue(jsonResponse({ error: { code: 'TOO_MANY_ATTEMPTS', message: 'slow down' } }, 429, { 'Retry-After': '300' }));
    fillAndSubmit('0905123456', 'wrong-password');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Bạn đã đăng nhập sai quá nhiều lần nên tạm thời bị chặn.');
    expect(alert.textContent).toContain('Bạn có thể thử lại sau 5 phút.');
    await waitFor(() => expect(document.activeElement).toBe(alert));
  });

  it('normalises a phone number, signs in and goes to the profile', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse({ accessToken: 't', tokenType: 'Bearer', expiresAt: new Date(Date.now() + 900_000).toISOString(), user: { id: 'u1', role: 'participant' } }),
    );
    fillAndSubmit('+84 905 123 456', 'Xuân-Hạ-2018!');
    expect(await screen.findByText('profile page')).toBeTruthy();
    expect(requestOf(fetchMock.mock.calls[0]).body).toEqual({ login: '0905123456', password: 'Xuân-Hạ-2018!' });
    expect(sessionStore.getState().status).toBe('authenticated');
  });
});
