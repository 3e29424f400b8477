import { composeDigest, composeEmail } from './compose-email';

const options = { publicUrl: 'http://localhost:3000' };
const item = (n: number) => ({
  subject: `Forslag 4.${n}: Indsendt`,
  text: `Forslag 4.${n} er indsendt.\n\nSe forslaget: http://localhost:3000/runder/r/forslag/4.${n}`,
  html: `<p>Forslag 4.${n} er indsendt.</p>`,
  link: `http://localhost:3000/runder/r/forslag/4.${n}`,
  createdAt: '2025-09-02T11:00:00Z',
});

describe('composeEmail', () => {
  it('wraps the content in a Danish HTML document and adds the preferences link', () => {
    const email = composeEmail(item(2), options);
    expect(email.subject).toBe('Forslag 4.2: Indsendt');
    expect(email.text.startsWith(item(2).text)).toBe(true);
    expect(email.text).toContain('http://localhost:3000/indstillinger/notifikationer');
    expect(email.html).toContain('<html lang="da">');
    expect(email.html).toContain('<title>Forslag 4.2: Indsendt</title>');
    expect(email.html).toContain('<p>Forslag 4.2 er indsendt.</p>');
  });
});

describe('composeDigest', () => {
  it('lists every notification in one e-mail', () => {
    const email = composeDigest([item(2), item(3)], options);
    expect(email.subject).toBe('Dagligt overblik fra Budgetflow: 2 notifikationer');
    expect(email.text).toContain('1. Forslag 4.2: Indsendt\n(2. september 2025 kl. 13.00)');
    expect(email.text).toContain('2. Forslag 4.3: Indsendt');
    expect(email.html).toContain('<p>Forslag 4.3 er indsendt.</p>');
    expect(composeDigest([item(2)], options).subject).toBe(
      'Dagligt overblik fra Budgetflow: 1 notifikation',
    );
  });
});
