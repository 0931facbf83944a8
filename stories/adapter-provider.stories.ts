import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { AdapterError, type MonCompteAdapter } from '@moncompte/core';
import { createMemoryAdapter } from '@moncompte/adapters/memory';
import { AdapterController } from '@moncompte/components/shared/adapter-context.js';
import '@moncompte/components/adapter-provider.js';

/** A stand-in for any mc-* element: it shows the password policy its adapter states. */
class StoryAdapterProbe extends LitElement {
  @property({ attribute: false }) adapter: MonCompteAdapter | undefined;
  @property() label = '';
  private readonly adapters = new AdapterController(this);
  private readonly policy = new Task(this, {
    args: () => [this.adapters.adapter] as const,
    task: (_args, { signal }) => this.adapters.require().getPasswordPolicy({ signal }),
  });
  protected override render() {
    return html`<p>
      <strong>${this.label}</strong> :
      ${this.policy.render({
        pending: () => 'chargement…',
        complete: (p) => `mot de passe de ${p.minLength} à ${p.maxLength} caractères`,
        error: (e) => (AdapterError.is(e) ? `erreur « ${e.messageKey} » (aucun adaptateur fourni)` : 'erreur'),
      })}
    </p>`;
  }
}
if (!customElements.get('story-adapter-probe')) customElements.define('story-adapter-probe', StoryAdapterProbe);

const meta: Meta = {
  title: 'Injection/mc-adapter-provider',
  component: 'mc-adapter-provider',
  parameters: {
    docs: {
      description: {
        component:
          'Provides a `MonCompteAdapter` to every element inside it (pages not written with Lit). Elements read it through `AdapterController`; their own `adapter` property wins. Without an adapter the provider provides nothing, and elements show an error.',
      },
    },
  },
};
export default meta;

const today = '2026-10-12';

export const WithMemoryAdapter: StoryObj = {
  render: () => html`<mc-adapter-provider .adapter=${createMemoryAdapter({ agency: 'caf', today })}>
    <story-adapter-probe label="Élément fourni par le fournisseur (CAF)"></story-adapter-probe>
  </mc-adapter-provider>`,
};

export const PropertyOverridesContext: StoryObj = {
  render: () => html`<mc-adapter-provider .adapter=${createMemoryAdapter({ agency: 'caf', today })}>
    <story-adapter-probe label="Fourni par le contexte (CAF)"></story-adapter-probe>
    <story-adapter-probe label="Propriété adapter de l’élément (MSA)" .adapter=${createMemoryAdapter({ agency: 'msa', today })}></story-adapter-probe>
  </mc-adapter-provider>`,
};

export const NestedProviders: StoryObj = {
  render: () => html`<mc-adapter-provider .adapter=${createMemoryAdapter({ agency: 'msa', today })}>
    <story-adapter-probe label="Fournisseur extérieur (MSA)"></story-adapter-probe>
    <mc-adapter-provider .adapter=${createMemoryAdapter({ agency: 'caf', today })}>
      <story-adapter-probe label="Fournisseur intérieur (CAF)"></story-adapter-probe>
    </mc-adapter-provider>
    <mc-adapter-provider>
      <story-adapter-probe label="Fournisseur intérieur sans adaptateur (repli sur la MSA)"></story-adapter-probe>
    </mc-adapter-provider>
  </mc-adapter-provider>`,
};

export const NoAdapter: StoryObj = {
  // No provider from .storybook/preview.ts either: this story shows the "no adapter" error.
  parameters: { adapter: false },
  render: () => html`<story-adapter-probe label="Aucun adaptateur"></story-adapter-probe>`,
};
