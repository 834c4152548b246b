// HTTP for the editor's desk (/admin/content): editors and admins. Schemas here are generous
// (long strings, lists or single values) so that the service, not the schema, refuses bad
// values: then the form comes back with everything typed still in it and each error by its field.
import { Type, type Static } from 'typebox';
import type { FastifyRequest } from 'fastify';
import type { ItemKind } from '../db/schema.js';
import { Invalid, NotFound } from '../errors.js';
import type { App } from '../platform/http/types.js';
import { chosenFile } from '../platform/http/uploads.js';
import { MAX_PAGE } from '../platform/pagination.js';
import { renderMarkdown } from '../platform/markdown.js';
import { utcToLondonInput } from '../platform/dates.js';
import type { PageContextFactory } from '../web/render.js';
import { sendHtml } from '../web/render.js';
import type { TopicRow } from '../db/schema.js';
import { EditConflict, type DeskForm, type DeskService, type DeskUploads, type Intent } from './desk-service.js';
import { compareSnapshots, type Snapshot } from './revisions.js';
import { DeskFormPage } from './desk-form.js';
import { ComparePage, DeleteConfirmPage, DeskListPage, RevisionsPage } from './desk-views.js';

const EDITOR = { adminAccess: 'editor' as const };
const text = (max: number) => Type.String({ maxLength: max, default: '' });
const list = Type.Union([Type.String({ maxLength: 20 }), Type.Array(Type.String({ maxLength: 20 }), { maxItems: 200 })]);
const Kind = Type.Union([Type.Literal('news'), Type.Literal('report'), Type.Literal('event'), Type.Literal('page')]);
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2147483647 }) });
const RevisionParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2147483647 }), version: Type.Integer({ minimum: 1, maximum: 2147483647 }) });
const VersionBody = Type.Object({ _csrf: text(200), version: Type.Integer({ minimum: 1, maximum: 2147483647 }) });
const ListQuery = Type.Object({
  kind: Type.Union([Kind, Type.Literal('')], { default: '' }),
  status: Type.Union([Type.Literal('draft'), Type.Literal('scheduled'), Type.Literal('published'), Type.Literal('')], { default: '' }),
  q: text(200),
  page: Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 1 }),
  deleted: text(300),
});
const CompareQuery = Type.Object({ from: Type.Integer({ minimum: 1, maximum: 2147483647 }), to: Type.Integer({ minimum: 1, maximum: 2147483647 }) });
const ItemBody = Type.Object({
  _csrf: text(200),
  kind: Type.Optional(Kind),
  version: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647 })),
  intent: Type.Union([Type.Literal('save'), Type.Literal('publish'), Type.Literal('schedule'), Type.Literal('preview')], { default: 'save' }),
  title: text(5000), slug: text(5000), summary: text(20_000), body: text(1_000_000),
  access: text(50), comments: text(50), heroAlt: text(5000), removeHero: text(10),
  eventStart: text(100), eventEnd: text(100), venue: text(5000), onlineUrl: text(5000), scheduleAt: text(100), attachmentTitle: text(5000),
  topics: Type.Optional(list), authors: Type.Optional(list), removeAttachments: Type.Optional(list),
  heroImage: Type.Optional(Type.Unknown()), attachment: Type.Optional(Type.Unknown()),
});
type ItemBodyType = Static<typeof ItemBody>;
const PreviewBody = Type.Object({ _csrf: text(200), body: text(1_000_000) });

export interface DeskRouteDeps {
  desk: DeskService;
  listTopics: () => Promise<TopicRow[]>;
  page: PageContextFactory;
}

const asList = (value: string | string[] | undefined): string[] => (value === undefined ? [] : [value].flat());

function formFrom(body: ItemBodyType): DeskForm {
  return {
    title: body.title, slug: body.slug, summary: body.summary, body: body.body, access: body.access, comments: body.comments,
    topics: asList(body.topics), authors: asList(body.authors), heroAlt: body.heroAlt, removeHero: body.removeHero === 'yes',
    eventStart: body.eventStart, eventEnd: body.eventEnd, venue: body.venue, onlineUrl: body.onlineUrl, scheduleAt: body.scheduleAt,
    attachmentTitle: body.attachmentTitle, removeAttachments: asList(body.removeAttachments),
  };
}

function uploadsFrom(body: ItemBodyType): DeskUploads {
  return { heroImage: chosenFile(body.heroImage), attachment: chosenFile(body.attachment) };
}

const blankForm = (access: string): DeskForm => ({
  title: '', slug: '', summary: '', body: '', access, comments: 'default', topics: [], authors: [], heroAlt: '', removeHero: false,
  eventStart: '', eventEnd: '', venue: '', onlineUrl: '', scheduleAt: '', attachmentTitle: '', removeAttachments: [],
});

