import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { nirKey, validateNir, validateProvisionalIdentifier } from '@moncompte/core';
import '@moncompte/components/text-field.js';
import '@moncompte/components/error-summary.js';
import type { McTextField } from '@moncompte/components/text-field.js';

const nir = (value: string) => validateNir(value);
const BODY = '2850578006084';
const WITH_KEY = `${BODY} ${String(nirKey(BODY)).padStart(2, '0')}`;

/** Shows the field's errors as after a submit of its form. */
const submitted = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  for (const field of canvasElement.querySelectorAll<McTextField>('mc-text-field')) {
    await field.updateComplete;
    field.formSubmitted();
  }
};

interface Args {
  label: string;
  hint: string;
  required: boolean;
  disabled: boolean;
  value: string;
}

const meta: Meta<Args> = {
  title: 'Forms/Text field',
  component: 'mc-text-field',
  tags: ['autodocs'],
  args: {
    label: 'Numéro de sécurité sociale',
    hint: 'Les 13 premiers chiffres, au recto de votre carte Vitale',
    required: true,
    disabled: false,
    value: '',
  },
  render: (a) => html`<form>
    <mc-text-field
      label=${a.label}
      hint=${a.hint}
      name="username"
      autocomplete="username"
      inputmode="numeric"
      value=${a.value}
      ?required=${a.required}
      ?disabled=${a.disabled}
      .validator=${nir}
    ></mc-text-field>
  </form>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Pristine: no error while the first characters are typed; errors come after leaving the field. */
export const Nir: Story = {};

/** After a submit with an empty required field. */
export const RequiredError: Story = { play: submitted };

/** After a submit with a wrong NIR: every problem the core validator found is listed. */
export const InvalidNir: Story = { args: { value: '3 85 05 78' }, play: submitted };

/** A NIR typed with its key: accepted, and a notice says the key was removed. */
export const NirWithKey: Story = { args: { value: WITH_KEY }, play: submitted };

export const Disabled: Story = { args: { disabled: true, value: BODY } };

/** An error from the server, shown at once until the value changes. */
export const ServerError: Story = {
  render: () => html`<mc-text-field
    label="Identifiant provisoire"
    name="username"
    autocomplete="username"
    value="PROV-12345"
    required
    .validator=${validateProvisionalIdentifier}
    .customError=${'Cet identifiant provisoire n’est plus valable : utilisez votre numéro de sécurité sociale.'}
  ></mc-text-field>`,
};

export const Email: Story = {
  render: () => html`<mc-text-field
    label="Adresse électronique"
    hint="Par exemple : prenom.nom@exemple.fr"
    name="email"
    type="email"
    inputmode="email"
    autocomplete="email"
  ></mc-text-field>`,
};
