import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { AdapterError, type MonCompteAdapter } from '@moncompte/core';
import { createMemoryAdapter } from '@moncompte/adapters/memory';
import { AdapterController } from '../shared/adapter-context.js';
import './define.js';
import type { McAdapterProvider } from './define.js';

/** Shows the maximum password length its adapter states: CAF 24, MSA 64, or the error key. */
class TestAdapterConsumer extends LitElement {
  @property({ attribute: false }) adapter: MonCompteAdapter | undefined;
  readonly adapters = new AdapterController(this);
  private readonly policy = new Task(this, {
    args: () => [this.adapters.adapter] as const,
    task: async (_args, { signal }) => (await this.adapters.require().getPasswordPolicy({ signal })).maxLength,
  });
  protected override render() {
    return this.policy.render({
      pending: () => html`<p>…</p>`,
      complete: (max) => html`<p>${max}</p>`,
      error: (e) => html`<p role="alert">${AdapterError.is(e) ? e.messageKey : 'unknown'}</p>`,
    });
  }
}
customElements.define('test-adapter-consumer', TestAdapterConsumer);

class TestShadowWrapper extends LitElement {
  protected override render() {
    return html`<test-adapter-consumer></test-adapter-consumer>`;
  }
}
customElements.define('test-shadow-wrapper', TestShadowWrapper);

const caf = () => createMemoryAdapter({ agency: 'caf', today: '2026-10-12' });
const msa = () => createMemoryAdapter({ agency: 'msa', today: '2026-10-12' });

function shown(el: Element): string {
  return el.shadowRoot?.querySelector('p')?.textContent ?? '';
}
async function shows(el: Element, text: string): Promise<void> {
  await waitUntil(() => shown(el) === text, `expected "${text}", saw "${shown(el)}"`);
}

describe('mc-adapter-provider and AdapterController', () => {
  it('gives its adapter to an element inside it', async () => {
    const provider = await fixture<McAdapterProvider>(html`<mc-adapter-provider .adapter=${caf()}><test-adapter-consumer></test-adapter-consumer></mc-adapter-provider>`);
    await shows(provider.querySelector('test-adapter-consumer')!, '24');
  });

  it('lets the element’s own adapter property win over the provided one', async () => {
    const provider = await fixture<McAdapterProvider>(
      html`<mc-adapter-provider .adapter=${caf()}><test-adapter-consumer .adapter=${msa()}></test-adapter-consumer></mc-adapter-provider>`,
    );
    await shows(provider.querySelector('test-adapter-consumer')!, '64');
  });

  it('updates every element when the adapter changes', async () => {
    const provider = await fixture<McAdapterProvider>(
      html`<mc-adapter-provider .adapter=${caf()}><test-adapter-consumer></test-adapter-consumer><div><test-adapter-consumer></test-adapter-consumer></div></mc-adapter-provider>`,
    );
    const [first, second] = [...provider.querySelectorAll('test-adapter-consumer')];
    await shows(first!, '24');
    await shows(second!, '24');
    provider.adapter = msa();
    await shows(first!, '64');
    await shows(second!, '64');
  });

  it('provides nothing without an adapter, so an outer provider answers', async () => {
    const outer = await fixture<McAdapterProvider>(
      html`<mc-adapter-provider .adapter=${msa()}><mc-adapter-provider><test-adapter-consumer></test-adapter-consumer></mc-adapter-provider></mc-adapter-provider>`,
    );
    await shows(outer.querySelector('test-adapter-consumer')!, '64');
  });

  it('takes over from an outer provider when given an adapter, and hands back when it is removed', async () => {
    const outer = await fixture<McAdapterProvider>(
      html`<mc-adapter-provider .adapter=${msa()}><mc-adapter-provider><test-adapter-consumer></test-adapter-consumer></mc-adapter-provider></mc-adapter-provider>`,
    );
    const inner = outer.querySelector('mc-adapter-provider')!;
    const consumer = outer.querySelector('test-adapter-consumer')!;
    await shows(consumer, '64');
    inner.adapter = caf();
    await shows(consumer, '24');
    inner.adapter = undefined;
    await shows(consumer, '64');
  });

  it('releases its elements when its adapter is removed, after changes: an outer provider answers, else none', async () => {
    const outer = await fixture<McAdapterProvider>(
      html`<div><mc-adapter-provider .adapter=${msa()}><mc-adapter-provider .adapter=${caf()}><test-adapter-consumer></test-adapter-consumer></mc-adapter-provider></mc-adapter-provider
        ><mc-adapter-provider .adapter=${caf()}><test-adapter-consumer></test-adapter-consumer></mc-adapter-provider></div>`,
    );
    const [nested, alone] = [...outer.querySelectorAll('test-adapter-consumer')];
    const [, inner, single] = [...outer.querySelectorAll('mc-adapter-provider')];
    await shows(nested!, '24');
    await shows(alone!, '24');
    single!.adapter = msa();
    await shows(alone!, '64');
    inner!.adapter = undefined;
    await shows(nested!, '64');
    single!.adapter = undefined;
    await shows(alone!, 'error.server');
  });

  it('reaches an element that connected before the provider had an adapter', async () => {
    const provider = await fixture<McAdapterProvider>(html`<mc-adapter-provider><test-adapter-consumer></test-adapter-consumer></mc-adapter-provider>`);
    const consumer = provider.querySelector('test-adapter-consumer')!;
    await shows(consumer, 'error.server');
    provider.adapter = caf();
    await shows(consumer, '24');
  });

  it('reaches an element inside another element’s shadow root', async () => {
    const provider = await fixture<McAdapterProvider>(html`<mc-adapter-provider .adapter=${msa()}><test-shadow-wrapper></test-shadow-wrapper></mc-adapter-provider>`);
    const wrapper = provider.querySelector('test-shadow-wrapper')!;
    await waitUntil(() => wrapper.shadowRoot?.querySelector('test-adapter-consumer'));
    await shows(wrapper.shadowRoot!.querySelector('test-adapter-consumer')!, '64');
  });

  it('shows a non-retryable error when there is no adapter at all', async () => {
    const consumer = await fixture<TestAdapterConsumer>(html`<test-adapter-consumer></test-adapter-consumer>`);
    await shows(consumer, 'error.server');
    let thrown: unknown;
    try {
      consumer.adapters.require();
    } catch (e) {
      thrown = e;
    }
    expect(AdapterError.is(thrown)).to.equal(true);
    expect((thrown as AdapterError).retryable).to.equal(false);
    expect((thrown as AdapterError).message).to.contain('mc-adapter-provider');
  });

  it('stops following a provider once the element is removed', async () => {
    const provider = await fixture<McAdapterProvider>(html`<mc-adapter-provider .adapter=${caf()}><test-adapter-consumer></test-adapter-consumer></mc-adapter-provider>`);
    const consumer = provider.querySelector<TestAdapterConsumer>('test-adapter-consumer')!;
    await shows(consumer, '24');
    consumer.remove();
    provider.adapter = msa();
    await provider.updateComplete;
    expect(consumer.adapters.adapter).to.equal(undefined);
  });
});
