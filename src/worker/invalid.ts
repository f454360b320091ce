/** A parameter value that cannot be accepted; the message names the parameter and says why. */
export class Invalid extends Error {
  constructor(
    message: string,
    /** For an unknown topic: the slugs that exist. */
    readonly validTopics?: string[],
  ) {
    super(message)
  }
}
