import type { Operation } from '@budgetflow/domain';
import { SetMetadata } from '@nestjs/common';

export const OPERATION_KEY = 'budgetflow:operation';

/**
 * Names the operation of libs/domain's access table that a route performs: the guard allows or
 * refuses by it, and a route without one is refused (and fails the authorization matrix test).
 */
export const Performs = (operation: Operation) => SetMetadata(OPERATION_KEY, operation);
