// Who is signed in, as the header shows it: the name and "Déconnexion", or "Se connecter". The portal asks the
// agency's adapter after each page change, after a log-in and after a page signed the demo account in; a log-out
// clears it at once. Once the person has logged out in this tab, signed-in pages no longer sign the demo account in
// by themselves: they send to the connexion page, as a real portal does.
import type { MonCompteAdapter } from '@moncompte/core';
import type { AgencyId } from './routes.js';

/** The name of whoever is signed in, `null` for nobody, `undefined` while the adapter has not answered yet. */
export type SignedInName = string | null | undefined;

export class PortalSession {
  private readonly names = new Map<AgencyId, string | null>();
  private readonly loggedOut = new Set<AgencyId>();
  /** A log-out not said yet (the connexion page says it once). */
  private readonly unsaid = new Set<AgencyId>();
  /** Answers of older requests are dropped: only the latest `refresh` of an agency counts. */
  private readonly requests = new Map<AgencyId, number>();

  constructor(private readonly changed: () => void) {}

  name(agency: AgencyId): SignedInName {
    return this.names.get(agency);
  }

  /** Whether a signed-in page opened without a session may sign the demo account in (not after a log-out). */
  demoSignIn(agency: AgencyId): boolean {
    return !this.loggedOut.has(agency);
  }

  /** Asks the adapter who is signed in; re-renders the header when that changed. */
  async refresh(agency: AgencyId, adapter: MonCompteAdapter): Promise<void> {
    const request = (this.requests.get(agency) ?? 0) + 1;
    this.requests.set(agency, request);
    let name: string | null;
    try {
      const { session } = await adapter.getSession();
      name = session ? `${session.user.firstName} ${session.user.lastName}` : null;
    } catch {
      // Unknown: the header offers to sign in, which is always possible.
      name = null;
    }
    if (this.requests.get(agency) !== request) return;
    if (name) this.loggedOut.delete(agency);
    this.set(agency, name);
  }

  /** Whether the person just logged out and has not been told yet (true once). */
  takeLoggedOut(agency: AgencyId): boolean {
    return this.unsaid.delete(agency);
  }

  /** The adapter ended the session (`mc-logout`). */
  ended(agency: AgencyId): void {
    this.loggedOut.add(agency);
    this.unsaid.add(agency);
    this.requests.set(agency, (this.requests.get(agency) ?? 0) + 1);
    this.set(agency, null);
  }

  private set(agency: AgencyId, name: string | null): void {
    if (this.names.get(agency) === name) return;
    this.names.set(agency, name);
    this.changed();
  }
}
