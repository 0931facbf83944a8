/**
 * The HTTP adapter against a misbehaving back end: the reference server answers chosen calls with an HTML page,
 * a body that breaks the contract, 500, 503, 401, or too late; a closed port refuses the connection. Real
 * sockets throughout, no fetch mock.
 */
import { expect } from '@open-wc/testing';
import { isAbortError, type AdapterError, type AdapterMethod } from '@moncompte/core';
import { createHttpAdapter, type HttpAdapterOptions } from '@moncompte/adapters/http';
import { DEMO_ACCOUNTS } from '@moncompte/adapters/memory';
import { credentials, idempotencyKey, logIn, rejection, TODAY } from './helpers.js';
import {
  closedPort,
  injectFault,
  recordedRequests,
  remainingFaults,
  resetWorld,
  startReferenceServer,
  stopReferenceServer,
  type RunningServer,
} from './reference-server.js';

let server: RunningServer | undefined;
before(async () => {
  server = await startReferenceServer();
});
after(() => stopReferenceServer(server));

/**
 * A signed-in adapter with `options`. The log-in goes through an adapter of the default timeout: a test's short
 * `timeoutMs` is for the call under test, not for the log-in and its CORS preflight (the session cookie is shared).
 */
async function loggedIn(options: Partial<HttpAdapterOptions> = {}) {
  await resetWorld(server!, { today: TODAY });
  await logIn(createHttpAdapter({ baseUrl: server!.baseUrl, retryDelayMs: 10 }));
  return createHttpAdapter({ baseUrl: server!.baseUrl, timeoutMs: 3000, retryDelayMs: 10, ...options });
}

