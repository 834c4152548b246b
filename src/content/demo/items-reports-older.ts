// Demo reports, the older half (split only to keep files short; order is kept).
import type { DemoItem } from './data.js';
import { img } from './hero-images.js';

export const reportsItemsOlder: DemoItem[] = [
  {
    kind: 'report',
    slug: 'mental-health-crisis-pathways-what-works',
    title: 'Mental Health Crisis Pathways: What Works',
    summary:
      'A review of crisis services across the federation, from crisis lines and sanctuaries to home treatment teams, setting out the features of pathways that help people most.',
    body: `People in a mental health crisis need a fast, compassionate response from someone with the right skills. Too often, they instead find themselves waiting for hours in an emergency department or being passed between services. This report reviews crisis pathways across the federation and sets out what works.

It draws on service data from six mental health providers, interviews with 58 people who have used crisis services and their families, and workshops with staff from health, social care, the police and the voluntary sector.

## The models we examined

- **24-hour crisis lines** staffed by mental health professionals and accessible through the urgent care telephone service;
- **Sanctuaries and crisis cafés**, offering a non-clinical space in the evening and overnight;
- **Crisis resolution and home treatment teams**, supporting people at home as an alternative to admission;
- **Mental health response vehicles**, which send a mental health practitioner and a paramedic together;
- **Crisis houses**, offering short residential stays in a homely setting.

## What people told us

People who had used crisis services valued being listened to, being seen quickly by someone who did not rush them, and having a plan afterwards. They disliked repeating their story to different professionals and being discharged without a follow-up.

> "The best help I had was from someone who sat with me at 1am and then rang me the next afternoon, like she said she would."
> Person with lived experience of crisis services

## Features of effective pathways

1. **One number**, well publicised, that connects to a mental health professional 24 hours a day.
2. A range of **alternatives to emergency departments**, available out of hours.
3. Shared care plans that people can access, with their consent, across services.
4. Social care, housing and debt advice built into the pathway, not bolted on.
5. Follow-up within 72 hours for everyone who has had contact with crisis services.
6. Specialist responses for children and young people, older adults and new parents, including the kind of perinatal expertise described in our news on [new coastal perinatal teams](/news/perinatal-mental-health-coastal-teams).

## The role of social care

Many crises are triggered by social problems, and approved mental health professionals employed by councils play a crucial role in assessments. Pathways worked best where councils and mental health providers had joint commissioning arrangements and shared training.

The full report and a pathway mapping tool are available below.`,
    topics: ['mental-health', 'social-care'],
    authors: ['owen-lockhart', 'marcus-delaney'],
    access: 'public',
    publishedDaysAgo: 131,
    hero: img.mind,
    attachments: [
      {
        title: 'Mental Health Crisis Pathways: full report',
        filename: 'mental-health-crisis-pathways.pdf',
        pages: [
          'Mental Health Crisis Pathways: What Works. Northbridge Health Federation. This report reviews crisis care for adults and young people across six mental health providers and their local authority partners. It uses activity data, 58 interviews with people with lived experience and families, and four multi-agency workshops.',
          'Findings. Where sanctuaries and crisis cafés were available out of hours, emergency department attendances for mental health fell by between 10 and 20 per cent in the hours they were open. Home treatment teams with consistent staffing had lower readmission rates. People most often criticised repeated assessments, long waits for an approved mental health professional and discharge without follow-up.',
          'Recommendations. Providers and councils should offer one well-publicised 24-hour number, commission a range of alternatives to emergency departments, adopt shared crisis plans, embed housing and debt advice, guarantee follow-up within 72 hours and develop specialist responses for children, older adults and new parents. Progress should be reviewed jointly every year.',
        ],
      },
      {
        title: 'Crisis pathway mapping tool',
        filename: 'crisis-pathway-mapping-tool.pdf',
        pages: [
          'Crisis pathway mapping tool. Use this tool with a group that includes people with lived experience, frontline staff and commissioners. Step one: list every way a person in crisis can seek help locally, at every hour of the day and week. Step two: for each route, record who responds, how quickly and what happens next.',
          'Step three: identify the points where people wait, repeat their story or are passed on without a plan. Step four: agree three changes that would make the biggest difference, with an owner and a date for each. Step five: repeat the mapping after six months and compare.',
        ],
      },
    ],
  },
  {
    kind: 'report',
    slug: 'health-inequalities-atlas',
    title: 'Health Inequalities Atlas',
    summary:
      'Neighbourhood-level maps and indicators showing how life expectancy, preventable illness and access to services vary across the federation, with a guide to using the data in planning.',
    body: `The Health Inequalities Atlas brings together data on health outcomes, risk factors and access to services for every neighbourhood in the federation. It is designed for planners, clinicians, public health teams and councillors who want to understand where the biggest gaps are and how to target their work.

## What the atlas shows

- A gap in **healthy life expectancy** of 16 years between the most and least deprived neighbourhoods, and 9 years in life expectancy.
- Rates of **preventable emergency admissions** more than twice as high in the most deprived fifth of neighbourhoods.
- Lower uptake of **screening and childhood immunisations** in neighbourhoods with high population turnover and in some ethnic minority communities.
- Large differences in **access to services**, including GP appointments per head and travel times to diagnostic centres for people without a car.
- Clusters of **environmental risk**, such as air pollution and overheating homes, that overlap strongly with deprivation.

## How to use it

Each indicator can be viewed at neighbourhood, primary care network and council level. The atlas includes a short guide for users who are new to inequalities data, covering common pitfalls such as small numbers, changes to boundaries and the difference between correlation and cause.

> "The atlas is not a league table. It is a starting point for a conversation with communities about what would make a difference."
> Isla Fenwick, Head of Public Health and Prevention

## Examples of use

Members are already using the atlas to:

- target vaccination outreach at neighbourhoods where uptake has fallen furthest;
- plan the locations of new community diagnostic services;
- identify practices that would benefit from additional social prescribing capacity;
- inform the data strand of our [twinning programme with Portugal and Poland](/news/twinning-programme-portugal-poland).

## Data sources and updates

The atlas uses published national datasets, federation activity data and council information, all at aggregate level. No individual can be identified. It will be refreshed every year, and the technical guide explains each indicator in detail.

Registered users can download the atlas summary below and request neighbourhood data extracts for their area.`,
    topics: ['public-health'],
    authors: ['isla-fenwick'],
    access: 'registered',
    publishedDaysAgo: 184,
    hero: img.documents,
    attachments: [
      {
        title: 'Health Inequalities Atlas: summary and user guide',
        filename: 'health-inequalities-atlas.pdf',
        pages: [
          'Health Inequalities Atlas. Northbridge Health Federation. The atlas presents 48 indicators of health outcomes, risk factors, service access and environmental risk at neighbourhood level. This summary describes the main patterns and explains how to use the interactive maps and data extracts.',
          'Main patterns. The gap in healthy life expectancy between the most and least deprived fifths of neighbourhoods is 16 years. Preventable emergency admissions, smoking prevalence and uptake of screening all follow a steep social gradient. Environmental risks, including air pollution and heat exposure, are concentrated in dense urban neighbourhoods with older housing.',
          'Using the data well. Small numbers can produce large year-to-year changes, so users should look at three-year averages where available. Boundaries changed during the period covered, and some trends have been recalculated. Associations between indicators do not show cause. Local knowledge and conversations with communities are essential to interpret what the data show.',
        ],
      },
    ],
  },
  {
    kind: 'report',
    slug: 'adult-social-care-market-sustainability-briefing',
    title: 'Adult Social Care Market Sustainability: Briefing for Members',
    summary:
      'An assessment of the financial health of care homes and home care providers across the federation, the risks to hospital discharge, and what health and care leaders can do together.',
    body: `This briefing, prepared for member boards and their council partners, assesses the sustainability of the adult social care market across the federation. It draws on financial returns from 140 care providers, council market position statements and interviews with commissioners and provider leaders.

## The position today

- Around **one in six care homes** reported an operating loss last year, with smaller homes and those serving mainly council-funded residents most at risk.
- Home care providers reported average vacancy rates of 12 per cent, and many were handing back council contracts they could no longer staff.
- Fee increases have not kept pace with rises in the national living wage, energy and insurance costs.
- Nursing home capacity has fallen in three council areas, increasing pressure on hospitals and continuing healthcare budgets.

## Why this matters for health

Social care providers are essential partners in getting people home from hospital, preventing admissions and supporting people to live independently. When providers fail or withdraw, the consequences are felt directly in hospitals: longer stays, delayed discharges and less capacity for planned care.

> "Every care home that closes is felt on the wards within weeks. Health leaders cannot treat the care market as someone else's problem."
> Marcus Delaney, Social Care Partnerships Manager

## What members can do

The briefing suggests practical steps that health and care leaders can take together:

1. share **market intelligence** regularly between councils, integrated care boards and trusts;
2. agree joint approaches to fees for discharge-related packages, so that providers are not played off against one another;
3. support providers with **workforce initiatives**, such as shared recruitment, training and career pathways;
4. include care providers in digital programmes, such as shared care records and remote monitoring;
5. develop contingency plans for provider failure, agreed in advance.

## Workforce is the key

Many of the pressures described in this briefing stem from recruitment and retention. Shared approaches to training, such as the federation's [social prescribing academy](/news/social-prescribing-academy-first-year), show what partnership between health, councils and the voluntary sector can achieve when organisations pool effort.

Helen Ashdown, Head of Finance Policy, said: "This is not a choice between health and social care budgets. A sustainable care market is one of the best investments the health system can make in its own performance."

The full briefing is available below to staff of member organisations.`,
    topics: ['social-care', 'finance'],
    authors: ['marcus-delaney', 'helen-ashdown'],
    access: 'members',
    publishedDaysAgo: 250,
    hero: img.home,
    attachments: [
      {
        title: 'Adult Social Care Market Sustainability: full briefing',
        filename: 'social-care-market-sustainability.pdf',
        pages: [
          'Adult Social Care Market Sustainability: Briefing for Members. Northbridge Health Federation, members only. This briefing draws on financial returns from 140 care home and home care providers, market position statements from seven councils and 24 interviews with commissioners, provider leaders and hospital discharge teams.',
          'Market risks. One in six care homes reported an operating loss. Risk was highest among homes with fewer than 40 beds and those with a high proportion of council-funded residents. Home care vacancy rates averaged 12 per cent, and providers in rural areas reported the greatest difficulty recruiting drivers and covering long travel distances.',
          'Recommendations. Health and care partners should share market intelligence at least quarterly, agree joint fee approaches for discharge-related care, invest jointly in workforce initiatives, include providers in digital programmes and agree contingency plans for provider failure in advance. Boards should receive a regular summary of local market risks.',
        ],
      },
    ],
  },
  {
    kind: 'report',
    slug: 'primary-care-workforce-census',
    title: 'Primary Care Workforce Census',
    summary:
      'A detailed count of the general practice workforce across the federation, covering GPs, nurses, the newer clinical roles and administrative staff, with trends in recruitment, retention and working patterns.',
    body: `The Primary Care Workforce Census provides the most complete picture yet of the people working in general practice across the federation. It covers 318 practices and 42 primary care networks, and was completed by practice managers with support from network leads.

## Who works in primary care

- The census counted more than **9,400 people** working in general practice, equivalent to around 6,900 full-time staff.
- GPs make up 21 per cent of the workforce by headcount, and most GPs now work fewer than six sessions a week.
- Practice nurse numbers have been broadly flat, while the number of **pharmacists, physiotherapists, paramedics and mental health practitioners** employed through networks has grown by more than 60 per cent in three years.
- Administrative and reception staff make up over 40 per cent of the workforce and report the highest levels of abuse from the public.

## Recruitment and retention

Practices reported particular difficulty recruiting practice nurses and experienced practice managers. Turnover among reception staff was the highest of any group, at 22 per cent a year.

Among the newer clinical roles, staff valued variety and autonomy but reported frustration with limited supervision and, in some cases, a lack of space to see patients.

> "We have recruited a fantastic team, but on some days there is literally nowhere for them to sit."
> Clinical director, primary care network

## Working patterns

The census shows a strong shift towards part-time and portfolio working, particularly among GPs and nurses. Many combine practice work with roles in urgent care, teaching or leadership. This brings flexibility but makes continuity of care harder to sustain.

## Recommendations

1. Develop shared training and supervision for the newer clinical roles at network level.
2. Invest in **practice nurse** training places and career pathways.
3. Address abuse of reception staff through clear policies, training and public messaging.
4. Plan estates alongside workforce, so that new staff have space to work.
5. Repeat the census every year to track progress.

The census is available in full to staff of member organisations, together with data tables for each network.`,
    topics: ['primary-care', 'workforce'],
    authors: ['nadia-farrant', 'tomasz-wren'],
    access: 'members',
    publishedDaysAgo: 350,
    hero: img.people,
    attachments: [
      {
        title: 'Primary Care Workforce Census: full report',
        filename: 'primary-care-workforce-census.pdf',
        pages: [
          'Primary Care Workforce Census. Northbridge Health Federation, members only. The census was completed by 318 practices, a response rate of 97 per cent. It records headcount, full-time equivalent, role, contract type, age band and length of service for every person working in general practice and in network-employed roles.',
          'Headline results. The census counted 9,412 people, equivalent to 6,890 full-time staff. GPs make up 21 per cent of headcount, nurses 11 per cent, network-employed clinical roles 14 per cent and administrative staff 42 per cent. The median GP works 5.5 sessions a week. Annual turnover is highest among reception staff at 22 per cent.',
          'Implications. Continuity of care, supervision of newer roles and the availability of clinical space are the three issues most likely to limit the benefits of a growing and more varied workforce. Networks and practices should plan workforce and estates together and share training and supervision wherever possible.',
        ],
      },
      {
        title: 'Primary Care Workforce Census: data tables by network',
        filename: 'primary-care-workforce-census-data-tables.pdf',
        pages: [
          'Data tables. Tables B1 to B42 present headcount and full-time equivalent by role for each primary care network. Table C1 shows turnover by role. Table C2 shows age profile by role, highlighting groups in which more than a quarter of staff are aged 55 or over. Table C3 shows vacancy rates reported by practices.',
          'Notes on the data. Figures are a snapshot taken on a single census day. Staff working for more than one practice are counted once, against their main employer. Locum GPs and agency staff are excluded from headcount but their sessions are reported separately in Table C4. Small numbers have been suppressed where individuals could be identified.',
        ],
      },
    ],
  },
];
