/** A JSON client of the API for one person, as a script or the web application calls it. */
export class ApiClient {
  constructor(
    private readonly apiUrl: string,
    private readonly token: string,
  ) {}

  async send(
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    body?: object,
  ): Promise<{ status: number; json: Record<string, unknown>; ms: number }> {
    const started = performance.now();
    const response = await fetch(`${this.apiUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const json = (await response.json()) as Record<string, unknown>;
    return { status: response.status, json, ms: performance.now() - started };
  }

  /** Like send, but fails unless the answer is a success. */
  async expect(method: 'GET' | 'POST' | 'PUT', path: string, body?: object) {
    const answer = await this.send(method, path, body);
    if (answer.status >= 300) {
      throw new Error(`${method} ${path}: HTTP ${answer.status} ${JSON.stringify(answer.json)}`);
    }
    return answer;
  }
}
