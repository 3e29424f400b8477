import type { ReactNode } from 'react';
import type { Initiative } from '../../api/types';
import { EconomyTable } from '../../components/EconomyTable';
import { date } from '../../format';
import { FinancingList } from './FinancingList';
import { personNamesOf } from './person-name';
import { ReviewSection } from './ReviewSection';
import { TextBlock } from './TextBlock';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`section-${id}`} className="form-section">
      <h2 id={`section-${id}`}>{title}</h2>
      {children}
    </section>
  );
}

function yesNo(value: boolean | null): string {
  return value === null ? 'Ikke angivet' : value ? 'Ja' : 'Nej';
}

/** The initiative laid out as the standard form people know, section by section, in its order. */
export function InitiativeSections({ initiative }: { initiative: Initiative }) {
  const personName = personNamesOf(initiative);
  const { costing } = initiative;
  return (
    <article className="card initiative-form">
      <Section id="purpose" title="Formål og indhold">
        <TextBlock text={initiative.purpose} />
      </Section>
      <Section id="background" title="Baggrund og argumentation">
        <TextBlock text={initiative.background} />
      </Section>
      <ReviewSection initiative={initiative} />
      <Section id="economy" title="Økonomi">
        <EconomyTable
          economy={initiative.economy}
          caption="Forslagsstillerens økonomi (mio. kr.)"
        />
        {costing ? (
          <>
            <h3>Administrationens prisfastsættelse</h3>
            <EconomyTable economy={costing.economy} caption="Prisfastsat økonomi (mio. kr.)" />
            <p className="muted">
              Prisfastsat <time dateTime={costing.at}>{date(costing.at)}</time> af{' '}
              {personName(costing.by)}.
            </p>
          </>
        ) : initiative.heldBack && initiative.state !== 'submitted' ? (
          <p className="notice" role="note">
            Administrationens prisfastsættelse vises her, når den frigives.
          </p>
        ) : null}
      </Section>
      <Section id="elaboration" title="Uddybning">
        <TextBlock text={initiative.elaboration} />
      </Section>
      <Section id="financing" title="Finansiering">
        <FinancingList financing={initiative.financing} />
        {costing ? (
          <>
            <h3>Finansiering efter prisfastsættelsen</h3>
            <FinancingList financing={costing.financing} />
          </>
        ) : null}
      </Section>
      <Section id="budgeting" title="Bevillingsstyring og skalerbarhed">
        <dl className="facts">
          <dt>Kan tilsagnsbudgetteres</dt>
          <dd>{yesNo(initiative.commitmentBudgeting)}</dd>
          <dt>Kan skaleres op eller ned</dt>
          <dd>{yesNo(initiative.scalable)}</dd>
        </dl>
      </Section>
      <Section id="agreement" title="Første udkast til tekst til budgetaftalen">
        <TextBlock text={initiative.agreementTextDraft} />
      </Section>
      <Section id="goals" title="FN's verdensmål">
        <TextBlock text={initiative.sustainableDevelopmentGoals} />
      </Section>
    </article>
  );
}
