/**
 * The API fixture grown with invented commentators, so that a view of Norland can hold 150 nodes:
 * the explorer is judged at 10, 40 and 150 nodes. Deterministic: the same graph every run.
 */
import type { ExtractionDocument } from '../../src/domain/document.js';
import { apiFixture } from './api-fixture.js';

const FIRST = [
  'Aino',
  'Bram',
  'Cato',
  'Dario',
  'Edda',
  'Falk',
  'Greta',
  'Hugo',
  'Ines',
  'Jari',
  'Kaia',
  'Lior',
];
const LAST = [
  'Vesk',
  'Dorn',
  'Maal',
  'Strand',
  'Quist',
  'Rook',
  'Tamm',
  'Ulve',
  'Wynn',
  'Yarrow',
  'Zell',
  'Brisk',
];
const CLAIMS = [
  'Norland will not lift the blockade before spring',
  'the harbour talks are going nowhere',
  'Brevik has misjudged its neighbours',
  'sanctions alone will not reopen the port',
  'the alliance should send observers to the strait',
  'Norland is testing how far it can go',
];
const SUBJECTS = ['cty_val', 'cty_ost', 'org_nac', 'plc_selby', 'cty_sav'];

export function crowdedFixture(extraArticles = 12): ExtractionDocument {
  const doc = apiFixture();
  for (let a = 0; a < extraArticles; a++) {
    const articleId = `art_column_${a}`;
    const day = String(1 + (a % 28)).padStart(2, '0');
    const people = [0, 1, 2].map((p) => {
      const first = FIRST[(a * 3 + p) % FIRST.length]!;
      const last = LAST[(a * 5 + p * 7) % LAST.length]!;
      return { id: `per_col_${a}_${p}`, name: `${first} ${last}` };
    });
    const paragraphs = [`Column ${a + 1}: voices on the Port Selby standoff.`];
    for (const [p, person] of people.entries()) {
      doc.entities.push({
        id: person.id,
        type: 'Person',
        name: person.name,
        aliases: [person.name.split(' ')[1]!],
      });
      doc.mentions.push({ articleId, entityId: person.id, count: 1 + p });
      for (const s of [0, 1]) {
        const text = CLAIMS[(a + p + s) % CLAIMS.length]!;
        paragraphs.push(`${person.name} said ${text}.`);
        doc.statements.push({
          id: `stm_col_${a}_${p}_${s}`,
          articleId,
          speakerId: person.id,
          text,
          kind: 'reported',
          cue: 'said',
          stance: s ? 'claim' : 'warn',
          aboutIds: ['cty_nor', SUBJECTS[(a + p + s) % SUBJECTS.length]!],
          paragraph: paragraphs.length - 1,
        });
      }
    }
    doc.mentions.push({ articleId, entityId: 'cty_nor', count: 6 });
    const title = `Voices on the Standoff, Part ${a + 1}`;
    doc.articles.push({ id: articleId, title, publishedAt: `2031-03-${day}`, captions: [], paragraphs });
  }
  return doc;
}
