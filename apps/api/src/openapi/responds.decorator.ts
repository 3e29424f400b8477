import type { z } from 'zod';

export const RESPONDS_KEY = 'budgetflow:responds';

/** A successful answer of a route, as the OpenAPI document describes it. */
export interface SuccessResponse {
  readonly status: number;
  readonly description: string;
  /** The body's schema; none for an answer without a body (204, a redirect). */
  readonly schema?: z.ZodType;
  /** application/json unless said otherwise. */
  readonly mediaType?: string;
  /** Headers the answer always carries, e.g. a redirect's Location. */
  readonly headers?: Readonly<Record<string, { readonly description: string }>>;
}

/** What a handler may return for a schema: its input, read-only or not. */
export type Answer<S extends z.ZodType> = DeepReadonly<z.input<S>>;
type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

type Handler<R> = (...args: never[]) => R | Promise<R>;

/**
 * The success answers of a route (one per status), with the zod schema of the body: the OpenAPI
 * document is generated from it, and the compiler checks that the handler returns what it says.
 */
export function Responds<S extends z.ZodType>(
  schema: S,
  ...answers: readonly (number | Omit<SuccessResponse, 'schema'>)[]
) {
  return <T extends Handler<Answer<S>>>(
    _target: object,
    _key: string | symbol,
    descriptor: TypedPropertyDescriptor<T>,
  ): void => {
    const described = (answers.length > 0 ? answers : [200]).map((answer) =>
      typeof answer === 'number'
        ? { status: answer, description: describe(answer), schema }
        : { ...answer, schema },
    );
    record(descriptor.value!, described);
  };
}

/** A route whose success has no body: 204, or a redirect with its Location. */
export function RespondsWithout(...answers: readonly SuccessResponse[]) {
  return (_target: object, _key: string | symbol, descriptor: PropertyDescriptor): void => {
    record(descriptor.value as object, answers);
  };
}

export function respondsOf(handler: object): readonly SuccessResponse[] {
  return (Reflect.getMetadata(RESPONDS_KEY, handler) as SuccessResponse[] | undefined) ?? [];
}

function record(handler: object, answers: readonly SuccessResponse[]): void {
  Reflect.defineMetadata(RESPONDS_KEY, [...respondsOf(handler), ...answers], handler);
}

function describe(status: number): string {
  return status === 201 ? 'Oprettet' : 'OK';
}
