/** Contract: the home-page tiles read the seeded data of the current file and person. */
import { expect } from '@open-wc/testing';
import { DEMO_ACCOUNTS } from '@moncompte/adapters/memory';
import { logIn, rejection, TODAY, type AdapterFactory } from './helpers.js';

export function dashboardContract(factory: AdapterFactory): void {
  describe('dashboard tiles', () => {
    it('shows the CAF household: alerts, one unread message, the last payment paid to a third party', async () => {
      const adapter = await factory({ today: TODAY });
      await logIn(adapter);
      const { alerts } = await adapter.getAlerts();
      expect(alerts.map((a) => a.kind)).to.include('missing-information');
      const messages = await adapter.getMessagesSummary();
      expect(messages.unreadCount).to.equal(1);
      expect(messages.latest[0]?.unread).to.equal(true);
      const payments = await adapter.getPaymentsSummary();
      expect(payments.lastPayment).to.include({ date: '2026-09-25', amount: 134.55, paidToThirdParty: true });
      expect(payments.familyQuotient?.amount).to.equal(652);
      expect(payments.debts.count).to.equal(0);
    });

    it('keeps the agenda to the months asked, in date order', async () => {
      const adapter = await factory({ today: TODAY });
      await logIn(adapter);
      const six = await adapter.getAgenda();
      expect(six.from).to.equal(TODAY);
      expect(six.to).to.equal('2027-04-12');
      const dates = six.events.map((e) => e.date);
      expect(dates).to.deep.equal([...dates].sort());
      expect(dates.every((d) => d >= six.from && d <= six.to)).to.equal(true);
      expect(six.events.map((e) => e.kind)).to.include.members(['payment', 'declaration', 'renewal']);
      const one = await adapter.getAgenda({ months: 1 });
      expect(one.events.length).to.be.lessThan(six.events.length);
      await rejection(adapter.getAgenda({ months: 13 }), 'validation');
    });

    it('shows procedures, news, profile, contact channels and Pajemploi for the CAF account', async () => {
      const adapter = await factory({ today: TODAY });
      await logIn(adapter);
      expect((await adapter.getProcedures()).inProgress.length).to.be.greaterThan(0);
      expect((await adapter.getNews()).items[0]?.title).to.contain('Aide au logement');
      const profile = await adapter.getProfile();
      expect(profile.person.firstName).to.equal('Muriel');
      expect(profile.situation.find((s) => s.id === 'family')?.since).to.equal('2018-02-23');
      expect(profile.address?.postalCode).to.equal('29180');
      expect((await adapter.getContactChannels()).channels.map((c) => c.kind)).to.include.members(['phone', 'message', 'appointment']);
      expect(await adapter.getPajemploi()).to.deep.equal({ eligible: true, href: 'https://www.pajemploi.urssaf.fr/' });
      expect((await adapter.getServiceCatalogue()).groups).to.deep.equal([]);
    });

    it('shows the MSA service catalogue in pro and perso groups', async () => {
      const adapter = await factory({ today: TODAY });
      await logIn(adapter, DEMO_ACCOUNTS.msa);
      const { groups } = await adapter.getServiceCatalogue();
      expect(groups.map((g) => g.audience)).to.include.members(['pro', 'perso']);
      const pro = groups.find((g) => g.audience === 'pro');
      expect(pro?.categories.flatMap((c) => c.items.map((i) => i.label))).to.include('Régler mes factures');
      expect((await adapter.getAlerts()).alerts).to.deep.equal([]);
      expect((await adapter.getPajemploi()).eligible).to.equal(false);
    });

    it('gives empty tiles for the provisional-identifier account', async () => {
      const adapter = await factory({ today: TODAY });
      await logIn(adapter, DEMO_ACCOUNTS.cafProvisional);
      const payments = await adapter.getPaymentsSummary();
      expect(payments.lastPayment).to.equal(null);
      expect(payments.recentPayments).to.deep.equal([]);
      expect((await adapter.getMessagesSummary()).totalCount).to.equal(0);
      expect((await adapter.getAgenda()).events).to.deep.equal([]);
    });

    it('needs a session for every tile', async () => {
      const adapter = await factory({ today: TODAY });
      for (const call of [() => adapter.getAlerts(), () => adapter.getPaymentsSummary(), () => adapter.getAgenda(), () => adapter.getFiles()]) {
        await rejection(call(), 'unauthorized');
      }
    });
  });
}
