// What the fake remembers about a run, for tests to assert on.
export type Json = Record<string, unknown>;

export interface RouteCall {
  method: string;
  /** The matched route template, e.g. "POST /interactions/:id/:token/callback", or the raw path when unknown. */
  route: string;
  path: string;
  status: number;
  body: unknown;
}

/** A payload Discord would have refused or that could ping people. */
export interface Violation {
  route: string;
  interactionId: string | null;
  problems: string[];
  payload: unknown;
}

export interface IdentifyRecord {
  shard: [number, number];
  intents: number;
  token: string;
  compress: boolean;
}

export interface CallbackRecord {
  type: number;
  data: Json | null;
  /** ms after the INTERACTION_CREATE was sent. */
  afterMs: number;
}

export interface InteractionRecord {
  id: string;
  token: string;
  type: number;
  guildId: string;
  payload: Json;
  dispatchedAt: number;
  /** ms from dispatch to the first callback, null while unanswered. */
  firstCallbackMs: number | null;
  callbacks: CallbackRecord[];
  /**
   * The message the interaction's response shows: the reply (type 4, or 5 then edits), or for
   * a component the message it was clicked on, updated by type 7 or by 6 then edits.
   */
  original: Json | null;
  /** Set once the original shows its final content (not just "thinking…"). */
  settled: boolean;
  followups: Json[];
}
