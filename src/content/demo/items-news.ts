// Demo news: written for Pulse's fictional demo organisation.
import type { DemoItem } from './data.js';
import { img } from './hero-images.js';

export const newsItems: DemoItem[] = [
  {
    kind: 'news',
    slug: 'ethical-recruitment-compact-ghana-kenya-philippines',
    title: 'Northbridge signs ethical recruitment compact with partner health systems in Ghana, Kenya and the Philippines',
    summary:
      'A five-year agreement commits member organisations to recruit internationally only where partner countries have capacity to spare, and to fund training places in those countries in return.',
    body: `Northbridge Health Federation has signed a five-year compact with partner health systems in Ghana, Kenya and the Philippines, setting out how member organisations will recruit nurses, midwives and allied health professionals from those countries, and what they will give back in return.

The agreement, signed at an online ceremony attended by senior nursing leaders from all four health systems, is the first of its kind to be negotiated by a federation rather than by individual employers. It covers 41 member trusts and community providers, which between them employed more than 6,200 internationally educated staff last year.

## What the compact commits us to

Member organisations that sign up agree to:

- recruit only through agencies that meet the federation's ethical recruitment standard, with **no fees charged to candidates** at any stage;
- pause active recruitment in any specialty where a partner reports critical shortages, using a shared dashboard updated every quarter;
- fund at least one training place in the partner country for every ten staff recruited, administered by the **Cape Coast Regional Health Collaborative**, the **Nyanza Lakes County Health Partnership** and the **Visayas Nursing Education Consortium**;
- offer every new international recruit a named pastoral mentor, a structured twelve-week induction and a clear route into specialist and leadership roles.

> "For too long, international recruitment has been something that happened to our health systems rather than with them. This compact gives us a seat at the table, and a way to say 'not now' when we need to."
> Akosua Mensah-Bright, programme director, Cape Coast Regional Health Collaborative

## Why it matters

Internationally educated professionals now make up almost one in five registered nurses across the federation. Our recent [evidence review on workforce mobility](/reports/workforce-mobility-ethical-recruitment-evidence-review) found that outcomes for staff and for source countries were markedly better where employers had long-term partnerships rather than one-off recruitment drives.

Amara Okafor, Head of International Engagement, said the compact had been designed to be practical rather than aspirational. "Every commitment has a named owner and a measure attached. If a member cannot show that it has funded its training places, it will not be able to use the federation's framework agreements for international recruitment."

Tomasz Wren, Director of Workforce Policy, added that the pastoral commitments mattered as much as the recruitment rules. "People who are welcomed properly stay longer and progress further. That is good for them, for patients and for the teams they join."

## What happens next

- The first shared shortage dashboard will be published to members within three months.
- A joint oversight board, chaired in rotation by each of the four partners, will meet twice a year and publish its minutes.
- An independent evaluation will report at the end of year two.

Member organisations that have not yet signed up can do so through their chief people officer. The compact forms part of the wider strategy set out in our [International Engagement Review](/reports/international-engagement-review), and will be discussed in detail at the [International Partnerships Forum](/events/international-partnerships-forum).`,
    topics: ['international', 'workforce'],
    authors: ['amara-okafor', 'tomasz-wren'],
    access: 'public',
    publishedDaysAgo: 0,
    hero: img.globe,
  },
  {
    kind: 'news',
    slug: 'virtual-wards-1900-patients-a-day',
    title: 'Virtual wards now support 1,900 patients a day across member trusts',
    summary:
      'New federation data shows that hospital-at-home services have roughly doubled in capacity over eighteen months, with the biggest gains in frailty and respiratory care.',
    body: `Virtual wards run by member trusts are now caring for an average of 1,900 patients on any given day, according to federation data collected from 23 acute and community providers. That is roughly double the capacity reported eighteen months ago: the equivalent of three medium-sized hospitals, without building a single ward.

## Where the growth has come from

Most of the increase has come from two pathways:

- **Frailty**, where community teams now use a shared assessment so that older people can leave hospital a median of 2.4 days earlier, with daily support at home;
- **Respiratory**, where remote oxygen monitoring allows people with chronic obstructive pulmonary disease to be treated at home through a flare-up.

Heart failure and post-operative pathways are smaller but growing quickly, particularly at Kestrel Bay University Hospitals, which has linked its virtual ward to a consultant-led telephone advice line for GPs.

## The role of primary care

Primary care networks have been central to the model. At Saltmarsh Primary Care Network, practice-based paramedics visit virtual ward patients who need a face-to-face review, and GPs can refer directly without sending patients to the emergency department first.

> "The technology is the easy bit. What makes a virtual ward work is the relationship between the hospital team and the practice that knows the patient."
> Dr Nadia Farrant, Primary Care Clinical Adviser

## What still needs fixing

Members told us that occupancy remains uneven. Some virtual wards run at over 90 per cent while others sit at half capacity because referral routes are unclear to clinicians. Equipment returns are a persistent headache, with one trust losing almost a fifth of its pulse oximeters every quarter.

Rhys Pendleton, who leads our digital and data programme, said the next step was better measurement. "We want to move from counting beds to measuring outcomes: readmissions, patient experience and how many people stay well at home afterwards. We are working with members on a common dataset that would let us do that."

Our [baseline of digital maturity in primary care](/reports/digital-maturity-primary-care-baseline) sets out where practices need most support to take a full part in remote monitoring. Members interested in joining the common dataset pilot should contact the digital team.`,
    topics: ['digital', 'primary-care'],
    authors: ['rhys-pendleton', 'nadia-farrant'],
    access: 'public',
    publishedDaysAgo: 2,
    hero: img.devices,
  },
  {
    kind: 'news',
    slug: 'spending-review-response-capital-investment',
    title: 'Spending review: capital investment must not be the casualty again, federation warns',
    summary:
      'Our response welcomes real-terms growth in day-to-day funding but warns that a £1.3bn maintenance backlog across members will keep growing without a multi-year capital settlement.',
    body: `Northbridge Health Federation has published its formal response to the spending review, welcoming real-terms growth in day-to-day health funding but warning that years of under-investment in buildings, equipment and digital infrastructure are now limiting what members can deliver for patients.

Our members reported a combined maintenance backlog of **£1.3 billion**, of which around £410 million is classed as high or significant risk: leaking roofs over operating theatres, failing electrical systems and ageing scanners that break down several times a month.

## Our key asks

In the response, we call for:

- a **five-year capital settlement**, so that organisations can plan projects beyond a single financial year;
- an end to the practice of switching capital budgets into revenue to close in-year gaps;
- a dedicated fund for **primary care and community estates**, which were largely absent from recent national programmes;
- simpler business case rules for schemes under £15 million, which currently take an average of 19 months to approve.

## Why it matters for patients

Capital is not an abstract line in a spreadsheet. Outdated facilities cause delays: one member reported cancelling 140 planned operations in a year because of theatre ventilation failures. Poor digital infrastructure slows clinicians down, and cramped practices cannot host the extra clinical staff that primary care networks have been funded to employ. The federation's own [£2.4m estates fund for networks](/news/pcn-estates-fund-clinical-space) was oversubscribed more than four times.

> "Revenue funding pays for today's care. Capital decides whether we can deliver tomorrow's. We urge ministers to treat the two as equally important."
> Helen Ashdown, Head of Finance Policy

## Productivity depends on it

The federation supports the government's focus on productivity, but our [Financial Sustainability Survey](/reports/financial-sustainability-survey) found that two-thirds of finance directors see poor estate and equipment as a barrier to improving it. Modern theatres, diagnostic hubs and connected systems are what allow staff to see more patients in the same time, without working harder.

We will continue to press these points with the Treasury and the department, and will brief members in detail at the next [Finance Directors' Network briefing](/events/finance-directors-network-briefing).`,
    topics: ['finance'],
    authors: ['helen-ashdown'],
    access: 'public',
    publishedDaysAgo: 9,
    hero: img.finance,
  },
  {
    kind: 'news',
    slug: 'talking-therapies-waiting-times-fall',
    title: 'Talking therapies waiting times fall at four of six mental health providers',
    summary:
      'Median waits for a first appointment are now under three weeks in most of the federation, helped by clinician-led triage, group courses and evening clinics.',
    body: `People referred to talking therapies in most of the federation are now being seen faster, with median waits for a first appointment falling at four of our six mental health providers over the past year.

At Calder Vale Mental Health Partnership, the median wait dropped from 34 days to 17, while Eastmoor Community Health Trust more than halved its longest waits. Two providers saw waits rise slightly, largely because of vacancies among high-intensity therapists.

## What made the difference

Providers pointed to a handful of changes that others could copy:

- **Single-point triage** led by experienced clinicians, so that people are matched to the right level of support at first contact;
- **Group-based courses** for anxiety and low mood, offered in community venues as well as online;
- **Evening and weekend clinics**, which reduced missed appointments among people working shifts;
- **Employment advisers** embedded in therapy teams, helping people to stay in or return to work.

> "We stopped treating the waiting list as one long queue. Once we looked at who was waiting and why, we found that a third of people could be helped by a course starting the following week."
> Dr Femi Aluko, clinical director for psychological therapies, Calder Vale Mental Health Partnership

## Recovery rates hold steady

Faster access has not come at the cost of quality. Recovery rates across the federation held at around 50 per cent, and patient-reported experience scores improved slightly, particularly for people offered a choice of face-to-face or online sessions.

Owen Lockhart, our Mental Health Policy Manager, cautioned that the gains were fragile. "Much of the improvement rests on a small number of experienced therapists. If we cannot retain them, waits will rise again. Training places and supervision capacity need as much attention as access targets."

## Next steps

The federation's mental health network will publish a short practice guide drawn from the four improving providers, including triage scripts and course materials that others can adapt.

We are also looking at how talking therapies connect to urgent and crisis care, building on our report [Mental Health Crisis Pathways: What Works](/reports/mental-health-crisis-pathways-what-works). People who reach a crisis service often have a history of waiting for, or dropping out of, earlier support.`,
    topics: ['mental-health'],
    authors: ['owen-lockhart'],
    access: 'public',
    publishedDaysAgo: 15,
    hero: img.mind,
  },
  {
    kind: 'news',
    slug: 'care-homes-pilot-shared-medication-records',
    title: 'Care homes pilot shared medication records to cut errors after hospital discharge',
    summary:
      "Twenty-two care homes in the Harrowfield area can now see a resident's up-to-date medicines list as soon as they leave hospital, instead of waiting for a paper summary.",
    body: `Twenty-two care homes in the Harrowfield area are taking part in a federation-supported pilot that gives senior care staff read-only access to residents' medication information through the local shared care record.

Until now, when a resident returned from hospital the home would typically receive a printed discharge summary, sometimes days later, and have to reconcile it by hand against the old medicines chart. Transfers between hospital and care home are well known to be one of the riskiest points for medication errors, and care staff often had no way of knowing why a medicine had been stopped or changed.

## How the pilot works

- Senior carers and nurses in participating homes sign in with an individual account issued by the council's care provider support team.
- They can see the hospital's discharge medication list, any changes made during the stay and the reasons recorded for them.
- Community pharmacists at Harrowfield Primary Care Network review every discharge within 48 hours and contact the home if anything looks wrong.

## Early results

In the first four months, homes recorded **61 per cent fewer medication discrepancies** at discharge than in the same period a year earlier. Staff said that the time taken to update medicine charts had fallen from an average of 50 minutes per resident to under 20.

> "It sounds small, but knowing exactly why a tablet has been stopped means we can explain it to the resident and their family with confidence."
> Jo Whitlock, deputy manager, Orchard House care home

## Information governance

The federation worked with the local authority and the hospital's data protection officer to agree a data sharing framework that limits access to the information care staff genuinely need. Every access is logged and audited monthly, and residents and families were told about the pilot in advance.

Marcus Delaney, Social Care Partnerships Manager, said the pilot showed that social care could be a full partner in shared records. "Care homes have too often been the last to know. This flips that."

Rhys Pendleton, Digital and Data Programme Lead, said the federation would publish the governance templates so that other areas could adopt the approach without starting from scratch. To hear from the homes involved, join our [webinar on making the shared care record work for social care](/events/webinar-shared-care-record-social-care).`,
    topics: ['social-care', 'digital'],
    authors: ['marcus-delaney', 'rhys-pendleton'],
    access: 'public',
    publishedDaysAgo: 19,
    hero: img.home,
  },
  {
    kind: 'news',
    slug: 'pcn-estates-fund-clinical-space',
    title: 'Primary care networks share £2.4m fund to create more clinical space',
    summary:
      'Eighteen projects will turn offices, storerooms and empty community buildings into consulting rooms, creating space for around 140 extra clinical sessions a week.',
    body: `Eighteen primary care networks across the federation will share a £2.4 million fund to convert underused space into consulting and treatment rooms, the federation's primary care board has confirmed.

The fund was created after members told us that a lack of space had become one of the main barriers to making full use of the additional roles networks have been funded to recruit. Pharmacists, physiotherapists, mental health practitioners and care co-ordinators all need somewhere to see patients, yet many practices work from buildings designed decades ago for a handful of GPs.

## What the money will pay for

Successful bids include:

- converting a former records store at Westbrook Health Centre into three consulting rooms;
- refitting a closed library branch in Ashby as a shared hub for physiotherapy and social prescribing;
- adding a modular treatment room to a rural branch surgery to host blood tests and wound care clinics;
- upgrading ventilation and lighting in two practices so that existing rooms can be used for clinical work.

Together, the projects will create space for around **140 additional clinical sessions a week**.

## How projects were chosen

A panel that included patient representatives scored bids on the number of sessions created, cost per session, speed of delivery and whether the space would serve areas of high deprivation. Every project had to be deliverable within twelve months.

> "Some of the best bids were the least glamorous. A well-lit room with a sink and a couch can transform what a network is able to offer."
> Dr Nadia Farrant, Primary Care Clinical Adviser

## A small fund against a large need

Helen Ashdown, Head of Finance Policy, noted that the fund was small compared with the need. "Our members estimate the primary care estates shortfall at well over £60 million. This fund shows what targeted investment can achieve, and strengthens the case for a national programme."

The shortage of space is also a workforce issue. Our [Primary Care Workforce Census](/reports/primary-care-workforce-census) found that several networks had delayed recruitment because they had nowhere for new staff to work.

Networks that were unsuccessful in this round will receive written feedback and support to prepare bids for the next one.`,
    topics: ['primary-care', 'finance'],
    authors: ['nadia-farrant', 'helen-ashdown'],
    access: 'public',
    publishedDaysAgo: 340,
    hero: img.clinic,
  },
  {
    kind: 'news',
    slug: 'international-fellows-fourth-cohort',
    title: 'International Fellows Programme welcomes its fourth cohort',
    summary:
      'Twenty-six clinicians and managers from eleven countries begin a year-long placement with member organisations, each leading an improvement project they will take home.',
    body: `The federation's International Fellows Programme has welcomed its fourth and largest cohort: 26 clinicians and health managers from eleven countries, who will spend the next twelve months working alongside teams in member organisations.

The programme pairs each fellow with a host team and a quality improvement project that is relevant both here and in their home health system. This year's projects range from sepsis recognition on medical wards to text message appointment reminders in community clinics and stock management for essential medicines.

## Who is taking part

This year's fellows include:

- nine nurses and midwives, including three ward managers;
- six doctors in specialty training;
- five pharmacists and laboratory scientists;
- six managers working in hospital operations, finance and health information.

They come from countries including Ghana, Kenya, Nepal, the Philippines, Sierra Leone and Uganda. Every fellow is nominated by their home organisation, which guarantees them a role on their return so that the skills they develop stay in their own health system.

## Learning in both directions

The programme is deliberately two-way. Host teams report that fellows bring fresh perspectives on working with limited resources, engaging communities and sharing tasks between professions.

> "Our fellow from Nepal redesigned our handover in a fortnight, using a method she had developed in a district hospital with no electronic records. It was simpler and safer than what we had."
> Ward sister, Greyfriars Teaching Hospitals Trust

## Ethical by design

Because fellows go home at the end of their placement, the programme builds capability without drawing people away from systems that need them. Amara Okafor, Head of International Engagement, said: "Fellowships are one of the most effective contributions we can make to global health. Everyone involved comes out of them better at their job."

The programme sits alongside the federation's other partnerships, including our long-running [twinning programme with Portugal and Poland](/news/twinning-programme-portugal-poland) and our [Global Health Exchange on community health workers](/events/global-health-exchange-community-health-workers).

Member organisations interested in hosting a fellow in the next round should register their interest with the international team. Host teams receive a one-day preparation workshop and ongoing support throughout the year.`,
    topics: ['international', 'workforce'],
    authors: ['amara-okafor'],
    access: 'public',
    publishedDaysAgo: 34,
    hero: img.partnership,
  },
  {
    kind: 'news',
    slug: 'measles-catch-up-clinics-reach-11000-children',
    title: 'Measles catch-up clinics reach more than 11,000 children',
    summary:
      "Pop-up clinics in schools, libraries and community centres raised two-dose MMR coverage in the federation's lowest-uptake neighbourhoods by an average of nine percentage points.",
    body: `More than 11,000 children and young people have received a missed dose of the measles, mumps and rubella (MMR) vaccine through catch-up clinics run by federation members over the past six months.

The campaign focused on the 40 neighbourhoods with the lowest uptake, where coverage of two doses by the age of five had fallen below 80 per cent, well short of the 95 per cent needed to prevent outbreaks. In those areas, two-dose coverage has now risen by an average of **nine percentage points**.

## Taking vaccination to families

Rather than relying on invitation letters alone, primary care networks and school immunisation teams worked with councils and community groups to:

- run **pop-up clinics** in libraries, leisure centres, places of worship and a football club;
- offer **after-school and Saturday sessions**, so that working parents did not need to take time off;
- train **community champions** who speak the main local languages to answer parents' questions;
- send **text reminders** from the child's own practice, with a link to book.

> "Parents were not refusing. Most had simply fallen through the gaps after moving house or changing practice. When we made it easy, they came."
> Dr Nadia Farrant, Primary Care Clinical Adviser

## Data made the difference

Public health teams used linked records to identify children who had missed doses, then shared lists securely with practices. Isla Fenwick, Head of Public Health and Prevention, described this as the most important and least visible part of the campaign.

"We found children recorded as unvaccinated simply because their records had not followed them between areas. Cleaning up that data was as valuable as the clinics themselves."

## Keeping the gains

The federation is working with members to make the most successful approaches permanent, including Saturday clinics and community champions, and to extend them to other childhood immunisations.

We will share the full evaluation at our [annual conference on prevention at scale](/events/annual-conference-prevention-at-scale). The [Health Inequalities Atlas](/reports/health-inequalities-atlas) shows where gaps in uptake overlap with other measures of disadvantage, and is being used to plan the next phase.`,
    topics: ['public-health', 'primary-care'],
    authors: ['isla-fenwick', 'nadia-farrant'],
    access: 'public',
    publishedDaysAgo: 38,
    hero: img.shield,
  },
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
  {
    kind: 'news',
    slug: 'open-standard-patient-facing-apps',
    title: 'Federation publishes open standard for patient-facing health apps',
    summary:
      'The standard sets shared expectations on accessibility, data protection, clinical safety and interoperability for digital services commissioned by members, and is free for anyone to reuse.',
    body: `The federation has published an open standard for patient-facing digital services, setting out the minimum expectations for apps and websites commissioned by member organisations.

Members told us they were each assessing the same suppliers against slightly different checklists, which was slow for them and frustrating for suppliers. The new standard brings these requirements together in one place.

## What the standard covers

The standard has six sections:

- **Accessibility**: services must meet WCAG 2.2 at level AA and be tested with disabled people before launch.
- **Data protection**: data must be collected only for clearly stated purposes, with no advertising trackers and clear retention periods.
- **Clinical safety**: suppliers must maintain a clinical safety case and name a clinical safety officer.
- **Interoperability**: services must use recognised open standards to exchange data with clinical systems, rather than proprietary integrations.
- **Security**: regular penetration testing, multi-factor authentication for staff accounts and a published vulnerability disclosure policy.
- **Usability**: evidence of research with patients, including people with low digital confidence.

## Free to reuse

The standard is published under an open licence, so any organisation can adopt or adapt it. Suppliers can assess themselves against it once and share the results with several members, rather than completing separate questionnaires for each.

> "We want members to spend less time on procurement paperwork and more time asking whether a service actually helps patients."
> Rhys Pendleton, Digital and Data Programme Lead

## Developed with patients

The standard was developed over six months with member digital leads, information governance specialists and a patient panel of 14 people, including several who use screen readers or have limited access to the internet.

The panel pushed strongly for one requirement in particular: that every digital service has a **non-digital alternative** of equal quality. "Nobody should be disadvantaged because they cannot, or would rather not, use an app," said one panel member.

## Next steps

The standard will be reviewed every year. Members and suppliers can send feedback to the digital team at any time, and we will publish a summary of changes with each new version.`,
    topics: ['digital'],
    authors: ['rhys-pendleton'],
    access: 'public',
    publishedDaysAgo: 365,
    hero: img.devices,
  },
  {
    kind: 'news',
    slug: 'perinatal-mental-health-coastal-teams',
    title: 'New community perinatal mental health teams launch in the coastal towns',
    summary:
      "Two new teams will support women and birthing people with moderate to severe mental health needs from pregnancy until their child's second birthday, closing a long-standing gap.",
    body: `Women and birthing people living along the federation's coastal strip now have access to specialist community perinatal mental health care, after two new teams began taking referrals.

Until now, the coastal towns were the only part of the federation without a dedicated perinatal service. Women needing specialist support often faced round trips of more than two hours to reach appointments, or were supported by general adult mental health teams with limited experience of pregnancy and early parenthood.

## What the teams offer

The teams, hosted by Eastmoor Community Health Trust, include psychiatrists, specialist nurses, psychologists, occupational therapists, nursery nurses and peer support workers. They provide:

- assessment and treatment for moderate to severe conditions, including postnatal depression, anxiety disorders, birth trauma and postpartum psychosis;
- **pre-conception advice** for women with existing mental health conditions who are planning a pregnancy;
- support for the relationship between parent and baby, including parent-infant therapy;
- **home visits** for those who find travelling difficult;
- support and signposting for partners.

Care is available from pregnancy until the child's second birthday.

## Designed with local families

The service was designed with a group of local parents with lived experience, who shaped everything from the location of clinic bases to the wording of appointment letters.

> "When I was unwell after my son was born, nobody locally knew what to do with me. Knowing that women here will now be seen by people who understand is enormous."
> Member of the service design group

## Part of a wider picture

Owen Lockhart, Mental Health Policy Manager, welcomed the launch but said recruitment remained challenging. "Two posts are still vacant, and perinatal expertise is in short supply everywhere. We are working with members on joint training to grow the specialist workforce rather than moving the same small group of people around."

Maternity services, health visitors and GPs across the area have been briefed on the new referral routes. Self-referral will be introduced once the teams are fully staffed.`,
    topics: ['mental-health'],
    authors: ['owen-lockhart'],
    access: 'public',
    publishedDaysAgo: 215,
    hero: img.mind,
  },
  {
    kind: 'news',
    slug: 'chief-executives-roundtable-productivity-wellbeing',
    title: "Chief executives' roundtable: improving productivity without burning out staff",
    summary:
      'Leaders from 16 member organisations discussed how to deliver more care within tight budgets while protecting staff wellbeing. A summary of the discussion is available to registered users.',
    body: `Chief executives from 16 member organisations met at the federation's offices for a roundtable on one of the hardest questions facing health and care leaders: how to increase productivity without simply asking already-stretched staff to work harder.

The discussion was held under the Chatham House Rule, and this summary does not attribute comments to individuals.

## Shared starting points

Participants agreed that:

- productivity is about **removing waste and delay**, not increasing the pace of individual work;
- the biggest gains are often in **flow between services**: discharge, diagnostics and handovers;
- staff engagement is a precondition, because frontline teams know where time is being lost;
- national metrics often fail to capture productivity gains in community, mental health and primary care.

## Where views differed

There was a lively debate about technology. Some leaders described substantial time savings from digital tools, such as voice recognition for clinical notes and automated rostering. Others warned that poorly implemented systems had added clicks and reduced productivity for years after launch.

Participants also differed on targets. Several argued that a small number of clear, locally owned goals had helped focus improvement. Others felt that nationally set targets too often encouraged gaming and contributed to burnout.

> "Every hour a nurse spends searching for equipment or chasing a bed is an hour not spent with a patient. That is where we should start."
> Chief executive, acute trust

## What leaders asked of the federation

- A **shared library of productivity improvements**, with evidence of what worked and what it cost.
- Better benchmarking that puts **staff experience** alongside activity and cost.
- Continued lobbying for **multi-year funding**, so that invest-to-save schemes become realistic.

Helen Ashdown, Head of Finance Policy, and Tomasz Wren, Director of Workforce Policy, will take these requests forward through the finance and workforce networks. The next roundtable will look at how boards can measure productivity and staff wellbeing together rather than as competing priorities.`,
    topics: ['finance', 'workforce'],
    authors: ['helen-ashdown', 'tomasz-wren'],
    access: 'registered',
    publishedDaysAgo: 232,
    hero: img.partnership,
  },
  {
    kind: 'news',
    slug: 'same-day-access-hubs-first-year-evaluation',
    title: 'Same-day access hubs: first-year evaluation finds fewer emergency department visits',
    summary:
      'Network hubs offering urgent same-day appointments freed GP time for complex patients and were associated with a 7 per cent fall in minor-illness attendances at emergency departments.',
    body: `Same-day access hubs run by primary care networks have been associated with a 7 per cent reduction in emergency department attendances for minor illness, according to an independent evaluation of their first year.

Eleven networks set up hubs in which a team of GPs, advanced nurse practitioners, paramedics and pharmacists see patients with urgent but straightforward problems on the day, on behalf of every practice in the network. Patients are booked in by their own practice or through the urgent care telephone service.

## Key findings

- The hubs delivered around **4,800 appointments a week** across the eleven networks.
- Most patients were seen within four hours of first contact.
- GPs in participating practices reported spending more time with patients with complex or long-term conditions, with average appointment lengths rising from 11 to 14 minutes.
- Patient satisfaction was high for speed of access but lower for **continuity**, with some patients disappointed not to see their usual clinician.

## The continuity question

The evaluation highlights a tension at the heart of primary care: quick access for urgent problems and continuity of care for complex needs can pull in opposite directions.

> "Hubs work well for a sore throat or a urine infection. They are not the right place for an older person with five long-term conditions who needs someone who knows them. The point of the hub is to protect that continuity in the practice."
> Dr Nadia Farrant, Primary Care Clinical Adviser

Networks with the best results used clear protocols about which patients should be booked into the hub and which should stay with their practice, and shared records so that hub clinicians could see the full history.

## Recommendations

The evaluation recommends that networks:

1. agree explicit criteria for hub bookings;
2. protect continuity appointments in practices for patients with complex needs;
3. monitor outcomes such as repeat attendance within seven days;
4. invest in shared records and clinical governance across practices.

The federation's primary care board will use the findings to produce practical guidance for networks considering a hub, including model protocols and a short list of measures to track from day one.`,
    topics: ['primary-care'],
    authors: ['nadia-farrant'],
    access: 'public',
    publishedDaysAgo: 270,
    hero: img.clinic,
  },
  {
    kind: 'news',
    slug: 'twinning-programme-portugal-poland',
    title: 'Twinning programme with regional health services in Portugal and Poland enters second phase',
    summary:
      'After three years of staff exchanges, the partnership will concentrate on three shared priorities: infection prevention, stroke care and using data to tackle health inequalities.',
    body: `The federation's twinning programme with regional health services in northern Portugal and Pomerania in Poland has entered a second three-year phase, with a sharper focus on three priorities that all partners share.

Since the programme began, more than 120 staff have taken part in short exchanges, and partner teams have worked together on improvement projects ranging from falls prevention to the procurement of medical devices.

## Three priorities for the next phase

Partners have agreed to concentrate on:

- **Infection prevention and antimicrobial stewardship**, comparing approaches to surveillance and ward-level practice;
- **Stroke pathways**, where the Portuguese partner has achieved impressive treatment times through ambulance crews alerting stroke teams before arrival;
- **Data for health equity**, using linked data to identify neighbourhoods with poor outcomes and target prevention work.

## What we have learned so far

An evaluation of the first phase found that exchanges were valued most when they were tied to a specific project with measurable goals. Short visits without a clear purpose were enjoyable but rarely led to lasting change.

> "The most valuable thing was not the visit itself but the six months of video calls afterwards, when we worked through how to adapt their approach to our hospital."
> Stroke nurse specialist, member trust

## Public health at the centre

Isla Fenwick, Head of Public Health and Prevention, said the health equity strand was especially promising. "Our Polish colleagues have done remarkable work linking social care, primary care and hospital data to understand where people fall through the gaps. We have a great deal to learn from them."

## Practical arrangements

Exchanges will continue to be funded jointly by the partners and through a European collaboration grant. Member organisations can nominate staff, with priority given to those working on one of the three themes and who can commit to a follow-up project.

Amara Okafor, Head of International Engagement, said: "Twinning lets us learn from health systems facing the same pressures as ours, with different answers. The second phase is about turning that learning into improvement we can measure."`,
    topics: ['international', 'public-health'],
    authors: ['amara-okafor', 'isla-fenwick'],
    access: 'public',
    publishedDaysAgo: 292,
    hero: img.globe,
  },
  {
    kind: 'news',
    slug: 'social-prescribing-academy-first-year',
    title: 'Social prescribing academy marks its first year with 210 link workers trained',
    summary:
      'A shared training academy for social prescribing link workers has cut induction times and built a peer network spanning general practice, councils and the voluntary sector.',
    body: `A shared training academy for social prescribing link workers, set up by the federation with councils and voluntary sector partners, has trained 210 link workers in its first year.

Link workers help people whose health is affected by non-medical problems, such as loneliness, debt, housing or inactivity, to connect with support in their community. Most are employed by primary care networks, but they work closely with council services and local groups.

## Why an academy?

Before the academy, each network trained its own link workers, with wide variation in content and quality. New staff often waited months for training, and many felt isolated in very small teams.

The academy offers:

- a **six-week foundation programme** covering personalised care, safeguarding, mental health awareness and working with the voluntary sector;
- specialist modules on **welfare benefits, housing and support for carers**;
- monthly **peer supervision groups** facilitated by experienced link workers;
- placements with council adult social care teams, so that link workers understand when and how to involve them.

## What has changed

Networks report that new link workers are now ready to take on a full caseload in around eight weeks, down from an average of four months. Turnover among link workers has fallen, and referrals from link workers to council services are more appropriate, with fewer being passed back.

> "The academy gave me a network of people doing the same job. When I'm stuck on a difficult case, I know exactly who to call."
> Link worker, rural primary care network

## Social care as a partner

Marcus Delaney, Social Care Partnerships Manager, said the council placements had been one of the academy's most valuable features. "Link workers and social workers used to see each other as a referral route. Now they see each other as colleagues."

Dr Nadia Farrant, Primary Care Clinical Adviser, added that practices made better use of link workers once they understood the training they had received. The academy will next develop an advanced programme for experienced link workers and a short course for practice staff on making good referrals.`,
    topics: ['social-care', 'primary-care'],
    authors: ['marcus-delaney', 'nadia-farrant'],
    access: 'public',
    publishedDaysAgo: 318,
    hero: img.home,
  },
];
