// Pages for gift links: giving one, the giver's list, the page a gift opens, and the admins'
// per-organisation counts.
import Html from '@kitajs/html';
import { Layout } from '../web/layout.js';
import type { PageContext } from '../web/context.js';
import { CsrfField, ErrorSummary, TextField, type FieldErrors } from '../web/forms.js';
import { AdminLayout } from '../admin/layout.js';
import type { AttachmentRow } from '../db/schema.js';
import type { ItemView } from '../content/presenters.js';
import { itemPath } from '../content/urls.js';
import { formatDate } from '../platform/dates.js';
import type { GiftListRow, OrganisationGiftCount } from './gifts-repo.js';
import { formatWhen, GIFT_RULES, type CreatedGift } from './gifts-service.js';
import type { ShareableItem } from './sharing-service.js';

function csrfOf(ctx: PageContext): string {
  return ctx.viewer.kind === 'user' ? ctx.viewer.csrfToken : '';
}

const LABELS = { recipient: 'Your colleague’s email address (optional)' };

export function GiftFormPage({ ctx, item, recipient, errors = {}, problem, allowanceLeft }: { ctx: PageContext; item: ShareableItem; recipient: string; errors?: FieldErrors; problem?: string; allowanceLeft: number }): JSX.Element {
  const hasProblem = Object.keys(errors).length > 0 || problem !== undefined;
  return (
    <Layout ctx={ctx} title={`${hasProblem ? 'Error: ' : ''}Give a colleague access`} noindex breadcrumbs={[{ label: 'Home', path: '/' }, { label: item.title, path: item.path }, { label: 'Give access' }]}>
      <div class="form-page">
        <h1>Give a colleague access</h1>
        <ErrorSummary errors={errors} labels={LABELS} />
        {problem ? (
          <div class="error-summary" role="alert" aria-labelledby="gift-problem-title" tabindex="-1">
            <h2 id="gift-problem-title">You cannot give more links this month</h2>
            <p safe>{problem}</p>
          </div>
        ) : ''}
        <p>As a member you can give a colleague a link that opens <a href={item.path} safe>{item.title}</a>, with its files, for {GIFT_RULES.days} days, without an account. It opens nothing else. You can revoke it at any time from <a href="/account/gifts">your gifts</a>.</p>
        <p safe>{`You can give ${allowanceLeft} more ${allowanceLeft === 1 ? 'link' : 'links'} this month (${GIFT_RULES.perMonth} a month).`}</p>
        <form method="post" action={`/items/${item.id}/gift`}>
          <CsrfField token={csrfOf(ctx)} />
          <TextField name="recipient" type="email" label={LABELS.recipient} hint="We will email the link to them, naming you. Leave this empty to copy the link and send it yourself." value={recipient} error={errors.recipient} autocomplete="off" />
          <button type="submit">Create the gift link</button>
        </form>
        <p><a href={item.path}>Back to <span safe>{item.title}</span></a></p>
      </div>
    </Layout>
  );
}

export function GiftCreatedPage({ ctx, gift }: { ctx: PageContext; gift: CreatedGift }): JSX.Element {
  return (
    <Layout ctx={ctx} title="Your gift link" noindex breadcrumbs={[{ label: 'Home', path: '/' }, { label: gift.item.title, path: gift.item.path }, { label: 'Gift link' }]}>
      <div class="form-page">
        <h1>Your gift link</h1>
        <p class="notice" role="status" safe>{gift.emailedTo ? `We have emailed the link to ${gift.emailedTo}. It works until ${formatWhen(gift.expiresAt)}.` : `The link works until ${formatWhen(gift.expiresAt)}.`}</p>
        <div class="sharing__copy">
          <label for="gift-link">Gift link to “<span safe>{gift.item.title}</span>”</label>
          <div class="sharing__copy-row">
            <input id="gift-link" class="sharing__url" type="text" value={gift.link} readonly aria-describedby="gift-link-hint" />
            <button type="button" class="button--secondary sharing__copy-button" data-copy-from="gift-link" data-copy-status="gift-link-status" hidden>Copy link</button>
          </div>
          <p id="gift-link-hint" class="field__hint">This is the only time we show the link: we keep no copy of it. Anyone with it can open this one item until it expires.</p>
          <p id="gift-link-status" class="sharing__status" role="status"></p>
        </div>
        <ul class="inline-links">
          <li><a href="/account/gifts">Your gifts</a></li>
          <li><a href={gift.item.path}>Back to <span safe>{gift.item.title}</span></a></li>
        </ul>
      </div>
    </Layout>
  );
}

