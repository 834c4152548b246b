// The frame of every admin page: the site layout with a section menu that shows each person
// only the sections their role may use. Every admin screen, whichever domain renders it,
// wraps its content in AdminLayout so the menu and breadcrumbs stay the same everywhere.
import Html from '@kitajs/html';
import { Layout, type Crumb } from '../web/layout.js';
import type { PageContext } from '../web/context.js';
import { mayUse, type AdminAccess } from './policy.js';

export interface AdminSection {
  label: string;
  path: string;
  access: AdminAccess;
}

export const ADMIN_SECTIONS: readonly AdminSection[] = [
  { label: 'Dashboard', path: '/admin', access: 'editor' },
  { label: 'Content', path: '/admin/content', access: 'editor' },
  { label: 'Topics', path: '/admin/topics', access: 'editor' },
  { label: 'Moderation', path: '/admin/moderation', access: 'editor' },
  { label: 'Newsletters', path: '/admin/newsletters', access: 'editor' },
  { label: 'Analytics', path: '/admin/analytics', access: 'editor' },
  { label: 'People', path: '/admin/people', access: 'admin' },
  { label: 'Organisations', path: '/admin/organisations', access: 'admin' },
  { label: 'Benefits', path: '/admin/benefits', access: 'admin' },
  { label: 'Gift links', path: '/admin/gifts', access: 'admin' },
  { label: 'Audit log', path: '/admin/audit', access: 'admin' },
  { label: 'Settings', path: '/admin/settings', access: 'admin' },
  { label: 'Outbox', path: '/admin/outbox', access: 'admin' },
];

function isCurrentSection(ctx: PageContext, path: string): boolean {
  return path === '/admin' ? ctx.path === '/admin' : ctx.path === path || ctx.path.startsWith(`${path}/`);
}

export interface AdminLayoutProps {
  ctx: PageContext;
  title: string;
  /** Crumbs after "Admin"; the last one is this page. Leave out on the dashboard. */
  crumbs?: Crumb[];
  children?: Html.Children;
}

export function AdminLayout({ ctx, title, crumbs, children }: AdminLayoutProps): JSX.Element {
  const sections = ADMIN_SECTIONS.filter((s) => mayUse(ctx.viewer, s.access));
  const breadcrumbs: Crumb[] = crumbs ? [{ label: 'Admin', path: '/admin' }, ...crumbs] : [{ label: 'Home', path: '/' }, { label: 'Admin' }];
  return (
    <Layout ctx={ctx} title={title} noindex breadcrumbs={breadcrumbs}>
      <div class="admin-frame">
        <nav class="admin-nav" aria-label="Admin sections">
          <ul>
            {sections.map((s) => (
              <li><a href={s.path} aria-current={isCurrentSection(ctx, s.path) ? 'page' : undefined} safe>{s.label}</a></li>
            ))}
          </ul>
        </nav>
        <div class="admin-body">{children}</div>
      </div>
    </Layout>
  );
}
