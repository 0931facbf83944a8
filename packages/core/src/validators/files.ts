import type { Problem } from './types.js';

export type FileKind = 'pdf' | 'jpeg' | 'png';

/** What a document upload accepts. A file is accepted when `size < maxBytes` ("moins de 1 Mo"). */
export interface FileRules {
  readonly accepted: readonly FileKind[];
  readonly maxBytes: number;
  readonly maxFiles: number;
}

/**
 * MSA "envoyer un document": PDF, JPEG or PNG, each under 1 Mo (accepted when size < 1 048 576 bytes), and at
 * most 5 files per sending (the portal's back end states its own rules through the adapter).
 */
export const DEFAULT_FILE_RULES: FileRules = Object.freeze({
  accepted: Object.freeze(['pdf', 'jpeg', 'png'] as const),
  maxBytes: 1_048_576,
  maxFiles: 5,
});

export type FileProblem = Problem & { readonly fileName: string };

const SIGNATURES: readonly (readonly [FileKind, readonly number[]])[] = [
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
];

const EXTENSIONS: Readonly<Record<string, FileKind>> = { pdf: 'pdf', jpg: 'jpeg', jpeg: 'jpeg', jpe: 'jpeg', png: 'png' };

/** The kind a file's content shows, from its first bytes (magic numbers); `undefined` for anything else. */
export async function detectFileKind(file: Blob): Promise<FileKind | undefined> {
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  return SIGNATURES.find(([, bytes]) => bytes.every((b, i) => head[i] === b))?.[0];
}

/** The kind a file name claims by its LAST extension (`scan.pdf.exe` is an .exe); `undefined` for anything else. */
export function kindFromName(name: string): FileKind | undefined {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? undefined : EXTENSIONS[name.slice(dot + 1).toLowerCase()];
}

/** A kind as people know it: "PDF", "JPEG/JPG" (both endings are the same format), "PNG". */
export function fileKindName(kind: FileKind): string {
  return kind === 'jpeg' ? 'JPEG/JPG' : kind.toUpperCase();
}

/** The names of the accepted kinds, for messages: "PDF, JPEG/JPG, PNG". */
function typeList(kinds: readonly FileKind[]): string {
  return kinds.map(fileKindName).join(', ');
}

const sameFile = (a: File, b: File): boolean => a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;

/** SHA-256 of a file, when Web Crypto is there (secure contexts, Node); `undefined` otherwise. */
async function digest(file: File): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  const bytes = new Uint8Array(await subtle.digest('SHA-256', await file.arrayBuffer()));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Sorts files a person chose into accepted ones and problems, each problem naming its file (`fileName` and the
 * `{name}` parameter). A file's kind is decided by BOTH its last extension and its content. Problems:
 * - `file.empty` — 0 bytes;
 * - `file.tooLarge` ({name}, {limit}: `maxBytes` as a number of bytes — format it with `formatFileSize` before
 *   showing it) — size ≥ maxBytes;
 * - `file.typeNotAccepted` ({name}, {types}: "PDF, JPEG, PNG") — the last extension is not an accepted kind;
 * - `file.contentMismatch` ({name}, {type}: "PDF") — the extension is accepted but the content is not of that
 *   kind (an .exe renamed .pdf, a PNG named .jpg);
 * - `file.duplicate` ({name}) — same name, size and date as a file already added or earlier in the list, or
 *   the same content (SHA-256, computed only when sizes match) under another name;
 * - `file.tooMany` ({name}, {max}) — the file is fine but `maxFiles` (counting `alreadyAdded`) is reached.
 * A file with one problem gets every other problem found too (except `file.tooMany`, counted on good files only).
 */
export async function validateFiles(
  files: readonly File[],
  rules: FileRules,
  alreadyAdded: readonly File[] = [],
): Promise<{ accepted: File[]; problems: FileProblem[] }> {
  const accepted: File[] = [];
  const problems: FileProblem[] = [];
  const kept: File[] = [...alreadyAdded];
  const digests = new Map<File, Promise<string | undefined>>();
  const hashOf = (f: File): Promise<string | undefined> => {
    let d = digests.get(f);
    if (!d) digests.set(f, (d = digest(f)));
    return d;
  };

  for (const file of files) {
    const name = file.name;
    const own: FileProblem[] = [];
    const add = (key: string, params: Record<string, string | number> = {}): void => {
      own.push({ key, params: { name, ...params }, fileName: name });
    };

    if (file.size === 0) add('file.empty');
    if (file.size >= rules.maxBytes) add('file.tooLarge', { limit: rules.maxBytes });
    const claimed = kindFromName(name);
    if (!claimed || !rules.accepted.includes(claimed)) {
      add('file.typeNotAccepted', { types: typeList(rules.accepted) });
    } else if (file.size > 0 && (await detectFileKind(file)) !== claimed) {
      add('file.contentMismatch', { type: claimed.toUpperCase() });
    }

    if (kept.some((other) => sameFile(other, file))) {
      add('file.duplicate');
    } else if (own.length === 0) {
      const sameSize = kept.filter((other) => other.size === file.size);
      if (sameSize.length > 0) {
        const hash = await hashOf(file);
        for (const other of sameSize) {
          if (hash !== undefined && (await hashOf(other)) === hash) {
            add('file.duplicate');
            break;
          }
        }
      }
    }

    if (own.length === 0 && kept.length >= rules.maxFiles) add('file.tooMany', { max: rules.maxFiles });
    if (own.length === 0) {
      accepted.push(file);
      kept.push(file);
    } else {
      problems.push(...own);
    }
  }
  return { accepted, problems };
}
