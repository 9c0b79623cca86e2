import type { LiveAnswerAck, LiveAnswerRequest, LivePlayerView } from '@reform-quiz/contracts';
import type { LiveConnection } from '../../../lib/live-socket';

/**
 * A player's answer to the open question, timed by the server when it
 * arrives. The first answer stands: a second is refused with
 * LIVE_ALREADY_ANSWERED and changes nothing; after the time is up,
 * LIVE_QUESTION_CLOSED.
 */
export function sendLiveAnswer(connection: LiveConnection, request: LiveAnswerRequest): Promise<LiveAnswerAck> {
  return connection.request('live:answer', request);
}

/** The player's own score, rank and answer to the current question (right or wrong once revealed). */
export function getLivePlayerView(connection: LiveConnection, sessionId: string): Promise<LivePlayerView> {
  return connection.request('live:me', { sessionId });
}
