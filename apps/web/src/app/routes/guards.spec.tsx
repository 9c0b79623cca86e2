import { act, screen } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import type { Profile, Role } from '@reform-quiz/contracts';
import { sessionStore } from '../../lib/api-client';
import { renderWithProviders } from '../../testing/render-with-providers';
import { RequireAuth, RequireRole } from './guards';

function signIn(role: Role) {
  const user = { id: 'u1', role, fullName: 'Trần Văn Bình' } as Profile;
  sessionStore.start({ accessToken: 't', tokenType: 'Bearer', expiresAt: '2099-01-01T00:00:00Z', user });
}

function LoginProbe() {
  const location = useLocation();
  const from = (location.state as { from?: { pathname: string } } | null)?.from?.pathname;
  return <p>login page, from {from}</p>;
}

function renderAt(path: string) {
  return renderWithProviders(
    <Routes>
      <Route path="/" element={<p>home page</p>} />
      <Route path="/login" element={<LoginProbe />} />
      <Route
        path="/profile"
        element={
          <RequireAuth>
            <p>profile page</p>
          </RequireAuth>
        }
      />
      <Route
        path="/admin/users"
        element={
          <RequireRole allowed="admin">
            <p>admin page</p>
          </RequireRole>
        }
      />
      <Route
        path="/organizer/questions"
        element={
          <RequireRole allowed={['organizer', 'admin', 'judge']}>
            <p>question bank</p>
          </RequireRole>
        }
      />
    </Routes>,
    { route: path },
  );
}

describe('route guards', () => {
  afterEach(() => sessionStore.clear());

  it('sends a signed-out visitor to login, remembering where they wanted to go', () => {
    sessionStore.clear();
    renderAt('/profile');
    expect(screen.getByText('login page, from /profile')).toBeTruthy();
  });

  it('tells a participant that the admin area is not for them', () => {
    signIn('participant');
    renderAt('/admin/users');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Bạn không có quyền truy cập trang này');
    expect(screen.queryByText('admin page')).toBeNull();
  });

  it('lets an admin in', () => {
    signIn('admin');
    renderAt('/admin/users');
    expect(screen.getByText('admin page')).toBeTruthy();
  });

  it('lets in any of several roles, and no other', () => {
    signIn('judge');
    const { unmount } = renderAt('/organizer/questions');
    expect(screen.getByText('question bank')).toBeTruthy();
    unmount();
    signIn('participant');
    renderAt('/organizer/questions');
    expect(screen.queryByText('question bank')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Bạn không có quyền truy cập trang này');
  });

  it('goes home after a deliberate logout', () => {
    signIn('participant');
    renderAt('/profile');
    expect(screen.getByText('profile page')).toBeTruthy();
    act(() => sessionStore.clear('logout'));
    expect(screen.getByText('home page')).toBeTruthy();
  });
});
