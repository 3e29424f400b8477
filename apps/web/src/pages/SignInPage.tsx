import { type FormEvent, useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useSignIn } from '../api/session';
import { ProblemMessage } from '../components/Status';

export function SignInPage() {
  const signIn = useSignIn();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  useEffect(() => {
    document.title = 'Log ind · Budgetflow';
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate(
      { login, password },
      {
        onSuccess: () => {
          // Only a path of our own: never send someone on to another site after sign-in.
          const back = search.get('tilbage');
          void navigate(back && back.startsWith('/') && !back.startsWith('//') ? back : '/');
        },
      },
    );
  };

  return (
    <main id="indhold" className="sign-in">
      <form onSubmit={submit} className="card sign-in-card" noValidate>
        <p className="brand">Budgetflow</p>
        <h1>Log ind</h1>
        <p className="muted">Budgetforhandlingens forslag, behandling og aftale.</p>
        <ProblemMessage error={signIn.error} title="Du blev ikke logget ind" />
        <div className="field">
          <label htmlFor="login">Brugernavn</label>
          <input
            id="login"
            name="username"
            autoComplete="username"
            value={login}
            onChange={(event) => setLogin(event.target.value)}
            required
          />
        </div>
        <div className="field">
          <label htmlFor="password">Adgangskode</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            required
          />
        </div>
        <button type="submit" className="button-primary" disabled={signIn.isPending}>
          {signIn.isPending ? 'Logger ind …' : 'Log ind'}
        </button>
      </form>
    </main>
  );
}
