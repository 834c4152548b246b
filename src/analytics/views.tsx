// The analytics screen under /admin/analytics and the dashboard's readership glance.
// Every chart comes with its numbers in a table (open by default for short lists, behind
// a "Show the numbers" disclosure for long daily series) and a CSV link.
import Html from '@kitajs/html';
import { AdminLayout } from '../admin/layout.js';
import type { PageContext } from '../web/context.js';
import { BarList, DayChart, Legend, type Series } from './charts.js';
import { ACCESS_LABELS, formatCount, longDay, presentTopItems, type TopItemView } from './presenters.js';
import { PERIODS, type AnalyticsReport, type EngagementLine, type Period, type WeekGlance } from './service.js';

function periodQuery(period: Period, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams({ days: String(period) });
  for (const [k, v] of Object.entries(extra)) if (v) params.set(k, v);
  return params.toString();
}

function Caption({ text }: { text: string }): JSX.Element {
  return <caption class="visually-hidden" safe>{text}</caption>;
}

function TopTable({ items, caption, emptyText }: { items: readonly TopItemView[]; caption: string; emptyText: string }): JSX.Element {
  if (items.length === 0) return <p class="analytics-empty" safe>{emptyText}</p>;
  return (
    <table class="data-table analytics-table">
      <Caption text={caption} />
      <thead>
        <tr><th scope="col">#</th><th scope="col">Title</th><th scope="col" class="num">Views</th></tr>
      </thead>
      <tbody>
        {items.map((i) => (
          <tr>
            <td safe>{String(i.rank)}</td>
            <td><a href={i.path} safe>{i.title}</a> <span class="analytics-meta" safe>{`${i.kind} · ${i.access}`}</span></td>
            <td class="num" safe>{formatCount(i.views)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Numbers({ children }: { children: Html.Children }): JSX.Element {
  return (
    <details class="analytics-numbers">
      <summary>Show the numbers</summary>
      {children}
    </details>
  );
}

function CsvLink({ href, text }: { href: string; text: string }): JSX.Element {
  return <p class="analytics-csv"><a href={href} safe>{text}</a></p>;
}

export function AnalyticsPage({ ctx, report }: { ctx: PageContext; report: AnalyticsReport }): JSX.Element {
  const { period, range, daily, growth, engagement } = report;
  const days = daily.map((d) => d.day);
  const rangeText = `${longDay(range.from)} to ${longDay(range.to)}`;
  const busiest = daily.reduce((best, d) => (d.views > best.views ? d : best), daily[0] ?? { day: range.to, views: 0, visitors: 0 });
  const dailySeries: Series[] = [
    { name: 'Page views', values: daily.map((d) => d.views), look: 'a' },
    { name: 'Unique visitors', values: daily.map((d) => d.visitors), look: 'b' },
  ];
  const growthSeries: Series[] = [
    { name: 'Confirmed accounts', values: growth.map((g) => g.confirmedTotal), look: 'a' },
    { name: 'People at member organisations', values: growth.map((g) => g.memberTotal), look: 'b' },
  ];
  const registrations = growth.reduce((sum, g) => sum + g.registrations, 0);
  const last = growth[growth.length - 1];
  const top = presentTopItems(report.top);
  return (
    <AdminLayout ctx={ctx} title="Analytics" crumbs={[{ label: 'Analytics' }]}>
      <h1>Analytics</h1>
      <p class="lede">How the site is read, counted without cookies or third parties. Visitors are estimated once per day from a hash that cannot be traced back to anyone.</p>

      <nav class="analytics-periods" aria-label="Period">
        <ul>
          {PERIODS.map((p) => (
            <li><a href={`/admin/analytics?${periodQuery(p)}`} aria-current={p === period ? 'page' : undefined} safe>{`Last ${p} days`}</a></li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="analytics-summary">
        <h2 id="analytics-summary" safe>{`Summary, ${rangeText}`}</h2>
        <dl class="analytics-totals">
          <div><dt>Page views</dt><dd safe>{formatCount(report.totals.views)}</dd></div>
          <div><dt>Daily unique visitors, added up</dt><dd safe>{formatCount(report.totals.visitorDays)}</dd></div>
          <div><dt>New registrations</dt><dd safe>{formatCount(registrations)}</dd></div>
        </dl>
      </section>

      <section aria-labelledby="analytics-daily">
        <h2 id="analytics-daily">Page views and visitors per day</h2>
        <DayChart id="chart-daily" title="Page views and unique visitors per day" summary={`${rangeText}: ${formatCount(report.totals.views)} page views; the busiest day was ${longDay(busiest.day)} with ${formatCount(busiest.views)}.`} days={days} series={dailySeries} />
        <Legend series={dailySeries} />
        <Numbers>
          <table class="data-table analytics-table" id="table-daily">
            <Caption text="Page views and unique visitors per day" />
            <thead><tr><th scope="col">Day</th><th scope="col" class="num">Page views</th><th scope="col" class="num">Unique visitors</th></tr></thead>
            <tbody>
              {daily.map((d) => (
                <tr><th scope="row" safe>{longDay(d.day)}</th><td class="num" safe>{formatCount(d.views)}</td><td class="num" safe>{formatCount(d.visitors)}</td></tr>
              ))}
            </tbody>
          </table>
        </Numbers>
        <CsvLink href={`/admin/analytics/views.csv?${periodQuery(period)}`} text="Download page views and visitors (CSV)" />
      </section>

      <section aria-labelledby="analytics-top">
        <h2 id="analytics-top">Most read</h2>
        {top.length > 0 ? <BarList id="chart-top" title="Most-read items" summary={`The most-read item was “${top[0]?.title ?? ''}” with ${formatCount(top[0]?.views ?? 0)} views.`} rows={top.map((t) => ({ label: t.title, value: t.views }))} /> : ''}
        <TopTable items={top} caption="Most-read items" emptyText="Nothing has been read in this period yet." />
        <CsvLink href={`/admin/analytics/top.csv?${periodQuery(period)}`} text="Download the most read (CSV)" />
      </section>

      <section aria-labelledby="analytics-topic">
        <h2 id="analytics-topic">Most read by topic</h2>
        <form class="search-form analytics-topic-form" method="get" action="/admin/analytics">
          <input type="hidden" name="days" value={String(period)} />
          <div class="field">
            <label for="field-topic">Topic</label>
            <select id="field-topic" name="topic">
              <option value="">Choose a topic</option>
              {report.topics.map((t) => (
                <option value={t.slug} selected={report.topic?.slug === t.slug} safe>{t.name}</option>
              ))}
            </select>
          </div>
          <button type="submit">Show</button>
        </form>
        {report.topic ? (
          <>
            <h3 safe>{report.topic.name}</h3>
            <TopTable items={presentTopItems(report.topic.items)} caption={`Most read in ${report.topic.name}`} emptyText="Nothing in this topic has been read in this period." />
            <CsvLink href={`/admin/analytics/top.csv?${periodQuery(period, { topic: report.topic.slug })}`} text={`Download the most read in ${report.topic.name} (CSV)`} />
          </>
        ) : (
          ''
        )}
      </section>

      <section aria-labelledby="analytics-access">
        <h2 id="analytics-access">Most read by access level</h2>
        <div class="analytics-columns">
          {report.byAccess.map((group) => (
            <div>
              <h3 safe>{ACCESS_LABELS[group.access]}</h3>
              <TopTable items={presentTopItems(group.items)} caption={`Most read: ${ACCESS_LABELS[group.access]}`} emptyText="Nothing read in this period." />
              <CsvLink href={`/admin/analytics/top.csv?${periodQuery(period, { access: group.access })}`} text={`Download ${ACCESS_LABELS[group.access].toLowerCase()} (CSV)`} />
            </div>
          ))}
        </div>
      </section>

      <section aria-labelledby="analytics-growth">
        <h2 id="analytics-growth">Registrations and member growth</h2>
        <h3>New registrations per day</h3>
        <DayChart id="chart-registrations" title="New registrations per day" summary={`${formatCount(registrations)} new registrations from ${rangeText}.`} days={days} series={[{ name: 'Registrations', values: growth.map((g) => g.registrations), look: 'a' }]} bars />
        <h3>Accounts over time</h3>
        <DayChart id="chart-growth" title="Confirmed accounts and people at member organisations" summary={`At the end of ${longDay(range.to)}: ${formatCount(last?.confirmedTotal ?? 0)} confirmed accounts, ${formatCount(last?.memberTotal ?? 0)} of them at member organisations.`} days={days} series={growthSeries} />
        <Legend series={growthSeries} />
        <p class="analytics-meta">People at member organisations: confirmed accounts whose email domain belongs to an organisation that is active today.</p>
        <Numbers>
          <table class="data-table analytics-table" id="table-growth">
            <Caption text="Registrations and accounts per day" />
            <thead><tr><th scope="col">Day</th><th scope="col" class="num">New registrations</th><th scope="col" class="num">Confirmed accounts</th><th scope="col" class="num">At member organisations</th></tr></thead>
            <tbody>
              {growth.map((g) => (
                <tr><th scope="row" safe>{longDay(g.day)}</th><td class="num" safe>{formatCount(g.registrations)}</td><td class="num" safe>{formatCount(g.confirmedTotal)}</td><td class="num" safe>{formatCount(g.memberTotal)}</td></tr>
              ))}
            </tbody>
          </table>
        </Numbers>
        <CsvLink href={`/admin/analytics/registrations.csv?${periodQuery(period)}`} text="Download registrations and growth (CSV)" />
      </section>

      <section aria-labelledby="analytics-engagement">
        <h2 id="analytics-engagement">Engagement</h2>
        <table class="data-table analytics-table" id="table-engagement">
          <Caption text={`Engagement, ${rangeText}`} />
          <thead><tr><th scope="col">What</th><th scope="col" class="num">Count</th></tr></thead>
          <tbody>
            {engagement.map((e) => (
              <tr><th scope="row" safe>{e.label}</th><td class="num" safe>{formatCount(e.count)}</td></tr>
            ))}
          </tbody>
        </table>
      </section>
    </AdminLayout>
  );
}

/**
 * "A glance at this week's readership", for the admin dashboard:
 * `<ReadershipGlance glance={await container.analytics.weekGlance()} />`.
 */
export function ReadershipGlance({ glance, headingLevel = 2 }: { glance: WeekGlance; headingLevel?: 2 | 3 }): JSX.Element {
  const heading = 'This week’s readership';
  return (
    <section class="readership-glance" aria-labelledby="readership-glance-heading">
      {headingLevel === 2 ? <h2 id="readership-glance-heading">{heading}</h2> : <h3 id="readership-glance-heading">{heading}</h3>}
      <p>
        <strong safe>{formatCount(glance.views)}</strong> page views and <strong safe>{formatCount(glance.visitors)}</strong> daily visitors over the last 7 days.
      </p>
      {glance.top.length > 0 ? (
        <ol class="compact-list">
          {glance.top.map((t) => (
            <li><a href={t.path} safe>{t.title}</a> <span class="compact-list__meta" safe>{`${formatCount(t.views)} views`}</span></li>
          ))}
        </ol>
      ) : (
        <p>Nothing has been read yet this week.</p>
      )}
      <p><a href="/admin/analytics?days=7">See all analytics</a></p>
    </section>
  );
}

export { Html };
