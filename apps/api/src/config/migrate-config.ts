import { z } from 'zod';

const migrateConfigSchema = z.object({
  DATABASE_URL: z.string().min(1),
});

export type MigrateConfig = z.infer<typeof migrateConfigSchema>;

/** What `migrate.ts` needs: the database only. */
export function readMigrateConfig(env: NodeJS.ProcessEnv = process.env): MigrateConfig {
  const parsed = migrateConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`Invalid migration configuration:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}
