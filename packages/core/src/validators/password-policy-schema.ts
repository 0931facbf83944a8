// Kept apart from password.ts so that an element checking passwords does not bundle zod/mini (top-level
// schema construction is a side effect a bundler cannot drop).
import * as z from 'zod/mini';

/** The schema of a `PasswordPolicy` (the adapter contract reuses it); its output type matches that interface. */
export const PasswordPolicySchema = z
  .object({
    minLength: z.int().check(z.minimum(1)),
    maxLength: z.int().check(z.minimum(1)),
    classes: z.readonly(z.array(z.enum(['digit', 'uppercase', 'lowercase', 'special']))),
  })
  .check(z.refine((p) => p.minLength <= p.maxLength, { message: 'minLength must not exceed maxLength' }));

