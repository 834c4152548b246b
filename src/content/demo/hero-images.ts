// The demo's drawn illustrations and their alt text, shared by the item files.
import type { Hero } from './data.js';

/** Hero illustrations in ./images. Alt text describes the picture, not the article. */
export const img = {
  globe: {
    file: 'global-arcs.svg',
    alt: 'Illustration of a teal globe with dotted coral arcs linking points on different continents',
  },
  people: {
    file: 'workforce-people.svg',
    alt: 'Illustration of five health and care workers standing side by side, one wearing a stethoscope',
  },
  finance: {
    file: 'finance-chart.svg',
    alt: 'Illustration of a rising bar chart and trend line beside a stack of coins',
  },
  devices: {
    file: 'digital-devices.svg',
    alt: 'Illustration of a laptop showing a heart-rate trace next to a smartphone health app, linked by circuit lines',
  },
  clinic: {
    file: 'community-clinic.svg',
    alt: 'Illustration of a small community clinic with a cross sign above the door, trees either side and two people outside',
  },
  mind: {
    file: 'calm-mind.svg',
    alt: 'Illustration of a head in profile with gentle wave lines inside it and calm waves flowing alongside',
  },
  shield: {
    file: 'prevention-shield.svg',
    alt: 'Illustration of a shield bearing a heart and pulse line, surrounded by rows of dots representing a population',
  },
  home: {
    file: 'home-care.svg',
    alt: 'Illustration of a house outline with a heart inside, next to a carer and an older person with a walking stick',
  },
  partnership: {
    file: 'partnership-rings.svg',
    alt: 'Illustration of two interlocking rings, one teal and one coral, with a small heart where they overlap',
  },
  stage: {
    file: 'event-stage.svg',
    alt: 'Illustration of a speaker at a lectern beside a presentation screen, with rows of audience members in front',
  },
  documents: {
    file: 'report-documents.svg',
    alt: 'Illustration of a stack of report pages with charts, and a magnifying glass',
  },
  network: {
    file: 'data-network.svg',
    alt: 'Illustration of a network of connected nodes with a padlock at its centre',
  },
} satisfies Record<string, Hero>;
