import {
  createDataSource,
  InitiativeReadRepository,
  migrate,
  RoundCalendarRepository,
  RoundPublicationRepository,
  RoundRepository,
} from '@budgetflow/persistence';
import {
  type DynamicModule,
  Global,
  Inject,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { API_CONFIG, type ApiConfig } from '../config/api-config';
import { workflowClientInterceptors } from '../observability/temporal-interceptors';

/** The API's connections: PostgreSQL (migrated at start-up) and the Temporal client. */
@Global()
@Module({})
export class InfrastructureModule implements OnApplicationShutdown {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Client) private readonly temporal: Client,
  ) {}

  static forConfig(config: ApiConfig): DynamicModule {
    return {
      module: InfrastructureModule,
      providers: [
        { provide: API_CONFIG, useValue: config },
        {
          provide: DataSource,
          useFactory: async () => {
            const dataSource = await createDataSource(config.DATABASE_URL).initialize();
            await migrate(dataSource);
            return dataSource;
          },
        },
        {
          provide: Client,
          useFactory: async () =>
            new Client({
              connection: await Connection.connect({ address: config.TEMPORAL_ADDRESS }),
              namespace: config.TEMPORAL_NAMESPACE,
              // Each request's id (and, with tracing, its span) goes with its Temporal calls.
              interceptors: { workflow: await workflowClientInterceptors(config) },
            }),
        },
        {
          provide: InitiativeReadRepository,
          useFactory: (dataSource: DataSource) => new InitiativeReadRepository(dataSource),
          inject: [DataSource],
        },
        {
          provide: RoundCalendarRepository,
          useFactory: (dataSource: DataSource) => new RoundCalendarRepository(dataSource),
          inject: [DataSource],
        },
        {
          provide: RoundRepository,
          useFactory: (dataSource: DataSource) => new RoundRepository(dataSource),
          inject: [DataSource],
        },
        {
          // Every read that reaches a party group asks it what the round has released.
          provide: RoundPublicationRepository,
          useFactory: (dataSource: DataSource) => new RoundPublicationRepository(dataSource),
          inject: [DataSource],
        },
      ],
      exports: [
        API_CONFIG,
        DataSource,
        Client,
        InitiativeReadRepository,
        RoundCalendarRepository,
        RoundPublicationRepository,
        RoundRepository,
      ],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.temporal.connection.close();
    await this.dataSource.destroy();
  }
}