function giftStatus(gift: GiftListRow, now: number): string {
  if (gift.revoked_at) return `Revoked ${formatDate(gift.revoked_at)}`;
  if (Date.parse(gift.expires_at) <= now) return `Expired ${formatDate(gift.expires_at)}`;
  return `Open until ${formatWhen(gift.expires_at)}`;
}

export function MyGiftsPage({ ctx, gifts, allowanceLeft, notice, now }: { ctx: PageContext; gifts: GiftListRow[]; allowanceLeft: number; notice?: string; now: number }): JSX.Element {
  return (
    <Layout ctx={ctx} title="Your gifts" noindex breadcrumbs={[{ label: 'Home', path: '/' }, { label: 'Your account', path: '/account' }, { label: 'Your gifts' }]}>
      <h1>Your gifts</h1>
      {notice ? <p class="notice" role="status" safe>{notice}</p> : ''}
      <p safe>{`Links you have given to members-only items. Each opens one item for ${GIFT_RULES.days} days. You can give ${allowanceLeft} more this month (${GIFT_RULES.perMonth} a month).`}</p>
      {gifts.length === 0 ? (
        <p>You have not given any yet. On a members-only item, choose “Members: give a colleague 7 days’ access”.</p>
      ) : (
        <table class="data-table gifts-table">
          <caption class="visually-hidden">Your gift links, newest first</caption>
          <thead>
            <tr><th scope="col">Item</th><th scope="col">Given</th><th scope="col">Status</th><th scope="col">Opened</th><th scope="col"><span class="visually-hidden">Action</span></th></tr>
          </thead>
          <tbody>
            {gifts.map((gift) => {
              const isOpen = gift.revoked_at === null && Date.parse(gift.expires_at) > now;
              return (
                <tr>
                  <td><a href={itemPath(gift.item_kind, gift.item_slug)} safe>{gift.item_title}</a></td>
                  <td safe>{`${formatDate(gift.created_at)}${gift.has_recipient ? ' (emailed)' : ''}`}</td>
                  <td safe>{giftStatus(gift, now)}</td>
                  <td safe>{`${gift.opened_count} ${gift.opened_count === 1 ? 'time' : 'times'}`}</td>
                  <td>
                    {isOpen ? (
                      <form method="post" action={`/account/gifts/${gift.id}/revoke`} class="inline-form">
                        <CsrfField token={csrfOf(ctx)} />
                        <button type="submit" class="button--secondary">Revoke<span class="visually-hidden" safe>{` the link to “${gift.item_title}” given ${formatDate(gift.created_at)}`}</span></button>
                      </form>
                    ) : ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p><a href="/account">Back to your account</a></p>
    </Layout>
  );
}

export interface GiftPageProps {
  ctx: PageContext;
  item: ItemView;
  attachments: readonly AttachmentRow[];
  token: string;
  giverName: string;
  expiresAt: string;
}

/** The item a gift opens: all of it, its files through the gift's own route, and an invitation to register. */
export function GiftPage({ ctx, item, attachments, token, giverName, expiresAt }: GiftPageProps): JSX.Element {
  // Sanitised when the item was saved (platform/markdown.ts), so it is inserted as HTML.
  const safeBodyHtml = item.bodyHtml ?? '';
  const files = attachments.map((row, i) => ({ row, view: item.attachments[i] }));
  return (
    <Layout ctx={ctx} title={item.title} description={item.summary} noindex breadcrumbs={[{ label: 'Home', path: '/' }, { label: 'A gift' }]}>
      <aside class="gift-banner" aria-labelledby="gift-banner-heading">
        <h2 id="gift-banner-heading" safe>{`A gift from ${giverName}`}</h2>
        <p safe>{`${giverName}, a member, has given you access to this ${item.kindLabel.toLowerCase()} until ${formatWhen(expiresAt)}. Please do not pass the link on.`}</p>
      </aside>
      <article class={`item item--${item.kind}`}>
        <header class="item__header">
          <p class="item__kind"><span safe>{item.kindLabel}</span></p>
          <h1 safe>{item.title}</h1>
          <p class="item__summary" safe>{item.summary}</p>
          <div class="byline">
            {item.authors.length > 0 ? <p class="byline__authors" safe>{`By ${item.authors.map((a) => `${a.name}, ${a.role}`).join('; ')}`}</p> : ''}
            <p class="byline__dates">Published <time datetime={item.publishedIso} safe>{item.publishedLabel}</time></p>
          </div>
        </header>
        {item.hero ? (
          <figure class="item__hero">
            <img src={item.hero.src} alt={item.hero.alt} width="1200" height="630" />
          </figure>
        ) : ''}
        {item.event ? (
          <section class="event-details" aria-labelledby="event-details-heading">
            <h2 id="event-details-heading">Event details</h2>
            <dl>
              <dt>When</dt>
              <dd><time datetime={item.event.startIso} safe>{item.event.whenLabel}</time></dd>
              <dt>Where</dt>
              <dd safe>{item.event.where}</dd>
            </dl>
          </section>
        ) : ''}
        <div class="prose">{safeBodyHtml}</div>
        {files.length > 0 ? (
          <section class="attachments" aria-labelledby="attachments-heading">
            <h2 id="attachments-heading">Files</h2>
            <ul>
              {files.map(({ row, view }) => (
                <li>
                  <a href={`/gift/${token}/files/${row.id}/${encodeURIComponent(row.filename)}`} safe>{row.title}</a>
                  {view ? <span class="attachments__meta" safe>{` (${view.typeLabel}, ${view.sizeLabel})`}</span> : ''}
                </li>
              ))}
            </ul>
          </section>
        ) : ''}
      </article>
      <section class="restricted gift-invitation" aria-labelledby="gift-invitation-heading">
        <h2 id="gift-invitation-heading">Read more like this</h2>
        <p>This is usually for people at member organisations. If your organisation is a member, register with your work email address and you can read everything for members straight away. Otherwise, after registering you can ask to join your organisation.</p>
        <ul class="restricted__actions">
          <li><a class="button" href="/register">Register</a></li>
          <li><a class="button button--secondary" href={`/login?next=${encodeURIComponent(item.path)}`}>Log in</a></li>
        </ul>
      </section>
    </Layout>
  );
}

const UNAVAILABLE: Record<'unknown' | 'revoked' | 'expired', { title: string; text: (giverName: string, expiresAt?: string) => string }> = {
  unknown: { title: 'This gift link does not work', text: () => 'We do not recognise this link. Please check that you copied all of it, or ask the person who sent it for a new one.' },
  revoked: { title: 'This gift has been withdrawn', text: (giver) => `${giver} has withdrawn this gift link, so it no longer opens anything. You can ask them for a new one.` },
  expired: { title: 'This gift link has expired', text: (giver, expiresAt) => `The link ${giver} gave you expired at ${expiresAt ? formatWhen(expiresAt) : 'the end of its 7 days'}. You can ask them for a new one.` },
};

export function GiftUnavailablePage({ ctx, state, giverName = '', expiresAt }: { ctx: PageContext; state: 'unknown' | 'revoked' | 'expired'; giverName?: string; expiresAt?: string }): JSX.Element {
  const copy = UNAVAILABLE[state];
  return (
    <Layout ctx={ctx} title={copy.title} noindex>
      <div class="form-page">
        <h1 safe>{copy.title}</h1>
        <p safe>{copy.text(giverName, expiresAt)}</p>
        <p>Work at a member organisation? <a href="/register">Register with your work email address</a> to read everything for members, or <a href="/">go to the home page</a>.</p>
      </div>
    </Layout>
  );
}

export function AdminGiftsPage({ ctx, since, rows }: { ctx: PageContext; since: string; rows: OrganisationGiftCount[] }): JSX.Element {
  const total = rows.reduce((sum, r) => sum + r.given, 0);
  return (
    <AdminLayout ctx={ctx} title="Gift links" crumbs={[{ label: 'Gift links' }]}>
      <h1>Gift links</h1>
      <p safe>{`Links members gave since ${formatDate(since)}, by organisation: ${total} in all. Each member may give ${GIFT_RULES.perMonth} a month; each opens one members-only item for ${GIFT_RULES.days} days.`}</p>
      {rows.length === 0 ? <p>No gift links yet this month.</p> : (
        <table class="data-table">
          <caption class="visually-hidden">Gift links this month by organisation</caption>
          <thead><tr><th scope="col">Organisation</th><th scope="col">Given</th><th scope="col">Revoked</th><th scope="col">Times opened</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <td safe>{r.organisationName ?? 'A deleted organisation'}</td>
                <td safe>{String(r.given)}</td>
                <td safe>{String(r.revoked)}</td>
                <td safe>{String(r.opened)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminLayout>
  );
}
