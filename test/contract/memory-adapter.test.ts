/** What only the in-memory adapter does: fault injection, hanging, latency, options, storage, copies. */
import { expect } from '@open-wc/testing';
import { isAbortError } from '@moncompte/core';
import { createMemoryAdapter, DEMO_ACCOUNTS, DEMO_CODE, type DraftStorage } from '@moncompte/adapters/memory';
import { credentials, logIn, rejection, TODAY } from './helpers.js';

/** Resolves with 'pending' when the promise has not settled after a macrotask. */
async function stillPending(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await new Promise((resolve) => setTimeout(resolve, 20));
  return !settled;
}

describe('in-memory adapter', () => {
  it('fails the next N calls of a method with the kind asked, then recovers', async () => {
    const adapter = createMemoryAdapter({ today: TODAY, signedIn: DEMO_ACCOUNTS.caf.identifier });
    adapter.faults.failNext('getAlerts', 2, 'network');
    expect(adapter.faults.pending('getAlerts')).to.equal(2);
    expect((await rejection(adapter.getAlerts(), 'network')).retryable).to.equal(true);
    await rejection(adapter.getAlerts(), 'network');
    expect((await adapter.getAlerts()).alerts.length).to.equal(2);
    // Other methods are untouched.
    adapter.faults.failNext('getNews');
    expect((await adapter.getProfile()).person.firstName).to.equal('Muriel');
    await rejection(adapter.getNews(), 'server');
  });

  it('hangs a method until the call is aborted, and clear() ends the hang', async () => {
    const adapter = createMemoryAdapter({ today: TODAY, signedIn: DEMO_ACCOUNTS.caf.identifier });
    adapter.faults.hang('getPaymentsSummary');
    const controller = new AbortController();
    const pending = adapter.getPaymentsSummary({ signal: controller.signal });
    expect(await stillPending(pending)).to.equal(true);
    controller.abort();
    expect(isAbortError(await rejection(pending, 'network'))).to.equal(true);
    adapter.faults.clear('getPaymentsSummary');
    expect((await adapter.getPaymentsSummary()).lastPayment?.amount).to.equal(134.55);
  });

  it('waits `latency` before answering, and an abort during the wait wins', async () => {
    const adapter = createMemoryAdapter({ today: TODAY, latency: 60_000 });
    const controller = new AbortController();
    const pending = adapter.getSession({ signal: controller.signal });
    expect(await stillPending(pending)).to.equal(true);
    controller.abort();
    expect(isAbortError(await rejection(pending))).to.equal(true);
    const quick = createMemoryAdapter({ today: TODAY });
    expect(await stillPending(quick.getSession())).to.equal(false);
  });

  it('gives the very same outcome object for an unknown identifier and a wrong password', async () => {
    const adapter = createMemoryAdapter({ today: TODAY });
    const unknown = await adapter.login(credentials(DEMO_ACCOUNTS.caf, { identifier: '2990101999999' }));
    const wrong = await adapter.login(credentials(DEMO_ACCOUNTS.caf, { password: 'bonjour2026' }));
    expect(JSON.stringify(unknown)).to.equal(JSON.stringify(wrong));
    const unknownProvisional = await adapter.login(credentials(DEMO_ACCOUNTS.cafProvisional, { identifier: 'P00000000' }));
    expect(JSON.stringify(unknownProvisional)).to.equal(JSON.stringify(wrong));
  });

  it('lets only its agency’s accounts in when `agency` is set', async () => {
    const caf = createMemoryAdapter({ today: TODAY, agency: 'caf' });
    expect((await caf.login(credentials(DEMO_ACCOUNTS.msa))).status).to.equal('invalid-credentials');
    const msa = createMemoryAdapter({ today: TODAY, agency: 'msa' });
    expect((await msa.login(credentials(DEMO_ACCOUNTS.msa))).status).to.equal('success');
    expect((await msa.getPasswordPolicy()).classes).to.include('special');
  });

  it('starts logged in with `signedIn`, and refuses an unknown one', () => {
    expect(() => createMemoryAdapter({ signedIn: '0000000000000' })).to.throw(TypeError);
  });

  it('dates the seed relative to `today`', async () => {
    const adapter = createMemoryAdapter({ today: '2027-03-03', signedIn: DEMO_ACCOUNTS.caf.identifier });
    expect((await adapter.getPaymentsSummary()).lastPayment?.date).to.equal('2027-02-25');
    expect((await adapter.getAgenda()).from).to.equal('2027-03-03');
  });

  it('starts the links to an agency’s own pages with `linkBase` (its own defaults otherwise)', async () => {
    const links = async (agency: 'caf' | 'msa', linkBase?: { caf: string; msa: string }) => {
      const adapter = createMemoryAdapter({ today: TODAY, signedIn: DEMO_ACCOUNTS[agency].identifier, ...(linkBase ? { linkBase } : {}) });
      const [messages, contact] = await Promise.all([adapter.getMessagesSummary(), adapter.getContactChannels()]);
      return [...messages.latest.map((m) => m.href), ...contact.channels.map((c) => c.href)].filter((href): href is string => !!href);
    };
    expect((await links('caf')).every((href) => href.startsWith('/mon-compte/'))).to.equal(true);
    expect((await links('msa')).every((href) => href.startsWith('/mon-espace-prive/'))).to.equal(true);
    const portal = await links('caf', { caf: '/caf', msa: '/msa/' });
    expect(portal).to.include('/caf/contact/message');
    expect(portal.every((href) => href.startsWith('/caf/'))).to.equal(true);
  });

  it('returns copies: changing a result changes nothing inside the adapter', async () => {
    const adapter = createMemoryAdapter({ today: TODAY, signedIn: DEMO_ACCOUNTS.caf.identifier });
    const first = await adapter.getAlerts();
    first.alerts[0]!.title = 'Modifié';
    expect(() => (first.alerts as unknown as unknown[]).push({})).to.throw(TypeError);
    expect((await adapter.getAlerts()).alerts[0]!.title).to.equal('Déclaration de ressources');
    const other = createMemoryAdapter({ today: TODAY, signedIn: DEMO_ACCOUNTS.caf.identifier });
    await logIn(other);
    await other.grantAuthorisation({ personId: 'p-fabrice' });
    expect((await adapter.getAuthorisations()).given).to.deep.equal([]);
  });

  it('keeps drafts in the storage hook across adapters', async () => {
    const data = new Map<string, string>();
    const storage: DraftStorage = { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
    const first = createMemoryAdapter({ today: TODAY, signedIn: DEMO_ACCOUNTS.caf.identifier, storage });
    const flow = await first.getSituationFlow({ flowId: 'professional-situation' });
    const saved = await first.saveSituationDraft({ flowId: flow.id, flowVersion: flow.version, currentStepId: 'who', path: ['who'], answers: {} });
    expect([...data.keys()]).to.deep.equal(['mc-draft:a-muriel:professional-situation']);
    const second = createMemoryAdapter({ today: TODAY, signedIn: DEMO_ACCOUNTS.caf.identifier, storage });
    expect((await second.getSituationDraft({ flowId: flow.id })).draft).to.deep.equal(saved);
    data.set('mc-draft:a-muriel:professional-situation', '{not json');
    const third = createMemoryAdapter({ today: TODAY, signedIn: DEMO_ACCOUNTS.caf.identifier, storage });
    expect((await third.getSituationDraft({ flowId: flow.id })).draft).to.equal(null);
  });

  it('expires codes and idle sessions on its clock; each call extends the session', async () => {
    let clock = Date.parse('2026-10-12T08:00:00Z');
    const withCode = createMemoryAdapter({ today: TODAY, now: () => clock, requireCodeAtLogin: true });
    const outcome = await withCode.login(credentials(DEMO_ACCOUNTS.caf));
    if (outcome.status !== 'code-required') throw new Error(outcome.status);
    clock += 11 * 60_000;
    expect(await withCode.verifyCode({ challengeId: outcome.challenge.id, code: '123456' })).to.deep.equal({ status: 'expired' });

    const adapter = createMemoryAdapter({ today: TODAY, now: () => clock, sessionMinutes: 10 });
    await logIn(adapter);
    clock += 9 * 60_000;
    await adapter.getAlerts();
    clock += 9 * 60_000;
    await adapter.getAlerts();
    clock += 11 * 60_000;
    await rejection(adapter.getAlerts(), 'unauthorized');
    expect(await adapter.getSession()).to.deep.equal({ session: null });
  });

  it('validates inputs with the contract schemas', async () => {
    const adapter = createMemoryAdapter({ today: TODAY });
    const error = await rejection(adapter.login({ identifierKind: 'email', identifier: 'x', password: '', rememberMe: false } as never), 'validation');
    expect(Object.keys(error.fieldErrors ?? {})).to.have.members(['identifierKind', 'password']);
  });
  it('completes a FranceConnect round trip it started, once, for the agency’s demo account', async () => {
    let now = Date.parse(`${TODAY}T09:00:00Z`);
    const adapter = createMemoryAdapter({ today: TODAY, agency: 'msa', now: () => now, franceConnectUrl: '/msa/franceconnect' });
    const redirect = await adapter.startFranceConnect({ variant: 'franceconnect', returnTo: '/msa/profil' });
    expect(redirect.method).to.equal('GET');
    const state = new URL(redirect.url, 'https://portail.example').searchParams.get('state') ?? '';
    expect(redirect.url.startsWith('/msa/franceconnect?')).to.equal(true);

    const { session, returnTo } = await adapter.completeFranceConnect(state);
    expect(returnTo).to.equal('/msa/profil');
    expect(session.method).to.equal('franceconnect');
    expect(session.identifier).to.equal(DEMO_ACCOUNTS.msa.identifier);
    expect((await adapter.getSession()).session?.method).to.equal('franceconnect');
    // The same state a second time, a state never issued, a state too old: refused, and nothing is opened.
    await rejection(adapter.completeFranceConnect(state), 'not-found');
    await rejection(adapter.completeFranceConnect('state-forged'), 'not-found');
    const plus = await adapter.startFranceConnect({ variant: 'franceconnect-plus' });
    expect(plus.method).to.equal('POST');
    const plusState = plus.method === 'POST' ? plus.fields['state'] ?? '' : '';
    now += 11 * 60 * 1000;
    await rejection(adapter.completeFranceConnect(plusState), 'not-found');
  });
  it('tells the partner, by a message, of a management authorisation given to them or ended (seed 001)', async () => {
    const adapter = createMemoryAdapter({ today: TODAY });
    const unread = async () => (await adapter.getMessagesSummary()).latest.filter((m) => m.unread).map((m) => m.subject);
    const fabrice = { identifierKind: 'nir', identifier: '1821175056021', password: 'Automne2026', rememberMe: false } as const;
    await logIn(adapter);
    await adapter.grantAuthorisation({ personId: 'p-fabrice' });
    await adapter.logout();

    // Fabrice, Muriel's partner, creates his account: the message is waiting for him.
    const challenge = await adapter.startRegistration({
      identifierKind: 'nir', identifier: fabrice.identifier, birthDate: '1982-11-02', contact: { channel: 'email', value: 'fabrice.carre@exemple.fr' },
    });
    const verified = await adapter.verifyCode({ challengeId: challenge.id, code: DEMO_CODE });
    if (verified.status !== 'valid' || !verified.token) throw new Error('no registration token');
    await adapter.completeRegistration({ registrationToken: verified.token, password: fabrice.password });
    const summary = await adapter.getMessagesSummary();
    expect(summary.unreadCount).to.equal(1);
    expect(summary.latest[0]).to.include({
      subject: 'Muriel Lefèvre vous a donné une autorisation de gestion de son dossier',
      sender: 'Caf du Finistère',
      href: '/mon-compte/gerer-mon-compte/autorisations',
      unread: true,
    });
    // He renounces it: Muriel is told.
    const [received] = (await adapter.getAuthorisations()).received;
    await adapter.revokeAuthorisation({ authorisationId: received!.id });
    await adapter.logout();
    await logIn(adapter);
    expect((await unread())[0]).to.equal('Fabrice Carré a renoncé à l’autorisation de gestion de votre dossier');
    // Muriel gives it again, then ends it herself: he is told of both.
    const again = await adapter.grantAuthorisation({ personId: 'p-fabrice' });
    await adapter.revokeAuthorisation({ authorisationId: again.id });
    await adapter.logout();
    expect((await adapter.login(fabrice)).status).to.equal('success');
    expect((await unread()).slice(0, 2)).to.deep.equal([
      'Muriel Lefèvre a mis fin à votre autorisation de gestion de son dossier',
      'Muriel Lefèvre vous a donné une autorisation de gestion de son dossier',
    ]);
    // A separation Muriel declares ends his authorisation to her: he is told.
    await adapter.logout();
    await logIn(adapter);
    await adapter.submitSituationChange({
      idempotencyKey: 'separation-1', flowId: 'separation', flowVersion: '2026-01', answers: { separationDate: '2026-10-01', moved: 'no' },
    });
    await adapter.logout();
    expect((await adapter.login(fabrice)).status).to.equal('success');
    expect((await unread())[0]).to.equal('Une séparation a été déclarée : l’autorisation de gestion du dossier a pris fin');
  });

  it('offers the flows of the current file’s agency: the MSA only the change of address (seed 003)', async () => {
    const msa = createMemoryAdapter({ today: TODAY, signedIn: DEMO_ACCOUNTS.msa.identifier });
    expect((await msa.listSituationFlows()).flows.map((f) => f.id)).to.deep.equal(['moving']);
    await rejection(msa.getSituationFlow({ flowId: 'professional-situation' }), 'not-found');
    await rejection(msa.getSituationDraft({ flowId: 'separation' }), 'not-found');
    const caf = createMemoryAdapter({ today: TODAY, signedIn: DEMO_ACCOUNTS.caf.identifier });
    expect((await caf.listSituationFlows()).flows.map((f) => f.id)).to.deep.equal(['professional-situation', 'separation', 'moving']);
  });

  it('limited access (a spouse not authorised): consults, declares a separation, manages nothing else of the file', async () => {
    const adapter = createMemoryAdapter({ today: TODAY, signedIn: DEMO_ACCOUNTS.caf.identifier });
    const [received] = (await adapter.getAuthorisations()).received;
    await adapter.revokeAuthorisation({ authorisationId: received!.id });
    const other = (await adapter.getFiles()).files.find((f) => f.holder.id !== 'p-muriel')!;
    expect(other.access).to.equal('limited');
    await adapter.selectFile({ fileId: other.id });
    expect((await adapter.listSituationFlows()).flows.map((f) => f.id)).to.deep.equal(['separation']);
    await rejection(adapter.getSituationFlow({ flowId: 'professional-situation' }), 'forbidden');
    await rejection(adapter.getPaymentsSummary(), 'forbidden');
    expect((await adapter.getSituationFlow({ flowId: 'separation' })).id).to.equal('separation');
    expect((await adapter.getProfile()).person.firstName, 'her own data').to.equal('Muriel');
    // On her own file, everything.
    const own = (await adapter.getFiles()).files.find((f) => f.holder.id === 'p-muriel')!;
    expect(own.access).to.equal('full');
    await adapter.selectFile({ fileId: own.id });
    expect((await adapter.listSituationFlows()).flows.length).to.be.greaterThan(1);
    expect((await adapter.getPaymentsSummary()).recentPayments.length).to.be.greaterThan(0);
  });
});
