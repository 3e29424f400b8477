import { Link } from 'react-router';
import type { Initiative } from '../../api/types';
import { paths } from '../../app/paths';
import { date } from '../../format';
import { personNamesOf } from './person-name';
import { TextBlock } from './TextBlock';

/** "Administrationens bemærkninger": the review's comments and its assessment. */
export function ReviewSection({ initiative }: { initiative: Initiative }) {
  const personName = personNamesOf(initiative);
  const { review } = initiative;
  return (
    <section aria-labelledby="section-review" className="form-section">
      <h2 id="section-review">Administrationens bemærkninger</h2>
      {review ? (
        <>
          <TextBlock text={review.comments} />
          <dl className="facts">
            <dt>Vurdering</dt>
            <dd>{review.assessment.conclusionLabel}</dd>
            {review.assessment.canBeMergedInto ? (
              <>
                <dt>Kan indarbejdes i</dt>
                <dd>
                  <Link
                    to={paths.initiative(initiative.roundId, review.assessment.canBeMergedInto)}
                  >
                    forslag {review.assessment.canBeMergedInto}
                  </Link>
                </dd>
              </>
            ) : null}
            <dt>Afgivet</dt>
            <dd>
              <time dateTime={review.at}>{date(review.at)}</time> af {personName(review.by)}
            </dd>
          </dl>
        </>
      ) : initiative.heldBack ? (
        <p className="notice" role="note">
          {initiative.heldBack}.
        </p>
      ) : (
        <p className="muted">Administrationen har endnu ikke afgivet bemærkninger.</p>
      )}
    </section>
  );
}
