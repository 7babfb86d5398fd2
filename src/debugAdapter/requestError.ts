/** A request the adapter refuses with a message for the user (sent as the DAP error response's text). */
export class RequestError extends Error {}
