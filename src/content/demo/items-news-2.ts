// Demo news, part 2 of 3, newest first (split only to keep files short).
import type { DemoItem } from './data.js';
import { img } from './hero-images.js';

export const newsItemsPart2: DemoItem[] = [
  {
    kind: 'news',
    slug: 'pay-award-briefing-trust-budgets',
    title: "Members' briefing: what the pay award means for trust budgets",
    summary:
      'Our analysis estimates an unfunded pressure of between 0.4 and 0.9 per cent of pay bills, depending on staff mix, and sets out the questions boards should be asking now.',
    body: `This briefing is for finance directors, chief people officers and board members in member organisations. It summarises our analysis of the latest pay award and what it means for budgets in the current financial year.

## The headline numbers

The award is higher than the figure assumed in planning guidance. Our modelling, based on workforce data from 52 member organisations, suggests:

- an **unfunded pressure of between 0.4 and 0.9 per cent of pay bills**, depending on each organisation's staff mix;
- the largest pressures in **community and mental health providers**, where a higher share of spending goes on staff;
- a combined shortfall across members of around **£96 million** if no additional funding is made available.

Organisations with high bank spending face a further pressure, because many bank rates are linked to substantive pay scales. Agency rates are less directly affected but may rise as agencies respond to the new substantive rates.

## Questions for boards

We suggest that boards ask:

1. Has the pay award been fully reflected in the latest forecast, including bank staff and employer on-costs?
2. What assumptions have been made about additional national funding, and what happens if they prove optimistic?
3. Which planned service developments or recruitment would be paused first, and what would the impact be on patients?
4. How are staff side colleagues being kept informed?

## Our position

> "Staff deserve a fair award, and we welcome it. But it must be fully funded, or the cost will be paid by patients in longer waits."
> Helen Ashdown, Head of Finance Policy

We have written to the department setting out our figures and asking for clarity on funding before the next quarterly review.

Tomasz Wren, Director of Workforce Policy, warned that any squeeze on recruitment would undermine recent progress on retention. "Our [staff survey analysis](/news/staff-survey-first-two-years-retention) shows how much early-career support matters. Those are exactly the programmes that get cut first when budgets tighten."

## Further support

The detailed model, including a calculator that members can populate with their own workforce data, is available to finance leads on request. The [Financial Sustainability Survey](/reports/financial-sustainability-survey) provides wider context on the pressures facing members this year.`,
    topics: ['finance', 'workforce'],
    authors: ['helen-ashdown', 'tomasz-wren'],
    access: 'members',
    publishedDaysAgo: 75,
    hero: img.finance,
  },
  {
    kind: 'news',
    slug: 'european-network-antimicrobial-resistance',
    title: 'Northbridge joins European network tackling antimicrobial resistance across borders',
    summary:
      'Seven member trusts will share aggregated resistance data and stewardship practice with hospitals in Portugal, Poland and the Netherlands through a new learning network.',
    body: `Seven member trusts have joined a new European learning network on antimicrobial resistance (AMR), which will allow hospitals in four countries to compare resistance patterns, prescribing data and stewardship practice.

The network, coordinated by a university hospital consortium in the Netherlands, brings together 28 hospitals in Portugal, Poland, the Netherlands and the UK. Our participation builds on the federation's long-standing [twinning programme](/news/twinning-programme-portugal-poland) with regional health services in Portugal and Poland.

## Why cross-border learning matters

Resistant infections do not respect national borders. Patients travel, supply chains are global and resistance spreads between bacteria regardless of where it first appeared. Yet most hospitals benchmark only against their neighbours.

Through the network, participating trusts will:

- submit **aggregated, anonymised data** on resistance in a defined set of priority organisms every quarter;
- compare antibiotic use per 1,000 bed days, broken down by specialty;
- take part in **peer visits** focused on stewardship ward rounds, diagnostics and infection prevention;
- jointly test interventions, starting with **rapid diagnostic testing in emergency departments** to reduce unnecessary broad-spectrum prescribing.

> "We already know how our rates compare with the hospital down the road. What we have not had is a view of how a hospital in Porto or Gdańsk has reduced its use of last-resort antibiotics, and what we can borrow."
> Dr Sunita Rao-Kendrick, consultant microbiologist, Kestrel Bay University Hospitals

## Safeguards

All data shared will be aggregated and anonymised, and the federation's information governance group has reviewed the data sharing agreement. No patient-level information will leave the UK.

## A public health priority

Isla Fenwick, Head of Public Health and Prevention, said AMR remained one of the most serious long-term threats to health. "Stewardship is often seen as a hospital issue, but most antibiotics are prescribed in the community. We want the lessons from this network to reach general practice and community pharmacy too."

Amara Okafor, Head of International Engagement, said the network showed international collaboration delivering practical benefit. "This is not about travel or conferences. It is about data and practice that will change what happens on our wards."`,
    topics: ['international', 'public-health'],
    authors: ['amara-okafor', 'isla-fenwick'],
    access: 'public',
    publishedDaysAgo: 258,
    hero: img.network,
  },
  {
    kind: 'news',
    slug: 'staff-survey-first-two-years-retention',
    title: 'Staff survey: the first two years are where we win or lose our people',
    summary:
      'Analysis of responses from more than 38,000 staff shows leavers are most likely to go within two years of joining, and that induction, flexible rostering and mentoring make the biggest difference.',
    body: `New analysis of the annual staff survey across 44 member organisations shows that the first two years in post are the most precarious period for retention, and that a few practical measures are strongly associated with people choosing to stay.

The federation analysed responses from more than 38,000 staff alongside anonymised workforce records. Staff with less than two years' service were almost twice as likely as longer-serving colleagues to say they were actively looking for another job, and accounted for **43 per cent of all voluntary leavers**.

## What helps people stay

Organisations with the lowest early-career turnover shared several features:

- a **structured induction** lasting several weeks, rather than a single corporate day;
- **flexible rostering** that lets staff request shifts at least six weeks in advance;
- a **named mentor or buddy** outside the line management chain;
- regular, protected time for **learning and development**;
- visible action on **violence and aggression** from patients and the public.

Where all five were in place, staff in their first two years were 31 per cent less likely to report an intention to leave.

## Differences between groups

Internationally educated staff reported higher satisfaction with induction but lower satisfaction with career progression. Staff from Black and minority ethnic backgrounds remained more likely to report experiencing discrimination from colleagues, a finding that has barely changed over three years.

> "The data are telling us something we half knew: the way we welcome people matters enormously, and we cannot keep people whose careers stall."
> Tomasz Wren, Director of Workforce Policy

## What the federation will do

We will publish a short retention guide based on these findings and support a peer network of people directors focused on early-career retention. We are also building on the [Primary Care Workforce Census](/reports/primary-care-workforce-census) to extend the analysis to general practice, where comparable data have been scarce.

Member organisations can request a benchmarked summary of their own results from the workforce intelligence team.`,
    topics: ['workforce'],
    authors: ['tomasz-wren'],
    access: 'public',
    publishedDaysAgo: 325,
    hero: img.people,
  },
  {
    kind: 'news',
    slug: 'crisis-cafes-extend-opening-hours',
    title: 'Crisis cafés extend opening hours across three boroughs',
    summary:
      'Evening sanctuaries run by voluntary sector partners will now open until 2am every night, giving people in emotional distress an alternative to the emergency department.',
    body: `Crisis cafés in three boroughs served by Calder Vale Mental Health Partnership will now open seven nights a week until 2am, following a successful year-long trial of extended hours.

The cafés, known locally as sanctuaries, are run by voluntary sector partners and offer a calm, non-clinical space for adults experiencing emotional distress. Visitors can talk to trained staff and peer supporters, make a safety plan and, where needed, be linked to the mental health crisis team without going through an emergency department.

## What the trial showed

During the trial, the three sanctuaries received more than 5,600 visits. An independent evaluation found that:

- around **seven in ten visitors** said they would otherwise have gone to an emergency department, called an ambulance or contacted the police;
- mental health attendances at the local emergency department between 10pm and 2am **fell by 18 per cent**;
- fewer than one in twenty visitors needed an onward referral to secondary mental health services that night.

## Joining up health and social care

The extension is jointly funded by the mental health trust and two local authorities. Housing officers and debt advisers now hold regular drop-in sessions at the sanctuaries, recognising that many crises are triggered by problems with money, housing or relationships.

> "People don't arrive at 11pm because their diagnosis has changed. They arrive because something in their life has fallen apart. Having a housing officer here the next day changes what we can offer."
> Lena Marsh-Ibrahim, service manager at one of the sanctuaries

Owen Lockhart, Mental Health Policy Manager, said crisis cafés worked best as part of a wider pathway rather than as a standalone service. "The sanctuaries succeed because the crisis team, the police and the council all know they exist and trust them."

Marcus Delaney, Social Care Partnerships Manager, added that social care partners had been essential to making the extended hours sustainable, both financially and through the advice services now on offer.

## Learning for other areas

The sanctuaries are one of several models examined in our report [Mental Health Crisis Pathways: What Works](/reports/mental-health-crisis-pathways-what-works). Members considering similar services can contact the mental health network for the evaluation framework and a sample service specification.`,
    topics: ['mental-health', 'social-care'],
    authors: ['owen-lockhart', 'marcus-delaney'],
    access: 'public',
    publishedDaysAgo: 92,
    hero: img.mind,
  },
  {
    kind: 'news',
    slug: 'cyber-resilience-exercise-19-members',
    title: 'Cyber resilience exercise tests 19 member organisations',
    summary:
      'A simulated ransomware attack on a shared pathology system exposed gaps in downtime procedures and supplier contacts. Lessons and templates are available to registered users.',
    body: `Nineteen member organisations took part in the federation's largest cyber resilience exercise to date: a full-day simulation of a ransomware attack on a pathology system shared by three acute trusts and dozens of GP practices.

The scenario, designed with an independent security consultancy, began with blood test results failing to appear in clinical systems and escalated over the day to a ransom demand, a suspected data leak and questions from the media.

## What went well

- Most organisations activated their incident response plans within 45 minutes.
- Clinical teams quickly switched to **paper request forms** and telephone reporting of critical results.
- Communications teams coordinated well, agreeing a single public statement within two hours.

## Where the gaps were

The exercise also exposed weaknesses that many members will recognise:

- **Downtime procedures** had not been updated since systems changed, and several referred to software no longer in use.
- Out-of-hours **contact details for key suppliers** were missing or wrong in a third of plans.
- GP practices were often unsure who would tell them that results were unavailable, or how to prioritise urgent samples.
- Few organisations had rehearsed how long they could operate manually, or what would trigger diverting work to another laboratory.

> "An attack on one system is an attack on everyone who relies on it. The exercise showed how tightly connected we are, and why our plans need to be connected too."
> Rhys Pendleton, Digital and Data Programme Lead

## Resources for members

Drawing on the lessons from the day, we have produced:

1. a template downtime procedure for shared clinical systems;
2. a supplier contact checklist to be reviewed every quarter;
3. a briefing note for GP practices on what to expect during a pathology outage;
4. a one-page summary for non-executive directors.

Registered users can request the full exercise report from the digital team. Security requirements for suppliers are also covered in our [open standard for patient-facing apps](/news/open-standard-patient-facing-apps), and we will run a follow-up tabletop exercise focused on primary care later in the year.`,
    topics: ['digital'],
    authors: ['rhys-pendleton'],
    access: 'registered',
    publishedDaysAgo: 195,
    hero: img.network,
  },
  {
    kind: 'news',
    slug: 'home-care-shared-recruitment-campaign',
    title: 'Shared recruitment campaign launches for home care workers',
    summary:
      'Twelve home care providers and four councils are pooling budgets for a single campaign offering guaranteed hours, paid training and a route into wider health and care careers.',
    body: `Twelve home care providers and four local authorities have launched a joint recruitment campaign, supported by the federation, aimed at filling around 450 vacant home care posts in the eastern part of the federation.

Home care has some of the highest vacancy rates anywhere in health and care. Providers told us they were competing against each other, and against retail and hospitality employers, for the same small pool of applicants, often with near-identical adverts.

## A different offer

The campaign is built around a common offer that every participating provider has signed up to:

- **guaranteed minimum hours** for those who want them, ending the use of zero-hours contracts for new starters;
- **paid travel time** between visits;
- a fully paid **two-week induction** before any lone working begins;
- access to a **care academy** offering accredited qualifications and, for those who want it, a route into nursing or therapy apprenticeships with member trusts.

## One front door

Applicants apply once through a single website and are matched to providers based on where they live, whether they drive and the hours they can work. Council-funded driving lessons are available for applicants in rural areas, where a lack of transport has long been a barrier.

> "For years we have asked people to choose between caring and paying their bills. This campaign tries to take some of that choice away."
> Marcus Delaney, Social Care Partnerships Manager

## Why health partners are involved

Delays in leaving hospital are often caused by a lack of home care. Two acute trusts have contributed funding on the basis that every additional care package helps someone get home sooner and frees a hospital bed for another patient.

Tomasz Wren, Director of Workforce Policy, said the campaign was a test of whether health and care could recruit as one workforce. "If it works, we want to extend the model to other areas and to other roles where we are all competing for the same people."

The campaign will be evaluated over its first year. Our [social care market sustainability briefing](/reports/adult-social-care-market-sustainability-briefing) sets out the wider financial pressures facing providers.`,
    topics: ['social-care', 'workforce'],
    authors: ['marcus-delaney', 'tomasz-wren'],
    access: 'public',
    publishedDaysAgo: 110,
    hero: img.people,
  },
  {
    kind: 'news',
    slug: 'kenyan-delegation-community-health-hubs',
    title: "Kenyan county health leaders study Northbridge's community health hubs",
    summary:
      'A week-long exchange examined how primary care networks bring together nursing, pharmacy and social prescribing, with a return visit planned to study community health promoters.',
    body: `A delegation of eight county health managers and primary care leads from western Kenya spent a week with federation members, studying how community health hubs bring together general practice, community nursing, pharmacy and voluntary sector support.

The visit was organised with the Nyanza Lakes County Health Partnership, one of the federation's longest-standing international partners, and focused on how services are organised around neighbourhoods of 30,000 to 50,000 people.

## What the delegation saw

Over five days, the visitors:

- observed multidisciplinary team meetings at Saltmarsh Primary Care Network, where GPs, district nurses and social workers review patients at highest risk of hospital admission;
- spent a day with community pharmacists running blood pressure checks in supermarkets and barbers' shops;
- met social prescribing link workers and the voluntary groups they refer people to;
- discussed funding and contracting with the federation's primary care board.

## Learning runs both ways

Kenya's network of community health promoters, who visit households to provide health education, screening and referral, has long interested primary care leaders here. The delegation was candid about what the federation could learn.

> "You have extraordinary data and specialist skills, but your system often waits for people to come to it. Our promoters go to every household. There is something in combining the two."
> County director of health, speaking at the federation's offices

Dr Nadia Farrant, Primary Care Clinical Adviser, said the comparison was striking. "Our outreach on blood pressure and vaccination already borrows from the community health worker model. There is much more we could do, especially in neighbourhoods where people rarely see a GP until they are very unwell."

## What comes next

The visit followed our online [Global Health Exchange on community health worker models](/events/global-health-exchange-community-health-workers), at which several of the delegates spoke. A return visit is now planned, in which a group of federation primary care leaders will spend time with community health units and county teams.

Amara Okafor, Head of International Engagement, said: "Exchanges like this are at their best when both sides come away with something to try on Monday morning."`,
    topics: ['international', 'primary-care'],
    authors: ['amara-okafor', 'nadia-farrant'],
    access: 'public',
    publishedDaysAgo: 143,
    hero: img.clinic,
  },
  {
    kind: 'news',
    slug: 'heat-health-lessons-care-settings',
    title: 'Heat and health: what care settings learned from the hottest spells of the past year',
    summary:
      'A federation review of heat-related incidents in care homes, hospitals and community services finds that simple protective measures were applied inconsistently.',
    body: `Care homes, hospitals and community services need to plan for extreme heat as a routine risk rather than an occasional emergency, according to a review of heat-related incidents led by the federation's public health network.

The review looked at incident reports, staff feedback and local data from 31 organisations during the hottest spells of the past year, when temperatures exceeded 30°C for several consecutive days across much of the region.

## What the review found

- Fewer than half of the care homes in the sample had **room-by-room temperature monitoring**, and many relied on staff noticing that residents seemed unwell.
- Several hospitals recorded ward temperatures above 28°C for prolonged periods, particularly in older buildings with large south-facing windows.
- **Hydration support** was strongest where homes used simple tools such as coloured jugs and hourly drinks rounds.
- Community nurses and home care workers were often the first to spot people at risk who lived alone, but had no clear route for raising concerns out of hours.

## What works

Organisations that coped best had:

1. a named heat lead and a plan tested before hot weather arrived;
2. designated **cool rooms** in care homes and on wards;
3. daily checks on people known to be at high risk, shared between health and social care;
4. rotas adjusted to reduce heavy physical work during the hottest part of the day.

> "Heat is a slow-burn emergency. It rarely makes headlines, but it quietly increases deaths among frail older people."
> Isla Fenwick, Head of Public Health and Prevention

## Care homes need support

Marcus Delaney, Social Care Partnerships Manager, said many care homes lacked the capital to install shading, fans or cooling. "We are asking councils and health partners to treat heat resilience in care homes as part of their plans for hospital discharge and avoiding admissions, not as something providers must fund alone."

The federation has produced a heat and health checklist for care settings, which members can adapt. The findings have also informed the environmental indicators in our [Health Inequalities Atlas](/reports/health-inequalities-atlas), which maps where heat risk and deprivation overlap.`,
    topics: ['public-health', 'social-care'],
    authors: ['isla-fenwick', 'marcus-delaney'],
    access: 'public',
    publishedDaysAgo: 156,
    hero: img.shield,
  },
];
