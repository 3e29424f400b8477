import {
  type BudgetQuestion,
  firstAnsweredAt,
  type QuestionAnswer,
  type QuestionState,
  type Role,
} from '@budgetflow/domain';
import type { DataSource } from 'typeorm';

/** A question as the read model holds it: with its due instant as last projected. */
export type ProjectedQuestion = BudgetQuestion & { readonly dueAt: string };

export interface QuestionListFilter {
  readonly state?: QuestionState;
  readonly partyGroup?: string;
  readonly initiative?: string;
}

export type QuestionCounts = Record<QuestionState, number>;

interface QuestionRow {
  round_id: string;
  number: number;
  party_group: string;
  asked_by: string;
  asked_by_role: Role;
  initiative: string | null;
  text: string;
  asked_at: Date;
  due_at: Date;
  answer_text: string | null;
  answered_by: string | null;
  answer_at: Date | null;
  replaced_answers: QuestionAnswer[];
}

/** The rounds' budget questions: written by the round workflow's projection, read by the API. */
export class BudgetQuestionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Writes the round's questions as of the round state `version`. A row already written from a
   * later state is left alone, so a retried or overtaken projection changes nothing; questions
   * are never removed, so every state holds all that an earlier one did.
   */
  async record(
    roundId: string,
    version: number,
    questions: readonly ProjectedQuestion[],
  ): Promise<void> {
    if (questions.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO budget_question
         (round_id, number, party_group, asked_by, asked_by_role, initiative, text, asked_at,
          due_at, answer_text, answered_by, answer_at, first_answered_at, replaced_answers,
          projected_version)
       SELECT $1, t.number, t.party_group, t.asked_by, t.asked_by_role, t.initiative, t.text,
              t.asked_at, t.due_at, t.answer_text, t.answered_by, t.answer_at,
              t.first_answered_at, t.replaced_answers, $2
       FROM unnest($3::integer[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                   $9::timestamptz[], $10::timestamptz[], $11::text[], $12::text[],
                   $13::timestamptz[], $14::timestamptz[], $15::jsonb[])
         AS t(number, party_group, asked_by, asked_by_role, initiative, text, asked_at, due_at,
              answer_text, answered_by, answer_at, first_answered_at, replaced_answers)
       ON CONFLICT (round_id, number) DO UPDATE SET
         party_group = EXCLUDED.party_group, initiative = EXCLUDED.initiative,
         text = EXCLUDED.text, due_at = EXCLUDED.due_at, answer_text = EXCLUDED.answer_text,
         answered_by = EXCLUDED.answered_by, answer_at = EXCLUDED.answer_at,
         first_answered_at = EXCLUDED.first_answered_at,
         replaced_answers = EXCLUDED.replaced_answers,
         projected_version = EXCLUDED.projected_version
       WHERE budget_question.projected_version < EXCLUDED.projected_version`,
      [
        roundId,
        version,
        questions.map((question) => question.number),
        questions.map((question) => question.partyGroup),
        questions.map((question) => question.askedBy),
        questions.map((question) => question.askedByRole),
        questions.map((question) => question.initiative),
        questions.map((question) => question.text),
        questions.map((question) => question.askedAt),
        questions.map((question) => question.dueAt),
        questions.map((question) => question.answer?.text ?? null),
        questions.map((question) => question.answer?.by ?? null),
        questions.map((question) => question.answer?.at ?? null),
        questions.map((question) => firstAnsweredAt(question)),
        questions.map((question) => JSON.stringify(question.replacedAnswers)),
      ],
    );
  }

  /** The round's questions that pass the filter, in the order of their numbers. */
  async list(
    roundId: string,
    filter: QuestionListFilter,
    now: string,
  ): Promise<ProjectedQuestion[]> {
    const rows: QuestionRow[] = await this.dataSource.query(
      `SELECT * FROM budget_question
       WHERE round_id = $1
         AND ($2::text IS NULL
              OR ($2 = 'answered' AND answer_text IS NOT NULL)
              OR ($2 = 'open' AND answer_text IS NULL AND due_at >= $3)
              OR ($2 = 'overdue' AND answer_text IS NULL AND due_at < $3))
         AND ($4::text IS NULL OR party_group = $4)
         AND ($5::text IS NULL OR initiative = $5)
       ORDER BY number`,
      [roundId, filter.state ?? null, now, filter.partyGroup ?? null, filter.initiative ?? null],
    );
    return rows.map(questionOf);
  }

  async find(roundId: string, number: number): Promise<ProjectedQuestion | null> {
    const rows: QuestionRow[] = await this.dataSource.query(
      'SELECT * FROM budget_question WHERE round_id = $1 AND number = $2',
      [roundId, number],
    );
    return rows[0] ? questionOf(rows[0]) : null;
  }

  /** How many of the round's questions are open, answered and overdue at `now`. */
  async counts(roundId: string, now: string): Promise<QuestionCounts> {
    const [row]: { open: string; answered: string; overdue: string }[] =
      await this.dataSource.query(
        `SELECT count(*) FILTER (WHERE answer_text IS NULL AND due_at >= $2) AS open,
                count(*) FILTER (WHERE answer_text IS NOT NULL) AS answered,
                count(*) FILTER (WHERE answer_text IS NULL AND due_at < $2) AS overdue
         FROM budget_question WHERE round_id = $1`,
        [roundId, now],
      );
    return {
      open: Number(row?.open ?? 0),
      answered: Number(row?.answered ?? 0),
      overdue: Number(row?.overdue ?? 0),
    };
  }
}

function questionOf(row: QuestionRow): ProjectedQuestion {
  return {
    roundId: row.round_id,
    number: row.number,
    partyGroup: row.party_group,
    askedBy: row.asked_by,
    askedByRole: row.asked_by_role,
    initiative: row.initiative,
    text: row.text,
    askedAt: row.asked_at.toISOString(),
    dueAt: row.due_at.toISOString(),
    answer:
      row.answer_text !== null && row.answer_at !== null
        ? { text: row.answer_text, by: row.answered_by ?? '', at: row.answer_at.toISOString() }
        : null,
    replacedAnswers: row.replaced_answers,
  };
}
