// /admin/topics: editors and admins create, rename, merge and delete topics.
import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import { Forbidden, Invalid } from '../errors.js';
import { canUseAdmin } from '../admin/policy.js';
import type { App } from '../platform/http/types.js';
import type { PageContextFactory } from '../web/render.js';
import { sendHtml } from '../web/render.js';
import type { TopicInput, TopicService } from './service.js';
import { DeleteTopicPage, MergeTopicPage, TopicFormPage, TopicsAdminPage } from './admin-views.js';

const text = () => Type.String({ maxLength: 20000, default: '' });
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2147483647 }) });
const TopicBody = Type.Object({ _csrf: text(), name: text(), slug: text(), description: text(), loaded_slug: text(), loaded_name: Type.Optional(Type.String({ maxLength: 20000 })), loaded_description: Type.Optional(Type.String({ maxLength: 20000 })) });
const MergeBody = Type.Object({ _csrf: text(), into: Type.String({ pattern: '^[0-9]{0,10}$', default: '' }) });
const DeleteBody = Type.Object({ _csrf: text(), reassign_to: Type.String({ pattern: '^(none|[0-9]{1,10})$', default: 'none' }) });
const DoneQuery = Type.Object({ done: Type.Optional(Type.String({ maxLength: 20 })) });

const NOTICES: Record<string, string> = {
  created: 'The topic was added.',
  updated: 'The topic was saved.',
  merged: 'The topics were merged.',
  deleted: 'The topic was deleted.',
};

const EDITORS = { adminAccess: 'editor' } as const;

function requireEditor(request: FastifyRequest): void {
  if (!canUseAdmin(request.viewer)) throw new Forbidden('Only editors and administrators can manage topics.');
}

export function registerTopicAdminRoutes(app: App, deps: { topics: TopicService; page: PageContextFactory }): void {
  const { topics, page } = deps;
  const others = async (id: number) => (await topics.listTopics()).filter((t) => t.id !== id);

  app.get('/admin/topics', { config: EDITORS, schema: { querystring: DoneQuery } }, async (request, reply) => {
    requireEditor(request);
    const notice = request.query.done ? NOTICES[request.query.done] : undefined;
    return sendHtml(reply, <TopicsAdminPage ctx={page(request)} topics={await topics.listForEditors()} notice={notice} />);
  });

  app.get('/admin/topics/new', { config: EDITORS }, async (request, reply) => {
    requireEditor(request);
    return sendHtml(reply, <TopicFormPage ctx={page(request)} values={{ name: '', slug: '', description: '' }} />);
  });

  app.post('/admin/topics', { config: EDITORS, schema: { body: TopicBody } }, async (request, reply) => {
    requireEditor(request);
    const values: TopicInput = { name: request.body.name, slug: request.body.slug, description: request.body.description };
    try {
      await topics.createTopic(request.viewer, values);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return sendHtml(reply, <TopicFormPage ctx={page(request)} values={values} errors={error.fields} />, 400);
    }
    return reply.redirect('/admin/topics?done=created', 303);
  });

  app.get('/admin/topics/:id', { config: EDITORS, schema: { params: IdParams } }, async (request, reply) => {
    requireEditor(request);
    const topic = await topics.getById(request.params.id);
    return sendHtml(reply, <TopicFormPage ctx={page(request)} topic={topic} values={{ name: topic.name, slug: topic.slug, description: topic.description }} />);
  });

  app.post('/admin/topics/:id', { config: EDITORS, schema: { params: IdParams, body: TopicBody } }, async (request, reply) => {
    requireEditor(request);
    const topic = await topics.getById(request.params.id);
    const values: TopicInput = { name: request.body.name, slug: request.body.slug, description: request.body.description };
    const loaded = { name: request.body.loaded_name, description: request.body.loaded_description };
    try {
      await topics.updateTopic(request.viewer, topic.id, values, request.body.loaded_slug, loaded);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return sendHtml(reply, <TopicFormPage ctx={page(request)} topic={topic} values={values} loadedSlug={request.body.loaded_slug} loaded={loaded} errors={error.fields} />, 400);
    }
    return reply.redirect('/admin/topics?done=updated', 303);
  });

  app.get('/admin/topics/:id/merge', { config: EDITORS, schema: { params: IdParams } }, async (request, reply) => {
    requireEditor(request);
    const topic = await topics.getById(request.params.id);
    return sendHtml(reply, <MergeTopicPage ctx={page(request)} topic={topic} count={await topics.itemCount(topic.id)} others={await others(topic.id)} />);
  });

  app.post('/admin/topics/:id/merge', { config: EDITORS, schema: { params: IdParams, body: MergeBody } }, async (request, reply) => {
    requireEditor(request);
    const topic = await topics.getById(request.params.id);
    const into = request.body.into === '' ? undefined : Number(request.body.into);
    try {
      await topics.mergeTopics(request.viewer, topic.id, into);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return sendHtml(reply, <MergeTopicPage ctx={page(request)} topic={topic} count={await topics.itemCount(topic.id)} others={await others(topic.id)} into={request.body.into} errors={error.fields} />, 400);
    }
    return reply.redirect('/admin/topics?done=merged', 303);
  });

  app.get('/admin/topics/:id/delete', { config: EDITORS, schema: { params: IdParams } }, async (request, reply) => {
    requireEditor(request);
    const topic = await topics.getById(request.params.id);
    return sendHtml(reply, <DeleteTopicPage ctx={page(request)} topic={topic} count={await topics.itemCount(topic.id)} others={await others(topic.id)} />);
  });

  app.post('/admin/topics/:id/delete', { config: EDITORS, schema: { params: IdParams, body: DeleteBody } }, async (request, reply) => {
    requireEditor(request);
    const topic = await topics.getById(request.params.id);
    const reassignTo = request.body.reassign_to === 'none' ? null : Number(request.body.reassign_to);
    try {
      await topics.deleteTopic(request.viewer, topic.id, reassignTo);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return sendHtml(reply, <DeleteTopicPage ctx={page(request)} topic={topic} count={await topics.itemCount(topic.id)} others={await others(topic.id)} reassignTo={request.body.reassign_to} errors={error.fields} />, 400);
    }
    return reply.redirect('/admin/topics?done=deleted', 303);
  });
}
