import { appPath, linkText, paragraphsOf } from './app-path';

describe('a notification link within the app', () => {
  it('keeps the path of an absolute link, whatever host it names', () => {
    expect(appPath('http://localhost:3000/runder/r/forslag/4.2')).toBe('/runder/r/forslag/4.2');
    expect(appPath('https://budget.example.dk/runder/r/kalender?x=1#a')).toBe(
      '/runder/r/kalender?x=1#a',
    );
  });

  it('names the link after where it leads', () => {
    expect(linkText('/runder/r/forslag/4.2')).toBe('Se forslaget');
    expect(linkText('/runder/r/kalender')).toBe('Se kalenderen');
    expect(linkText('/beskeder')).toBe('Åbn i Budgetflow');
  });

  it('leaves out the paragraph that only repeats the link', () => {
    const link = 'http://localhost:3000/runder/r/forslag/7.1';
    const text = `Forslag 7.1 er prisfastsat.\n\nPrisfastsat den 27. november.\n\nSe forslaget: ${link}`;
    expect(paragraphsOf(text, link)).toEqual([
      'Forslag 7.1 er prisfastsat.',
      'Prisfastsat den 27. november.',
    ]);
  });
});
