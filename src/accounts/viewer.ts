// Who is looking at a page: nobody in particular, or a signed-in person. Code that needs
// to know takes a Viewer; only accounts/http.ts reads cookies to build one.
import type { Role } from '../db/schema.js';

/** The organisation that makes a person a member (see the members domain). */
export interface ViewerMembership {
  readonly organisationId: number;
  readonly organisationName: string;
  readonly organisationType: string;
  readonly tier: string;
}

export type Viewer =
  | { readonly kind: 'anonymous' }
  | {
      readonly kind: 'user';
      readonly id: number;
      readonly name: string;
      readonly email: string;
      readonly role: Role;
      readonly isEmailVerified: boolean;
      /** Present while the person belongs to an active member organisation. */
      readonly membership: ViewerMembership | undefined;
      /** The raw session id (from the cookie) and its CSRF token. */
      readonly sessionId: string;
      readonly csrfToken: string;
    };

export const ANONYMOUS: Viewer = Object.freeze({ kind: 'anonymous' });

export function isSignedIn(viewer: Viewer): viewer is Extract<Viewer, { kind: 'user' }> {
  return viewer.kind === 'user';
}
