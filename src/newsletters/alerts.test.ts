// Topic alerts: at once when something is published in a topic a person asked about, or in the
// Monday digest; each item reaches a person at most once through alerts.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dialects, startTestApp, type TestApp } from '../../test/helpers.js';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink.js';
import { createPerson } from '../../test/people.js';
import { MemberRepo } from '../members/repo.js';
import { LeaseRepo } from '../platform/jobs/lease-repo.js';
import { AlertsRepo } from './alerts-repo.js';
import { TopicAlerts, digestWeek } from './alerts.js';
import { suppress } from './test-support.js';

for (const { dialect, skip } of dialects()) {
  describe(`topic alerts (${dialect})`, { skip }, () => {
    let t: TestApp;
    let sink: SmtpSink;
    let topicId: number;
    let publicItem: { id: number; title: string };
    let membersItem: { id: number; title: string };
    const people: Record<string, number> = {};
    let clock = new Date();

    /** An alerts runner like the app's, with a clock the test moves. */
    let runner: TopicAlerts | undefined;
    const alertsAt = () => (runner ??= makeRunner());
    const makeRunner = () => {
      const { container } = t;
      return new TopicAlerts({
        repo: new AlertsRepo(container.db.kysely), leases: new LeaseRepo(container.db.kysely), content: container.content,
        peopleByIds: async (ids) => {
          const map = new Map();
          for (const id of ids) {
            const viewer = await container.viewerOf(id);
            if (viewer?.kind === 'user') map.set(id, { viewer, organisationType: null });
          }
          return map;
        },
        topicNames: async () => new Map((await container.topics.listTopics()).map((x) => [x.id, x.name])),
        mailer: container.mailer, links: container.newsletters.links, site: () => ({ name: 'Northbridge', url: container.config.publicUrl }),
        returnPathDomain: container.config.returnPathDomain, onError: (error) => { throw error; }, clock: () => clock,
      });
    };
    const alertsTo = (email: string) => sink.received.filter((m) => m.envelope.to.includes(email) && /^(New in|This week in)/.test(m.parsed.subject ?? ''));

    before(async () => {
      sink = await startSmtpSink();
      t = await startTestApp({ dialect, env: { SMTP_URL: sink.url } });
      const db = t.container.db.kysely;
      // A topic with a public and a members-only item in it.
      const pair = await db.selectFrom('item_topics as a').innerJoin('item_topics as b', 'b.topic_id', 'a.topic_id')
        .innerJoin('items as pi', 'pi.id', 'a.item_id').innerJoin('items as mi', 'mi.id', 'b.item_id')
        .select(['a.topic_id', 'pi.id as pid', 'pi.title as ptitle', 'mi.id as mid', 'mi.title as mtitle'])
        .where('pi.access', '=', 'public').where('mi.access', '=', 'members').where('pi.status', '=', 'published').where('mi.status', '=', 'published')
        .where('pi.kind', '!=', 'page').where('mi.kind', '!=', 'page').limit(1).executeTakeFirstOrThrow();
      topicId = pair.topic_id;
      publicItem = { id: pair.pid, title: pair.ptitle };
      membersItem = { id: pair.mid, title: pair.mtitle };
      const now = new Date().toISOString();
      await new MemberRepo(db).saveOrganisation({ name: 'Alert Trust', type: 'Acute trust', status: 'active', tier: 'standard', created_at: now, updated_at: now }, [`alert-${dialect}.example`]);
      const choose = async (key: string, email: string, frequency: 'immediate' | 'weekly') => {
        people[key] = await createPerson(t, email);
        await db.insertInto('topic_follows').values({ user_id: people[key]!, topic_id: topicId, created_at: now }).execute();
        await t.container.newsletters.alertPreferences.choose(people[key]!, new Map([[topicId, frequency]]), '/account/newsletters');
      };
      await choose('now', 'now@reader.example', 'immediate');
      await choose('member', `mem@alert-${dialect}.example`, 'immediate');
      await choose('weekly', 'weekly@reader.example', 'weekly');
      await choose('bounced', 'bounced@reader.example', 'immediate');
      await suppress(t, 'bounced@reader.example');
      // The first pass starts the clocks: nothing already published is news.
      await alertsAt().runOnce();
    });
    after(async () => {
      await runner?.stop();
      await t?.close();
      await sink?.close();
    });

    const publishNow = async (itemId: number) => {
      clock = new Date(clock.getTime() + 60_000);
      await t.container.db.kysely.updateTable('items').set({ published_at: new Date(clock.getTime() - 1000).toISOString() }).where('id', '=', itemId).execute();
    };

    it('sends one alert at once to people who asked, members-only items only to members, and never twice', async () => {
      assert.equal(alertsTo('now@reader.example').length, 0, 'nothing for items published before');
      await publishNow(publicItem.id);
      await publishNow(membersItem.id);
      await alertsAt().runOnce();
      await alertsAt().runOnce();
      const mine = alertsTo('now@reader.example');
      assert.deepEqual(mine.map((m) => m.parsed.subject?.includes(publicItem.title.slice(0, 20))), [true], 'exactly one alert, for the public item');
      assert.match(mine[0]!.envelope.from, /^bounce\+u\d+-[0-9a-f]{10}@/);
      assert.ok(mine[0]!.parsed.headerLines.some((h) => h.key === 'list-unsubscribe-post'));
      assert.match(mine[0]!.parsed.text ?? '', /\/newsletter\/unsubscribe\/a\./);
      const member = alertsTo(`mem@alert-${dialect}.example`);
      assert.equal(member.length, 2, 'the member gets both');
      assert.equal(alertsTo('weekly@reader.example').length, 0, 'weekly readers wait for Monday');
      assert.equal(alertsTo('bounced@reader.example').length, 0, 'a suppressed address gets nothing');

      // Published again (unpublished and republished): still not a second alert.
      await publishNow(publicItem.id);
      await alertsAt().runOnce();
      assert.equal(alertsTo('now@reader.example').length, 1);
    });

    it('sends the weekly digest once on Monday morning, without what was already alerted', async () => {
      const monday = digestWeek(new Date(clock.getTime() + 7 * 86_400_000));
      clock = new Date(`${monday}T09:00:00Z`);
      await alertsAt().runOnce();
      await alertsAt().runOnce();
      const digests = alertsTo('weekly@reader.example');
      assert.equal(digests.length, 1, 'one digest');
      assert.match(digests[0]!.parsed.subject ?? '', /^This week in /);
      assert.ok((digests[0]!.parsed.text ?? '').includes(publicItem.title), 'with the week’s item');
      assert.ok(!(digests[0]!.parsed.text ?? '').includes(membersItem.title), 'but not the members-only one');
      assert.equal(alertsTo('now@reader.example').filter((m) => m.parsed.subject?.startsWith('This week')).length, 0);
    });

    it('knows which Monday a digest belongs to, in UK time', () => {
      assert.equal(digestWeek(new Date('2026-11-30T06:59:00Z')), '2026-11-23', 'Monday before 07:00 is last week’s');
      assert.equal(digestWeek(new Date('2026-11-30T07:00:00Z')), '2026-11-30');
      assert.equal(digestWeek(new Date('2026-06-01T06:30:00Z')), '2026-06-01', '07:30 in summer time');
      assert.equal(digestWeek(new Date('2026-12-05T12:00:00Z')), '2026-11-30');
    });
  });
}
