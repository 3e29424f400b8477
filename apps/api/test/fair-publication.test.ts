import { operationRefusal } from '@budgetflow/domain';
import { as, type TestActor } from './support/actors';
import { reviewBody } from './support/forms';
import { answerText } from './support/document-text';
import { type Route, routesOf } from './support/routes';
import { startTestSystem, type TestSystem } from './support/test-system';
import { createAndWalk } from './support/walk';

// Fair publication, through every read endpoint: while the round holds the administration's work
// back, no party group (not even the one whose initiative it is) and no system administrator can
// find the assessment, the costing or their traces anywhere the API answers; after the release,
// every party group sees them at once. The routes come from the application's own route table, so
// a new read endpoint is swept too, and one with a parameter this test does not know fails it.

/** What only the held-back work says: the review's words, the costing's comment and its amount. */
const reviewWords = 'Frigivelsesprøve: forslaget kræver ny finansiering';
const costingWords = 'Prisprøve fra administrationen';
const costing = {
  // 8,9 mio. kr. in 2028, a year the party's own estimate leaves empty (9,2 in all); financed
  // from another area than the party's.
  economy: { otherOperations: { '2026': 0.3, '2028': 8.9 } },
  financing: [{ area: 'regionalDevelopment', share: '1' }],
  comment: costingWords,
};
/** The administration's answer to a party's budget question: held back the same way. */
const answerWords = 'Svarprøve: temadagen kan holdes for 0,2 mio. kr. om året';
const traces = [
  reviewWords,
  costingWords,
  answerWords,
  '8900000',
  '9200000',
  '8,9',
  '9,2',
  '8.9',
  '9.2',
];

const readers: Record<string, TestActor> = {
  'its own party (Enhedslisten)': as.party('Enhedslisten'),
  'another party (Venstre)': as.party('Venstre'),
  'a system administrator': as.systemAdministrator,
};

