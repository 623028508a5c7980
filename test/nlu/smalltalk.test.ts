import { describe } from 'vitest';
import { expectQueries } from './support.js';

describe('help, greeting, thanks', () => {
  expectQueries([
    ['help', { intent: 'help' }],
    ['wat kan je', { intent: 'help' }],
    ['?', { intent: 'help' }],
    ['', { intent: 'help' }],
    ['   ', { intent: 'help' }],
    ['Help!', { intent: 'help' }],
    ['Wat kun je allemaal?', { intent: 'help' }],
    ['Hoe werkt dit?', { intent: 'help' }],
    ['hallo, wat kun je?', { intent: 'help' }],
    ['welke vragen kan ik stellen', { intent: 'help' }],
    ['hoi', { intent: 'greeting' }],
    ['goedemorgen', { intent: 'greeting' }],
    ['hallo banenbot', { intent: 'greeting' }],
    ['Goedemiddag banenbot', { intent: 'greeting' }],
    ['Hey', { intent: 'greeting' }],
    ['hoe gaat het', { intent: 'greeting' }],
    ['👋', { intent: 'greeting' }],
    ['good morning', { intent: 'greeting' }],
    ['dank je', { intent: 'thanks' }],
    ['bedankt', { intent: 'thanks' }],
    ['top, thanks', { intent: 'thanks' }],
    ['Dankjewel!', { intent: 'thanks' }],
    ['super bedankt', { intent: 'thanks' }],
    ['oke dank je', { intent: 'thanks' }],
    ['👍', { intent: 'thanks' }],
    // A greeting in front of a question does not hide the question.
    ['hoi, hoe staat defensie ervoor?', { intent: 'lookup', sector: 'defensie', metric: 'alles' }],
    [
      'goedemorgen! realisatie gemeenten 2024 graag',
      { intent: 'lookup', sector: 'gemeenten', metric: 'realisatie', year: 2024 },
    ],
    ['dankjewel, en de provincies?', { intent: 'lookup', sector: 'provincies', metric: 'alles' }],
  ]);
});

// Questions from the acceptance round (mbo contactpersonen, the interdepartementaal netwerk,
// managers); each was read with its answer.
describe('smalltalk (acceptance)', () => {
  expectQueries([
    ['hoe werkt deze bot', { intent: 'help' }],
    ['ik snap het niet', { intent: 'help' }],
    ['cheers', { intent: 'thanks' }],
    ['goedemiddag, ik heb een vraag', { intent: 'greeting' }],
    ['ok thanks', { intent: 'thanks' }],
  ]);
});
