import Html from '@kitajs/html';
import { Layout } from '../web/layout.js';
import type { PageContext } from '../web/context.js';
import { absoluteUrl } from '../web/context.js';
import { AccessBadge, Card, CardGrid, EmptyState, WhyRegisterPanel } from '../web/components.js';
import type { HomeModel } from './service.js';
import { MostRecommended } from '../engagement/reactions-views.js';
import { NewsletterSignup } from '../newsletters/signup-block.js';

export function HomePage({ ctx, home, recommended }: { ctx: PageContext; home: HomeModel; recommended?: JSX.Element }): JSX.Element {
  const { lead } = home;
  // Rendered by the personalisation domain's views, which escape their own content.
  const safeRecommended = recommended ?? '';
  return (
    <Layout
      ctx={ctx}
      title={ctx.site.name}
      jsonLd={{ '@context': 'https://schema.org', '@type': 'WebSite', name: ctx.site.name, url: absoluteUrl(ctx, '/'), potentialAction: { '@type': 'SearchAction', target: `${absoluteUrl(ctx, '/search')}?q={search_term_string}`, 'query-input': 'required name=search_term_string' } }}
    >
      <h1 class="visually-hidden" safe>{`${ctx.site.name}: ${ctx.site.tagline}`}</h1>
      {lead ? (
        <section class="lead" aria-labelledby="lead-heading">
          {lead.hero ? <img class="lead__image" src={lead.hero.src} alt={lead.hero.alt} width="1200" height="630" /> : ''}
          <div class="lead__body">
            <p class="card__meta"><span safe>{lead.kindLabel}</span> <AccessBadge label={lead.accessLabel} /></p>
            <h2 id="lead-heading" class="lead__title"><a href={lead.path} safe>{lead.title}</a></h2>
            <p class="lead__summary" safe>{lead.summary}</p>
            <p class="card__date"><time datetime={lead.publishedIso} safe>{lead.publishedLabel}</time><span safe>{` · ${lead.readingMinutes} min read`}</span></p>
          </div>
        </section>
      ) : (
        <EmptyState title="Nothing published yet"><p>Stories will appear here as soon as they are published.</p></EmptyState>
      )}
      {safeRecommended}
      <div class="home-columns">
        <section class="home-latest" aria-labelledby="latest-heading">
          <h2 id="latest-heading">Latest</h2>
          <CardGrid cards={home.latest} />
          <p><a href="/news" class="more-link">All news</a> <a href="/reports" class="more-link">All reports</a></p>
        </section>
        <div class="home-aside">
          {ctx.viewer.kind === 'anonymous' ? <WhyRegisterPanel panel={ctx.site.whyRegister} /> : ''}
          <section class="home-events" aria-labelledby="events-heading">
            <h2 id="events-heading">Upcoming events</h2>
            {home.upcomingEvents.length > 0 ? (
              <ul class="compact-list">
                {home.upcomingEvents.map((card) => (
                  <li>
                    <a href={card.path} safe>{card.title}</a>
                    {card.event ? <span class="compact-list__meta" safe>{`${card.event.whenLabel} · ${card.event.where}`}</span> : ''}
                  </li>
                ))}
              </ul>
            ) : <p>No events are scheduled just now.</p>}
            <p><a href="/events" class="more-link">All events</a></p>
          </section>
          <MostRecommended items={home.mostRecommended} heading="Most recommended" headingId="most-recommended-heading" />
          <NewsletterSignup source="/" />
        </div>
      </div>
      {home.topicSections.map((section) => (
        <section class="topic-section" aria-labelledby={`topic-${section.topic.slug}`}>
          <div class="topic-section__header">
            <h2 id={`topic-${section.topic.slug}`}><a href={section.topic.path} safe>{section.topic.name}</a></h2>
            <p safe>{section.topic.description}</p>
          </div>
          <ul class="card-grid card-grid--compact">
            {section.cards.map((card) => <li><Card card={card} showImage={false} /></li>)}
          </ul>
        </section>
      ))}
    </Layout>
  );
}