describe('HTTP adapter: faults of the back end', () => {
  it('turns an HTML page answered with 200 into invalid-response', async () => {
    const adapter = await loggedIn();
    await injectFault(server!, { method: 'getAlerts', mode: 'html' });
    const error = await rejection(adapter.getAlerts(), 'invalid-response');
    expect(error.message).to.contain('text/html');
    expect((await adapter.getAlerts()).alerts.length).to.be.greaterThan(0);
  });

  it('turns a body that does not match the schema into invalid-response', async () => {
    const adapter = await loggedIn();
    await injectFault(server!, { method: 'getNews', mode: 'mismatch' });
    const error = await rejection(adapter.getNews(), 'invalid-response');
    expect(error.message).to.contain('does not match the contract');
  });

  it('maps 500 to a retryable server error, without retrying', async () => {
    const adapter = await loggedIn({ retries: 2 });
    await injectFault(server!, { method: 'getProfile', mode: '500', count: 2 });
    const error = await rejection(adapter.getProfile(), 'server');
    expect(error.retryable).to.equal(true);
    expect(error.status).to.equal(500);
    expect((await remainingFaults(server!)).getProfile).to.equal(1);
  });

  it('retries a GET after 503 with backoff, and never a POST', async () => {
    const adapter = await loggedIn({ retries: 2 });
    await injectFault(server!, { method: 'getAgenda', mode: '503', count: 2 });
    expect((await adapter.getAgenda()).events.length).to.be.greaterThan(0);
    expect((await remainingFaults(server!)).getAgenda).to.equal(0);
    await injectFault(server!, { method: 'grantAuthorisation', mode: '503', count: 2 });
    await rejection(adapter.grantAuthorisation({ personId: 'p-fabrice' }), 'server');
    expect((await remainingFaults(server!)).grantAuthorisation).to.equal(1);
  });

  it('maps 401 to unauthorized and calls onUnauthorized once', async () => {
    const calls: [AdapterError, AdapterMethod][] = [];
    const adapter = await loggedIn({ onUnauthorized: (error, method) => calls.push([error, method]) });
    await injectFault(server!, { method: 'getPaymentsSummary', mode: '401' });
    await rejection(adapter.getPaymentsSummary(), 'unauthorized');
    expect(calls.map(([e, m]) => [e.kind, m])).to.deep.equal([['unauthorized', 'getPaymentsSummary']]);
  });

  it('gives up with timeout when the answer is slower than timeoutMs', async () => {
    const adapter = await loggedIn({ timeoutMs: 300, retries: 0 });
    await injectFault(server!, { method: 'getMessagesSummary', mode: 'slow', delayMs: 2000 });
    const error = await rejection(adapter.getMessagesSummary(), 'timeout');
    expect(error.retryable).to.equal(true);
  });

  it('says timeout (retryable), not invalid-response, when the body stalls after the status', async () => {
    const adapter = await loggedIn({ timeoutMs: 300, retries: 0 });
    await injectFault(server!, { method: 'getMessagesSummary', mode: 'slow-body', delayMs: 2000 });
    const error = await rejection(adapter.getMessagesSummary(), 'timeout');
    expect(error.retryable).to.equal(true);
    // And the caller's abort while the body is read is an abort.
    await injectFault(server!, { method: 'getNews', mode: 'slow-body', delayMs: 2000 });
    const controller = new AbortController();
    const pending = adapter.getNews({ signal: controller.signal });
    setTimeout(() => controller.abort(), 150);
    expect(isAbortError(await rejection(pending, 'network'))).to.equal(true);
  });

  it('gives a file upload more time than other requests (uploadTimeoutMs)', async () => {
    const adapter = await loggedIn({ timeoutMs: 200, uploadTimeoutMs: 5000, retries: 0 });
    await injectFault(server!, { method: 'uploadDocumentFile', mode: 'slow', delayMs: 600 });
    const file = new File(['%PDF-1.4\n%%EOF\n'], 'lent.pdf', { type: 'application/pdf' });
    expect((await adapter.uploadDocumentFile(file)).uploadId).to.be.a('string');
    await injectFault(server!, { method: 'getNews', mode: 'slow', delayMs: 600 });
    await rejection(adapter.getNews(), 'timeout');
  });

  it('reports network when the connection is refused', async () => {
    const adapter = createHttpAdapter({ baseUrl: `http://${location.hostname}:${await closedPort()}`, retries: 1, retryDelayMs: 10 });
    const error = await rejection(adapter.getSession(), 'network');
    expect(error.retryable).to.equal(true);
  });

  it('stops at once when the caller aborts, even during a slow answer', async () => {
    const adapter = await loggedIn();
    await injectFault(server!, { method: 'getNews', mode: 'slow', delayMs: 2000 });
    const controller = new AbortController();
    const pending = adapter.getNews({ signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = await rejection(pending, 'network');
    expect(isAbortError(error)).to.equal(true);
  });
});

describe('HTTP adapter: statuses, headers and cookies', () => {
  it('maps 422 to validation with the field problems of the server', async () => {
    await resetWorld(server!, { today: TODAY });
    const adapter = createHttpAdapter({ baseUrl: server!.baseUrl });
    const error = await rejection(adapter.login(credentials(DEMO_ACCOUNTS.caf, { identifier: '12' })), 'validation');
    expect(error.status).to.equal(422);
    expect(error.fieldErrors?.identifier?.[0]?.key).to.equal('nir.tooShort');
  });

  it('maps 429 to rate-limited with Retry-After', async () => {
    await resetWorld(server!, { today: TODAY, requireCodeAtLogin: true, resendDelaySeconds: 40 });
    const adapter = createHttpAdapter({ baseUrl: server!.baseUrl });
    const outcome = await adapter.login(credentials(DEMO_ACCOUNTS.caf));
    if (outcome.status !== 'code-required') throw new Error(outcome.status);
    const error = await rejection(adapter.resendCode({ challengeId: outcome.challenge.id }), 'rate-limited');
    expect(error.retryAfterSeconds).to.be.within(30, 40);
  });

  it('sends the idempotency key as a header and the CSRF header on unsafe requests', async () => {
    const adapter = await loggedIn({ csrfHeader: () => ({ 'X-Requested-With': 'portail-caf' }) });
    const flow = await adapter.getSituationFlow({ flowId: 'separation' });
    const key = idempotencyKey();
    await adapter.submitSituationChange({ idempotencyKey: key, flowId: flow.id, flowVersion: flow.version, answers: { separationDate: '2026-10-01', moved: 'no' } });
    const submission = (await recordedRequests(server!)).find((r) => r.path === '/situation-flows/separation/submissions');
    expect(submission?.headers['idempotency-key']).to.equal(key);
    expect(submission?.headers['x-requested-with']).to.equal('portail-caf');
  });

  it('is refused (forbidden) without the CSRF header', async () => {
    await resetWorld(server!, { today: TODAY });
    const adapter = createHttpAdapter({ baseUrl: server!.baseUrl, csrfHeader: () => ({}) });
    const error = await rejection(adapter.login(credentials(DEMO_ACCOUNTS.caf)), 'forbidden');
    expect(error.status).to.equal(403);
  });

  it('keeps the session in a cookie shared by two adapters of the page', async () => {
    await resetWorld(server!, { today: TODAY });
    await logIn(createHttpAdapter({ baseUrl: server!.baseUrl }));
    expect((await createHttpAdapter({ baseUrl: server!.baseUrl }).getSession()).session?.user.firstName).to.equal('Muriel');
  });

  it('cannot be called from an origin the server does not allow', async () => {
    const strict = await startReferenceServer(['https://portail.example']);
    try {
      const adapter = createHttpAdapter({ baseUrl: strict.baseUrl, retries: 0 });
      await rejection(adapter.getSession(), 'network');
    } finally {
      await stopReferenceServer(strict);
    }
  });

  it('uploads with progress and aborts an upload', async () => {
    const adapter = await loggedIn();
    const seen: number[] = [];
    const bytes = new Uint8Array(200_000);
    bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
    const uploaded = await adapter.uploadDocumentFile(new File([bytes], 'scan.pdf', { type: 'application/pdf' }), { onProgress: (p) => seen.push(p.loaded) });
    expect(uploaded).to.include({ name: 'scan.pdf', size: 200_000, kind: 'pdf' });
    expect(seen.at(-1)).to.equal(200_000);
    const controller = new AbortController();
    controller.abort();
    expect(isAbortError(await rejection(adapter.uploadDocumentFile(new File([bytes], 'b.pdf'), { signal: controller.signal })))).to.equal(true);
  });
});
