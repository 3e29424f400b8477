import type { ImportedMinutes, ImportWarning } from '@budgetflow/documents';
import {
  type Actor,
  canSeeInitiative,
  formatDanishLocalDate,
  type Initiative,
  type Milestone,
  stateLabels,
} from '@budgetflow/domain';
import {
  InitiativeReadRepository,
  type MeetingMinutesRecord,
  MeetingMinutesRepository,
  type MinutesLink,
  RoundCalendarRepository,
} from '@budgetflow/persistence';
import { Inject, Injectable } from '@nestjs/common';
import {
  conflict,
  type FieldProblem,
  notFound,
  invalidFields,
  ProblemException,
} from '../http/problem';
import type { ReadUpload } from '../imports/uploads';
import { canonicalLinks, namedInitiatives } from './minutes-links';

type Minutes = MeetingMinutesRecord<ImportedMinutes>;

/**
 * A meeting's minutes ("referat"): attached by a coordinator to a meeting of the round's
 * calendar, read by everyone. The decisions are public, so fair publication has no say here;
 * a draft is still its party's own, so an item links only the initiatives its reader may see.
 */
@Injectable()
export class MeetingMinutes {
  constructor(
    @Inject(RoundCalendarRepository) private readonly calendars: RoundCalendarRepository,
    @Inject(MeetingMinutesRepository) private readonly minutes: MeetingMinutesRepository,
    @Inject(InitiativeReadRepository) private readonly reads: InitiativeReadRepository,
  ) {}

  /** The meeting of the round's calendar; 404 for an unknown round or milestone, 409 for a date. */
  async meeting(roundId: string, milestoneId: string): Promise<Milestone> {
    const round = await this.calendars.find(roundId);
    if (!round) throw notFound(`Budgetrunden ${roundId} findes ikke`);
    const milestone = round.calendar.milestones.find((one) => one.id === milestoneId);
    if (!milestone) {
      throw notFound(`Mødet ${milestoneId} findes ikke i budgetrundens kalender`);
    }
    if (milestone.kind !== 'meeting') {
      throw conflict(
        `"${milestone.title}" er en frist, ikke et møde; et referat hører til et møde i kalenderen`,
        'notAMeeting',
      );
    }
    return milestone;
  }

  /** Attaches the minutes; the same file attached again is the earlier attachment, unchanged. */
  async attach(roundId: string, meeting: Milestone, upload: ReadUpload, actor: Actor) {
    const { read } = upload;
    if (read.kind !== 'minutes') {
      const message = `${upload.file}: Dokumentet er et budgetinitiativ, ikke et mødereferat`;
      throw new ProblemException({
        status: 400,
        title: 'Ugyldig forespørgsel',
        detail: message,
        errors: [{ field: 'file', message }],
      });
    }
    const document = read.document;
    const { record, attached } = await this.minutes.attach<ImportedMinutes>({
      roundId,
      milestoneId: meeting.id,
      fileHash: upload.hash,
      fileName: upload.file,
      document,
      warnings: [...read.warnings, ...dateWarning(document, meeting)],
      links: canonicalLinks(
        document.items.map((item) => ({ item: item.number, numbers: namedInitiatives(item) })),
      ),
      attachedBy: actor.id,
      attachedAt: new Date().toISOString(),
    });
    return { attached, minutes: await this.view(meeting, record, actor) };
  }

  async list(roundId: string, meeting: Milestone, actor: Actor) {
    const records = await this.minutes.list<ImportedMinutes>(roundId, meeting.id);
    return Promise.all(records.map((record) => this.view(meeting, record, actor)));
  }

