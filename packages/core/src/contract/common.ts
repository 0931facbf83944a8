/**
 * Building blocks shared by every domain of the adapter contract.
 *
 * Conventions (docs/adapters.md):
 * - calendar dates are ISO `YYYY-MM-DD` strings, instants ISO 8601 date-times (`…Z` or with an offset);
 * - money is in EUROS as a JSON number with at most two decimals (`134.55`), formatted by `formatAmount`;
 * - links in data are plain strings: elements render only `https:` and relative URLs and drop the rest;
 * - every text from an adapter is untrusted plain text: elements never render it as HTML.
 */
import * as z from 'zod/mini';

/** A read-only list (elements never mutate adapter data; readonly inputs are accepted). */
export const list = <T extends z.core.SomeType>(item: T) => z.readonly(z.array(item));

export const IdSchema = z.string().check(z.minLength(1), z.maxLength(128));
export const IsoDateSchema = z.iso.date();
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });
/** An amount in euros (not cents): `134.55`. */
export const EurosSchema = z.number();
/** A URL or a relative path, as given by the back end; elements filter schemes before rendering. */
export const HrefSchema = z.string().check(z.maxLength(2048));

export const AgencySchema = z.enum(['caf', 'msa']);
export type Agency = z.infer<typeof AgencySchema>;

/** Sent with every submission; the same key twice returns the first result instead of a second submission. */
export const IdempotencyKeySchema = z.string().check(z.minLength(8), z.maxLength(128));

export const PersonRefSchema = z.object({ id: IdSchema, firstName: z.string(), lastName: z.string() });
export type PersonRef = z.infer<typeof PersonRefSchema>;

/** Where an acknowledgement of receipt was sent ("sur l'adresse mail connue dans le dossier"). */
export const AcknowledgementSchema = z.object({
  channel: z.enum(['email', 'inbox', 'postal']),
  /** Masked e-mail (`m••••@exemple.fr`), the name of the inbox, or a postal address on one line. */
  destination: z.string(),
});
export type Acknowledgement = z.infer<typeof AcknowledgementSchema>;

/** The last argument of every adapter method. */
export interface RequestOptions {
  readonly signal?: AbortSignal;
}
