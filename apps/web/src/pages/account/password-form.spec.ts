import { checkPasswordForm, emptyPasswordForm } from './password-form';

describe('the form "Skift adgangskode"', () => {
  const filled = {
    currentPassword: 'det-gamle-kodeord',
    newPassword: 'et-nyt-og-langt-kodeord',
    repeatedPassword: 'et-nyt-og-langt-kodeord',
  };

  it('sends the current and the new password, not the repetition', () => {
    expect(checkPasswordForm(filled)).toEqual({
      body: { currentPassword: filled.currentPassword, newPassword: filled.newPassword },
    });
  });

  it('asks for every field of an empty form', () => {
    expect(checkPasswordForm(emptyPasswordForm)).toEqual({
      errors: {
        currentPassword: 'Angiv din nuværende adgangskode',
        newPassword: 'Adgangskoden skal være mindst 12 tegn',
        repeatedPassword: 'Gentag den nye adgangskode',
      },
    });
  });

  it("holds the new password to the API's rule, and the repetition to the new password", () => {
    expect(checkPasswordForm({ ...filled, repeatedPassword: 'et-nyt-og-langt-kodeor' })).toEqual({
      errors: { repeatedPassword: 'De to nye adgangskoder er ikke ens' },
    });
    const same = filled.currentPassword;
    expect(checkPasswordForm({ ...filled, newPassword: same, repeatedPassword: same })).toEqual({
      errors: { newPassword: 'Den nye adgangskode skal være en anden end den nuværende' },
    });
  });
});