  /**
   * A coordinator's correction of what the items are linked to: the links become exactly
   * these. Each item must be one of the minutes', each number an initiative of the round the
   * coordinator can see (400 at the field otherwise).
   */
  async correctLinks(
    roundId: string,
    meeting: Milestone,
    id: number,
    links: readonly MinutesLink[],
    actor: Actor,
  ) {
    const record = await this.minutes.find<ImportedMinutes>(roundId, meeting.id, id);
    if (!record) throw notFound(`Referatet ${id} findes ikke for mødet ${meeting.title}`);
    const items = new Set(record.document.items.map((item) => item.number));
    const problems: FieldProblem[] = [];
    const seen = new Set<number>();
    for (const [index, link] of links.entries()) {
      if (!items.has(link.item)) {
        problems.push({
          field: `links.${index}.item`,
          message: `Referatet har intet punkt ${link.item}`,
        });
      } else if (seen.has(link.item)) {
        problems.push({
          field: `links.${index}.item`,
          message: `Punkt ${link.item} står mere end én gang`,
        });
      }
      seen.add(link.item);
      for (const [position, number] of link.numbers.entries()) {
        const initiative = await this.reads.find(roundId, number);
        if (!initiative || !canSeeInitiative(actor, initiative)) {
          problems.push({
            field: `links.${index}.numbers.${position}`,
            message: `Forslag ${number} findes ikke i budgetrunden`,
          });
        }
      }
    }
    if (problems.length > 0) {
      throw invalidFields(problems);
    }
    const corrected = await this.minutes.correctLinks<ImportedMinutes>(
      record.id,
      canonicalLinks(links),
      actor.id,
      new Date().toISOString(),
    );
    return this.view(meeting, corrected ?? record, actor);
  }

  /** The minutes as the reader sees them: each item with the initiatives it is linked to. */
  private async view(meeting: Milestone, record: Minutes, actor: Actor) {
    const numbers = [...new Set(record.links.flatMap((link) => link.numbers))];
    const found = await Promise.all(
      numbers.map((number) => this.reads.find(record.roundId, number)),
    );
    const visible = new Map<string, Initiative>();
    for (const initiative of found) {
      if (initiative && canSeeInitiative(actor, initiative)) {
        visible.set(initiative.number, initiative);
      }
    }
    const names = await this.reads.actorNames(
      [record.attachedBy, record.linksCorrected?.by].filter((id): id is string => !!id),
    );
    const { document } = record;
    return {
      id: record.id,
      roundId: record.roundId,
      milestoneId: record.milestoneId,
      meetingTitle: meeting.title,
      fileName: record.fileName,
      fileHash: record.fileHash,
      attachedBy: { id: record.attachedBy, name: names.get(record.attachedBy) ?? null },
      attachedAt: record.attachedAt,
      linksCorrected: record.linksCorrected
        ? {
            by: { id: record.linksCorrected.by, name: names.get(record.linksCorrected.by) ?? null },
            at: record.linksCorrected.at,
          }
        : null,
      title: document.title,
      date: document.date,
      time: document.time,
      endTime: document.endTime,
      place: document.place,
      participants: document.participants,
      absent: document.absent,
      items: document.items.map((item) => {
        const linked = record.links.find((link) => link.item === item.number)?.numbers ?? [];
        return {
          number: item.number,
          title: item.title,
          time: item.time,
          endTime: item.endTime,
          presenters: item.presenters,
          description: item.description,
          decision: item.decision,
          amounts: item.amounts,
          initiatives: linked.flatMap((number) => {
            const initiative = visible.get(number);
            return initiative
              ? [
                  {
                    number,
                    title: initiative.form.title,
                    state: initiative.state,
                    stateLabel: stateLabels[initiative.state],
                  },
                ]
              : [];
          }),
        };
      }),
      warnings: record.warnings,
    };
  }
}

/** Minutes dated otherwise than the meeting they are attached to: worth a word, not a refusal. */
function dateWarning(document: ImportedMinutes, meeting: Milestone): ImportWarning[] {
  if (document.date === null || document.date === meeting.date) return [];
  return [
    {
      field: 'date',
      message: `Referatet er dateret ${formatDanishLocalDate(document.date)}, men mødet står i kalenderen til ${formatDanishLocalDate(meeting.date)}`,
    },
  ];
}
