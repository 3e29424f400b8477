import { asciiFileName, contentDisposition } from './content-disposition';

describe('the Content-Disposition of a file', () => {
  it('gives the Danish name in UTF-8 and spells it out in ASCII for older programs', () => {
    expect(contentDisposition('attachment', 'Forslagsliste – Budget 2026-2029.xlsx')).toBe(
      `attachment; filename="Forslagsliste - Budget 2026-2029.xlsx"; filename*=UTF-8''Forslagsliste%20%E2%80%93%20Budget%202026-2029.xlsx`,
    );
    expect(asciiFileName('Sørens æbler på Ærø – café "Å"')).toBe(
      'Soerens aebler paa Aeroe - cafe _Aa_',
    );
  });

  it('keeps a name to one file: no folders, quotes or control characters', () => {
    expect(contentDisposition('inline', 'Budget 2026/2029 "ny"\n.html')).toBe(
      `inline; filename="Budget 2026-2029 -ny--.html"; filename*=UTF-8''Budget%202026-2029%20-ny--.html`,
    );
    expect(contentDisposition('inline', "Forslag (4.2) 'x'*.html")).toContain(
      "filename*=UTF-8''Forslag%20%284.2%29%20%27x%27-.html",
    );
  });
});
