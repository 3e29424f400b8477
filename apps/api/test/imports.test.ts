import {
  type Block,
  formFixtures,
  mapText,
  minutesBlocks,
  renderDocx,
  renderFixture,
  renderPdf,
} from '@budgetflow/documents/fixtures';
import { initiativeWorkflowId } from '@budgetflow/workflows';
import request from 'supertest';
import { as, type TestActor } from './support/actors';
import { startTestSystem, type TestSystem } from './support/test-system';

// Documents in over the API: budget-initiative forms uploaded as .docx and .pdf become drafts
// (or edit them) through the same commands and rules as the API's create and editDraft, with a
// dry run that changes nothing; the same file twice changes nothing; a meeting's minutes are
// attached to the round's calendar and their decisions linked to the initiatives.

interface Upload {
  readonly name: string;
  readonly bytes: Uint8Array;
}

interface Outcome {
  file: string;
  number: string | null;
  action: 'create' | 'update' | 'noChange' | 'refused';
  reason: string | null;
  changes: { field: string; label: string; before: string; after: string }[];
  warnings: { field: string; message: string }[];
}

const fixture = (name: string) => formFixtures().find((one) => one.name === name)!;
const akutteam = fixture('akutteam');

// Socialdemokratiet and SF put 5.4 forward; Venstre 6.1; the administration 9.2.
const socialdemokrat = as.party('Socialdemokratiet');
const venstre = as.party('Venstre');
const enhedslisten = as.party('Enhedslisten');

/** The akutteam form with another title and 1,2 mio. kr. other operations in 2027. */
function editedAkutteam(): Block[] {
  const renamed = mapText(akutteam.blocks, (text) =>
    text.replace(akutteam.spec.title, 'Akutteam til ældre patienter i eget hjem'),
  );
  return renamed.map((block) =>
    block.kind !== 'table'
      ? block
      : {
          ...block,
          rows: block.rows.map((row) =>
            row[0] === 'Øvrig drift'
              ? [row[0], row[1]!, '1,2', row[3]!, row[4]!]
              : row[0] === 'Udgifter i alt'
                ? [row[0], row[1]!, '5,4', row[3]!, row[4]!]
                : row,
          ),
        },
  );
}

