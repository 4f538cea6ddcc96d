// A spec the generator cannot use: unreadable, unresolvable, or with errors; `details` has one
// line per problem, each naming its JSON pointer.
export class SpecError extends Error {
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(details.length > 0 ? `${message}\n${details.map((d) => `  ${d}`).join('\n')}` : message);
    this.name = 'SpecError';
  }
}
