/** Turns schema issues into a `validation` AdapterError with one problem per field path. */
import { AdapterError, type Problem } from '@moncompte/core';

export interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

export function issuesToValidation(issues: readonly SchemaIssue[], message = 'Invalid input'): AdapterError {
  const fieldErrors: Record<string, Problem[]> = {};
  for (const issue of issues) {
    const field = issue.path.map(String).join('.') || '_';
    (fieldErrors[field] ??= []).push({ key: 'error.validation' });
  }
  return new AdapterError('validation', `${message}: ${issues.map((i) => `${i.path.map(String).join('.')} ${i.message}`).join('; ')}`, { fieldErrors });
}
