/**
 * File upload with progress. `fetch` cannot report upload progress, so in a browser (and when no custom
 * `fetch` was given) the upload goes through XMLHttpRequest; the answer is turned back into a `Response`.
 */
import { AdapterError } from '@moncompte/core';
import { abortedError } from '../shared/abort.js';
import type { UploadProgress } from '@moncompte/core';

export interface XhrUpload {
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly file: Blob;
  readonly signal: AbortSignal;
  readonly callerSignal: AbortSignal | undefined;
  readonly onProgress: ((progress: UploadProgress) => void) | undefined;
}

function parseHeaders(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const index = line.indexOf(':');
    if (index > 0) headers.append(line.slice(0, index).trim(), line.slice(index + 1).trim());
  }
  return headers;
}

export function uploadWithXhr({ url, headers, file, signal, callerSignal, onProgress }: XhrUpload): Promise<Response> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const onAbort = () => xhr.abort();
    const done = () => signal.removeEventListener('abort', onAbort);
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.responseType = 'text';
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
    xhr.onload = () => {
      done();
      const body = xhr.status === 204 || xhr.status === 304 ? null : xhr.responseText;
      resolve(new Response(body, { status: xhr.status, headers: parseHeaders(xhr.getAllResponseHeaders()) }));
    };
    xhr.onerror = () => {
      done();
      reject(new AdapterError('network', 'The upload failed (network error)'));
    };
    xhr.onabort = () => {
      done();
      reject(callerSignal?.aborted ? abortedError(callerSignal) : abortedError(signal));
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    xhr.send(file);
  });
}
