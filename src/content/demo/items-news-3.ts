// Demo news, part 3 of 3, newest first (split only to keep files short).
import type { DemoItem } from './data.js';
import { img } from './hero-images.js';

export const newsItemsPart3: DemoItem[] = [
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
