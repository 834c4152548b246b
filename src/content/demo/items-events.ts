// Demo events: written for Pulse's fictional demo organisation.
import type { DemoItem } from './data.js';
import { img } from './hero-images.js';

export const eventsItems: DemoItem[] = [
  {
    kind: 'event',
    slug: 'international-partnerships-forum',
    title: 'International Partnerships Forum',
    summary:
      'A day for international leads, clinicians and managers to share what makes health partnerships last, with sessions on ethical recruitment, fellowships and global health security.',
    body: `The International Partnerships Forum brings together everyone in the federation involved in global health work, from board-level international leads to clinicians who volunteer with partner hospitals.

## Programme highlights

- **Ethical recruitment in practice**: partners from Ghana, Kenya and the Philippines discuss how a federation-wide compact could change the way members recruit.
- **Fellowships that last**: hosts and former fellows share lessons from four cohorts of the [International Fellows Programme](/news/international-fellows-fourth-cohort).
- **Learning from abroad**: short talks on ideas members have brought home, from stroke pathways to community health promoters.
- **Building a partnership register**: a practical workshop on the recommendations in [Partnering for Health](/reports/international-engagement-review).

## Who should attend

The forum is open to staff of member organisations and partner institutions. It will be particularly useful for international leads, chief nurses, medical directors, people directors and anyone running, or hoping to start, an international partnership.

## Practical information

Lunch and refreshments are provided. The venue is step-free throughout, with a hearing loop in the main hall and a quiet room available all day. Please tell us about any access or dietary requirements when you book.

Places are free for members and limited to three per organisation.`,
    topics: ['international'],
    authors: ['amara-okafor'],
    access: 'public',
    publishedDaysAgo: 4,
    hero: img.stage,
    event: { startsInDays: 9, startTime: '09:30', durationMinutes: 420, venue: 'Harbourside Exchange, Bristol' },
  },
  {
    kind: 'event',
    slug: 'webinar-shared-care-record-social-care',
    title: 'Webinar: Making the shared care record work for social care',
    summary:
      'Care home managers, council staff and digital leads from the Harrowfield pilot explain how they set up access, what changed for residents and how other areas can follow.',
    body: `Shared care records have transformed how hospitals, GPs and community teams share information, but social care has often been left out. This webinar looks at how one area has changed that.

Speakers from the Harrowfield pilot, where care homes can see residents' medication information when they leave hospital, will talk frankly about what it took.

## What we will cover

- How the data sharing framework was agreed, and what information care staff can and cannot see
- Issuing accounts and training staff in homes with high turnover
- The difference access has made to residents, families and pharmacists
- What other areas need in place before they start

Our [digital maturity baseline](/reports/digital-maturity-primary-care-baseline) identified extending shared records to social care as a priority, and this session is designed to help members act on it.

## Who should attend

Care home and home care managers, council commissioners, digital and information governance leads, and community pharmacists.

## Joining details

The webinar runs on a browser-based platform; no download is needed. Live captions will be provided, and a recording with a transcript will be shared with everyone who registers. There will be time for questions throughout.`,
    topics: ['digital', 'social-care'],
    authors: ['rhys-pendleton', 'marcus-delaney'],
    access: 'public',
    publishedDaysAgo: 22,
    hero: img.devices,
    event: {
      startsInDays: 21,
      startTime: '12:30',
      durationMinutes: 60,
      onlineUrl: 'https://example.org/events/shared-care-record-webinar',
    },
  },
  {
    kind: 'event',
    slug: 'workforce-summit-retention-flexibility-wellbeing',
    title: 'Workforce Summit: retention, flexibility and wellbeing',
    summary:
      'Our annual workforce summit brings people directors, clinical leaders and staff representatives together to focus on keeping the people we have.',
    body: `Recruiting new staff matters, but keeping experienced people matters even more. This year's Workforce Summit focuses on what member organisations can do to improve retention across health and care.

## Sessions include

- **The first two years**: findings from our [staff survey analysis](/news/staff-survey-first-two-years-retention) and what the best-performing organisations do differently
- **Flexible working that works**: rostering approaches that give staff more control without leaving gaps
- **One workforce**: lessons from the [shared home care recruitment campaign](/news/home-care-shared-recruitment-campaign) on recruiting across health and social care
- **Violence and aggression**: practical steps to protect staff, led by frontline colleagues
- **Fair progression**: tackling barriers faced by internationally educated staff and staff from ethnic minority backgrounds

## Who should attend

People directors and their teams, chief nurses, medical directors, staff side representatives, freedom to speak up guardians and anyone leading work on staff experience.

## Practical information

The venue is a short walk from the main railway station and is fully accessible, with step-free access, accessible toilets on every floor and a hearing loop. Lunch is included. Please let us know about any dietary or access requirements when booking.`,
    topics: ['workforce'],
    authors: ['tomasz-wren'],
    access: 'public',
    publishedDaysAgo: 30,
    hero: img.stage,
    event: { startsInDays: 38, startTime: '09:00', durationMinutes: 450, venue: "The Weavers' Hall, Manchester" },
  },
  {
    kind: 'event',
    slug: 'finance-directors-network-briefing',
    title: "Finance Directors' Network: quarterly briefing",
    summary:
      'An online briefing for finance leaders on the funding outlook, capital rules and the findings of our latest Financial Sustainability Survey.',
    body: `The Finance Directors' Network meets every quarter to share intelligence, compare approaches and shape the federation's policy work. This session is online so that colleagues from across the federation can join easily.

## Agenda

1. **The funding outlook**: what the latest national announcements mean for revenue and capital, and where uncertainty remains
2. **Survey findings**: a walk-through of the [Financial Sustainability Survey](/reports/financial-sustainability-survey), including benchmarks by organisation type
3. **Capital rules**: changes to business case approvals and how members can prepare
4. **Productivity**: two short case studies from members on theatre scheduling and collaborative procurement
5. **Open discussion**: the issues members most want the federation to raise with national bodies

## Who should attend

Directors of finance, deputy directors and heads of financial planning from member organisations. Chief executives and non-executive audit chairs are also welcome.

## Joining details

The briefing takes place online and is held under the Chatham House Rule. Slides will be circulated afterwards, but the session will not be recorded, to allow frank discussion. Live captions are available.`,
    topics: ['finance'],
    authors: ['helen-ashdown'],
    access: 'public',
    publishedDaysAgo: 42,
    hero: img.finance,
    event: {
      startsInDays: 63,
      startTime: '14:00',
      durationMinutes: 90,
      onlineUrl: 'https://example.org/events/finance-directors-briefing',
    },
  },
  {
    kind: 'event',
    slug: 'annual-conference-prevention-at-scale',
    title: 'Annual Conference: prevention at scale',
    summary:
      "The federation's annual conference asks how health and care organisations can move from treating illness to preventing it, with speakers from primary care, councils and communities.",
    body: `Every part of the health and care system talks about prevention. Far fewer have made it part of everyday work. Our annual conference brings members together to learn from those who have.

## Themes

- **Reaching everyone**: vaccination and screening outreach in neighbourhoods where uptake is lowest
- **Primary care as a prevention engine**: case-finding for high blood pressure, diabetes and lung disease through general practice and community pharmacy
- **Using data well**: practical sessions on the [Health Inequalities Atlas](/reports/health-inequalities-atlas)
- **Climate and health**: preparing care settings for extreme heat, drawing on our [review of heat-related incidents](/news/heat-health-lessons-care-settings)
- **Communities leading the way**: voluntary and faith groups on what makes partnerships with local health and care services work

## Who should attend

Board members, clinical leaders, public health teams, primary care networks, council partners and voluntary sector organisations.

## Practical information

The conference includes a keynote, breakout sessions, a marketplace of member projects and an evening reception. The venue is step-free, with a quiet room, a prayer room and a hearing loop in every session room. Discounted places are available for voluntary sector organisations and people with lived experience.`,
    topics: ['public-health', 'primary-care'],
    authors: ['isla-fenwick', 'nadia-farrant'],
    access: 'public',
    publishedDaysAgo: 57,
    hero: img.stage,
    event: { startsInDays: 110, startTime: '09:00', durationMinutes: 480, venue: 'Northgate Exhibition Centre, Leeds' },
  },
  {
    kind: 'event',
    slug: 'webinar-suicide-prevention-primary-care',
    title: 'Webinar: Suicide prevention in primary care',
    summary:
      'A practical session for GPs, practice nurses and other primary care staff on recognising risk, having safe conversations and working with local crisis services.',
    body: `Many people who die by suicide have been in contact with primary care in the months beforehand. This webinar offers practical guidance for primary care teams on how to spot risk and respond with confidence.

## What we will cover

- Having open, compassionate conversations about suicidal thoughts, and why asking directly does not increase risk
- Moving beyond risk scoring towards collaborative safety planning
- Supporting people at higher risk, including middle-aged men, people in debt and those recently discharged from mental health care
- Working with local crisis lines, sanctuaries and home treatment teams, drawing on our report [Mental Health Crisis Pathways: What Works](/reports/mental-health-crisis-pathways-what-works)
- Looking after yourself and your team after the death of a patient

## Speakers

The session will be led by a GP with a special interest in mental health, a consultant psychiatrist and a person with lived experience of suicidal crisis.

## Joining details

This is an online session with live captions. It is suitable for all primary care staff, including receptionists and care co-ordinators. Please note that the session discusses suicide; support details will be shared at the start and end.`,
    topics: ['mental-health', 'primary-care'],
    authors: ['owen-lockhart', 'nadia-farrant'],
    access: 'public',
    publishedDaysAgo: 77,
    hero: img.mind,
    event: {
      startsInDays: -12,
      startTime: '13:00',
      durationMinutes: 75,
      onlineUrl: 'https://example.org/events/suicide-prevention-primary-care',
    },
  },
  {
    kind: 'event',
    slug: 'social-care-leaders-roundtable',
    title: "Social Care Leaders' Roundtable",
    summary:
      'A roundtable for directors of adult social services, care provider leaders and health partners on market sustainability, workforce and joint commissioning.',
    body: `The Social Care Leaders' Roundtable brings together senior leaders from councils, care providers and health organisations for a candid conversation about the future of adult social care.

## Discussion themes

1. **Market sustainability**: responding to the risks identified in our [market sustainability briefing](/reports/adult-social-care-market-sustainability-briefing)
2. **Workforce**: whether health and care can recruit and train as one workforce, building on shared approaches such as the [social prescribing academy](/news/social-prescribing-academy-first-year)
3. **Hospital discharge**: joint approaches to fees, capacity and planning for peaks in demand
4. **Digital inclusion**: bringing care providers into shared records and remote monitoring

## Format

The roundtable is limited to 30 participants to allow genuine discussion, and is held under the Chatham House Rule. A short summary of themes, without attribution, will be shared with participants and published for members afterwards.

## Who should attend

Directors of adult social services, care provider chief executives and owners, integrated care board and trust directors with responsibility for discharge and community services.

## Practical information

The venue is step-free and close to the central railway station. Refreshments and a light lunch are provided.`,
    topics: ['social-care'],
    authors: ['marcus-delaney'],
    access: 'public',
    publishedDaysAgo: 120,
    hero: img.stage,
    event: {
      startsInDays: -70,
      startTime: '10:00',
      durationMinutes: 180,
      venue: 'Riverside Assembly Rooms, Newcastle upon Tyne',
    },
  },
  {
    kind: 'event',
    slug: 'global-health-exchange-community-health-workers',
    title: 'Global Health Exchange: what can we learn from community health worker models?',
    summary:
      'An online exchange with partners in Kenya, Brazil and Pakistan on how community health workers reach every household, and what that could mean for neighbourhood health here.',
    body: `Community health workers are the backbone of primary care in many countries, visiting households to provide health education, screening, referral and follow-up. Interest in the model is growing in the UK, as health systems look for ways to reach people who rarely use services until they are very unwell.

This online exchange brings together partners from Kenya, Brazil and Pakistan with federation members who are experimenting with similar approaches.

## What we will discuss

- How community health worker programmes are organised, trained, supervised and paid
- What the evidence says about their impact on vaccination, maternal health and long-term conditions
- How community roles could work alongside general practice, community nursing and social prescribing here
- The risks of borrowing models without adapting them to local context

The session follows on from our work with international partners, including the [twinning programme with Portugal and Poland](/news/twinning-programme-portugal-poland), and from a planned visit by county health leaders from Kenya.

## Who should attend

Primary care leaders, public health teams, community nursing leads and anyone interested in neighbourhood health.

## Joining details

The exchange takes place online, with live captions. Interpretation will be provided for speakers who prefer to present in Portuguese or Urdu.`,
    topics: ['international', 'public-health'],
    authors: ['amara-okafor', 'isla-fenwick'],
    access: 'public',
    publishedDaysAgo: 170,
    hero: img.globe,
    event: {
      startsInDays: -150,
      startTime: '15:00',
      durationMinutes: 90,
      onlineUrl: 'https://example.org/events/global-health-exchange-chw',
    },
  },
];
