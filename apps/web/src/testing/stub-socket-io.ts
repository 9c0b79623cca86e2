import { StubSocket, stubServer } from './stub-socket';

/**
 * socket.io-client's `io` for tests: `vi.mock('socket.io-client', () => import('…/testing/stub-socket-io'))`.
 * Every socket answers with `stubServer`'s handlers.
 */
export function io(_uri: string, options: { auth: ConstructorParameters<typeof StubSocket>[0] }): StubSocket {
  const socket = new StubSocket(options.auth);
  socket.handlers = stubServer.handlers;
  socket.onConnectAttempt = (auth) => stubServer.onConnectAttempt(auth);
  stubServer.sockets.push(socket);
  return socket;
}
