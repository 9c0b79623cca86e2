import { returnPath } from './return-path';

describe('returnPath', () => {
  it('goes back to the page that sent the user to sign in, with its query', () => {
    expect(returnPath({ from: { pathname: '/contests/1', search: '?x=1' } })).toBe('/contests/1?x=1');
  });

  it('refuses other sites and the sign-in pages themselves', () => {
    expect(returnPath({ from: { pathname: '//evil.example/x' } })).toBe('/profile');
    expect(returnPath({ from: { pathname: 'https://evil.example' } })).toBe('/profile');
    expect(returnPath({ from: { pathname: '/register' } }, '/')).toBe('/');
    expect(returnPath(null)).toBe('/profile');
  });
});
