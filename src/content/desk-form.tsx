// The item editor: one form for every kind, posted as multipart (it may carry files). Works
// without JavaScript: "Preview" posts the form and shows the rendered body beside it, nothing
// saved. With JavaScript on, site.js renders the preview live as the editor types.
import Html from '@kitajs/html';
import type { AttachmentRow, AuthorRow, ItemKind, ItemRow, TopicRow } from '../db/schema.js';
import { AdminLayout } from '../admin/layout.js';
import type { PageContext } from '../web/context.js';
import { CheckboxField, CheckboxGroup, CsrfField, ErrorSummary, FileField, SelectField, TextAreaField, TextField, type FieldErrors } from '../web/forms.js';
import { formatDate, formatTime } from '../platform/dates.js';
import { itemPath } from './urls.js';
import { LIMITS, type DeskForm } from './desk-service.js';
import type { FieldDiff } from './revisions.js';
import { DiffView } from './desk-views.js';

export const KIND_LABELS: Record<ItemKind, string> = { news: 'News', report: 'Report', event: 'Event', page: 'Page' };

const LABELS: Record<string, string> = {
  title: 'Title', slug: 'Slug', summary: 'Summary', body: 'Body', access: 'Who can read it', comments: 'Comments', topics: 'Topics', authors: 'Authors',
  heroImage: 'Hero image', heroAlt: 'Alt text', eventStart: 'Starts', eventEnd: 'Ends', venue: 'Venue', onlineUrl: 'Online link', scheduleAt: 'Publish at',
  attachment: 'Attach a file', attachmentTitle: 'File title',
};

export interface DeskFormProps {
  ctx: PageContext;
  kind: ItemKind;
  values: DeskForm;
  /** Absent for a new item. */
  item?: ItemRow;
  attachments?: AttachmentRow[];
  topics: TopicRow[];
  authors: AuthorRow[];
  errors?: FieldErrors;
  notice?: string;
  /** Sanitised HTML of the body, when the editor asked for a preview. */
  safePreviewHtml?: string;
  /** Set when someone else saved first: what changed between their save and this form. */
  conflict?: { message: string; diff: FieldDiff[] };
  /** The version the editor's form was opened at, when it is coming back (preview, errors): not the stored one, so a save still checks against what they saw. */
  version?: number;
}

function statusLine(item: ItemRow): string {
  if (item.status === 'published') return `Published ${formatDate(item.published_at!)} at ${formatTime(item.published_at!)}.`;
  if (item.status === 'scheduled') return `Scheduled to publish ${formatDate(item.published_at!)} at ${formatTime(item.published_at!)}.`;
  return 'Draft: not on the site.';
}

