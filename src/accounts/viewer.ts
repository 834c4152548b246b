// Who is looking at a page. The Members issue adds signed-in people and their roles;
// until then every reader is anonymous.
export type Viewer = { readonly kind: 'anonymous' };

export const ANONYMOUS: Viewer = Object.freeze({ kind: 'anonymous' });
