/** A question's public id, in a file of its own: the phone view needs it and none of the rules. */
import { hashText } from '../../shared/kind/hash-text.ts';

/**
 * A question's public id: a hash of the random id its sender's phone gave it, which only that
 * phone and the trainer know. So the id tells nobody who asked, nor which questions came from one
 * phone, and the sender's phone can tell its own questions in the public list without knowing
 * anything more. (A hostile phone cannot make a question with another's public id: it would have
 * to find a random id that hashes to it.)
 */
export function publicQuestionId(localId: string): string {
  return hashText(`vraag/${localId}`);
}