export function DeskFormPage(props: DeskFormProps): JSX.Element {
  const { ctx, kind, values, item, safePreviewHtml } = props;
  const errors = props.errors ?? {};
  const token = ctx.viewer.kind === 'user' ? ctx.viewer.csrfToken : '';
  const title = item ? `Edit: ${item.title}` : kind === 'news' ? 'New news item' : `New ${KIND_LABELS[kind].toLowerCase()}`;
  const action = item ? `/admin/content/${item.id}` : `/admin/content?kind=${kind}`;
  return (
    <AdminLayout ctx={ctx} title={title} crumbs={[{ label: 'Content', path: '/admin/content' }, { label: item ? item.title : title }]}>
      <h1 safe>{title}</h1>
      {item ? (
        <div class="desk-status">
          <p><strong safe>{statusLine(item)}</strong> <span safe>{`Version ${item.version}.`}</span></p>
          <ul class="inline-links">
            {item.status === 'published' ? <li><a href={itemPath(item.kind, item.slug)}>View on the site</a></li> : ''}
            <li><a href={`/admin/content/${item.id}/revisions`}>Revisions</a></li>
            <li><a href={`/admin/content/${item.id}/delete`}>Delete…</a></li>
          </ul>
          {item.status !== 'draft' ? (
            <form method="post" action={`/admin/content/${item.id}/unpublish`} class="inline-form">
              <CsrfField token={token} />
              <input type="hidden" name="version" value={String(item.version)} />
              <button type="submit" class="button--secondary">{item.status === 'scheduled' ? 'Cancel the schedule' : 'Unpublish'}</button>
            </form>
          ) : ''}
        </div>
      ) : ''}
      {props.notice ? <p class="notice" role="status" safe>{props.notice}</p> : ''}
      {props.conflict ? (
        <div class="error-summary" role="alert" tabindex="-1">
          <h2>Someone else saved this item</h2>
          <p safe>{props.conflict.message}</p>
          <p>Their changes compared with what you are sending:</p>
          <DiffView fields={props.conflict.diff} />
          <p>Your text is still in the form below. To keep yours, save again; to keep theirs, <a href={`/admin/content/${item?.id ?? ''}`}>reload the item</a>.</p>
        </div>
      ) : ''}
      <ErrorSummary errors={errors} labels={LABELS} />
      <div class={props.safePreviewHtml !== undefined ? 'desk-editor desk-editor--preview' : 'desk-editor'}>
        <form method="post" action={action} enctype="multipart/form-data" class="stack desk-form" novalidate>
          <CsrfField token={token} />
          {item ? <input type="hidden" name="version" value={String(props.version ?? item.version)} /> : <input type="hidden" name="kind" value={kind} />}
          <TextField name="title" label="Title" value={values.title} error={errors.title} maxlength={LIMITS.title} required />
          <TextField name="slug" label="Slug" value={values.slug} error={errors.slug} hint={`The last part of the address, e.g. ${itemPath(kind, 'winter-plan-published')}. Leave empty to make one from the title. Changing it later leaves the old address redirecting.`} maxlength={LIMITS.slug} />
          <TextAreaField name="summary" label="Summary" value={values.summary} error={errors.summary} hint="One or two sentences, shown in lists, search results and feeds." rows={3} maxlength={LIMITS.summary} />
          <div class="desk-body-pair">
            <TextAreaField name="body" label="Body" value={values.body} error={errors.body} hint="Markdown: # headings, **bold**, [links](https://…), lists and tables. Scripts and styles are removed." rows={18} className="desk-body" />
            <div class="desk-preview-live" data-live-preview="field-body" hidden>
              <h2 class="desk-preview__heading">Live preview</h2>
              <div class="prose" aria-live="off"></div>
            </div>
          </div>
          <SelectField name="access" label="Who can read it" value={values.access} error={errors.access} choices={[{ value: 'public', label: 'Everyone' }, { value: 'registered', label: 'Registered people (signed in)' }, { value: 'members', label: 'Members of member organisations' }]} />
          <SelectField name="comments" label="Comments" value={values.comments} error={errors.comments} choices={[{ value: 'default', label: 'Follow the site setting' }, { value: 'open', label: 'Allow comments' }, { value: 'closed', label: 'No comments' }]} />
          <CheckboxGroup name="topics" legend="Topics" choices={props.topics.map((t) => ({ value: String(t.id), label: t.name }))} checked={values.topics} error={errors.topics} />
          <CheckboxGroup name="authors" legend="Authors" choices={props.authors.map((a) => ({ value: String(a.id), label: `${a.name}, ${a.role}` }))} checked={values.authors} error={errors.authors} />
          <fieldset class="stack">
            <legend>Hero image</legend>
            {item?.hero_image && !values.removeHero ? (
              <div class="desk-hero">
                <img src={`/media/${item.hero_image}`} alt="" width="240" />
                <CheckboxField name="removeHero" label="Remove this image" checked={values.removeHero} />
              </div>
            ) : ''}
            <FileField name="heroImage" label={item?.hero_image ? 'Replace the image' : 'Upload an image'} accept="image/jpeg,image/png,image/webp,image/gif" hint="JPEG, PNG, WebP or GIF, up to 5 MB. A file chosen here is not kept by Preview." error={errors.heroImage} />
            <TextField name="heroAlt" label="Alt text" value={values.heroAlt} error={errors.heroAlt} hint="What the image shows, for people who cannot see it. Required with an image." maxlength={LIMITS.alt} />
          </fieldset>
          {kind === 'event' ? (
            <fieldset class="stack">
              <legend>Event</legend>
              <TextField name="eventStart" type="datetime-local" label="Starts" value={values.eventStart} error={errors.eventStart} hint="UK time." />
              <TextField name="eventEnd" type="datetime-local" label="Ends" value={values.eventEnd} error={errors.eventEnd} hint="UK time. Optional." />
              <TextField name="venue" label="Venue" value={values.venue} error={errors.venue} maxlength={LIMITS.venue} />
              <TextField name="onlineUrl" type="url" label="Online link" value={values.onlineUrl} error={errors.onlineUrl} hint="https:// address for joining online. Optional." maxlength={LIMITS.url} />
            </fieldset>
          ) : ''}
          {kind === 'report' ? (
            <fieldset class="stack">
              <legend>Files</legend>
              {props.attachments && props.attachments.length > 0 ? (
                <CheckboxGroup name="removeAttachments" legend="Remove files" choices={props.attachments.map((a) => ({ value: String(a.id), label: `${a.title} (${a.filename}, ${Math.ceil(a.size_bytes / 1024)} KB)` }))} checked={values.removeAttachments} />
              ) : <p>No files attached yet.</p>}
              <FileField name="attachment" label="Attach a file" accept=".pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,.doc,.xls,.ppt" hint="PDF or office document, up to 20 MB. It is readable by the same people as the report." error={errors.attachment} />
              <TextField name="attachmentTitle" label="File title" value={values.attachmentTitle} error={errors.attachmentTitle} hint="Shown as the download link. Leave empty to use the file name." maxlength={LIMITS.attachmentTitle} />
            </fieldset>
          ) : ''}
          <fieldset class="stack desk-actions">
            <legend>Save</legend>
            <div class="button-row">
              <button type="submit" name="intent" value="save">{item && item.status !== 'draft' ? 'Save changes' : 'Save draft'}</button>
              <button type="submit" name="intent" value="preview" class="button--secondary">Preview</button>
              <button type="submit" name="intent" value="publish">{item?.status === 'published' ? 'Save and keep published' : 'Publish now'}</button>
            </div>
            {item?.status === 'published' && !errors.scheduleAt ? '' : (
              <>
                <TextField name="scheduleAt" type="datetime-local" label="Publish at" value={values.scheduleAt} error={errors.scheduleAt} hint="UK time. Choose a time, then Schedule." />
                <div class="button-row">
                  <button type="submit" name="intent" value="schedule" class="button--secondary">Schedule</button>
                </div>
              </>
            )}
          </fieldset>
        </form>
        {props.safePreviewHtml !== undefined ? (
          <section class="desk-preview" aria-labelledby="desk-preview-heading">
            <h2 id="desk-preview-heading">Preview (not saved)</h2>
            <article class="prose">{safePreviewHtml}</article>
          </section>
        ) : ''}
      </div>
    </AdminLayout>
  );
}
