// Who may use the admin screens. Editors and admins reach /admin; some screens (the outbox,
// organisations) are for admins only. Routes ask these questions; they never compare roles.
import type { Viewer } from '../accounts/viewer.js';

/**
 * Who a route under /admin is for, declared in its config (`config: { adminAccess: 'editor' }`).
 * A route that declares nothing is for admins only, so a forgotten declaration fails closed.
 */
export type AdminAccess = 'editor' | 'admin';

declare module 'fastify' {
  interface FastifyContextConfig {
    adminAccess?: AdminAccess;
  }
}

/** Whether the viewer may use a route declared for `access`. */
export function mayUse(viewer: Viewer, access: AdminAccess): boolean {
  return access === 'editor' ? canUseAdmin(viewer) : isAdmin(viewer);
}

/** Editors and admins may open the admin area. */
export function canUseAdmin(viewer: Viewer): boolean {
  return viewer.kind === 'user' && (viewer.role === 'editor' || viewer.role === 'admin');
}

export function isAdmin(viewer: Viewer): boolean {
  return viewer.kind === 'user' && viewer.role === 'admin';
}

/** Whether a request path is in the admin area (`/admin` itself or anything under it). */
export function isAdminPath(path: string): boolean {
  return path === '/admin' || path.startsWith('/admin/') || path.startsWith('/admin?');
}
