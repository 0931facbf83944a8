import { defineElement } from '../shared/define.js';
import '../button/define.js';
import '../notice/define.js';
import '../error-summary/define.js';
import { McDocumentUpload } from './document-upload.component.js';
import { McDocumentFiles } from './document-files.component.js';
import type { DocumentsSubmittedDetail } from './document-upload.component.js';

export { McDocumentUpload, McDocumentFiles };
export * from './document-upload.component.js';
export type {
  DocumentDraft,
  DocumentUploadData,
  DocumentUploadStep,
  FileEntry,
  FileState,
  StoredFile,
} from './document-upload.model.js';
export type { ReauthRequiredDetail } from '../shared/flow-events.js';
defineElement('mc-document-files', McDocumentFiles);
defineElement('mc-document-upload', McDocumentUpload);

declare global {
  interface HTMLElementTagNameMap {
    'mc-document-upload': McDocumentUpload;
    'mc-document-files': McDocumentFiles;
  }
  interface GlobalEventHandlersEventMap {
    'mc-documents-submitted': CustomEvent<DocumentsSubmittedDetail>;
  }
}