describe('documents in over the API', () => {
  let system: TestSystem;
  let docx: Upload;
  let pdf: Upload;
  let edited: Upload;

  beforeAll(async () => {
    system = await startTestSystem();
    docx = await renderFixture(akutteam, 'docx').then(asUpload);
    pdf = await renderFixture(akutteam, 'pdf').then(asUpload);
    edited = { name: 'forslag-5.4-rettet.docx', bytes: await renderDocx(editedAkutteam()) };
  }, 120_000);
  afterAll(() => system.stop());

  function upload(path: string, files: readonly Upload[], actor: TestActor) {
    return system.sessionOf(actor).then(({ token }) => {
      let sent = request(system.app.getHttpServer())
        .post(`/api${path}`)
        .set('authorization', `Bearer ${token}`);
      for (const file of files) sent = sent.attach('file', Buffer.from(file.bytes), file.name);
      return sent;
    });
  }

  async function importing(files: readonly Upload[], actor: TestActor, dryRun: boolean) {
    const response = await upload(
      `/rounds/${system.roundId}/imports?dryRun=${dryRun}`,
      files,
      actor,
    );
    expect([response.status, response.body]).toEqual([200, expect.anything()]);
    expect(response.body.dryRun).toBe(dryRun);
    return response.body.documents as Outcome[];
  }

  async function auditCount(number: string): Promise<number> {
    const rows: { n: string }[] = await system.dataSource.query(
      'SELECT count(*) AS n FROM audit_entry WHERE workflow_id = $1',
      [initiativeWorkflowId(system.roundId, number)],
    );
    return Number(rows[0]!.n);
  }

  it('previews a create without creating anything', async () => {
    const venstreForm = await renderFixture(fixture('ungdomsbus'), 'pdf').then(asUpload);
    const [own, other] = await importing([docx, venstreForm], socialdemokrat, true);
    expect(own).toMatchObject({
      file: docx.name,
      number: '5.4',
      action: 'create',
      reason: null,
      changes: [],
      warnings: [],
    });
    // As on creation: the uploader must be among those who put it forward.
    expect(other).toMatchObject({
      number: '6.1',
      action: 'refused',
      reason: 'Kun forslagsstilleren selv kan oprette forslaget',
    });
    await system.http.get(system.initiativePath('5.4'), socialdemokrat).expect(404);
    expect(await auditCount('5.4')).toBe(0);
  });

  it('creates the draft with the form’s fields, and the same file again (.docx or .pdf) changes nothing', async () => {
    const [created] = await importing([docx], socialdemokrat, false);
    expect(created).toMatchObject({ number: '5.4', action: 'create', reason: null });
    const draft = await system.http.get(system.initiativePath('5.4'), socialdemokrat).expect(200);
    expect(draft.body).toMatchObject({
      state: 'draft',
      title: akutteam.spec.title,
      submittedBy: akutteam.spec.submittedBy,
      purpose: akutteam.spec.purpose.join('\n\n'),
      financing: [{ area: 'health', share: '1' }],
      scalable: true,
      economy: {
        establishmentCosts: { '2026': 1.5 },
        otherOperations: { '2026': 0.8, '2027': 0.8, '2028': 0.8, '2029': 0.8 },
        staffFte: { '2026': 7, '2027': 7, '2028': 7, '2029': 7 },
      },
    });
    // Its creation is the party's own step, as through the API.
    expect(draft.body.history).toMatchObject([
      { command: 'create', actor: { id: socialdemokrat.id } },
    ]);
    const audit = await auditCount('5.4');
    expect(audit).toBe(1);

    for (const again of [docx, pdf]) {
      const [unchanged] = await importing([again], socialdemokrat, false);
      expect(unchanged).toMatchObject({ number: '5.4', action: 'noChange', changes: [] });
    }
    // SF's member sees the joint draft, and its form is already this one.
    const [bySf] = await importing([pdf], as.party('SF'), true);
    expect(bySf!.action).toBe('noChange');
    expect(await auditCount('5.4')).toBe(audit);
  }, 120_000);

  it('shows an edited document as the fields it changes, and changes them only when asked', async () => {
    const [preview] = await importing([edited], socialdemokrat, true);
    expect(preview).toMatchObject({ number: '5.4', action: 'update' });
    expect(preview!.changes).toEqual([
      {
        field: 'title',
        label: 'Titel',
        before: akutteam.spec.title,
        after: 'Akutteam til ældre patienter i eget hjem',
      },
      {
        field: 'economy.otherOperations.2027',
        label: 'Øvrig drift, 2027',
        before: '0,8 mio. kr.',
        after: '1,2 mio. kr.',
      },
    ]);
    const before = await auditCount('5.4');
    expect((await system.http.get(system.initiativePath('5.4'), socialdemokrat)).body.title).toBe(
      akutteam.spec.title,
    );

    const [updated] = await importing([edited], socialdemokrat, false);
    expect(updated).toMatchObject({ action: 'update', changes: preview!.changes });
    const draft = await system.http.get(system.initiativePath('5.4'), socialdemokrat).expect(200);
    expect(draft.body.title).toBe('Akutteam til ældre patienter i eget hjem');
    expect(draft.body.economy.otherOperations['2027']).toBe(1.2);
    expect(draft.body.history.at(-1)).toMatchObject({ command: 'editDraft' });
    expect(await auditCount('5.4')).toBe(before + 1);

    const [again] = await importing([edited], socialdemokrat, false);
    expect(again!.action).toBe('noChange');
    expect(await auditCount('5.4')).toBe(before + 1);
  }, 120_000);

  it('refuses to change an initiative that is past its draft, and finds the same form no change', async () => {
    await system.http.post(system.initiativePath('5.4', 'submit'), {}, socialdemokrat).expect(200);
    const audit = await auditCount('5.4');
    const [refused] = await importing([docx], socialdemokrat, false);
    expect(refused).toMatchObject({
      number: '5.4',
      action: 'refused',
      reason: 'Forslag 5.4 er indsendt; det kan ikke redigeres nu',
    });
    const [same] = await importing([edited], socialdemokrat, false);
    expect(same!.action).toBe('noChange');
    expect(await auditCount('5.4')).toBe(audit);
  }, 120_000);

  it('answers for another party’s draft number as if it did not exist', async () => {
    const ungdomsbus = await renderFixture(fixture('ungdomsbus'), 'docx').then(asUpload);
    const [absent] = await importing([ungdomsbus], enhedslisten, true);
    const [created] = await importing([ungdomsbus], venstre, false);
    expect(created!.action).toBe('create');
    for (const dryRun of [true, false]) {
      const [hidden] = await importing([ungdomsbus], enhedslisten, dryRun);
      expect(hidden).toEqual(absent);
      expect(hidden!.action).toBe('refused');
    }
    await system.http.get(system.initiativePath('6.1'), venstre).expect(200);
    expect(await auditCount('6.1')).toBe(1);
  }, 120_000);

  it('refuses a form it cannot read whole, with the reader’s warnings', async () => {
    const damaged = await renderFixture(fixture('akutteam-ødelagt'), 'pdf').then(asUpload);
    const [refused] = await importing([damaged], socialdemokrat, true);
    expect(refused).toMatchObject({ number: null, action: 'refused' });
    expect(refused!.reason).toBe(
      'Dokumentet kan ikke importeres: Dokumentet angiver flere numre (5.4 og 5.3); nummeret er ikke læst',
    );
    expect(refused!.warnings).toContainEqual({
      field: 'number',
      message: 'Dokumentet angiver flere numre (5.4 og 5.3); nummeret er ikke læst',
    });
  }, 120_000);

  it('takes a retried upload once, even when both arrive at the same time', async () => {
    const konsulenter = await renderFixture(fixture('konsulenter'), 'txt').then(asUpload);
    const both = await Promise.all([
      importing([konsulenter], as.administration, false),
      importing([konsulenter], as.administration, false),
    ]);
    const actions = both.map(([outcome]) => outcome!.action).sort();
    expect(['create', 'noChange']).toEqual(expect.arrayContaining(actions));
    expect(actions).toContain('create');
    expect(await auditCount('9.2')).toBe(1);
  }, 120_000);

  it('refuses a bad file with a 400 at file, and imports none of the upload', async () => {
    const path = `/rounds/${system.roundId}/imports?dryRun=false`;
    const behandlingshus = await renderFixture(fixture('behandlingshus'), 'txt').then(asUpload);
    const member = as.party('Enhedslisten');
    const spreadsheet = { name: 'budget.xlsx', bytes: new TextEncoder().encode('x') };
    const fake = { name: 'forslag.pdf', bytes: new TextEncoder().encode('ikke en pdf') };
    const bad = await upload(path, [behandlingshus, spreadsheet, fake], member);
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([
      {
        field: 'file',
        message: 'budget.xlsx: Filtypen ".xlsx" kan ikke læses; brug .docx, .pdf eller .txt',
      },
      { field: 'file', message: 'forslag.pdf: Filen hedder .pdf, men er ikke en PDF-fil' },
    ]);
    await system.http.get(system.initiativePath('4.7'), member).expect(404);

    const none = await system.http.post(path.replace('?dryRun=false', ''), {}, member);
    expect(none.status).toBe(400);
    expect(none.body.errors).toEqual([
      { field: 'file', message: 'Vælg mindst én fil (.docx, .pdf eller .txt) i feltet "file"' },
    ]);
    const unknown = await upload('/rounds/ukendt/imports', [behandlingshus], member);
    expect(unknown.status).toBe(404);
    const coordinator = await upload(path, [behandlingshus], as.coordinator);
    expect(coordinator.status).toBe(403);
  }, 120_000);

  describe('minutes', () => {
    let minutes: Upload;
    const meetingPath = (id: string) => `/rounds/${system.roundId}/meetings/${id}/minutes`;

    beforeAll(async () => {
      minutes = { name: 'referat-okonomiudvalget.pdf', bytes: await renderPdf(minutesBlocks) };
      await system.http
        .put(
          `/rounds/${system.roundId}/calendar`,
          {
            milestones: [
              {
                id: 'frist',
                kind: 'submissionDeadline',
                title: 'Frist for budgetinitiativer',
                date: '2030-05-23',
                time: '12:00',
              },
              {
                id: 'okonomiudvalget-2-sep',
                kind: 'meeting',
                title: 'Økonomiudvalgets møde om budgettet',
                date: '2025-09-02',
                time: '15:00',
                meeting: {
                  body: 'udvalg',
                  committee: 'Økonomiudvalget',
                  agendaDeadlineWorkingDays: 5,
                },
              },
            ],
          },
          as.coordinator,
        )
        .expect(200);
    }, 120_000);

    it('attaches the minutes to the meeting and links the decisions to the initiatives the reader may see', async () => {
      const attached = await upload(
        meetingPath('okonomiudvalget-2-sep'),
        [minutes],
        as.coordinator,
      );
      expect(attached.status).toBe(200);
      expect(attached.body.attached).toBe(true);
      const read = attached.body.minutes;
      expect(read).toMatchObject({
        milestoneId: 'okonomiudvalget-2-sep',
        meetingTitle: 'Økonomiudvalgets møde om budgettet',
        fileName: minutes.name,
        title: 'Økonomiudvalget',
        date: '2025-09-02',
        attachedBy: { id: as.coordinator.id },
        linksCorrected: null,
      });
      const budgetItem = read.items[1];
      expect(budgetItem).toMatchObject({
        number: 2,
        amounts: [
          { text: '5,5 mio. kr. årligt', kroner: 5_500_000, perYear: true, year: null },
          { text: '2,4 mio. kr. i 2027', kroner: 2_400_000, perYear: false, year: 2027 },
        ],
      });
      // 5.4 is submitted; 6.1 is Venstre's draft, which the coordinator cannot see.
      expect(budgetItem.initiatives).toEqual([
        { number: '5.4', title: expect.any(String), state: 'submitted', stateLabel: 'Indsendt' },
      ]);
      const byVenstre = await system.http
        .get(meetingPath('okonomiudvalget-2-sep'), venstre)
        .expect(200);
      expect(
        byVenstre.body.minutes[0].items[1].initiatives.map((i: { number: string }) => i.number),
      ).toEqual(['5.4', '6.1']);

      const again = await upload(meetingPath('okonomiudvalget-2-sep'), [minutes], as.coordinator);
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ attached: false, minutes: { id: read.id } });
      const listed = await system.http
        .get(meetingPath('okonomiudvalget-2-sep'), as.administration)
        .expect(200);
      expect(listed.body.minutes).toHaveLength(1);
    }, 120_000);

    it('lets a coordinator correct the links, to initiatives the coordinator can see', async () => {
      const listed = await system.http
        .get(meetingPath('okonomiudvalget-2-sep'), as.coordinator)
        .expect(200);
      const id = listed.body.minutes[0].id as number;
      const path = `${meetingPath('okonomiudvalget-2-sep')}/${id}/links`;
      const hidden = await system.http.put(
        path,
        {
          links: [
            { item: 3, numbers: ['6.1'] },
            { item: 9, numbers: [] },
          ],
        },
        as.coordinator,
      );
      expect(hidden.status).toBe(400);
      expect(hidden.body.errors).toEqual([
        { field: 'links.0.numbers.0', message: 'Forslag 6.1 findes ikke i budgetrunden' },
        { field: 'links.1.item', message: 'Referatet har intet punkt 9' },
      ]);
      const corrected = await system.http
        .put(path, { links: [{ item: 3, numbers: ['5.4'] }] }, as.coordinator)
        .expect(200);
      expect(corrected.body.linksCorrected).toMatchObject({ by: { id: as.coordinator.id } });
      expect(corrected.body.items[1].initiatives).toEqual([]);
      expect(corrected.body.items[2].initiatives).toMatchObject([{ number: '5.4' }]);
      await system.http
        .put(path, { links: [{ item: 3, numbers: ['5.4'] }] }, as.party('Venstre'))
        .expect(403);
    }, 120_000);

    it('refuses minutes for a deadline, an unknown meeting, a form, and from a party', async () => {
      const deadline = await upload(meetingPath('frist'), [minutes], as.coordinator);
      expect([deadline.status, deadline.body.code]).toEqual([409, 'notAMeeting']);
      const unknown = await upload(meetingPath('ukendt'), [minutes], as.coordinator);
      expect(unknown.status).toBe(404);
      const form = await upload(meetingPath('okonomiudvalget-2-sep'), [docx], as.coordinator);
      expect(form.status).toBe(400);
      expect(form.body.errors).toEqual([
        {
          field: 'file',
          message: `${docx.name}: Dokumentet er et budgetinitiativ, ikke et mødereferat`,
        },
      ]);
      const party = await upload(meetingPath('okonomiudvalget-2-sep'), [minutes], venstre);
      expect(party.status).toBe(403);
      // Uploaded as an import, minutes are not an initiative's draft.
      const [asImport] = await importing([minutes], venstre, true);
      expect(asImport).toMatchObject({ action: 'refused', number: null });
    }, 120_000);
  });
});

function asUpload(rendered: { fileName: string; bytes: Uint8Array }): Upload {
  return { name: rendered.fileName, bytes: rendered.bytes };
}
