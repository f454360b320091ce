/** A parameter value that cannot be accepted; the message names the parameter and says why. */
export class Invalid extends Error {}
