import { as, type TestActor } from './support/actors';
import { partyForm } from './support/forms';
import { eventually, registerPeople } from './support/people';
import { startTestSystem, type TestSystem } from './support/test-system';
import { createAndWalk } from './support/walk';

// Who is told when a coordinator merges one party's initiative into another's: the members of
// both parties, in the inbox and by e-mail; not the coordinator who did it, nor other parties.

type Item = { kind: string; subject: string; link: string };

describe('notifications of a merge', () => {
  let system: TestSystem;
  const enhedslisten = as.party('Enhedslisten');
  const socialdemokratiet = as.party('Socialdemokratiet');
  const venstre = as.party('Venstre');

  const mergedItems = async (actor: TestActor) => {
    const response = await system.http.get('/me/notifications', actor).expect(200);
    return (response.body.items as Item[]).filter((item) => item.kind === 'merged');
  };

  beforeAll(async () => {
    system = await startTestSystem();
    await registerPeople(system, [
      ['koordinator', 'coordinator', []],
      ['medlem-enhedslisten', 'partyGroupMember', ['Enhedslisten']],
      ['medlem-socialdemokratiet', 'partyGroupMember', ['Socialdemokratiet']],
      ['medlem-venstre', 'partyGroupMember', ['Venstre']],
    ]);

    await createAndWalk(system, '4.2', 'costed', { title: 'Omsorgstopmøde' });
    await system.http
      .post(
        `/rounds/${system.roundId}/initiatives`,
        { number: '4.5', ...partyForm('Socialdemokratiet', { title: 'Medmenneskelig ledelse' }) },
        socialdemokratiet,
      )
      .expect(201);
    await system.http
      .post(system.initiativePath('4.5', 'submit'), {}, socialdemokratiet)
      .expect(200);

    await system.http
      .post(system.initiativePath('4.2', 'merge'), { into: '4.5' }, as.coordinator)
      .expect(200);
  });
  afterAll(() => system.stop());

  it.each([
    ['Enhedslisten', enhedslisten],
    ['Socialdemokratiet', socialdemokratiet],
  ])(
    'tells the members of %s, naming both initiatives and linking to the target',
    async (_party, actor) => {
      const items = await eventually(
        () => mergedItems(actor),
        (found) => found.length > 0,
      );
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({
        subject: expect.stringMatching(/4\.2 Omsorgstopmøde.*4\.5 Medmenneskelig ledelse/),
        link: `http://localhost:3000/runder/${system.roundId}/forslag/4.5`,
      });
    },
  );

  // The event's notifications are written in one transaction, so once a party member has theirs,
  // everything the merge will ever write is there.
  it('tells neither a party that is not concerned nor the coordinator who merged', async () => {
    await eventually(
      () => mergedItems(enhedslisten),
      (found) => found.length > 0,
    );
    expect(await mergedItems(venstre)).toEqual([]);
    expect(await mergedItems(as.coordinator)).toEqual([]);
  });

  it('owes one e-mail to each member of the two parties, and to no one else', async () => {
    await eventually(
      () => mergedItems(socialdemokratiet),
      (found) => found.length > 0,
    );
    const rows: { recipient_id: string }[] = await system.dataSource.query(
      `SELECT recipient_id FROM notification WHERE channel = 'email' AND kind = 'merged'`,
    );
    expect(rows.map((row) => row.recipient_id).sort()).toEqual([
      'medlem-enhedslisten',
      'medlem-socialdemokratiet',
    ]);
  });
});
