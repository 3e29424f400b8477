import { BudgetQuestionRepository, PartyGroupRepository } from '@budgetflow/persistence';
import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { QuestionCommands } from './question-commands.service';
import { QuestionsController } from './questions.controller';

const repository = <T>(type: new (dataSource: DataSource) => T) => ({
  provide: type,
  useFactory: (dataSource: DataSource) => new type(dataSource),
  inject: [DataSource],
});

/** Budget questions: asked by the party groups, answered by the administration. */
@Module({
  controllers: [QuestionsController],
  providers: [
    repository(BudgetQuestionRepository),
    repository(PartyGroupRepository),
    QuestionCommands,
  ],
})
export class QuestionsModule {}
