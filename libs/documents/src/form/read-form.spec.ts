import { completeReviewSchema, createInitiativeSchema } from '@budgetflow/domain';
import { formFixtures, renderFixture } from '../fixtures/form-fixtures';
import { expectedDocument } from '../fixtures/form-spec';
import { akutteam } from '../fixtures/form-specs';
import { readDocument } from '../read-document';
import { createInitiativeBody, type ImportedInitiative } from './read-form';

async function readTxt(name: string): Promise<ImportedInitiative> {
  const fixture = formFixtures().find((f) => f.name === name)!;
  const { fileName, bytes } = await renderFixture(fixture, 'txt');
  const read = await readDocument(fileName, bytes);
  if (read.kind !== 'initiative') throw new Error('ikke et forslag');
  return read.document;
}

describe('the form reader', () => {
  it('reads a clean form into the API’s field names', async () => {
    expect(await readTxt('akutteam')).toEqual(expectedDocument(akutteam));
  });

  it('gives a body the API takes as it is, amounts in its mio. kr.', async () => {
    const body = createInitiativeBody(await readTxt('behandlingshus'));
    const parsed = createInitiativeSchema.safeParse(body);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.economy.establishmentCosts).toEqual({ '2027': 1_050_500_000 });
    expect(parsed.data?.economy.staffFteTenths).toEqual({ '2028': 155, '2029': 310 });
    expect(parsed.data?.financing).toEqual([
      { area: 'health', share: '1/2' },
      { area: 'social', share: '1/2' },
    ]);
  });

  it('gives the administration’s comments as the review takes them', async () => {
    const { review } = await readTxt('behandlingshus');
    expect(completeReviewSchema.safeParse(review).success).toBe(true);
    expect(review.assessment).toEqual({ conclusion: 'requiresFunding', canBeMergedInto: '4.1' });
  });

  it('gives no body when what the API cannot do without is missing', async () => {
    const document = await readTxt('akutteam-ødelagt');
    expect(document.number).toBeNull();
    expect(createInitiativeBody(document)).toBeNull();
  });
});
