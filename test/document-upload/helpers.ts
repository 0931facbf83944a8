// Helpers of the mc-document-upload tests: real files (true magic bytes, distinct content), handing them to the
// real <input type=file> through a DataTransfer or dropping them on the drop zone, choosing in native selects
// by keyboard, and the element mounted in a themed region inside an adapter provider, signed in.
import { html } from '@open-wc/testing';
import { DEMO_ACCOUNTS } from '@moncompte/adapters/memory';
import type { MemoryAdapter, MemoryAdapterOptions } from '@moncompte/adapters/memory';
import type { MonCompteAdapter } from '@moncompte/core';
import '@moncompte/components/document-upload.js';
import type { McDocumentUpload } from '@moncompte/components/document-upload.js';
import { activate, choose, countingAdapter, deepActive, deepText, norm, press, provided, settle, tabTo, until, untilHeading, type Counted } from '../journeys/helpers.js';

export { activate, choose, countingAdapter, deepActive, deepText, norm, press, provided, settle, tabTo, until, untilHeading };

export const MB = 1_048_576;
const SIGNATURES = {
  pdf: [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a], // %PDF-1.7
  jpeg: [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46],
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d],
} as const;
const TYPES = { pdf: 'application/pdf', jpeg: 'image/jpeg', png: 'image/png' } as const;

let seed = 0;
/** A file whose first bytes are those of `kind`, `size` bytes long, with content of its own (no content duplicate). */
export function realFile(kind: keyof typeof SIGNATURES, name: string, size = 2048, type: string = TYPES[kind]): File {
  const bytes = new Uint8Array(size);
  seed += 1;
  for (let i = 0; i < size; i += 1) bytes[i] = (i * 31 + seed * 7) & 0xff;
  bytes.set(SIGNATURES[kind].slice(0, size));
  return new File([bytes], name, { type, lastModified: 1_767_225_600_000 + seed });
}

export const pdf = (name: string, size?: number) => realFile('pdf', name, size);
export const jpeg = (name: string, size?: number) => realFile('jpeg', name, size);
export const png = (name: string, size?: number) => realFile('png', name, size);
/** Plain text under a name that claims something else. */
export const text = (name: string) => new File(['Ceci est un simple texte, pas un PDF.\n'], name, { type: 'application/pdf', lastModified: 1_767_225_600_000 });

function transfer(files: readonly File[]): DataTransfer {
  const data = new DataTransfer();
  for (const file of files) data.items.add(file);
  return data;
}