describe('fair publication of the administration’s work', () => {
  let system: TestSystem;
  let routes: Route[];
  let path: (route: Route) => string | null;
  let questionNumber: string;

  beforeAll(async () => {
    system = await startTestSystem();
    routes = routesOf(system.app).filter((route) => route.method === 'GET');
    const { http, roundId } = system;
    await http
      .put(`/rounds/${roundId}/publication`, { holdBack: true }, as.coordinator)
      .expect(200);

    await createAndWalk(system, '4.2', 'inReview');
    await http
      .post(
        system.initiativePath('4.2', 'complete-review'),
        { ...reviewBody, comments: reviewWords },
        as.administration,
      )
      .expect(200);
    await http.post(system.initiativePath('4.2', 'cost'), costing, as.administration).expect(200);
    await createAndWalk(system, '4.3', 'submitted', { title: 'Et andet forslag' });
    const saved = await http
      .post(
        `/rounds/${roundId}/packages`,
        { name: 'Prøvepakke', items: [{ number: '4.2' }, { number: '4.3' }] },
        as.coordinator,
      )
      .expect(201);
    const other = await http
      .post(
        `/rounds/${roundId}/packages`,
        { name: 'Tom pakke', items: [{ number: '4.3' }] },
        as.coordinator,
      )
      .expect(201);
    const asked = await http
      .post(
        `/rounds/${roundId}/questions`,
        { partyGroup: 'Enhedslisten', initiative: '4.2', text: 'Hvad koster en mindre temadag?' },
        as.party('Enhedslisten'),
      )
      .expect(201);
    questionNumber = String(asked.body.number);
    await http
      .post(
        `/rounds/${roundId}/questions/${questionNumber}/answer`,
        { text: answerWords },
        as.administration,
      )
      .expect(200);
    const feeds = await http.get('/me/calendar-feeds', as.party('Enhedslisten')).expect(200);
    const feedToken = tokenOf(feeds.body);

    const parameters: Record<string, string> = {
      roundId,
      number: '4.2',
      id: String(saved.body.id),
      token: feedToken,
      // Minutes are the council's public decisions, outside fair publication; the round's
      // calendar has no meeting here, so the route is read and answers 404.
      milestoneId: 'ingen-moede',
    };
    const queries: Record<string, string> = {
      '/api/initiatives': `?round=${roundId}`,
      '/api/initiatives/totals': `?round=${roundId}`,
      '/api/initiatives/by-state': `?round=${roundId}`,
      '/api/rounds/:roundId/packages/compare': `?ids=${saved.body.id},${other.body.id}`,
      '/api/audit': `?round=${roundId}&limit=200`,
    };
    // A question's number is its own (1, 2, …), not an initiative's.
    const questionParameters: Record<string, string> = { ...parameters, number: questionNumber };
    path = (route) => {
      let unknown = false;
      const known = route.path.includes('/questions/') ? questionParameters : parameters;
      const filled = route.path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
        const value = known[name];
        if (value === undefined) unknown = true;
        return value ?? '';
      });
      return unknown ? null : `${filled.replace(/^\/api/, '')}${queries[route.path] ?? ''}`;
    };
  });
  afterAll(() => system.stop());

  /** Every GET route the reader may call, with what it answered. */
  async function readEverything(reader: TestActor) {
    const answers: { route: string; status: number; text: string }[] = [];
    for (const route of routes) {
      if (operationRefusal(route.operation!, reader) !== null) continue;
      const filled = path(route);
      if (filled === null) throw new Error(`Ukendt parameter i ${route.path}: lær testen den`);
      const response = await system.http.get(filled, reader).responseType('blob');
      answers.push({
        route: `${route.method} ${filled}`,
        status: response.status,
        // The exports' Word and Excel files are zipped XML: read as their reader sees them.
        // Instants are left out: their digits spell traces ("…:58.990Z" holds "8.9").
        text: (await answerText(response)).replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, '<instant>'),
      });
    }
    return answers;
  }

  const tracesIn = (text: string) => traces.filter((trace) => text.includes(trace));

  it('reads every GET route of the API, and each answers the readers', async () => {
    expect(routes.length).toBeGreaterThan(20);
    for (const reader of Object.values(readers)) {
      const answers = await readEverything(reader);
      expect(answers.filter((answer) => answer.status >= 500)).toEqual([]);
      expect(answers.length).toBeGreaterThan(10);
    }
  });

  it('shows the administration and the coordinators the work at once (what the others must not see)', async () => {
    for (const insider of [as.administration, as.coordinator]) {
      const one = await system.http.get(`/rounds/${system.roundId}/initiatives/4.2`, insider);
      expect(tracesIn(one.text)).toEqual(
        expect.arrayContaining([reviewWords, costingWords, '8.9']),
      );
      const question = await system.http.get(
        `/rounds/${system.roundId}/questions/${questionNumber}`,
        insider,
      );
      expect(question.body.answer.text).toBe(answerWords);
      const totals = await system.http.get(`/initiatives/totals?round=${system.roundId}`, insider);
      expect(totals.text).toContain('8900000');
    }
  });

  it('holds the assessment, the costing and every trace of them back from every other reader, everywhere', async () => {
    const leaks: string[] = [];
    for (const [name, reader] of Object.entries(readers)) {
      for (const answer of await readEverything(reader)) {
        const found = tracesIn(answer.text);
        if (found.length > 0) leaks.push(`${name}: ${answer.route} → ${found.join(', ')}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('counts the party’s estimate for them meanwhile, and finds it only by the area the party gave', async () => {
    const reader = as.party('Venstre');
    const one = await system.http.get(`/rounds/${system.roundId}/initiatives/4.2`, reader);
    expect(one.body).toMatchObject({ state: 'costed', review: null, costing: null });
    const byArea = (area: string) =>
      system.http.get(`/initiatives?round=${system.roundId}&financingArea=${area}`, reader);
    const numbers = async (area: string) =>
      (await byArea(area)).body.items.map((item: { number: string }) => item.number);
    expect(await numbers('health')).toContain('4.2');
    expect(await numbers('regionalDevelopment')).toEqual([]);
  });

  it('releases it to every party group at the same moment, and holds back what comes after', async () => {
    const { http, roundId } = system;
    const released = await http
      .post(`/rounds/${roundId}/publication/releases`, {}, as.coordinator)
      .expect(200);
    expect(released.body).toMatchObject({ holdBack: true, releases: [{ by: 'koordinator' }] });
    expect(released.body.releasedUntil).toBe(released.body.releases[0].at);

    for (const reader of Object.values(readers)) {
      const one = await http.get(`/rounds/${roundId}/initiatives/4.2`, reader).expect(200);
      expect(one.body.review.comments).toBe(reviewWords);
      expect(one.body.costing.economy.otherOperations['2028']).toBe(8.9);
      const costings = await http.get(`/rounds/${roundId}/initiatives/4.2/costings`, reader);
      expect(costings.body.versions).toHaveLength(1);
      const totals = await http.get(`/initiatives/totals?round=${roundId}`, reader);
      expect(totals.text).toContain('8900000');
      const pack = await http.get(
        `/rounds/${roundId}/packages/${path(packageRoute())!.split('/').pop()}`,
        reader,
      );
      expect(pack.text).toContain('8900000');
    }
    for (const reader of Object.values(readers)) {
      const question = await http
        .get(`/rounds/${roundId}/questions/${questionNumber}`, reader)
        .expect(200);
      expect(question.body).toMatchObject({ answerHeldBack: false, answer: { text: answerWords } });
    }
    const byArea = await http.get(
      `/initiatives?round=${roundId}&financingArea=regionalDevelopment`,
      as.party('Venstre'),
    );
    expect(byArea.body.total).toBe(1);
    // Every party group is told, in the inbox, at the release.
    for (const member of [as.party('Venstre'), as.party('Enhedslisten')]) {
      const inbox = await http.get('/me/notifications', member).expect(200);
      const subjects = (inbox.body.items as { subject: string }[]).map((item) => item.subject);
      expect(subjects).toContain('Administrationens svar er frigivet i Budget 2026-2029');
    }

    // Work after the release waits for the next one.
    await http
      .post(system.initiativePath('4.3', 'start-review'), {}, as.administration)
      .expect(200);
    await http
      .post(
        system.initiativePath('4.3', 'complete-review'),
        { ...reviewBody, comments: 'Efter frigivelsen' },
        as.administration,
      )
      .expect(200);
    await http
      .post(
        system.initiativePath('4.3', 'cost'),
        { economy: { salaries: { '2029': 7.1 } } },
        as.administration,
      )
      .expect(200);
    const leaks: string[] = [];
    for (const [name, reader] of Object.entries(readers)) {
      for (const answer of await readEverything(reader)) {
        const found = ['7100000', 'Efter frigivelsen'].filter((trace) =>
          answer.text.includes(trace),
        );
        if (found.length > 0) leaks.push(`${name}: ${answer.route} → ${found.join(', ')}`);
      }
    }
    expect(leaks).toEqual([]);
    await http.post(`/rounds/${roundId}/publication/releases`, {}, as.coordinator).expect(200);
    const later = await http.get(`/rounds/${roundId}/initiatives/4.3`, as.party('Venstre'));
    expect(later.body.costing.economy.salaries['2029']).toBe(7.1);
  });

  it('lets only the coordinators hold back and release, with field-level problems for a bad body', async () => {
    const { http, roundId } = system;
    await http.post(`/rounds/${roundId}/publication/releases`, {}, as.administration).expect(403);
    await http
      .put(`/rounds/${roundId}/publication`, { holdBack: false }, as.party('SF'))
      .expect(403);
    const bad = await http
      .put(`/rounds/${roundId}/publication`, { holdBack: 'ja' }, as.coordinator)
      .expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field)).toEqual(['holdBack']);
    await http.post('/rounds/ukendt-runde/publication/releases', {}, as.coordinator).expect(404);
    const seen = await http.get(`/rounds/${roundId}/publication`, as.party('SF')).expect(200);
    expect(seen.body.holdBack).toBe(true);
  });

  function packageRoute(): Route {
    return routes.find((route) => route.path === '/api/rounds/:roundId/packages/:id')!;
  }
});

/** The feed's token from the reader's feed addresses (…/calendar/feeds/{token}.ics). */
function tokenOf(body: unknown): string {
  const match = /calendar\/feeds\/([^/"]+?)\.ics/.exec(JSON.stringify(body));
  if (!match) throw new Error(`Ingen kalenderadresse i ${JSON.stringify(body)}`);
  return match[1]!;
}
