import { organisation } from '@budgetflow/domain';
import { as } from './support/actors';
import { startTestSystem, type TestSystem } from './support/test-system';

// The organisation is configuration (config/organisation.json): its party groups are there when
// the API has started, and what the system administrators change afterwards stays changed.
describe("the organisation's configuration", () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(() => system.stop());

  it("has the council's party groups from the configuration once the API has started", async () => {
    const listed = await system.http.get('/party-groups', as.coordinator).expect(200);
    const groups = listed.body.items as { name: string; shortName: string }[];
    for (const configured of organisation.partyGroups) {
      expect(groups).toContainEqual(expect.objectContaining(configured));
    }
  });

  it("accepts the configuration's financing areas and no other", async () => {
    const { http, roundId } = system;
    const [first] = organisation.financingAreas;
    await http
      .put(
        `/rounds/${roundId}/frames`,
        { frames: [{ year: 2026, area: first!.id, amount: 1 }] },
        as.coordinator,
      )
      .expect(200);
    const refused = await http
      .put(
        `/rounds/${roundId}/frames`,
        { frames: [{ year: 2026, area: 'ukendtKasse', amount: 1 }] },
        as.coordinator,
      )
      .expect(400);
    expect(refused.body.errors.map((error: { field: string }) => error.field)).toEqual([
      'frames.0.area',
    ]);
  });
});