/** Gives files to the real input as the browser's file chooser does: `files` set, then `input` and `change`. */
export function giveFiles(input: HTMLInputElement | null, files: readonly File[]): void {
  if (!input) throw new Error('no file input');
  input.files = transfer(files).files;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Drags files over the drop zone and drops them (dragenter, dragover, drop), as the browser does. */
export function dropFiles(zone: Element | null, files: readonly File[]): boolean {
  if (!zone) throw new Error('no drop zone');
  const data = transfer(files);
  for (const type of ['dragenter', 'dragover']) zone.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
  return !zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
}

/** Chooses the option labelled `label` in a native select by keyboard (Tab to it, then arrows). */
export async function pick(select: HTMLSelectElement | null, label: string): Promise<void> {
  if (!select) throw new Error('no select');
  const target = [...select.options].findIndex((o) => norm(o.textContent) === label);
  if (target < 0) throw new Error(`no option "${label}"`);
  await tabTo(select);
  for (let i = 0; i < 20 && select.selectedIndex !== target; i += 1) await press(select.selectedIndex < target ? 'ArrowDown' : 'ArrowUp');
  if (select.selectedIndex !== target) throw new Error(`could not choose "${label}"`);
}

export type Agency = 'caf' | 'msa';

/** mc-document-upload inside a provider, in a themed region, with a fresh signed-in memory adapter. */
export async function mount(
  options: {
    agency?: Agency;
    key?: string;
    memory?: MemoryAdapterOptions;
    theme?: Agency;
    scheme?: 'light' | 'dark';
    lang?: string;
    wrap?: (adapter: MonCompteAdapter) => MonCompteAdapter;
    /** The adapter of an earlier mount (a reload: the back end keeps what it had). */
    reuse?: Counted;
    /** What to wait for before returning (the first step's form, or a notice, by default). */
    ready?: string;
    /** Faults to inject before the element asks for anything. */
    setup?: (memory: MemoryAdapter) => void;
  } = {},
) {
  const agency = options.agency ?? 'msa';
  const counted = options.reuse ?? countingAdapter({ agency, signedIn: DEMO_ACCOUNTS[agency].identifier, ...options.memory });
  options.setup?.(counted.memory);
  const adapter = options.wrap ? options.wrap(counted.adapter) : counted.adapter;
  const region = await provided(
    adapter,
    html`<div lang=${options.lang ?? 'fr'}><mc-document-upload storage-key=${options.key ?? ''}></mc-document-upload></div>`,
    options.theme ?? agency,
    options.scheme ?? 'light',
  );
  const el = region.querySelector('mc-document-upload') as McDocumentUpload;
  await until(() => !!el.querySelector(options.ready ?? 'form, mc-notice'), 'the first step');
  await settle(el);
  return { ...counted, region, el };
}

export const fileInput = (el: Element) => el.querySelector<HTMLInputElement>('mc-document-files input[type=file]');
export const dropZone = (el: Element) => el.querySelector('mc-document-files .mc-files__drop');
export const selectLabelled = (el: Element, label: string) =>
  ([...el.querySelectorAll('label')].find((l) => norm(l.textContent).startsWith(label))?.control ?? null) as HTMLSelectElement | null;

/** The summary's text ('' when it shows nothing). */
export const summaryText = (el: Element) => norm(deepText(el.querySelector('mc-error-summary') ?? document.createElement('div')));
/** The error shown next to the files field. */
export const filesError = (el: Element) => norm(el.querySelector('mc-document-files .mc-files__error')?.textContent);
/** Names and states of the files listed for the current document. */
export const listed = (el: Element) =>
  [...el.querySelectorAll<HTMLElement>('mc-document-files .mc-files__item')].map((li) => `${norm(li.querySelector('.mc-files__name')?.textContent)}:${li.dataset['state']}`);

/** Waits until every listed file of the current document is uploaded. */
export async function untilUploaded(el: Element, count: number): Promise<void> {
  await until(() => listed(el).length === count && listed(el).every((f) => f.endsWith(':uploaded')), `${count} uploaded files (${listed(el).join(', ')})`);
  await settle(el);
}

/** Step 1 by keyboard: the object and the number of documents, then "Continuer". */
export async function fillSending(el: McDocumentUpload, object: string, count: number): Promise<void> {
  await choose(el, object);
  await pick(selectLabelled(el, 'Nombre de documents'), String(count));
  await activate(el, 'Continuer');
  await untilHeading('Document 1 sur');
  await settle(el);
}

/** A document step by keyboard: nature, person, motive; files given to the input; waits for their upload. */
export async function fillDocument(el: McDocumentUpload, o: { nature: string; person: string; motive: string; files: File[] }): Promise<void> {
  await pick(selectLabelled(el, 'Nature du document'), o.nature);
  await choose(el, o.person);
  await choose(el, o.motive);
  await tabTo(fileInput(el)!);
  giveFiles(fileInput(el), o.files);
  await untilUploaded(el, o.files.length);
}

/** What `fillDocument` fills in. */
export type DocumentAnswers = Parameters<typeof fillDocument>[1];

/** One document sent with `document`, by keyboard, up to the check-and-send page ("Vérification et envoi"). */
export async function toConfirm(el: McDocumentUpload, document: DocumentAnswers): Promise<void> {
  await fillSending(el, 'D’autres documents', 1);
  await fillDocument(el, document);
  await activate(el, 'Continuer');
  await untilHeading('Vérification et envoi');
  await settle(el);
}
