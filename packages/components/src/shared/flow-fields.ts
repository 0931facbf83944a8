/**
 * Fields several connection flows share, rendered in the flow's light DOM: the identifier (NIR, or a provisional
 * identifier behind "J'ai un identifiant provisoire"), the contact details (e-mail or mobile, channel chosen by
 * radio buttons when both are offered) and the new password with its rule checker and confirmation.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  connectionMessages,
  validateNir,
  validateProvisionalIdentifier,
  type Catalogue,
  type CodeChannel,
  type IdentifierKind,
  type PasswordPolicy,
  type Validation,
} from '@moncompte/core';
import type { McTextField } from '../text-field/text-field.component.js';
import type { McPasswordInput } from '../password-input/password-input.component.js';
import { renderRadios, type Translate } from './flow-view.js';
import { validateContact } from './flow-validators.js';

const CATALOGUES: readonly Catalogue[] = [connectionMessages];

const nir = (value: string) => validateNir(value);

/** The identifier as the adapter takes it (NIR normalised to 13 characters, provisional trimmed). */
export function normaliseIdentifier(kind: IdentifierKind, value: string): Validation<string> {
  return kind === 'nir' ? validateNir(value) : validateProvisionalIdentifier(value);
}

interface IdentifierOptions {
  readonly t: Translate;
  readonly id: string;
  readonly kind: IdentifierKind;
  /** Offers "J’ai un identifiant provisoire". */
  readonly allowProvisional: boolean;
  readonly value: string;
  readonly error?: string;
  readonly onKind: (kind: IdentifierKind) => void;
  readonly onValue: (value: string) => void;
}

function renderProvisionalToggle({ t, id, kind, onKind }: IdentifierOptions): TemplateResult {
  return html`<div class="mc-flow__choice">
    <input
      type="checkbox"
      id=${`${id}-provisional`}
      .checked=${live(kind === 'provisional')}
      @change=${(e: Event) => onKind((e.target as HTMLInputElement).checked ? 'provisional' : 'nir')}
    />
    <label for=${`${id}-provisional`}>${t('connection.identifier.provisionalToggle')}</label>
  </div>`;
}

/** The identifier: a NIR, or a provisional identifier behind "J’ai un identifiant provisoire" where offered. */
export function renderIdentifier(options: IdentifierOptions): TemplateResult {
  const { t } = options;
  const isNir = options.kind === 'nir';
  return html`${options.allowProvisional ? renderProvisionalToggle(options) : nothing}
    <mc-text-field
      label=${t(isNir ? 'connection.identifier.nirLabel' : 'connection.identifier.provisionalLabel')}
      hint=${t(isNir ? 'connection.identifier.nirHint' : 'connection.identifier.provisionalHint')}
      name="username"
      autocomplete="username"
      inputmode=${isNir ? 'numeric' : 'text'}
      required
      .validator=${isNir ? nir : validateProvisionalIdentifier}
      .value=${options.value}
      .customError=${options.error ?? ''}
      @input=${(e: Event) => options.onValue((e.currentTarget as McTextField).value)}
    ></mc-text-field>`;
}

/** A flow's own words for the contact details (see `renderContact`). */
export interface ContactWording {
  readonly legend: string;
  readonly choices: Readonly<Record<CodeChannel, string>>;
  readonly labels: Readonly<Record<CodeChannel, string>>;
}

/** Contact details: the channel (radio buttons, when several are offered) and the e-mail address or mobile number. */
export function renderContact(options: {
  readonly t: Translate;
  readonly id: string;
  readonly channels: readonly CodeChannel[];
  readonly channel: CodeChannel;
  readonly value: string;
  readonly error?: string;
  /**
   * The flow's own words: the question of the choice of channel ("Où souhaitez-vous recevoir le code de
   * confirmation ?" by default), its choices and the field's label for each channel.
   */
  readonly wording?: ContactWording;
  readonly onChannel: (channel: CodeChannel) => void;
  readonly onValue: (value: string) => void;
}): TemplateResult {
  const { t, channel } = options;
  const isEmail = channel === 'email';
  const validator = (value: string) => validateContact(channel, value);
  return html`${options.channels.length > 1
      ? renderRadios({
          id: `${options.id}-channel`,
          legend: options.wording?.legend ?? t('connection.contact.legend'),
          name: 'contact-channel',
          choices: options.channels.map((c) => ({
            value: c,
            label: options.wording?.choices[c] ?? t(c === 'sms' ? 'connection.channel.sms' : 'connection.channel.email'),
          })),
          value: channel,
          requiredMessage: t('connection.channel.required'),
          error: '',
          errorPrefix: t('common.errorPrefix'),
          onChange: (value) => options.onChannel(value as CodeChannel),
        })
      : nothing}
    <mc-text-field
      label=${options.wording?.labels[channel] ?? t(isEmail ? 'connection.contact.emailLabel' : 'connection.contact.mobileLabel')}
      hint=${t(isEmail ? 'connection.contact.emailHint' : 'connection.contact.mobileHint')}
      name=${isEmail ? 'email' : 'mobile'}
      type=${isEmail ? 'email' : 'tel'}
      autocomplete=${isEmail ? 'email' : 'tel'}
      inputmode=${isEmail ? 'email' : 'tel'}
      required
      .validator=${validator}
      .catalogues=${CATALOGUES}
      .value=${options.value}
      .customError=${options.error ?? ''}
      @input=${(e: Event) => options.onValue((e.currentTarget as McTextField).value)}
    ></mc-text-field>`;
}

/** The new password and its confirmation (rule checker from the agency's policy). */
export function renderNewPassword(options: {
  readonly policy: PasswordPolicy;
  readonly value: string;
  readonly confirmation: string;
  readonly error?: string;
  readonly onInput: (value: string, confirmation: string) => void;
}): TemplateResult {
  return html`<mc-password-input
    mode="new"
    name="new-password"
    .policy=${options.policy}
    .value=${options.value}
    .confirmation=${options.confirmation}
    .customError=${options.error ?? ''}
    @input=${(e: Event) => {
      const field = e.currentTarget as McPasswordInput;
      options.onInput(field.value, field.confirmation);
    }}
  ></mc-password-input>`;
}
