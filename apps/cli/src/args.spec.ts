import { parseCommand } from './args';

describe('the command line', () => {
  it('reads an import with its options and files', () => {
    expect(parseCommand(['import', '--dry-run', '--json', 'a.docx', 'b.pdf'])).toEqual({
      command: 'import',
      dryRun: true,
      json: true,
      files: ['a.docx', 'b.pdf'],
    });
    expect(parseCommand(['import', 'a.txt'])).toEqual({
      command: 'import',
      dryRun: false,
      json: false,
      files: ['a.txt'],
    });
  });

  it('reads where and as whom to import through the API', () => {
    expect(
      parseCommand([
        'import',
        '--preview',
        '--round',
        'budget-2026-2029',
        '--api',
        'http://127.0.0.1:3000/api',
        '--login',
        'demo-sf',
        'a.docx',
      ]),
    ).toEqual({
      command: 'import',
      dryRun: false,
      json: false,
      preview: true,
      round: 'budget-2026-2029',
      api: 'http://127.0.0.1:3000/api',
      login: 'demo-sf',
      files: ['a.docx'],
    });
  });

  it('shows the help when asked or given nothing', () => {
    expect(parseCommand([])).toEqual({ command: 'help' });
    expect(parseCommand(['--help'])).toEqual({ command: 'help' });
  });

  it('says in Danish what it does not understand', () => {
    expect(parseCommand(['export'])).toEqual({ error: 'Ukendt kommando "export"' });
    expect(parseCommand(['import'])).toEqual({ error: 'Angiv mindst én fil at importere' });
    expect(parseCommand(['import', '--fast', 'a.txt'])).toEqual({
      error: expect.stringMatching(/^Ukendt tilvalg/),
    });
  });
});
