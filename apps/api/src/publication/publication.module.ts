import { Module } from '@nestjs/common';
import { PublicationController } from './publication.controller';

/** Fair publication of the administration's work; its repository is the infrastructure's. */
@Module({ controllers: [PublicationController] })
export class PublicationModule {}
