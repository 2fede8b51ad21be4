export { detectPersonMentions, type PersonMention } from './people-detect.js';