function snapshotOfForm(form: DeskForm): Snapshot {
  return {
    slug: form.slug, title: form.title, summary: form.summary, bodyMarkdown: form.body, access: form.access as Snapshot['access'], comments: form.comments as Snapshot['comments'],
    heroImage: null, heroAlt: form.heroAlt || null, eventStart: form.eventStart || null, eventEnd: form.eventEnd || null, venue: form.venue || null, onlineUrl: form.onlineUrl || null,
    topicIds: form.topics.map(Number), authorIds: form.authors.map(Number),
  };
}

export function registerDeskRoutes(app: App, deps: DeskRouteDeps): void {
  const { desk, page } = deps;

  const formPage = async (request: FastifyRequest, props: { kind: ItemKind; values: DeskForm; itemId?: number; errors?: Record<string, string>; notice?: string; safePreviewHtml?: string; conflict?: EditConflict; version?: number }) => {
    const [topics, authors, existing] = await Promise.all([deps.listTopics(), desk.listAuthors(), props.itemId ? desk.get(props.itemId) : undefined]);
    let conflict: { message: string; diff: ReturnType<typeof compareSnapshots> } | undefined;
    if (props.conflict && existing) {
      const theirs: DeskForm = { ...formOf(existing.item, existing.links), removeHero: false };
      const names = { topic: (id: number) => topics.find((t) => t.id === id)?.name ?? `#${id}`, author: (id: number) => authors.find((a) => a.id === id)?.name ?? `#${id}` };
      conflict = { message: props.conflict.message, diff: compareSnapshots(snapshotOfForm(theirs), snapshotOfForm(props.values), names) };
    }
    return (
      <DeskFormPage ctx={page(request)} kind={props.kind} values={props.values} item={existing?.item} attachments={existing?.attachments} topics={topics} authors={authors}
        errors={props.errors} notice={props.notice} safePreviewHtml={props.safePreviewHtml} conflict={conflict} version={props.version} />
    );
  };

  app.get('/admin/content', { config: EDITOR, schema: { querystring: ListQuery } }, async (request, reply) => {
    const { kind, status, q, page: pageNumber, deleted } = request.query;
    const filter = { kind: kind || undefined, status: status || undefined, q: q.trim() || undefined };
    const { rows, pagination } = await desk.list(filter, pageNumber);
    return sendHtml(reply, <DeskListPage ctx={page(request)} rows={rows} pagination={pagination} filter={{ kind, status, q }} notice={deleted ? `Deleted “${deleted}”.` : undefined} />);
  });

  app.get('/admin/content/new', { config: EDITOR, schema: { querystring: Type.Object({ kind: Type.Union([Kind], { default: 'news' }) }) } }, async (request, reply) => {
    return sendHtml(reply, await formPage(request, { kind: request.query.kind, values: blankForm(page(request).site.defaultAccess ?? 'public') }));
  });

  // Live preview for the editor's script: the body rendered and sanitised exactly as a save would.
  app.post('/admin/content/preview', { config: EDITOR, schema: { body: PreviewBody } }, async (request, reply) => {
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(renderMarkdown(request.body.body).html);
  });

  app.post('/admin/content', { config: EDITOR, schema: { body: ItemBody, querystring: Type.Object({ kind: Type.Optional(Kind) }) } }, async (request, reply) => {
    const kind = request.body.kind ?? request.query.kind;
    if (!kind) throw new Invalid('kind', 'Choose what kind of item to create.');
    const values = formFrom(request.body);
    if (request.body.intent === 'preview') return sendHtml(reply, await formPage(request, { kind, values, safePreviewHtml: renderMarkdown(values.body).html }));
    try {
      const saved = await desk.create(request.viewer, kind, values, uploadsFrom(request.body), request.body.intent as Intent);
      return reply.redirect(`/admin/content/${saved.id}?done=${saved.status}`, 303);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return sendHtml(reply, await formPage(request, { kind, values, errors: { ...error.fields } }), 400);
    }
  });

  const DONE: Record<string, string> = { draft: 'Saved as a draft.', published: 'Saved and published.', scheduled: 'Saved and scheduled.', unpublished: 'Taken off the site: it is a draft again.', restored: 'Restored. The restored text is now the current version.' };

  app.get('/admin/content/:id', { config: EDITOR, schema: { params: IdParams, querystring: Type.Object({ done: text(20) }) } }, async (request, reply) => {
    const { item, links } = await desk.get(request.params.id);
    return sendHtml(reply, await formPage(request, { kind: item.kind, values: formOf(item, links), itemId: item.id, notice: DONE[request.query.done] }));
  });

  app.post('/admin/content/:id', { config: EDITOR, schema: { params: IdParams, body: ItemBody } }, async (request, reply) => {
    const values = formFrom(request.body);
    const existing = await desk.get(request.params.id).catch((error: unknown) => {
      if (error instanceof NotFound) throw new NotFound('This item was deleted while you were editing it, so your changes were not saved.');
      throw error;
    });
    const kind = existing.item.kind;
    if (request.body.intent === 'preview') return sendHtml(reply, await formPage(request, { kind, values, itemId: existing.item.id, safePreviewHtml: renderMarkdown(values.body).html, version: request.body.version }));
    if (request.body.version === undefined) throw new Invalid('version', 'This form is missing its version. Reload the page and try again.');
    try {
      const saved = await desk.update(request.viewer, existing.item.id, request.body.version, values, uploadsFrom(request.body), request.body.intent as Intent);
      return reply.redirect(`/admin/content/${saved.id}?done=${saved.status}`, 303);
    } catch (error) {
      if (error instanceof EditConflict) return sendHtml(reply, await formPage(request, { kind, values, itemId: existing.item.id, conflict: error }), 409);
      if (error instanceof Invalid) return sendHtml(reply, await formPage(request, { kind, values, itemId: existing.item.id, errors: { ...error.fields }, version: request.body.version }), 400);
      throw error;
    }
  });

  app.post('/admin/content/:id/unpublish', { config: EDITOR, schema: { params: IdParams, body: VersionBody } }, async (request, reply) => {
    await desk.unpublish(request.viewer, request.params.id, request.body.version);
    return reply.redirect(`/admin/content/${request.params.id}?done=unpublished`, 303);
  });

  app.get('/admin/content/:id/delete', { config: EDITOR, schema: { params: IdParams } }, async (request, reply) => {
    const { item } = await desk.get(request.params.id);
    return sendHtml(reply, <DeleteConfirmPage ctx={page(request)} item={item} />);
  });

  app.post('/admin/content/:id/delete', { config: EDITOR, schema: { params: IdParams, body: Type.Object({ _csrf: text(200) }) } }, async (request, reply) => {
    const title = await desk.delete(request.viewer, request.params.id);
    return reply.redirect(`/admin/content?deleted=${encodeURIComponent(title.slice(0, 200))}`, 303);
  });

  app.get('/admin/content/:id/revisions', { config: EDITOR, schema: { params: IdParams } }, async (request, reply) => {
    const { item, revisions } = await desk.revisions(request.params.id);
    return sendHtml(reply, <RevisionsPage ctx={page(request)} item={item} revisions={revisions} />);
  });

  app.get('/admin/content/:id/revisions/compare', { config: EDITOR, schema: { params: IdParams, querystring: CompareQuery } }, async (request, reply) => {
    const { item } = await desk.get(request.params.id);
    const [from, to, topics, authors] = await Promise.all([desk.revision(item.id, request.query.from), desk.revision(item.id, request.query.to), deps.listTopics(), desk.listAuthors()]);
    const names = { topic: (id: number) => topics.find((t) => t.id === id)?.name ?? `(deleted topic ${id})`, author: (id: number) => authors.find((a) => a.id === id)?.name ?? `(deleted author ${id})` };
    return sendHtml(reply, <ComparePage ctx={page(request)} item={item} from={request.query.from} to={request.query.to} fields={compareSnapshots(from.snapshot, to.snapshot, names)} />);
  });

  app.post('/admin/content/:id/revisions/:version/restore', { config: EDITOR, schema: { params: RevisionParams, body: VersionBody } }, async (request, reply) => {
    try {
      await desk.restore(request.viewer, request.params.id, request.params.version, request.body.version);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      const { item, revisions } = await desk.revisions(request.params.id);
      return sendHtml(reply, <RevisionsPage ctx={page(request)} item={item} revisions={revisions} notice={`Version ${request.params.version} cannot be restored as it is: ${error.message}`} />, 409);
    }
    return reply.redirect(`/admin/content/${request.params.id}?done=restored`, 303);
  });

}

/** The form's values for a stored item. */
export function formOf(item: { title: string; slug: string; summary: string; body_md: string; access: string; comments: string; hero_alt: string | null; event_start: string | null; event_end: string | null; venue: string | null; online_url: string | null; status: string; published_at: string | null }, links: { topicIds: number[]; authorIds: number[] }): DeskForm {
  return {
    title: item.title, slug: item.slug, summary: item.summary, body: item.body_md, access: item.access, comments: item.comments,
    topics: links.topicIds.map(String), authors: links.authorIds.map(String), heroAlt: item.hero_alt ?? '', removeHero: false,
    eventStart: item.event_start ? utcToLondonInput(item.event_start) : '', eventEnd: item.event_end ? utcToLondonInput(item.event_end) : '',
    venue: item.venue ?? '', onlineUrl: item.online_url ?? '', scheduleAt: item.status === 'scheduled' && item.published_at ? utcToLondonInput(item.published_at) : '',
    attachmentTitle: '', removeAttachments: [],
  };
}
