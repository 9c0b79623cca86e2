import Fastify from 'fastify';

/**
 * The baseline: Fastify alone on the answer route's shape, parsing the JSON
 * body and answering a small JSON, with no auth, validation or database.
 * Run as its own process (PORT), like the API, so the two read as a ratio.
 */
const app = Fastify({ logger: false });

app.get('/api/v1/health', async () => ({ status: 'ok' }));

app.put<{ Params: { questionId: string }; Body: { clientSeq?: number } }>('/api/v1/attempts/:id/answers/:questionId', async (request) => {
  const now = new Date().toISOString();
  return { questionId: request.params.questionId, clientSeq: request.body?.clientSeq ?? 0, savedAt: now, serverNow: now };
});

void app.listen({ port: Number(process.env['PORT']), host: '127.0.0.1' });
process.on('disconnect', () => process.exit(0));
