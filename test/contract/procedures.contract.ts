/** Contract: change-of-situation flows and drafts, sending documents, management authorisations. */
import { expect } from '@open-wc/testing';
import { flowDataProblems, flowPath, personKey, SituationFlowSchema, type Answers, type UploadProgress } from '@moncompte/core';
import { exeAsPdf, idempotencyKey, logIn, pdfFile, rejection, TODAY, type AdapterFactory } from './helpers.js';

/** Léa's answers to the steps repeated for each person (under her per-person keys). */
const lea = (answers: Record<string, string>): Answers => Object.fromEntries(Object.entries(answers).map(([id, a]) => [personKey(id, 'p-lea'), a]));
const APPRENTICE: Answers = { persons: ['p-lea'], ...lea({ situation: 'apprentice', scheme: 'general', startDate: '2026-09-01' }) };

export function proceduresContract(factory: AdapterFactory): void {
  describe('change-of-situation flows', () => {
    it('describes the professional-situation flow as data, with the intern branch ending on information', async () => {
      const adapter = await factory({ today: TODAY });
      await logIn(adapter);
      expect((await adapter.listSituationFlows()).flows.map((f) => f.id)).to.include.members(['professional-situation', 'separation']);
      const flow = await adapter.getSituationFlow({ flowId: 'professional-situation' });
      expect(flowDataProblems(flow)).to.deep.equal([]);
      expect(SituationFlowSchema.safeParse(flow).success).to.equal(true);
      expect(flowPath(flow, { persons: ['p-lea'], ...lea({ situation: 'intern-studies' }) })).to.deep.equal({
        path: ['who', 'situation@p-lea', 'intern-info@p-lea'],
        end: 'info',
      });
      expect(flowPath(flow, APPRENTICE).end).to.equal('summary');
      await rejection(adapter.getSituationFlow({ flowId: 'nope' }), 'not-found');
    });

    it('submits once per idempotency key and tells where the acknowledgement went', async () => {
      const adapter = await factory({ today: TODAY });
      await logIn(adapter);
      const flow = await adapter.getSituationFlow({ flowId: 'professional-situation' });
      const key = idempotencyKey();
      const input = { idempotencyKey: key, flowId: flow.id, flowVersion: flow.version, answers: APPRENTICE };
      const receipt = await adapter.submitSituationChange(input);
      expect(receipt.reference).to.match(/^CAF-20261012-\d{4}$/);
      expect(receipt.acknowledgement).to.deep.equal({ channel: 'email', destination: 'm•••••••••••••@exemple.fr' });
      expect(await adapter.submitSituationChange(input)).to.deep.equal(receipt);
      await rejection(adapter.submitSituationChange({ ...input, answers: { ...APPRENTICE, ...lea({ scheme: 'msa' }) } }), 'conflict');
      expect((await adapter.getProcedures()).inProgress[0]).to.include({ reference: receipt.reference, status: 'submitted' });
    });

    it('refuses incomplete answers and the nothing-to-declare branch with problems per question', async () => {
      const adapter = await factory({ today: TODAY });
      await logIn(adapter);
      const flow = await adapter.getSituationFlow({ flowId: 'professional-situation' });
      const base = { flowId: flow.id, flowVersion: flow.version };
      const missing = await rejection(
        adapter.submitSituationChange({ ...base, idempotencyKey: idempotencyKey(), answers: { persons: ['p-lea'], ...lea({ situation: 'apprentice' }) } }),
        'validation',
      );
      expect(Object.keys(missing.fieldErrors ?? {})).to.have.members(['scheme@p-lea', 'startDate@p-lea']);
      await rejection(
        adapter.submitSituationChange({ ...base, idempotencyKey: idempotencyKey(), answers: { persons: ['p-lea'], ...lea({ situation: 'intern-studies' }) } }),
        'validation',
      );
      const stranger = await rejection(
        adapter.submitSituationChange({ ...base, idempotencyKey: idempotencyKey(), answers: { ...APPRENTICE, persons: ['p-nobody'] } }),
        'validation',
      );
      expect(stranger.fieldErrors?.persons?.[0]?.key).to.equal('flow.unknownPerson');
      await rejection(adapter.submitSituationChange({ ...base, flowVersion: '1999', idempotencyKey: idempotencyKey(), answers: APPRENTICE }), 'conflict');
    });

    it('declares a different situation for each person chosen, and refuses a person’s missing or invalid answers', async () => {
      const adapter = await factory({ today: TODAY });
      await logIn(adapter);
      const flow = await adapter.getSituationFlow({ flowId: 'professional-situation' });
      const send = (answers: Answers) => adapter.submitSituationChange({ idempotencyKey: idempotencyKey(), flowId: flow.id, flowVersion: flow.version, answers });
      // Léa's internship: nothing to declare for her; Muriel's apprenticeship is declared.
      const couple: Answers = {
        persons: ['p-muriel', 'p-lea'],
        'situation@p-muriel': 'apprentice',
        'scheme@p-muriel': 'general',
        'startDate@p-muriel': '2026-09-01',
        ...lea({ situation: 'intern-studies' }),
      };
      expect((await send(couple)).reference).to.match(/^CAF-/);
      // The same answers without the per-person keys (one situation for everyone) are nobody's.
      const plain = await rejection(send({ persons: ['p-muriel', 'p-lea'], situation: 'apprentice', scheme: 'general', startDate: '2026-09-01' }), 'validation');
      expect(Object.keys(plain.fieldErrors ?? {})).to.have.members(
        ['situation', 'scheme', 'startDate'].flatMap((id) => [personKey(id, 'p-muriel'), personKey(id, 'p-lea')]),
      );
      const invalid = await rejection(send({ ...couple, 'scheme@p-muriel': 'private', 'startDate@p-muriel': '2026-02-30' }), 'validation');
      expect(invalid.fieldErrors).to.deep.equal({ 'scheme@p-muriel': [{ key: 'flow.invalidChoice' }], 'startDate@p-muriel': [{ key: 'flow.invalidDate' }] });
      const missing = await rejection(send({ ...couple, ...lea({ situation: 'work-study' }) }), 'validation');
      expect(Object.keys(missing.fieldErrors ?? {})).to.have.members(['scheme@p-lea', 'startDate@p-lea']);
      // Nobody has anything to declare: nothing is declared.
      await rejection(send({ ...couple, 'situation@p-muriel': 'intern-studies' }), 'validation');
    });

    it('saves, reads and deletes a draft', async () => {
      const adapter = await factory({ today: TODAY });
      await logIn(adapter);
      const flow = await adapter.getSituationFlow({ flowId: 'professional-situation' });
      expect(await adapter.getSituationDraft({ flowId: flow.id })).to.deep.equal({ draft: null });
      const saved = await adapter.saveSituationDraft({
        flowId: flow.id,
        flowVersion: flow.version,
        currentStepId: 'contract@p-lea',
        path: ['who', 'situation@p-lea'],
        answers: { persons: ['p-lea'], ...lea({ situation: 'apprentice' }) },
      });
      expect(Date.parse(saved.savedAt)).to.be.greaterThan(0);
      expect((await adapter.getSituationDraft({ flowId: flow.id })).draft).to.deep.equal(saved);
      await rejection(adapter.saveSituationDraft({ ...saved, flowVersion: 'old' }), 'conflict');
      // A repeated step is at a person's place; a step asked once has none.
      await rejection(adapter.saveSituationDraft({ ...saved, currentStepId: 'contract' }), 'validation');
      await rejection(adapter.saveSituationDraft({ ...saved, path: ['who@p-lea'] }), 'validation');
      await adapter.deleteSituationDraft({ flowId: flow.id });
      expect((await adapter.getSituationDraft({ flowId: flow.id })).draft).to.equal(null);
    });
  });

  describe('sending documents', () => {
    it('states the form options and the file rules', async () => {
      const adapter = await factory({ today: TODAY });
      await logIn(adapter);
      const options = await adapter.getDocumentOptions();
      expect(options.rules).to.deep.equal({ accepted: ['pdf', 'jpeg', 'png'], maxBytes: 1_048_576, maxFiles: 5 });
      expect(options.persons.map((p) => p.firstName)).to.include.members(['Muriel', 'Fabrice', 'Léa']);
      expect(options.objects[0]?.natures.length).to.be.greaterThan(0);
      expect(options.medicalNotice.text).to.contain('courrier postal');
    });

    it('uploads a file with progress, refuses a disguised executable and a file of the limit size', async () => {
      const adapter = await factory({ today: TODAY });
      await logIn(adapter);
      const progress: UploadProgress[] = [];
      const uploaded = await adapter.uploadDocumentFile(pdfFile('avis.pdf', 4096), { onProgress: (p) => progress.push(p) });
      expect(uploaded).to.include({ name: 'avis.pdf', size: 4096, kind: 'pdf' });
      expect(progress.at(-1)).to.deep.equal({ loaded: 4096, total: 4096 });
      const disguised = await rejection(adapter.uploadDocumentFile(exeAsPdf()), 'validation');
      expect(disguised.fieldErrors?.file?.length).to.be.greaterThan(0);
      const tooLarge = await rejection(adapter.uploadDocumentFile(pdfFile('gros.pdf', 1_048_576)), 'validation');
      expect(tooLarge.fieldErrors?.file?.map((p) => p.key)).to.include('file.tooLarge');
      await adapter.discardDocumentUpload({ uploadId: uploaded.uploadId });
      await rejection(adapter.discardDocumentUpload({ uploadId: uploaded.uploadId }), 'not-found');
    });

    it('submits the documents once per key and returns a receipt', async () => {
      const adapter = await factory({ today: TODAY });
      await logIn(adapter);
      const options = await adapter.getDocumentOptions();
      const upload = await adapter.uploadDocumentFile(pdfFile());
      const object = options.objects[0]!;
      const input = {
        idempotencyKey: idempotencyKey(),
        objectId: object.id,
        documents: [{ natureId: object.natures[0]!.id, personId: options.persons[0]!.id, motiveId: options.motives[0]!.id, uploadIds: [upload.uploadId] }],
        attested: true as const,
      };
      const receipt = await adapter.submitDocuments(input);
      expect(receipt.documentCount).to.equal(1);
      expect(receipt.acknowledgement.channel).to.equal('email');
      expect(await adapter.submitDocuments(input)).to.deep.equal(receipt);
      const reused = await rejection(adapter.submitDocuments({ ...input, idempotencyKey: idempotencyKey() }), 'validation');
      expect(Object.keys(reused.fieldErrors ?? {})).to.deep.equal(['documents.0.uploadIds']);
      expect((await adapter.getMessagesSummary()).unreadCount).to.equal(2);
    });
  });

  describe('management authorisations', () => {
    it('shows both ways, grants to the partner once, and ends it', async () => {
      const adapter = await factory({ today: TODAY });
      await logIn(adapter);
      const status = await adapter.getAuthorisations();
      expect(status.received.map((a) => a.grantor.firstName)).to.deep.equal(['Fabrice']);
      expect(status.given).to.deep.equal([]);
      expect(status.candidates.map((p) => p.firstName)).to.deep.equal(['Fabrice']);
      const granted = await adapter.grantAuthorisation({ personId: status.candidates[0]!.id });
      expect(granted).to.include({ status: 'active', since: TODAY, endedBy: null });
      await rejection(adapter.grantAuthorisation({ personId: status.candidates[0]!.id }), 'conflict');
      await rejection(adapter.grantAuthorisation({ personId: 'p-lea' }), 'forbidden');
      expect((await adapter.getAuthorisations()).candidates).to.deep.equal([]);
      const ended = await adapter.revokeAuthorisation({ authorisationId: granted.id });
      expect(ended).to.include({ status: 'ended', endedBy: 'grantor', endedAt: TODAY });
      await rejection(adapter.revokeAuthorisation({ authorisationId: granted.id }), 'conflict');
      const history = await adapter.getAuthorisationHistory();
      expect(history.events.slice(0, 2).map((e) => e.action)).to.deep.equal(['ended', 'granted']);
    });

    it('lets the authorised partner give it up, and the file becomes limited', async () => {
      const adapter = await factory({ today: TODAY });
      await logIn(adapter);
      const [received] = (await adapter.getAuthorisations()).received;
      expect((await adapter.revokeAuthorisation({ authorisationId: received!.id })).endedBy).to.equal('grantee');
      expect((await adapter.getFiles()).files.find((f) => f.id === received!.fileId)).to.include({ access: 'limited', authorisedBy: null });
    });

    it('ends every authorisation when a separation is declared', async () => {
      const adapter = await factory({ today: TODAY });
      await logIn(adapter);
      const flow = await adapter.getSituationFlow({ flowId: 'separation' });
      await adapter.submitSituationChange({ idempotencyKey: idempotencyKey(), flowId: flow.id, flowVersion: flow.version, answers: { separationDate: '2026-10-01', moved: 'no' } });
      expect((await adapter.getAuthorisations()).received).to.deep.equal([]);
      const [last] = (await adapter.getAuthorisationHistory()).events;
      expect(last).to.include({ action: 'ended', endedBy: 'separation' });
    });

    it('after a declared separation, the former partner shares no file and cannot be authorised again', async () => {
      const adapter = await factory({ today: TODAY });
      await logIn(adapter);
      const before = await adapter.getAuthorisations();
      const partners = [...before.given.map((a) => a.grantee.id), ...before.received.map((a) => a.grantor.id), ...before.candidates.map((p) => p.id)];
      expect(partners, 'the seeded household has a partner').to.not.deep.equal([]);
      const flow = await adapter.getSituationFlow({ flowId: 'separation' });
      await adapter.submitSituationChange({ idempotencyKey: idempotencyKey(), flowId: flow.id, flowVersion: flow.version, answers: { separationDate: '2026-10-01', moved: 'no' } });
      const after = await adapter.getAuthorisations();
      expect(after).to.deep.equal({ given: [], received: [], candidates: [] });
      const household = await adapter.getHousehold();
      expect(household.members.map((m) => m.id).filter((id) => partners.includes(id))).to.deep.equal([]);
      const { events } = await adapter.getAccountHistory();
      expect(events.map((e) => e.kind)).to.include('authorisation-ended');
    });
  });
}
