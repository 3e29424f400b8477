import { decodeText, linesOfText } from './txt';

describe('plain text', () => {
  it('decodes UTF-8 with and without a byte-order mark, and Windows-1252', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0xb8]))).toBe('ø');
    expect(decodeText(new TextEncoder().encode('Øvrig'))).toBe('Øvrig');
    expect(decodeText(new Uint8Array([0xd8, 0x76, 0x72, 0x69, 0x67]))).toBe('Øvrig');
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0xf8, 0x00]))).toBe('ø');
  });

  it('keeps tab-separated cells in their columns, empty ones included', () => {
    expect(linesOfText('Øvrig drift\t0,3\t\t\t')[0]).toEqual({
      cells: [
        { text: 'Øvrig drift', column: 0 },
        { text: '0,3', column: 1 },
        { text: '', column: 2 },
        { text: '', column: 3 },
        { text: '', column: 4 },
      ],
    });
  });

  it('starts a page at a form feed', () => {
    const lines = linesOfText('side et\n\fside to');
    expect(lines[1]).toEqual({ cells: [{ text: 'side to' }], pageStart: true });
  });
});
