import { expect } from '@open-wc/testing';
import { ADAPTER_ERROR_KINDS, AdapterError, httpStatusForKind, isAbortError, kindForHttpStatus, toAdapterError } from './errors.js';
import { errorMessages } from './i18n/catalogues/errors.js';

describe('AdapterError', () => {
  it('gives every kind a message key of the errors catalogue and the documented retry default', () => {
    const retryable = ADAPTER_ERROR_KINDS.filter((kind) => new AdapterError(kind).retryable);
    expect(retryable).to.deep.equal(['network', 'timeout', 'rate-limited', 'server']);
    for (const kind of ADAPTER_ERROR_KINDS) {
      const error = new AdapterError(kind);
      expect(error.messageKey).to.equal(`error.${kind}`);
      expect(errorMessages.fr).to.have.property(error.messageKey);
      expect(error).to.be.instanceOf(Error);
      expect(error.name).to.equal('AdapterError');
    }
  });

  it('carries field errors, retry-after, status, cause and overrides', () => {
    const cause = new Error('boom');
    const error = new AdapterError('validation', 'bad input', {
      fieldErrors: { nir: [{ key: 'nir.wrongKey' }] },
      status: 422,
      cause,
    });
    expect(error.fieldErrors).to.deep.equal({ nir: [{ key: 'nir.wrongKey' }] });
    expect(error.status).to.equal(422);
    expect(error.cause).to.equal(cause);
    expect(error.message).to.equal('bad input');
    const limited = new AdapterError('rate-limited', 'slow down', { retryAfterSeconds: 30, retryable: false, messageKey: 'login.locked' });
    expect(limited).to.deep.include({ retryAfterSeconds: 30, retryable: false, messageKey: 'login.locked' });
  });

  it('recognises its instances and look-alikes from another copy of the package, nothing else', () => {
    expect(AdapterError.is(new AdapterError('server'))).to.equal(true);
    const foreign = Object.assign(new Error('x'), { name: 'AdapterError', kind: 'timeout', messageKey: 'error.timeout', retryable: true });
    expect(AdapterError.is(foreign)).to.equal(true);
    expect(AdapterError.is(Object.assign(new Error('x'), { name: 'AdapterError', kind: 'oops', messageKey: 'k' }))).to.equal(false);
    expect(AdapterError.is(new Error('x'))).to.equal(false);
    expect(AdapterError.is(null)).to.equal(false);
    expect(AdapterError.is('AdapterError')).to.equal(false);
  });
});

describe('toAdapterError', () => {
  it('returns an AdapterError unchanged', () => {
    const error = new AdapterError('conflict');
    expect(toAdapterError(error)).to.equal(error);
  });

  it('maps what fetch, signals, JSON and schemas throw, keeping the cause', async () => {
    const fetchFailure = await fetch('http://127.0.0.1:9/').catch((e: unknown) => e);
    const network = toAdapterError(fetchFailure);
    expect(network).to.deep.include({ kind: 'network', retryable: true });
    expect(network.cause).to.equal(fetchFailure);

    const timeout = AbortSignal.timeout(0);
    await new Promise((resolve) => timeout.addEventListener('abort', resolve));
    expect(toAdapterError(timeout.reason).kind).to.equal('timeout');

    const controller = new AbortController();
    controller.abort();
    const aborted = toAdapterError(controller.signal.reason);
    expect(aborted).to.deep.include({ kind: 'network', retryable: false });
    expect(isAbortError(aborted)).to.equal(true);
    expect(isAbortError(network)).to.equal(false);

    let syntax: unknown;
    try {
      JSON.parse('<!doctype html>');
    } catch (e) {
      syntax = e;
    }
    expect(toAdapterError(syntax).kind).to.equal('invalid-response');
    expect(toAdapterError({ name: '$ZodError', issues: [] }).kind).to.equal('invalid-response');
    expect(toAdapterError(new RangeError('bug'))).to.deep.include({ kind: 'server', message: 'bug' });
    expect(toAdapterError('weird').kind).to.equal('server');
  });
});

describe('HTTP status mapping', () => {
  it('maps statuses to kinds and kinds back to statuses', () => {
    const pairs: [number, string][] = [
      [400, 'validation'], [401, 'unauthorized'], [403, 'forbidden'], [404, 'not-found'], [408, 'timeout'],
      [409, 'conflict'], [422, 'validation'], [429, 'rate-limited'], [500, 'server'], [503, 'server'], [504, 'timeout'],
      [302, 'invalid-response'],
    ];
    expect(pairs.map(([status]) => [status, kindForHttpStatus(status)])).to.deep.equal(pairs);
    for (const kind of ADAPTER_ERROR_KINDS) {
      if (kind !== 'network' && kind !== 'invalid-response') expect(kindForHttpStatus(httpStatusForKind(kind))).to.equal(kind);
    }
  });
});
