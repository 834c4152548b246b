// The editors' topic screens under /admin/topics: the list, the add/edit form, merging and
// deleting (each behind a page that says what will happen).
import Html from '@kitajs/html';
import { AdminLayout } from '../admin/layout.js';
import type { PageContext } from '../web/context.js';
import { CsrfField, ErrorSummary, TextField, type FieldErrors } from '../web/forms.js';
import type { TopicRow } from '../db/schema.js';
import { Notice, RadioGroup, SelectField, TextAreaField, csrfTokenOf } from '../site/form-fields.js';
import type { TopicWithCount } from './repo.js';
import { TOPIC_LIMITS, type LoadedTopic, type TopicInput } from './service.js';

const itemsLabel = (n: number) => `${n} ${n === 1 ? 'item' : 'items'}`;

export function TopicsAdminPage({ ctx, topics, notice }: { ctx: PageContext; topics: TopicWithCount[]; notice?: string }): JSX.Element {
  return (
    <AdminLayout ctx={ctx} title="Topics" crumbs={[{ label: 'Topics' }]}>
      <h1>Topics</h1>
      <Notice message={notice} />
      <p><a class="button" href="/admin/topics/new">Add a topic</a></p>
      {topics.length === 0 ? <p>There are no topics yet.</p> : (
        <table class="data-table">
          <caption class="visually-hidden">Topics, with how many items are filed under each</caption>
          <thead><tr><th scope="col">Topic and address</th><th scope="col">Items</th><th scope="col">Actions</th></tr></thead>
          <tbody>
            {topics.map((t) => (
              <tr>
                <td>
                  <a href={`/admin/topics/${t.id}`} safe>{t.name}</a>
                  <a class="topic-address" href={`/topics/${t.slug}`} safe>{`/topics/${t.slug}`}</a>
                </td>
                <td safe>{String(t.item_count)}</td>
                <td>
                  <ul class="table-actions">
                    <li><a href={`/admin/topics/${t.id}/merge`}>Merge<span class="visually-hidden" safe>{` ${t.name}`}</span></a></li>
                    <li><a href={`/admin/topics/${t.id}/delete`}>Delete<span class="visually-hidden" safe>{` ${t.name}`}</span></a></li>
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminLayout>
  );
}

const FORM_LABELS = { name: 'Name', slug: 'Address', description: 'Description' };

export function TopicFormPage({ ctx, topic, values, loadedSlug, loaded, errors = {} }: { ctx: PageContext; topic?: TopicRow; values: TopicInput; loadedSlug?: string; loaded?: LoadedTopic; errors?: FieldErrors }): JSX.Element {
  const title = topic ? `Edit the topic ${topic.name}` : 'Add a topic';
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <AdminLayout ctx={ctx} title={hasErrors ? `Error: ${title}` : title} crumbs={[{ label: 'Topics', path: '/admin/topics' }, { label: topic ? topic.name : 'Add' }]}>
      <div class="form-page">
        <h1 safe>{title}</h1>
        <ErrorSummary errors={errors} labels={FORM_LABELS} />
        <form method="post" action={topic ? `/admin/topics/${topic.id}` : '/admin/topics'} novalidate>
          <CsrfField token={csrfTokenOf(ctx)} />
          {topic ? <input type="hidden" name="loaded_slug" value={loadedSlug ?? topic.slug} /> : ''}
          {topic ? <input type="hidden" name="loaded_name" value={loaded?.name ?? topic.name} /> : ''}
          {topic ? <input type="hidden" name="loaded_description" value={loaded?.description ?? topic.description} /> : ''}
          <TextField name="name" label={FORM_LABELS.name} value={values.name} error={errors.name} required maxlength={TOPIC_LIMITS.name} />
          <TextField
            name="slug"
            label={FORM_LABELS.slug}
            value={values.slug}
            error={errors.slug}
            maxlength={TOPIC_LIMITS.slug}
            hint={topic ? 'The topic’s page is at /topics/ followed by this. If you change it, the old address redirects to the new one.' : 'The topic’s page will be at /topics/ followed by this: lower-case letters, digits and hyphens. Leave it empty to make it from the name.'}
          />
          <TextAreaField name="description" label={FORM_LABELS.description} value={values.description} error={errors.description} hint="One or two sentences, shown on the topic’s page and the topics index." rows={3} maxlength={TOPIC_LIMITS.description} />
          <button type="submit">{topic ? 'Save the topic' : 'Add the topic'}</button>
        </form>
        {topic ? (
          <ul class="inline-actions">
            <li><a href={`/admin/topics/${topic.id}/merge`}>Merge into another topic</a></li>
            <li><a href={`/admin/topics/${topic.id}/delete`}>Delete this topic</a></li>
          </ul>
        ) : ''}
      </div>
    </AdminLayout>
  );
}

export function MergeTopicPage({ ctx, topic, count, others, into = '', errors = {} }: { ctx: PageContext; topic: TopicRow; count: number; others: TopicRow[]; into?: string; errors?: FieldErrors }): JSX.Element {
  const title = `Merge the topic ${topic.name}`;
  const options = [{ value: '', label: 'Choose a topic' }, ...others.map((o) => ({ value: String(o.id), label: o.name }))];
  return (
    <AdminLayout ctx={ctx} title={Object.keys(errors).length > 0 ? `Error: ${title}` : title} crumbs={[{ label: 'Topics', path: '/admin/topics' }, { label: topic.name, path: `/admin/topics/${topic.id}` }, { label: 'Merge' }]}>
      <div class="form-page">
        <h1 safe>{title}</h1>
        <ErrorSummary errors={errors} labels={{ into: 'Merge into' }} />
        <p safe>{`Its ${itemsLabel(count)} will be filed under the topic you choose, /topics/${topic.slug} will lead there, and “${topic.name}” will be deleted. This cannot be undone.`}</p>
        {others.length === 0 ? <p>There is no other topic to merge it into.</p> : (
          <form method="post" action={`/admin/topics/${topic.id}/merge`} novalidate>
            <CsrfField token={csrfTokenOf(ctx)} />
            <SelectField name="into" label="Merge into" value={into} options={options} error={errors.into} />
            <button type="submit">Merge the topics</button>
          </form>
        )}
        <p><a href="/admin/topics">Cancel and go back to the topics</a></p>
      </div>
    </AdminLayout>
  );
}

export function DeleteTopicPage({ ctx, topic, count, others, reassignTo = 'none', errors = {} }: { ctx: PageContext; topic: TopicRow; count: number; others: TopicRow[]; reassignTo?: string; errors?: FieldErrors }): JSX.Element {
  const title = `Delete the topic ${topic.name}`;
  const options = [{ value: 'none', label: 'No topic: the items keep only their other topics' }, ...others.map((o) => ({ value: String(o.id), label: o.name }))];
  return (
    <AdminLayout ctx={ctx} title={Object.keys(errors).length > 0 ? `Error: ${title}` : title} crumbs={[{ label: 'Topics', path: '/admin/topics' }, { label: topic.name, path: `/admin/topics/${topic.id}` }, { label: 'Delete' }]}>
      <div class="form-page">
        <h1 safe>{title}</h1>
        <ErrorSummary errors={errors} labels={{ reassign_to: 'Move its items to' }} />
        <p safe>{`“${topic.name}” has ${itemsLabel(count)}. Deleting it removes its page and feed at /topics/${topic.slug}; this cannot be undone.`}</p>
        <form method="post" action={`/admin/topics/${topic.id}/delete`} novalidate>
          <CsrfField token={csrfTokenOf(ctx)} />
          {count > 0 ? <RadioGroup name="reassign_to" legend="Move its items to" value={reassignTo} options={options} error={errors.reassign_to} /> : <input type="hidden" name="reassign_to" value="none" />}
          <button type="submit" class="button--danger">Delete the topic</button>
        </form>
        <p><a href="/admin/topics">Cancel and keep the topic</a></p>
      </div>
    </AdminLayout>
  );
}
