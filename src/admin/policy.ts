// Who may use the admin screens. Editors and admins reach /admin; some screens (the outbox,
// organisations) are for admins only. Routes ask these questions; they never compare roles.
import type { Viewer } from '../accounts/viewer.js';

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
